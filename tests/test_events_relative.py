"""Times told only relative to the narrative's day, read from invented sentences (none comes from a document
of the repository): a day that can be counted from it is, a distance that names no day is never guessed."""

from datetime import date

from test_events_kinds import events

OPENING = "The Secretary for Tourism, Mr Alan Wexford, arrived in Shanghai today (May 9)."


def test_a_fronted_distance_gives_no_day(reference):
    found = events(reference, OPENING, "Two weeks ago, Mr Wexford visited the Lotus Container Terminal.",
                   "Last week, Mr Wexford visited the Eastern Ferry Depot.",
                   "Mr Wexford visited the Northern Grain Depot earlier this month.", published=date(2031, 5, 9))
    for label in ("Visit to the Lotus Container Terminal", "Visit to the Eastern Ferry Depot", "Visit to the Northern Grain Depot"):
        assert found[label]["attendees"] == {"alan-wexford"} and found[label]["start"] in ([], ["2031-05"])


def test_a_distance_of_another_clause_keeps_the_narratives_day(reference):
    found = events(reference, OPENING, "In the afternoon, Mr Wexford visited the Lotus Container Terminal, which opened two weeks ago.",
                   "Mr Wexford then visited the Eastern Ferry Depot to see the ferries bought last week for the new route.",
                   published=date(2031, 5, 9))
    assert found["Visit to the Lotus Container Terminal"]["start"] == ["2031-05-09"]
    assert found["Visit to the Eastern Ferry Depot"]["start"] == ["2031-05-09"]


def test_the_day_before_and_the_following_day_count_from_the_narratives_day(reference):
    found = events(reference, OPENING, "The day before, Mr Wexford toured the Harbour Research Centre.",
                   "He called on the Shanghai Municipal Commission of Commerce the following day.", published=date(2031, 5, 9))
    assert found["Visit to the Harbour Research Centre"]["start"] == ["2031-05-08"]
    assert found["Calls on the Shanghai Municipal Commission of Commerce"]["start"] == ["2031-05-09"]


def test_the_day_before_another_event_is_not_the_day_before_the_narratives(reference):
    found = events(reference, OPENING, "The day before the forum, Mr Wexford toured the Harbour Research Centre.",
                   published=date(2031, 5, 9))
    assert "2031-05-08" not in found["Visit to the Harbour Research Centre"]["start"]


def test_no_publication_date_no_day(reference):
    found = events(reference, "The Secretary for Tourism, Mr Alan Wexford, arrived in Shanghai.",
                   "The day before, Mr Wexford toured the Harbour Research Centre.")
    assert found["Visit to the Harbour Research Centre"]["start"] == []


def test_a_word_holding_we_is_no_we(reference):
    found = events(reference, OPENING, "However, Mr Wexford visited the Lotus Container Terminal in the afternoon.",
                   "Between meetings, the Secretary visited the Eastern Ferry Depot.", published=date(2031, 5, 9))
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == {"alan-wexford"}


def test_we_with_nobody_named_stays_unattended(reference):
    found = events(reference, "However, we visited the Lotus Container Terminal today (May 9).", published=date(2031, 5, 9))
    assert found["Visit to the Lotus Container Terminal"]["attendees"] == set()


def test_the_distance_pattern_fails_fast():
    import time

    from kg.extract.dates import unsaid_time
    text = "two " * 5000 + "weeks weeks " * 2000 + "earlier this " * 2000
    began = time.perf_counter()
    unsaid_time(text)
    assert time.perf_counter() - began < 0.5


def test_a_compound_count_of_years_is_one_number():
    from kg.extract.dates import find_dates
    said = date(2025, 11, 12)
    assert [str(d.start) for d in find_dates("Twenty-two years ago, the two cities set it up.", said)] == ["2003"]
    assert [str(d.start) for d in find_dates("Some twenty two years ago, they met.", said)] == ["2003"]
    assert [str(d.start) for d in find_dates("Two years ago, the two cities set it up.", said)] == ["2023"]
    assert [str(d.start) for d in find_dates("It began twenty years ago.", said)] == ["2005"]
