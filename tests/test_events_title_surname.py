"""A title and a surname in a speech ("Vice Mayor Bo and I witnessed ...") refer to the post holder the
document named, read from invented sentences (none comes from a document of the repository)."""

from datetime import date

from test_events_programmes import events


def test_a_title_and_surname_is_the_holder_the_salutation_named(reference):
    found = events(reference,
                   "Vice Mayor Bo (Vice Mayor of Ningbo, Mr Bo Lintao), ladies and gentlemen, good morning.",
                   "Just now, Vice Mayor Bo and the Secretary for Ferries, Mr Alan Wexford, witnessed the signing of the "
                   "Memorandum of Understanding on Ferry Crew Training.", published=date(2031, 5, 9))
    assert "bo-lintao" in found["Signing of Memorandum of Understanding on Ferry Crew Training"]["attendees"]


def test_a_title_with_another_surname_refers_to_nobody(reference):
    found = events(reference,
                   "Vice Mayor Bo (Vice Mayor of Ningbo, Mr Bo Lintao), ladies and gentlemen, good morning.",
                   "Just now, Vice Mayor Dai and the Secretary for Ferries, Mr Alan Wexford, witnessed the signing of the "
                   "Memorandum of Understanding on Ferry Crew Training.", published=date(2031, 5, 9))
    assert "bo-lintao" not in found["Signing of Memorandum of Understanding on Ferry Crew Training"]["attendees"]


def test_a_surname_under_a_title_he_does_not_hold_refers_to_nobody(reference):
    found = events(reference,
                   "Vice Mayor Bo (Vice Mayor of Ningbo, Mr Bo Lintao), ladies and gentlemen, good morning.",
                   "Just now, Director Bo and the Secretary for Ferries, Mr Alan Wexford, witnessed the signing of the "
                   "Memorandum of Understanding on Ferry Crew Training.", published=date(2031, 5, 9))
    assert "bo-lintao" not in found["Signing of Memorandum of Understanding on Ferry Crew Training"]["attendees"]
