"""What "the delegation" does, once the text names it: whom a meal is hosted for, what "Members" (a legislature's
delegation) visit and attend, whom "It was accompanied throughout the visit by" adds, and a part of a visit told by
"where it toured". Invented releases (none comes from a document of the repository), each with a near miss."""

from datetime import date

from test_events_programmes import events

DAY = date(2031, 4, 17)
LED = ("The delegation, led by the Chairman of the Panel, Mr Ron Vale, included the Deputy Chairman, Ms Ida Crane, and "
       "Dr Amy Sorrel.")


def test_where_it_toured_is_part_of_the_visit(reference):
    found = events(reference, LED, "On Wednesday (April 16), the delegation visited the Ningbo Lantern Park, where it "
                                   "toured the North Pier and a number of workshops.", published=DAY)
    assert any(label.startswith("Visit to the Ningbo Lantern Park") for label in found)
    assert not any("North Pier" in label for label in found)


def test_a_delegation_known_by_a_few_names_is_not_given_to_a_meal(reference):
    found = events(reference, "Mr Ron Vale joined the delegation in Ningbo.",
                   "Yesterday, the Deputy Mayor of Ningbo, Mr Bo Lintao, hosted a dinner for the delegation.", published=DAY)
    dinner = next(e for label, e in found.items() if label.startswith("Dinner"))
    assert "ron-vale" not in dinner["attendees"]


def test_it_accompanied_throughout_the_visit_is_with_the_delegation(reference):
    found = events(reference, LED, "It was accompanied throughout the visit by the Secretary for Lanterns, Mr Tom Grell.",
                   "In the afternoon, the delegation visited the Ningbo Lantern Park.", published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Ningbo Lantern Park"))
    assert {"ron-vale", "tom-grell"} <= visit["attendees"]


def test_it_accompanied_after_no_delegation_is_not_read(reference):
    found = events(reference, "The lantern fair opened in Ningbo today.",
                   "It was accompanied throughout the week by the Secretary for Lanterns, Mr Tom Grell.",
                   "In the afternoon, the delegation visited the Ningbo Lantern Park.", published=DAY)
    assert not any("tom-grell" in e["attendees"] for e in found.values())


def test_members_of_a_legislatures_delegation_visit_and_attend(reference):
    found = events(reference, LED, "In the afternoon, Members visited the Ningbo Lantern Park.",
                   "In the evening, Members attended a seminar on port logistics.", published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Ningbo Lantern Park"))
    assert {"ron-vale", "ida-crane", "amy-sorrel"} <= visit["attendees"]
    assert {"ron-vale", "amy-sorrel"} <= found["Seminar on port logistics"]["attendees"]


def test_members_of_a_body_are_not_the_delegation(reference):
    found = events(reference, LED, "In the afternoon, Members of the Ningbo Lantern Guild visited the Ningbo Lantern Park.",
                   published=DAY)
    assert not any("ida-crane" in e["attendees"] for e in found.values())


COMPRISED = ("The Ningbo delegation comprised the Deputy Mayor of Ningbo, Mr Bo Lintao; the Director of the Ningbo Port "
             "Bureau, Ms Lin Qiao; and the Director of the Ningbo Lantern Office, Mr Sun Hao.")


def test_members_a_delegation_comprised_go_with_it(reference):
    found = events(reference, COMPRISED, "In the afternoon, the delegation visited the Riverton Lantern Park.",
                   published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Riverton Lantern Park"))
    assert {"bo-lintao", "lin-qiao", "sun-hao"} <= visit["attendees"]


def test_a_delegation_comprised_the_following_list_is_not_read_from_its_lead_in(reference):
    found = events(reference, "The delegation comprised the following three Members of the Panel, Mr Ron Vale and "
                              "Ms Ida Crane among them:",
                   "In the afternoon, the delegation visited the Riverton Lantern Park.", published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Riverton Lantern Park"))
    assert not {"ron-vale", "ida-crane"} & visit["attendees"]


def test_members_a_delegation_to_a_session_comprised_are_not_sent_on_its_visits(reference):
    found = events(reference, "The Ningbo delegation to the plenary session comprised the Deputy Mayor of Ningbo, "
                              "Mr Bo Lintao, and the Director of the Ningbo Port Bureau, Ms Lin Qiao.",
                   "In the afternoon, the delegation visited the Riverton Lantern Park.", published=DAY)
    visit = next(e for label, e in found.items() if label.startswith("Visit to the Riverton Lantern Park"))
    assert not {"bo-lintao", "lin-qiao"} & visit["attendees"]
