"""A delegation named by its home city as the visitor, read from invented sentences (none comes from a
document of the repository)."""

from datetime import date

from test_events_programmes import events


def test_a_delegation_leaving_a_city_was_visiting_it(reference):
    found = events(reference, "Tomorrow (May 10), the Ningbo delegation will visit the Riverside Ferry Depot before "
                              "leaving Hangzhou on Saturday.", published=date(2031, 5, 9))
    visit = found["Visit of the Ningbo delegation to Hangzhou"]
    assert visit["places"] == {"hangzhou"} and visit["end"] == ["2031-05-10"]


def test_a_delegation_welcomed_to_a_city_visits_it_with_its_leader(reference):
    found = events(reference, "Vice Mayor Bo (Vice Mayor of Ningbo, Mr Bo Lintao), ladies and gentlemen, good morning.",
                   "It is my pleasure to welcome Vice Mayor Bo and the Ningbo delegation to Hangzhou.",
                   published=date(2031, 5, 9))
    visit = found["Visit of Bo Lintao and the Ningbo delegation to Hangzhou"]
    assert visit["places"] == {"hangzhou"} and visit["attendees"] == {"bo-lintao"}


def test_a_delegation_leaving_for_a_city_is_not_visiting_it(reference):
    found = events(reference, "Tomorrow (May 10), the Ningbo delegation will visit the Riverside Ferry Depot before "
                              "leaving for Hangzhou.", published=date(2031, 5, 9))
    assert not any(label.startswith("Visit of the Ningbo delegation") for label in found)
