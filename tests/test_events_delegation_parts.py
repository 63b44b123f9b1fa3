"""A delegation's members on the parts of its visit (kg/extract/itinerary.py, kg/extract/tour_hosts.py): invented
releases (none comes from a document of the repository), each with a near miss. The host who receives a delegation is
not one of its members."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)
RECEIVED = ("The Chief Justice of Riverton, Mr Alan Brook, received a delegation of the Lotus High Court led by its "
            "President, Mr Zhou Ming, at the Riverton Court Building today (May 6). "
            "The six-member Lotus delegation included the Vice President of the Lotus High Court, Mr Qi Fang; and the "
            "Presiding Judge of the Lotus High Court, Ms Lin Yue. ")


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def _with(events: dict, word: str) -> dict:
    return next(e for label, e in events.items() if word in label)


def test_the_members_told_after_the_reception_attend_the_meal_hosted_for_them(reference):
    events = found(reference, RECEIVED + "After the meeting, Mr Brook hosted a lunch for the delegation.\n")
    lunch = _with(events, "unch")
    assert {"alan-brook", "zhou-ming", "qi-fang", "lin-yue"} <= lunch["attendees"], lunch


def test_a_meal_for_others_is_not_the_delegations(reference):
    events = found(reference, RECEIVED + "In the evening, Mr Brook hosted a dinner for the retiring judges.\n")
    dinner = _with(events, "inner")
    assert not {"qi-fang", "lin-yue"} & dinner["attendees"], dinner


def test_the_host_who_received_the_delegation_is_not_on_its_visit(reference):
    events = found(reference, RECEIVED + "The delegation arrived in Riverton yesterday (May 5) for a four-day visit.\n")
    for label, event in events.items():
        if label.startswith("Visit of"):
            assert "alan-brook" not in event["attendees"], (label, event)


def test_the_named_delegation_visits_with_its_leader(reference):
    body = ("The Vice Mayor of Lotus, Mr Zhou Ming, led a delegation to Riverton today (May 6). The Lotus delegation "
            "included the Deputy Secretary-General of the Lotus Municipal Government, Mr Qi Fang; and the Director of "
            "the Lotus Commission of Commerce, Ms Lin Yue.\n"
            "In the afternoon, Mr Zhou and the delegation visited the Riverton Science Park.\n")
    park = _with(found(reference, body), "Science Park")
    assert {"zhou-ming", "qi-fang", "lin-yue"} <= park["attendees"], park


def test_the_people_who_accompany_the_delegation_go_with_it(reference):
    body = ("The Vice Mayor of Lotus, Mr Zhou Ming, is leading a delegation to Riverton. The delegation includes the "
            "Deputy Secretary-General of the Lotus Municipal Government, Mr Qi Fang.\n"
            "On Wednesday afternoon, accompanied by the Secretary for Innovation of Riverton, Mr Alan Brook, the "
            "delegation visited the Riverton Science Park.\n")
    park = _with(found(reference, body), "Science Park")
    assert {"zhou-ming", "qi-fang", "alan-brook"} <= park["attendees"], park


def test_a_delegation_known_by_a_few_members_only_is_not_spread(reference):
    body = ("The Riverton Health Bureau and the Lotus Health Commission held their first co-operation meeting today (May 6). "
            "The Lotus delegation included the Director of the Lotus Centre for Disease Control, Dr Qi Fang, and Ms Lin Yue.\n"
            "In the evening, the Chairman of the Riverton Hospital Authority, Mr Alan Brook, hosted a dinner for the "
            "delegation. Tomorrow, the Lotus delegation will visit the Riverton Science Park.\n")
    events = found(reference, body)
    for label, event in events.items():
        if "inner" in label or "Science Park" in label:
            assert not {"qi-fang", "lin-yue"} & event["attendees"], (label, event)
