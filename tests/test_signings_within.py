"""A signing told as a moment of an event the text named ("At the forum, A and B signed ...", "On the sidelines of
the forum, ...") is no event of its own: its signatories and witnesses attend that event. Invented texts, none
from a document of the repository."""

from datetime import date

from test_events_kinds import events

DAY = date(2031, 5, 9)
FORUM = "The Riverton-Lakeside Ferry Forum 2031 was held in Lakeside today (May 9)."


def forum(found: dict) -> dict:
    return next(e for label, e in found.items() if label.startswith("Riverton-Lakeside Ferry Forum"))


def test_a_signing_on_the_sidelines_of_the_forum_is_part_of_it(reference):
    found = events(reference, FORUM,
                   "On the sidelines of the forum, the Riverton Ferry Academy and the Lotus Maritime College signed a "
                   "co-operation arrangement on crew training. The arrangement was signed by Ms Ada Quell and Mr Tom Grell, "
                   "and witnessed by Dr Hal Brody.", published=DAY)
    assert not any(label.startswith("Signing of") for label in found)
    assert {"ada-quell", "tom-grell", "hal-brody"} <= forum(found)["attendees"]


def test_a_signing_at_the_forum_then_it_was_signed_by(reference):
    found = events(reference, FORUM,
                   "At the forum, the Riverton Ferry Academy and the Lotus Maritime College signed a memorandum of "
                   "understanding on joint training. It was signed by Ms Ada Quell, president of the academy, and "
                   "Mr Tom Grell, the college's principal.", published=DAY)
    assert not any(label.startswith("Signing of") for label in found)
    assert {"ada-quell", "tom-grell"} <= forum(found)["attendees"]


def test_a_signing_after_the_forum_is_an_event_of_its_own(reference):
    found = events(reference, FORUM,
                   "After the forum, the Riverton Ferry Academy and the Lotus Maritime College signed a memorandum of "
                   "understanding on joint training.", published=DAY)
    assert any(label.startswith("Signing of") for label in found)


def test_it_was_signed_by_with_no_signing_told_names_no_attendee(reference):
    found = events(reference, FORUM, "The Lakeside Ferry Charter dates from 1990. It was signed by Ms Ada Quell.",
                   published=DAY)
    assert "ada-quell" not in forum(found)["attendees"]


# Speaking slots of a named meeting (kg/extract/event_slots.py)

MEETING = ("The Riverton Ferry Council and the Lakeside Ferry Board jointly hosted the Third Riverton-Lakeside Ferry "
           "Exchange Meeting in Lakeside today (May 9).")


def test_the_opening_and_closing_sessions_of_a_named_meeting_are_slots_of_it(reference):
    found = events(reference, MEETING, "The Secretary for Transport, Ms Ada Quell, officiated at the opening session.",
                   "At the closing session, Mr Tom Grell and Mr Hal Brody signed the minutes of the meeting.",
                   published=DAY)
    assert not any(label.lower().startswith(("opening session", "closing session")) for label in found)
    meeting = next(e for label, e in found.items() if "Exchange Meeting" in label)
    assert {"ada-quell", "tom-grell", "hal-brody"} <= meeting["attendees"]


def test_an_opening_session_after_a_meeting_of_two_people_is_not_its_slot(reference):
    found = events(reference, "Mr Tom Grell met Ms Ada Quell in Lakeside today (May 9).",
                   "Mr Hal Brody officiated at the opening session.", published=DAY)
    assert not any("hal-brody" in e["attendees"] for label, e in found.items() if label.startswith("Meeting"))


def test_a_standing_forum_for_working_together_is_no_event(reference):
    found = events(reference, "When the two mayors set up the Riverton/Lakeside Co-operation Conference in 2003, they "
                              "gave our two cities a standing forum for working together.", published=DAY)
    assert not any("forum" in label.lower() for label in found)
    found = events(reference, "The Riverton Ferry Council held a regular meeting with the Lakeside Ferry Board in "
                              "Lakeside today (May 9).", published=DAY)
    assert any("meeting" in label.lower() for label in found)


# Who a delegation's leader takes along (kg/extract/itinerary.py)

def visit(found: dict) -> dict:
    return next(e for label, e in found.items() if label.startswith("Visit of"))


def test_the_one_a_leading_visitor_meets_is_no_member_of_the_delegation(reference):
    found = events(reference, "Mr Tom Grell, who is leading a delegation including Ms Ada Quell on a three-day visit to "
                              "Shanghai until Thursday, met Mr Hal Brody on Tuesday afternoon.", published=DAY)
    assert {"tom-grell", "ada-quell"} <= visit(found)["attendees"]
    assert "hal-brody" not in visit(found)["attendees"]


def test_those_a_leading_visitor_talks_about_are_no_members_of_the_delegation(reference):
    found = events(reference, "Mr Tom Grell, who is leading a 30-member delegation on a visit to Shanghai from yesterday "
                              "(May 8) to tomorrow (May 10), said the talks built on a working meeting held in Riverton "
                              "on April 2, which Mr Hal Brody and Ms Ada Quell co-chaired.", published=DAY)
    assert not {"hal-brody", "ada-quell"} & visit(found)["attendees"]


def test_the_hosts_who_receive_a_delegation_are_no_members_of_it(reference):
    found = events(reference, "The Director of Ferries, Mr Tom Grell, leading a five-member delegation, visited the "
                              "Riverton Ferry Depot today (May 9) and was received by its Commander, Mr Hal Brody.",
                   "The delegation included Ms Ada Quell.",
                   "The delegation arrived in Shanghai on 8 May and will tour the Lakeside Pier tomorrow.", published=DAY)
    assert {"tom-grell", "ada-quell"} <= visit(found)["attendees"]
    assert "hal-brody" not in visit(found)["attendees"]


def test_the_host_who_meets_a_leader_and_his_delegation_is_no_member_of_it(reference):
    found = events(reference, "Mr Tom Grell arrived in Shanghai today (May 9) for a two-day visit.",
                   "Later in the day, the Mayor of Lakeside, Mr Hal Brody, met Mr Grell and his delegation, which "
                   "included Ms Ada Quell.", "Tomorrow, the delegation will visit the Lakeside Pier.", published=DAY)
    pier = next(e for label, e in found.items() if label.startswith("Visit to"))
    assert {"tom-grell", "ada-quell"} <= pier["attendees"]
    assert "hal-brody" not in pier["attendees"]


# Two people, each with a title, who meet someone (kg/extract/itinerary.py)

def test_both_titled_people_of_a_subject_attend_the_meeting(reference):
    found = events(reference, "Mr Tom Grell, Secretary of the Riverton Ferry Council, and the Mayor of Lakeside, Mr Hal "
                              "Brody, met the delegation at the Lakeside Pier Hotel today (May 9).", published=DAY)
    meeting = next(e for label, e in found.items() if label.startswith("Meeting"))
    assert {"tom-grell", "hal-brody"} <= meeting["attendees"]


def test_both_titled_people_of_a_subject_attend_the_meeting_with_a_person(reference):
    found = events(reference, "Mr Tom Grell, Secretary of the Riverton Ferry Council, and Lakeside Mayor Hal Brody met "
                              "Ms Ada Quell at the Lakeside Pier Hotel today (May 9).", published=DAY)
    meeting = next(e for label, e in found.items() if label.startswith("Meeting"))
    assert {"tom-grell", "hal-brody", "ada-quell"} <= meeting["attendees"]
