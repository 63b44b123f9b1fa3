"""Review of the ev23 rules (gatherings named by their kind, visits told by where the visitor is): invented
sentences of press releases on which a new rule gives a wrong fact (none from a document of the repository)."""

from datetime import date

from conftest import cleaned_events

DAY = date(2031, 5, 6)


def found(reference, body: str) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=DAY)


def attended_by(events: dict[str, dict], person: str, word: str) -> list[str]:
    return [label for label, e in events.items() if word in label.lower() and person in e["attendees"]]


def test_one_who_urges_others_to_attend_a_gathering_does_not_attend_it(reference):
    for verb in ("encouraged enterprises", "invited young people", "urged local companies"):
        body = (f"The Financial Secretary, Mr Paul Chan, {verb} to attend a business roundtable jointly organised by the "
                "Hong Kong Trade Development Council and the Shanghai Municipal Commerce Commission.\n")
        events = found(reference, body)
        assert not attended_by(events, "paul-chan-mo-po", "roundtable"), (verb, events)


def test_one_who_hopes_to_attend_a_gathering_does_not_attend_it(reference):
    for wish in ("said that he hoped to attend", "wishes to attend", "plans to attend"):
        body = f"The Financial Secretary, Mr Paul Chan, {wish} a business roundtable in Shanghai next year.\n"
        events = found(reference, body)
        assert not attended_by(events, "paul-chan-mo-po", "roundtable"), (wish, events)


def test_one_in_a_city_not_on_a_visit_makes_no_visit(reference):
    body = "Mr Paul Chan is in Shanghai this week, not on a visit but to attend a forum.\n"
    events = found(reference, body)
    assert not [label for label in events if label.startswith("Visit of")], events


def test_one_in_a_city_on_a_visit_still_makes_a_visit(reference):
    body = "Mr Paul Chan is in Shanghai this week, on a three-day visit. He arrived yesterday (May 5).\n"
    events = found(reference, body)
    assert events.get("Visit of Paul Chan to Shanghai", {}).get("start") == ["2031-05-05"], events  # the short reference name labels a visit


def test_timed_rows_of_a_later_list_are_not_the_schedule_of_its_lead_in(reference):
    body = ("The Chief Executive, Mr John Lee, will attend the following public engagements this week:\n\n"
            "Monday (May 5)\n10am — chairs a meeting of the Executive Council, Central Government Offices\n"
            "3pm — meets the Mayor of Shanghai, Mr Gong Zheng, Government House\n\n"
            "Members of the public may visit the exhibition at these times:\n\n"
            "10am - 6pm: tours of the exhibition hall, Hong Kong Convention and Exhibition Centre\n"
            "7pm - 9pm: attends a guided tour for families, Hong Kong Convention and Exhibition Centre\n")
    events = found(reference, body)
    assert not attended_by(events, "john-lee-ka-chiu", "tour"), events
    assert attended_by(events, "john-lee-ka-chiu", "executive council"), events
