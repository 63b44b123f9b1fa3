"""Review of the tenth session's sessions rules (rev24b): invented near misses where a rule read a wrong fact.
Invented sentences only."""

from conftest import facts
from test_session_lists import sessions

OURS = "The Hong Kong/Shanghai Co-operation Conference held its sixth plenary session in Hong Kong on 5 May 2036."
LIST = "Attending: Mr Chan Kwok-wai and Ms Wong Mei-ling."


def _attended(found) -> set[tuple[str, str]]:
    return {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, p, o in found.triples if "attendee" in str(p).lower()}


def test_a_signing_session_in_the_numbered_session_s_sentence_ends_the_run(reference):
    # the bare "second session" goes on from the signing session's (a programme's), not the sixth plenary's
    found = sessions(facts(reference, "Mr John Lee and Mr Gong Zheng co-chaired the sixth plenary session of the Hong "
                           "Kong/Shanghai Co-operation Conference in Hong Kong on 5 May 2036, followed by a signing session.",
                           "The second session covered trade and was held in Central in June 2036."))
    assert 2 not in found
    assert found[6] == ({"2036-05-05"}, {"hong-kong"})


def test_a_briefing_session_in_the_numbered_session_s_sentence_ends_the_run(reference):
    found = sessions(facts(reference, OURS.rstrip(".") + ", and a briefing session for the media was held that afternoon.",
                           "The third session, on youth, was held in Shanghai in July 2036."))
    assert 3 not in found


def test_a_list_after_another_conference_s_plenary_is_not_of_ours(reference):
    found = facts(reference, OURS, "The next day, the Hong Kong/Guangdong Co-operation Joint Conference held its plenary "
                  "session in Guangzhou.", LIST)
    assert not _attended(found)


def test_a_list_after_a_banquet_is_not_of_the_session(reference):
    found = facts(reference, OURS, "A banquet was held in the evening at Government House.", LIST)
    assert ("hong-kong-shanghai-co-operation-conference-6", "chan-kwok-wai") not in _attended(found)


def test_a_list_right_after_the_session_is_of_it(reference):
    found = facts(reference, OURS, LIST)
    assert ("hong-kong-shanghai-co-operation-conference-6", "chan-kwok-wai") in _attended(found)


FIRST = "Its first plenary session was held in Shanghai in May 2031."


def test_a_bare_session_s_place_is_not_read_from_an_aside_after_its_date(reference):
    found = sessions(facts(reference, OURS, FIRST, "The second session was not held until March 2036, three years after "
                           "the outbreak in Hong Kong."))
    assert found[2] == ({"2036-03"}, set())


def test_a_bare_session_s_place_is_not_read_from_a_relative_clause(reference):
    found = sessions(facts(reference, OURS, FIRST, "The second session, which Mr Henry Tang had hoped to host in Hong "
                           "Kong, was not held until 2036."))
    assert "hong-kong" not in found.get(2, (set(), set()))[1]


def test_a_bare_session_s_own_place_is_still_read(reference):
    found = sessions(facts(reference, OURS, FIRST, "The second session was not held until March 2036, in Hong Kong."))
    assert found[2] == ({"2036-03"}, {"hong-kong"})
