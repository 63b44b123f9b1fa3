"""Who hosts an event and whom it is for (kg/extract/hosts.py), on invented sentences."""

from datetime import date

import pytest

from test_events_kinds import events


@pytest.mark.parametrize("sentence", [
    "Mayor Ada Quell hosted a welcome dinner for Vice Mayor Bo Kettle at the Riverton Club yesterday.",
    "Mayor Ada Quell yesterday hosted a welcome dinner in honour of Vice Mayor Bo Kettle.",
    "Mayor Ada Quell, who arrived on Monday, hosted a welcome dinner for Vice Mayor Bo Kettle.",
])
def test_the_host_and_the_guests_attend(reference, sentence):
    dinner = events(reference, sentence, published=date(2031, 5, 9))["Welcome dinner"]
    assert dinner["attendees"] == {"ada-quell", "bo-kettle"}


@pytest.mark.parametrize("sentence, meal", [
    ("Mayor Ada Quell hosted a welcome dinner for the visitors while Secretary Bo Kettle toured the port.", "Welcome dinner"),
    ("Mayor Ada Quell hosted a welcome luncheon for business leaders and said Secretary Bo Kettle would visit the port.",
     "Welcome luncheon"),
])
def test_the_guests_end_with_their_clause(reference, sentence, meal):
    assert events(reference, sentence, published=date(2031, 5, 9))[meal]["attendees"] == {"ada-quell"}


@pytest.mark.parametrize("sentence", [
    # the city hosts, not the speaker
    "Mayor Ada Quell said Riverton was honoured to host the Harbour Festival.",
    # the event named after the host's verb is another's
    "Mayor Ada Quell hosted the talks before the welcome dinner for the guests.",
])
def test_hosting_told_of_someone_else_is_not_the_speakers(reference, sentence):
    found = events(reference, sentence, published=date(2031, 5, 9))
    assert not any("ada-quell" in event["attendees"] for event in found.values())


def test_a_meal_with_no_name_is_named_by_its_host_and_guests(reference):
    found = events(reference, "Before the talks, Mayor Ada Quell hosted a breakfast for Vice Mayor Bo Kettle at Harbour House.",
                   published=date(2031, 5, 9))
    breakfast = found["Breakfast hosted by Ada Quell for Bo Kettle"]
    assert breakfast["attendees"] == {"ada-quell", "bo-kettle"} and breakfast["places"] == {"harbour-house"}
    assert "Banquet hosted by the Hong Kong Trade Development Council for visiting ship owners" in events(
        reference, "The Hong Kong Trade Development Council hosted a banquet for visiting ship owners.")
    assert list(events(reference, "Mayor Ada Quell will host a reception.")) == ["Reception hosted by Ada Quell"]


@pytest.mark.parametrize("sentence", [
    # the speaker does not host: another subject stands between
    "Mayor Ada Quell said the club would host a dinner for the guests.",
    # not a meal
    "Mayor Ada Quell hosted a delegation from Riverton.",
])
def test_no_meal_hosted_by_someone_else_or_no_meal_at_all(reference, sentence):
    assert events(reference, sentence, published=date(2031, 5, 9)) == {}


@pytest.mark.parametrize("sentence, label, places", [
    ("Mayor Ada Quell hosted a dinner for Riverton business leaders at the Lotus Hotel.",
     "Dinner for Riverton business leaders", {"lotus-hotel"}),
    ("Mayor Ada Quell attended a luncheon with Hong Kong entrepreneurs working in Shanghai at the Riverside Hotel.",
     "Luncheon with Hong Kong entrepreneurs working in Shanghai", {"riverside-hotel"}),
    # near miss: the venue is of what follows the meal, not of the meal
    ("Mayor Ada Quell hosted a dinner for Riverton business leaders and later toured the Riverside Ferry Terminal.",
     "Dinner for Riverton business leaders", set()),
], ids=["for guests", "with guests", "another item"])
def test_the_venue_after_a_meals_guests_is_its_place(reference, sentence, label, places):
    assert events(reference, sentence, published=date(2031, 5, 9))[label]["places"] == places
