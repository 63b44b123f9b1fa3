"""Who joins or accompanies someone at an event, read from invented sentences (none comes from a document of
the repository)."""

from datetime import date

from test_events_kinds import events

ARRIVED = "The Secretary for Tourism, Mr Alan Wexford, arrived in Shanghai today (May 9)."
DAY = date(2031, 5, 9)


def test_joined_at_a_fronted_event(reference):
    found = events(reference, ARRIVED, "At the Harbour Innovation Expo, Mr Wexford was joined by the Mayor of Riverton, Mr Tom Grell.",
                   published=DAY)
    assert found["Harbour Innovation Expo"]["attendees"] == {"alan-wexford", "tom-grell"}


def test_joined_where_he_attended(reference):
    found = events(reference, ARRIVED, "Mr Wexford attended the Eastern Harbour Forum, where he was joined by Mr Hal Brody.",
                   published=DAY)
    assert found["Eastern Harbour Forum"]["attendees"] == {"alan-wexford", "hal-brody"}


def test_accompanied_at_the_event_named_after(reference):
    found = events(reference, ARRIVED, "Mr Wexford was accompanied by Mr Tom Grell at the Northern Grain Fair.", published=DAY)
    assert found["Northern Grain Fair"]["attendees"] == {"alan-wexford", "tom-grell"}


def test_company_at_someone_elses_event_or_a_later_one_is_not_attendance(reference):
    found = events(reference, ARRIVED, "Mr Hal Brody attended the Eastern Harbour Forum, and Mr Wexford was joined by Mr Tom Grell.",
                   "Mr Wexford said he would be joined by Mr Tom Grell at the Northern Grain Fair next year.", published=DAY)
    assert found["Eastern Harbour Forum"]["attendees"] == {"hal-brody"}
    assert "tom-grell" not in found["Northern Grain Fair"]["attendees"]


def test_the_company_pattern_fails_fast():
    import time

    from kg.extract.joined import JOINED
    text = "⟦person:0⟧ was joined by " + "Mr ⟦person:1⟧ and " * 3000 + "x"
    began = time.perf_counter()
    list(JOINED.finditer(text))
    assert time.perf_counter() - began < 0.5
