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


def test_a_fronted_held_phrase_dates_and_places_the_event_told_before(reference):
    found = events(reference, "The Riverton Trade Expo closed yesterday.",
                   "Held from 5 to 8 May at the Riverton Exhibition Center (Shanghai), the Expo drew 3,600 exhibitors.",
                   published=DAY)
    expo = found["Riverton Trade Expo"]
    assert expo["start"] == ["2031-05-05"] and expo["places"] == {"riverton-exhibition-center-shanghai"}


def test_a_fronted_phrase_of_a_background_year_is_no_start(reference):
    found = events(reference, "The Riverton Trade Expo opened at the Riverton Exhibition Center.",
                   "Held every year since 2015, the Expo draws 3,600 exhibitors.", published=DAY)
    assert found["Riverton Trade Expo"]["start"] == []


def test_a_fronted_phrase_with_no_event_before_gives_nothing(reference):
    found = events(reference, "Mr Alan Wexford arrived in Riverton today.",
                   "Held from 5 to 8 May at the Riverton Exhibition Center, the forum drew 300 guests.", published=DAY)
    assert not any("riverton-exhibition-center" in e["places"] for e in found.values()), found
