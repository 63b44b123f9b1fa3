"""Wrong facts on everyday departmental releases (invented texts, none from a document of the repository): a
visit's length and kind read as an event of its own, a programme item's object running on into the next verb,
and a district read off the first word of a longer place name."""

from datetime import date

from conftest import cleaned_events


def events(reference, body: str, published=date(2031, 5, 11)) -> dict[str, dict]:
    return cleaned_events(reference, body, title="Release", published=published)


def test_a_visits_length_and_kind_is_no_event_beside_the_visit(reference):
    body = ("The Secretary for Trade, Mr Hal Brody, will depart for Shanghai tomorrow (May 12) to begin a "
            "three-day duty visit.\n\nMr Brody will meet the Director of the Riverton Port Bureau, Ms Dora Quill.\n")
    found = events(reference, body)
    assert not any(label.lower().startswith("three-day") for label in found)
    assert any("hal-brody" in facts["attendees"] for facts in found.values())


def test_a_length_only_event_stays_where_no_other_journey_is_told(reference):
    body = "Registration is now open for a five-day study tour.\n\nThe fee is $500.\n"
    found = events(reference, body)
    kept = [label for label in found if label.lower().startswith("five-day")]
    assert all("visit" not in label.lower() for label in found if label not in kept)


def test_a_call_ends_before_the_verb_that_follows_it(reference):
    body = ("A delegation led by the Secretary for Trade, Mr Hal Brody, visited Shanghai today (May 11).\n\n"
            "Mr Brody called on the Riverton Port Bureau and exchanged views on the training of pilots.\n")
    labels = list(events(reference, body))
    assert not any("exchanged" in label for label in labels)
    assert any(label.startswith(("Call on", "Calls on")) and label.endswith("Riverton Port Bureau") for label in labels)


def test_a_call_on_a_body_named_with_and_keeps_its_whole_name(reference):
    body = ("A delegation led by the Secretary for Trade, Mr Hal Brody, visited Shanghai today (May 11).\n\n"
            "Mr Brody called on the Riverton Bureau of Ports and Harbours.\n")
    labels = list(events(reference, body))
    assert any(label.endswith("Riverton Bureau of Ports and Harbours") for label in labels)


def test_kowloon_bay_is_its_own_place_and_kowloon_stays_kowloon(reference):
    body = ("The Secretary for Trade, Mr Hal Brody, visited the Riverton Training Centre in Kowloon Bay today (May 11).\n\n"
            "He then visited the Kestrel Museum in Kowloon.\n")
    found = events(reference, body)
    places = set().union(*(facts["places"] for facts in found.values()))
    assert "kowloon-bay" in places and "kowloon" in places
    bay = next(facts for label, facts in found.items() if "Training Centre" in label)
    assert "kowloon" not in bay["places"]


def test_a_caption_repeating_a_visit_is_no_second_visit(reference):
    body = ("A delegation led by the Deputy Director of the Riverton Port Bureau, Mr Hal Brody, visited Hong Kong today "
            "(May 11).\n\nThe delegation then toured the Kestrel Training Centre and the Lark Control Centre.\n\n"
            "Photo 2: The delegation tours the Kestrel Training Centre.\n")
    visits = [label for label in events(reference, body) if "Kestrel Training Centre" in label]
    assert visits == ["Visit to the Kestrel Training Centre and the Lark Control Centre"]


def test_a_second_visit_to_the_same_site_on_another_day_stays(reference):
    body = ("A delegation led by the Deputy Director of the Riverton Port Bureau, Mr Hal Brody, toured the Kestrel "
            "Training Centre and the Lark Control Centre on May 9.\n\n"
            "On May 11, the delegation toured the Kestrel Training Centre.\n")
    visits = [label for label in events(reference, body) if "Kestrel Training Centre" in label]
    assert len(visits) == 2


def test_a_named_hall_of_a_venue_line_is_a_room_not_the_venue(reference):
    body = ("Media invitation\n\nMr Hal Brody will attend the following events on May 14 (Wednesday).\n\n"
            "Event 1: Riverton Shipping Forum\n\nDate: May 14 (Wednesday)\n\n"
            "Venue: Grand Hall, Kestrel Convention Centre, 1 Harbour Road\n")
    forum = events(reference, body)["Riverton Shipping Forum"]
    assert forum["places"] == {"kestrel-convention-centre"}
