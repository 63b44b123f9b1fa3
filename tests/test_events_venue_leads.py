"""A venue told after an event's year, a relative clause of its opening, a verb of its run or its day, read from
invented sentences (none comes from a document of the repository)."""

from datetime import date

from test_events_kinds import events

DAY = date(2031, 5, 9)


def test_a_venue_after_which_opened_today(reference):
    found = events(reference, "Some 180 Riverton companies are taking part in the Riverton Fashion Showcase 2031, which opened "
                   "today at the Harbour Exhibition Centre.", published=DAY)
    assert found["Riverton Fashion Showcase 2031"]["places"] == {"harbour-exhibition-centre"}


def test_a_venue_after_the_day_of_the_event(reference):
    found = events(reference, "The Harbour Trade Council will hold a business matching session tomorrow (10 May) at the Lotus "
                   "Hotel for exhibitors.", published=DAY)
    session = found["Business matching session"]
    assert session["places"] == {"lotus-hotel"} and session["start"] == ["2031-05-10"]


def test_a_venue_where_an_exhibition_runs(reference):
    found = events(reference, 'The exhibition "Harbour Lights" will run at the Riverton Museum from 5 to 10 November.',
                   published=DAY)
    assert found['Exhibition "Harbour Lights"']["places"] == {"riverton-museum"}


def test_a_venue_of_another_clause_is_not_the_events(reference):
    found = events(reference, "The Riverton Design Week opened today, and Mr Alan Wexford later visited the Lotus Hotel.",
                   published=DAY)
    assert not found["Riverton Design Week"]["places"]
