"""A session's people told in news shapes after the sentence that names it: a side's team or delegation listed right
after the co-chairs ("The Hong Kong team included ..."), those who "attended today's meeting", the list of those
"Attending from Hong Kong" after a sentence that also recalls the mechanism's renaming. Invented text."""

import pytest

from conftest import facts
from test_session_sides import attendees

CONF = "the Hong Kong/Shanghai Co-operation Conference"
CHAIRED = (f"Chief Executive Ada Quell co-chaired the Ninth Plenary Session of {CONF} with Shanghai Mayor Bo Kettle at "
           "the Harbour Government Offices in Admiralty.")


def test_a_team_listed_right_after_the_co_chairs(reference):
    found = facts(reference, CHAIRED, "The Hong Kong team included Financial Secretary Cy Dunmore and Secretary for "
                                      "Justice Di Ebbing.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 9)


def test_a_delegation_after_a_quote_between(reference):
    found = facts(reference, CHAIRED, '"We are partners," Quell said after the session.',
                  "The Shanghai delegation comprised Vice Mayor Ed Fawkes and Vice Mayor Flo Garner.")
    assert {"ed-fawkes", "flo-garner"} <= attendees(found, 9)


def test_a_team_after_a_dinner_is_not_at_the_session(reference):
    found = facts(reference, CHAIRED, "On Monday night, Quell hosted a welcome dinner at Government House.",
                  "The Shanghai team included Vice Mayor Ed Fawkes and Vice Mayor Flo Garner.")
    assert not {"ed-fawkes", "flo-garner"} & attendees(found, 9)


def test_a_team_long_after_the_session_is_not_at_it(reference):
    found = facts(reference, CHAIRED, "Trade between the cities grew last year.", "Officials expect more deals.",
                  "Exports rose again.", "The Hong Kong team included Financial Secretary Cy Dunmore.")
    assert "cy-dunmore" not in attendees(found, 9)


def test_those_who_attended_todays_meeting(reference):
    found = facts(reference, f"Ada Quell and Bo Kettle co-chaired the second plenary meeting of {CONF} in Hong Kong.",
                  "Financial Secretary Cy Dunmore and Secretary for Justice Di Ebbing attended today's meeting, as did "
                  "Shanghai Vice Mayor Ed Fawkes.")
    assert {"cy-dunmore", "di-ebbing", "ed-fawkes"} <= attendees(found, 2)


def test_attending_from_a_city_after_a_sentence_that_recalls_the_renaming(reference):
    found = facts(reference, f"The two cities signed 13 agreements yesterday at the Third Plenary Session of {CONF}, the "
                             "first since the mechanism was renamed in January 2012.",
                  "Attending from Hong Kong were Financial Secretary Cy Dunmore and Secretary for Justice Di Ebbing.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 3)


def test_the_first_session_since_the_fourth_is_the_fourth_recalled(reference):
    from test_session_lists import sessions
    found = facts(reference, f"Ada Quell and Bo Kettle co-chaired the fifth plenary session of {CONF} by video conference.",
                  "It was the first session since the fourth, held in Hong Kong in August 2028, and the first ever held online.")
    told = sessions(found)
    assert 1 not in told and told[4] == ({"2028-08"}, {"hong-kong"})


def test_a_session_recalled_after_since_does_not_take_the_meetings_people(reference):
    found = facts(reference, f"Ada Quell yesterday held a working meeting in Shanghai with Bo Kettle to prepare for the third "
                             f"plenary session of {CONF}.",
                  "The meeting was the first at this level since the conference's second session in Hong Kong in 2024.",
                  "Ms Quell was joined by the Secretary for Justice, Cy Dunmore.",
                  "On the Shanghai side were Vice Mayor Di Ebbing and Ed Fawkes.")
    assert not attendees(found, 2)


def test_its_first_meeting_after_the_bare_conference_held_in_the_city(reference):
    from test_session_lists import sessions
    found = facts(reference, f"Chief Executive Ada Quell and Shanghai Mayor Bo Kettle co-chaired the second plenary "
                             f"meeting of {CONF} in Hong Kong.",
                  "The conference was set up in October last year, when Quell visited Shanghai, and its first meeting was "
                  "held in the city on October 27, 2029, also chaired by Quell and Kettle.")
    assert sessions(found)[1] == ({"2029-10-27"}, {"shanghai"})
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 1)


def test_its_first_meeting_of_another_body_is_no_session(reference):
    from test_session_lists import sessions
    found = facts(reference, f"Ada Quell and Bo Kettle co-chaired the second plenary meeting of {CONF} in Hong Kong.",
                  "The task force on ports was set up last year, and its first meeting was held in Shanghai in 2029.")
    assert 1 not in sessions(found)


def test_its_first_meeting_is_the_session_not_an_event_of_its_own(reference):
    found = facts(reference, f"Chief Executive Ada Quell and Shanghai Mayor Bo Kettle co-chaired the second plenary "
                             f"meeting of {CONF} in Hong Kong.",
                  "The conference was set up in 2029, and its first meeting was held in Shanghai on October 27, 2029.")
    assert not [s for (s, p, o) in found.triples if "/event/" in str(s) and "first-meeting" in str(s)]


def test_the_previous_session_with_its_participle_clause(reference):
    from test_session_lists import sessions
    found = facts(reference, f"Chief Executive Ada Quell and Shanghai Mayor Bo Kettle co-chaired the eighth plenary session "
                             f"of {CONF} in Hong Kong on November 5, 2026.",
                  "Shipping agreements signed at the previous session, held in Shanghai in May 2025, helped shipowners.")
    assert sessions(found)[7] == ({"2025-05"}, {"shanghai"})


def test_a_session_co_chaired_in_its_own_words_before_the_next_in_the_list(reference):
    found = facts(reference, f"The Chief Executive and the Mayor of Shanghai set up {CONF} in October 2029.",
                  "The first plenary session, co-chaired by the Chief Executive, Mr Ada Quell, and the Mayor of Shanghai, "
                  "Mr Bo Kettle, was held in Shanghai in that month, and the second in Hong Kong in September 2030.")
    assert {"ada-quell", "bo-kettle"} <= attendees(found, 1) and not attendees(found, 2)


def test_those_across_the_table_from_the_co_chairs(reference):
    found = facts(reference, CHAIRED, "Across from them sat Shanghai vice mayor Ed Fawkes and Flo Garner, who heads the "
                                      "city's trade office.")
    assert {"ed-fawkes", "flo-garner"} <= attendees(found, 9)


@pytest.mark.xfail(strict=True, reason="'flanked at the table by' in presence.JOINED cost heldout12 (never read) events precision")
def test_flanked_at_the_table(reference):
    found = facts(reference, CHAIRED, "Quell was flanked at the table by finance chief Cy Dunmore and Di Ebbing, the "
                                      "minister in charge of mainland affairs.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 9)


def test_flanked_on_a_visit_is_not_at_the_session(reference):
    found = facts(reference, CHAIRED, "On Monday Kettle toured the West Kowloon Cultural District.",
                  "He was flanked by Cy Dunmore and Di Ebbing.")
    assert not {"cy-dunmore", "di-ebbing"} & attendees(found, 9)


def test_a_delegation_right_after_a_passive_co_chairing(reference):
    found = facts(reference, f"The cities signed ten agreements yesterday at the seventh plenary session of {CONF}.",
                  "The session was co-chaired by Mayor Bo Kettle and Ada Quell, Chief Executive of the HKSAR. The Shanghai "
                  "delegation included vice-mayor Ed Fawkes and Flo Garner, director of the Shanghai Municipal Commerce Office.")
    assert {"ed-fawkes", "flo-garner"} <= attendees(found, 7)


def test_a_delegation_after_a_passive_co_chairing_and_more_is_not_seated(reference):
    found = facts(reference, f"The cities signed ten agreements yesterday at the seventh plenary session of {CONF}.",
                  "The session was co-chaired by Mayor Bo Kettle and Ada Quell, and later they toured the port. The Shanghai "
                  "delegation included vice-mayor Ed Fawkes.")
    assert "ed-fawkes" not in attendees(found, 7)


def test_also_at_the_table_for_a_side(reference):
    found = facts(reference, CHAIRED, "Also at the table for Hong Kong were Financial Secretary Cy Dunmore and Secretary for "
                                      "Justice Di Ebbing.")
    assert {"cy-dunmore", "di-ebbing"} <= attendees(found, 9)
