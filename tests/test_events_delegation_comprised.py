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


def test_a_meal_hosted_for_a_listed_delegation_has_all_its_members(reference):
    found = events(reference, COMPRISED, "On Tuesday (April 15), the delegation met the Deputy Mayor of Ningbo, Mr Bo Lintao. "
                                         "The meeting was followed by a luncheon hosted by Mr Bo for the delegation.",
                   published=DAY)
    lunch = next(e for label, e in found.items() if label.startswith("Luncheon"))
    assert {"ron-vale", "ida-crane", "lee-tor-kin", "amy-sorrel", "bo-lintao"} <= lunch["attendees"]


def test_a_delegation_known_by_a_few_names_is_not_given_to_a_meal(reference):
    found = events(reference, "Mr Ron Vale joined the delegation in Ningbo.",
                   "Yesterday, the Deputy Mayor of Ningbo, Mr Bo Lintao, hosted a dinner for the delegation.", published=DAY)
    dinner = next(e for label, e in found.items() if label.startswith("Dinner"))
    assert "ron-vale" not in dinner["attendees"]


def test_it_accompanied_throughout_the_visit_is_with_the_delegation(reference):
    found = events(reference, COMPRISED, "It was accompanied throughout the visit by the Secretary for Lanterns, Mr Tom Grell.",
                   "This morning, the delegation met the Deputy Mayor of Ningbo, Ms Hua Lin.", published=DAY)
    meeting = next(e for label, e in found.items() if label.startswith("Meeting with"))
    assert {"ron-vale", "tom-grell", "hua-lin"} <= meeting["attendees"]


def test_it_accompanied_after_no_delegation_is_not_read(reference):
    found = events(reference, "The lantern fair opened in Ningbo today.",
                   "It was accompanied throughout the week by the Secretary for Lanterns, Mr Tom Grell.",
                   "This morning, the delegation met the Deputy Mayor of Ningbo, Ms Hua Lin.", published=DAY)
    assert not any("tom-grell" in e["attendees"] for label, e in found.items() if label.startswith("Meeting"))


def test_members_of_a_legislatures_delegation_visit_and_attend(reference):
    found = events(reference, COMPRISED, "In the afternoon, Members visited the Ningbo Lantern Park.",
                   "In the evening, Members attended a seminar on port logistics.", published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Ningbo Lantern Park"))
    assert {"ron-vale", "ida-crane", "lee-tor-kin", "amy-sorrel"} <= visit["attendees"]
    assert {"ron-vale", "amy-sorrel"} <= found["Seminar on port logistics"]["attendees"]


def test_members_of_a_body_are_not_the_delegation(reference):
    found = events(reference, COMPRISED, "In the afternoon, Members of the Ningbo Lantern Guild visited the Ningbo Lantern Park.",
                   published=DAY)
    assert not any("ron-vale" in e["attendees"] for e in found.values())
