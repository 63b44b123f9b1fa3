"""Sessions listed after a bare session's verb ("The third session followed in A in 2035, the fourth in B in
2038 and the fifth, held by video link, in 2041"), the next ordinals going on with "met" ("The sixth met at ...
and the seventh in ..."), their co-chairs said once for all ("..., both co-chaired by A and B"), and a first
session "A and B held its first plenary session". Invented sentences; each kind has a near miss."""

from rdflib.namespace import SDO

from conftest import facts
from test_session_lists import sessions

LEAD = ("The Hong Kong/Shanghai Co-operation Conference was set up in 2031. The first plenary session was held in "
        "Shanghai in May 2031 and the second in Hong Kong in 2033.")


def attendees(findings, number: int) -> set[str]:
    iri = next(s for (s, p, o) in findings.triples if p.endswith("sessionNumber") and int(o) == number)
    return {str(o).rsplit("/", 1)[-1] for (s, p, o) in findings.triples if s == iri and p == SDO.attendee}


def test_ordinals_after_a_bare_session_that_followed_are_sessions(reference):
    found = sessions(facts(reference, LEAD, "The third session followed in Shanghai in April 2035, the fourth in "
                           "Hong Kong in August 2038 and the fifth, held by video conference, in August 2041."))
    assert found[3] == ({"2035-04"}, {"shanghai"}) and found[4] == ({"2038-08"}, {"hong-kong"})
    assert found[5] == ({"2041-08"}, set())


def test_ordinals_of_other_things_after_a_bare_session_are_none(reference):
    found = sessions(facts(reference, LEAD, "The third session followed in Shanghai in April 2035, the fourth "
                           "anniversary of the exchange scheme."))
    assert set(found) == {1, 2, 3}


def test_the_next_ordinal_met_and_both_were_co_chaired(reference):
    findings = facts(reference, LEAD, "The third session followed in Shanghai in April 2035.",
                     "The fourth met in Hong Kong on 24 November 2038 and the fifth in Shanghai on 26 September 2041, "
                     "both co-chaired by Chief Executive John Lee and Mayor Gong Zheng.")
    found = sessions(findings)
    assert found[4] == ({"2038-11-24"}, {"hong-kong"}) and found[5] == ({"2041-09-26"}, {"shanghai"})
    assert {"john-lee-ka-chiu", "gong-zheng"} <= attendees(findings, 4) & attendees(findings, 5)


def test_an_ordinal_that_skips_is_no_next_session(reference):
    found = sessions(facts(reference, LEAD, "The third session followed in Shanghai in April 2035.",
                           "The fifth met in Hong Kong on 24 November 2038, co-chaired by Mayor Gong Zheng."))
    assert 5 not in found


def test_the_two_who_held_its_first_session_attend_it(reference):
    findings = facts(reference, "That mechanism was set up on 27 October 2031, when the then Chief Executive, Mr Tung "
                     "Chee-hwa, and the then Mayor of Shanghai, Mr Han Zheng, held its first plenary session in Shanghai "
                     "of the Hong Kong/Shanghai Co-operation Conference.")
    assert {"tung-chee-hwa", "han-zheng"} <= attendees(findings, 1)
