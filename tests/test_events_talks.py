"""Talks told by the noun (kg/extract/talks.py): "Talks between A and B were held at X", "A and B held talks in
X", "A had talks with B", each one meeting "Talks between A and B"; invented sentences, each with a near miss."""

import time
from datetime import date

from conftest import cleaned_events
from kg.extract.talks import BETWEEN, BOTH, WITH

DAY = date(2031, 5, 6)


def talks(reference, body: str) -> dict[str, dict]:
    found = cleaned_events(reference, body, title="Release", published=DAY)
    return {label: e for label, e in found.items() if label.startswith("Talks")}


def test_talks_between_two_people_held_at_a_venue(reference):
    found = talks(reference, "Talks between the Secretary for Justice, Mr Paul Lam, and the Vice Mayor of Shanghai, "
                             "Mr Hua Yuan, were held at the Harbourfront Hotel yesterday (May 5).\n")
    (event,) = found.values()
    assert event["attendees"] >= {"hua-yuan"} and len(event["attendees"]) == 2, found
    assert event["start"] == ["2031-05-05"] and event["places"] == {"harbourfront-hotel"}, found


def test_both_sides_held_talks_in_a_city(reference):
    found = talks(reference, "Mr Paul Lam and Mr Hua Yuan held talks in Shanghai on Monday (May 4) on legal co-operation.\n")
    (event,) = found.values()
    assert event["start"] == ["2031-05-04"] and event["places"] == {"shanghai"} and len(event["attendees"]) == 2, found


def test_had_talks_with(reference):
    found = talks(reference, "Mr Paul Lam also had bilateral talks with the Vice Mayor of Shanghai, Mr Hua Yuan, today.\n")
    (event,) = found.values()
    assert "hua-yuan" in event["attendees"] and event["start"] == ["2031-05-06"], found


def test_talks_hoped_for_told_in_passing_or_of_places_are_none(reference):
    assert talks(reference, "Mr Paul Lam hoped to have talks with Mr Hua Yuan next year.\n") == {}
    assert talks(reference, "Mr Paul Lam, who had talks with Mr Hua Yuan in 2019, attended the dinner today.\n") == {}
    assert talks(reference, "Mr Paul Lam said talks between the two cities had been productive.\n") == {}


def test_talks_patterns_fail_fast():
    started = time.perf_counter()
    for text in ("⟦person:1⟧ " + "and the " * 2000 + "had " * 2000, "Talks between " + "⟦person:1⟧, and " * 1500,
                 "⟦person:1⟧, " * 2000 + "held talks"):
        for regex in (WITH, BOTH, BETWEEN):
            regex.search(text)
    assert time.perf_counter() - started < 0.5
