"""Sessions counted with the latest told ("had held six plenary sessions, the latest in Shanghai in November
2035"), and another conference's bare numbered plenary meetings on a page that named ours
(kg.extract.session_lists, kg.extract.session_others).

Every text is invented; each kind has a near miss that must give nothing.
"""

import time

import pytest

from conftest import facts
from test_session_lists import FULL, sessions


@pytest.mark.parametrize("sentence, expected", [
    ("Since the Hong Kong/Shanghai Co-operation Conference was set up in 2003, the two sides had held six plenary "
     "sessions, the latest in Shanghai in November 2035, at which they agreed on 38 items.",
     {6: ({"2035-11"}, {"shanghai"})}),
    ("The Hong Kong/Shanghai Co-operation Conference has held seven sessions so far, the most recent one held in "
     "Hong Kong on 4 March 2036.", {7: ({"2036-03-04"}, {"hong-kong"})}),
])
def test_the_latest_of_the_sessions_counted(reference, sentence, expected):
    assert sessions(facts(reference, sentence)) == expected


@pytest.mark.parametrize("sentence", [
    # meetings, not sessions; another body's sessions; a body under the mechanism
    "The Hong Kong/Shanghai Co-operation Conference has held seven meetings, the latest in Hong Kong in 2035.",
    "The Joint Conference had held 24 plenary sessions, the latest in Guangzhou in 2035.",
    "Its working groups have held nine sessions, the latest in Shanghai in May 2035.",
])
def test_no_latest_session_from_other_counts(reference, sentence):
    assert sessions(facts(reference, FULL, sentence)) == {}


def test_the_latest_count_fails_fast():
    from kg.extract.session_lists import LATEST
    text = "held six sessions, the latest" + " in" * 3000 + " x"
    started = time.perf_counter()
    LATEST.search(text)
    assert time.perf_counter() - started < 0.5


OTHERS = ("The Director co-chaired in Riverton a working meeting of the Eastland/Riverton Co-operation Joint "
          "Conference. The meeting reviewed the items agreed at the 24th Plenary Meeting of the Joint Conference, held "
          "in Riverton last September. It also discussed preparations for the 25th Plenary Meeting, which is expected "
          "to take place in Guangzhou later this year.")


def test_a_bare_plenary_meeting_after_another_conferences_is_theirs(reference):
    ours = ("The two sides agreed to prepare for the Seventh Plenary Session of the Hong Kong/Shanghai Co-operation "
            "Conference, to be held in Hong Kong in 2036.")
    assert set(sessions(facts(reference, ours, OTHERS))) == {7}


def test_our_plenary_meeting_with_no_other_conference_before_is_ours(reference):
    found = sessions(facts(reference, FULL, "The Sixth Plenary Meeting was held in Shanghai in November 2035."))
    assert found == {6: ({"2035-11"}, {"shanghai"})}


FIFTH = "The Hong Kong/Shanghai Co-operation Conference held its fifth plenary session by video link in 2031."


@pytest.mark.parametrize("sentence, expected", [
    ("The sixth is expected to be held in Shanghai in 2032.", ({"2032"}, {"shanghai"})),
    ("The sixth will take place in Hong Kong in 2032.", ({"2032"}, {"hong-kong"})),
])
def test_the_next_session_planned_by_its_ordinal_alone(reference, sentence, expected):
    assert sessions(facts(reference, FIFTH, sentence)).get(6) == expected


@pytest.mark.parametrize("sentence", [
    "The sixth is a milestone for Shanghai.",
    "The seventh will be held in Shanghai in 2033.",  # not the next one after the fifth
])
def test_no_planned_session_from_an_ordinal_that_is_not_next(reference, sentence):
    assert set(sessions(facts(reference, FIFTH, sentence))) == {5}


RECAP = ("The conference goes back to 2003. The first session was held in Shanghai that October; we renamed it at the "
         "second, in Hong Kong in 2032; and the last time we met in person was the fourth session, in Hong Kong in "
         "August 2038.")


def test_sessions_recalled_in_later_semicolon_clauses(reference):
    found = sessions(facts(reference, FIFTH, RECAP))
    assert found[2] == ({"2032"}, {"hong-kong"}) and found[4] == ({"2038-08"}, {"hong-kong"})


def test_an_earlier_ordinal_in_a_later_clause_is_no_session(reference):
    found = sessions(facts(reference, FIFTH, "The third session was held in Shanghai in 2035; it was the first, in "
                                             "Shanghai, to meet by video."))
    assert set(found) == {3, 5}


def test_the_session_after_a_recap_is_the_one_the_text_is_about(reference):
    from rdflib.namespace import SDO
    findings = facts(reference, "It was the Fifth Plenary Session of the Hong Kong/Shanghai Co-operation Conference.",
                     RECAP, "Mrs Ada Vole co-chaired the session.")
    attended = {str(s).rsplit("-", 1)[-1] for (s, p, o) in findings.triples if p == SDO.attendee}
    assert attended == {"5"}


def test_the_session_after_one_session_recalled_is_that_one(reference):
    from rdflib.namespace import SDO
    findings = facts(reference, "It was the Fifth Plenary Session of the Hong Kong/Shanghai Co-operation Conference.",
                     "The fourth session was held in Hong Kong in August 2038.", "Mrs Ada Vole co-chaired the session.")
    attended = {str(s).rsplit("-", 1)[-1] for (s, p, o) in findings.triples if p == SDO.attendee}
    assert attended == {"4"}
