"""Other places' co-operation mechanisms, read from invented sentences (none comes from a document of the
repository): a standing mechanism of two places is no event; a meeting it held is one."""

from datetime import date

from test_events_kinds import events


def test_a_mechanism_of_two_places_is_no_event(reference):
    found = events(reference, "Hong Kong also takes part in the Hong Kong/Riverton Co-operation Joint Conference and the "
                   "Hong Kong-Eastvale Economic and Trade Co-operation Conference.", published=date(2031, 7, 2))
    assert not [label for label in found if "Conference" in label]


def test_a_conference_named_otherwise_stays_an_event(reference):
    found = events(reference, "Mr Hal Brody attended the Riverton Co-operation Conference on Green Shipping in Shanghai today (July 2).",
                   published=date(2031, 7, 2))
    assert [label for label in found if "Conference" in label]


def test_a_meeting_the_mechanism_held_is_kept(reference):
    found = events(reference, "The Hong Kong/Riverton Co-operation Joint Conference held its 12th Plenary Meeting in Riverton on 18 November.",
                   published=date(2031, 12, 1))
    assert found
