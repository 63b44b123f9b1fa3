"""A delegation whose members a sentence lists ("The delegation comprised A; B; and three other members, C, D and E")
goes with them to what "the delegation" then does: whom it meets ("the delegation met the Vice Chairman of X, Ms F"),
what it visits, and not a part of a visit told by "where it toured". Invented releases (none comes from a document
of the repository), each with a near miss."""

from datetime import date

from test_events_programmes import events

DAY = date(2031, 4, 17)
COMPRISED = ("The delegation comprised the Chairman of the Panel, Mr Ron Vale; the Deputy Chairman, Ms Ida Crane; and two "
             "other Panel members, Mr Lee Tor-kin and Dr Amy Sorrel.")


def test_the_members_a_delegation_comprised_meet_its_host(reference):
    found = events(reference, "The delegation of the Panel on Lanterns concluded its visit to Ningbo today (April 17).",
                   COMPRISED, "This morning, the delegation met the Deputy Mayor of Ningbo, Ms Hua Lin, at the Lantern Hall.",
                   published=DAY)
    meeting = next(e for label, e in found.items() if label.startswith("Meeting with"))
    assert {"ron-vale", "ida-crane", "lee-tor-kin", "amy-sorrel", "hua-lin"} <= meeting["attendees"]


def test_where_it_toured_is_part_of_the_visit(reference):
    found = events(reference, COMPRISED, "On Wednesday (April 16), the delegation visited the Ningbo Lantern Park, where it "
                                         "toured the North Pier and a number of workshops.", published=DAY)
    assert any(label.startswith("Visit to the Ningbo Lantern Park") for label in found)
    assert not any("North Pier" in label for label in found)


def test_a_person_who_met_a_host_is_not_made_the_delegation(reference):
    found = events(reference, COMPRISED, "The Mayor of Ningbo, Mr Bo Lintao, met the Deputy Mayor of Ningbo, Ms Hua Lin, "
                                         "this morning.", published=DAY)
    assert not any("ron-vale" in e["attendees"] for e in found.values())
