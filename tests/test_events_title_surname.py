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


def _meetings(found) -> dict:
    return {label: e for label, e in found.items() if label.startswith("Meeting")}


def test_a_title_said_of_another_place_refers_to_nobody(reference):
    first = "The Chief Executive met Vice Mayor of Ningbo Bo Lintao in Hong Kong on May 8, 2031."
    for second in ("On May 9, 2031, Shenzhen Vice Mayor Bo met Secretary for Ferries Alan Wexford in Hong Kong.",
                   "On May 9, 2031, Vice Mayor Bo of Shenzhen met Secretary for Ferries Alan Wexford in Hong Kong."):
        found = events(reference, first, second, published=date(2031, 5, 10))
        assert not any("bo-lintao" in e["attendees"] for label, e in _meetings(found).items() if "Wexford" in label)
    near = events(reference, first, "On May 9, 2031, Ningbo Vice Mayor Bo met Secretary for Ferries Alan Wexford in Hong Kong.",
                  published=date(2031, 5, 10))
    assert any("bo-lintao" in e["attendees"] for label, e in _meetings(near).items() if "Wexford" in label)


def test_a_former_holder_s_title_refers_to_nobody(reference):
    found = events(reference, "Secretary for Ferries Alan Wexford met the Chief Executive on May 8, 2031.",
                   "On May 9, 2031, former Secretary Wexford met Vice Mayor of Ningbo Bo Lintao in Hong Kong.",
                   published=date(2031, 5, 10))
    assert not any("alan-wexford" in e["attendees"] for label, e in found.items() if "Bo Lintao" in label)
