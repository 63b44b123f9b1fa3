"""A rundown: a day's programme as a table of times, programmes and venues under a "Date:" line, each row that
names an event (or says who visits what) an event of that day at that venue (invented text, none from a document of
the repository, each with a near miss)."""

import time
from datetime import date

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail
from kg.text.schedules import RUNDOWN_ROW, day_rows, schedule_days, timed_rows

LEAD = ("The Government announced today (March 20) the programme of the Riverton Trade Week, which will be held at "
        "Harbour Lodge tomorrow. The Financial Secretary, Mr Alan Brookfield, will host the guests.\n\n")
TABLE = ("Date: 21 March 2036 (Friday)\n\n"
         "Time | Programme | Venue\n"
         "10:00 | Welcoming ceremony for the guests of the Trade Week | Front Garden, Harbour Lodge\n"
         "10:20 | Group photo of the guests | Front Steps\n"
         "10:30 | Opening remarks by Mr Alan Brookfield | Ballroom\n"
         "12:30 | Luncheon hosted by Mr Alan Brookfield (closed door) | Dining Room\n"
         "15:00 | Ms Carla Dunmore, accompanied by Mr Alan Brookfield, visits the Riverton Maritime Museum | Sai Kung\n")


def events(graph) -> dict[str, dict]:
    out = {}
    for s, label in graph.subject_objects(RDFS.label):
        if "/event/" in str(s):
            out[str(label)] = {k: {tail(o) for o in graph.objects(s, p)} for k, p in
                               (("start", SDO.startDate), ("place", SDO.location), ("att", SDO.attendee))}
    return out


def find(found: dict, words: str) -> dict | None:
    return next((v for k, v in found.items() if words in k.lower()), None)


def test_rundown_rows_are_events_of_the_day_at_their_venues(tmp_path):
    found = events(page_graph(tmp_path, LEAD + TABLE, title="Programme of the Riverton Trade Week"))
    welcome = find(found, "welcoming ceremony for the guests")
    assert welcome == {"start": {"2036-03-21"}, "place": {"harbour-lodge"}, "att": set()}, found
    lunch = find(found, "luncheon hosted by")
    assert lunch["place"] == {"harbour-lodge"} and lunch["att"] == {"alan-brookfield"}, found  # a room of the lodge
    assert "(closed door)" not in "".join(found)
    visit = find(found, "visit to")
    assert visit["start"] == {"2036-03-21"} and {"riverton-maritime-museum", "sai-kung"} <= visit["place"], found
    assert visit["att"] == {"carla-dunmore", "alan-brookfield"}, found


def test_photos_and_remarks_are_no_events(tmp_path):
    found = events(page_graph(tmp_path, LEAD + TABLE, title="Programme of the Riverton Trade Week"))
    assert find(found, "group photo") is None and find(found, "opening remarks") is None, found


def test_a_timetable_without_events_gives_none(tmp_path):
    body = ("The ferry timetable for the holiday is as below.\n\n"
            "Time | Route | Pier\n07:30 | Central to Riverton Island | Pier 3\n08:15 | Riverton Island to Central | Pier 5\n")
    assert events(page_graph(tmp_path, body, title="Holiday ferry timetable")) == {}


def test_one_timed_row_is_no_rundown():
    lines = ["Opening hours", "10:00 | Exhibition opens to the public | Riverton Hall", "The hall closes at 6pm."]
    assert timed_rows(lines) == lines


def test_rundown_row_pattern_fails_fast():
    started = time.perf_counter()
    for line in ("10:00 " + "| " * 5000 + "x", "1" * 5000 + ":00 | x", "10:00 - " * 2000 + "| x"):
        RUNDOWN_ROW.match(line)
    assert time.perf_counter() - started < 0.5



def test_a_row_of_a_persons_verb_the_rows_do_not_know_is_no_event(tmp_path):
    body = LEAD + TABLE + "16:30 | Mr Alan Brookfield officiates at the closing ceremony of the Trade Week | Harbour Lodge\n"
    found = events(page_graph(tmp_path, body, title="Programme of the Riverton Trade Week"))
    assert not any(label.startswith("Mr Alan Brookfield") for label in found), found
    assert "alan-brookfield" in find(found, "closing ceremony")["att"], found  # left to the rules of sentences


DAYS_LEAD = ("The Riverton Water Authority and the Shanghai Municipal Water Bureau jointly held the Riverton-Shanghai "
             "Water Forum at the Harbour Lodge today (March 20) under the Hong Kong/Shanghai Co-operation Conference. "
             "The Shanghai delegation, led by Mr Tao Liming, is visiting Riverton from March 18 to 21. "
             "Its programme is as follows:\n\n")
DAYS = ("2036-03-18  Arrival; briefing at the Authority's headquarters, Quayside Tower\n"
        "2036-03-19  Visit to the Eastbank Treatment Works in Sai Kung; meeting with the Metering Division\n"
        "2036-03-20  Forum at the Harbour Lodge\n"
        "2036-03-21  Departure\n")


def test_a_programmes_day_rows_are_events_of_their_days_at_their_places(tmp_path):
    found = events(page_graph(tmp_path, DAYS_LEAD + DAYS, title="Riverton-Shanghai Water Forum"))
    briefing = find(found, "briefing at the authority")
    assert briefing == {"start": {"2036-03-18"}, "place": {"quayside-tower"}, "att": {"tao-liming"}}, found
    works = find(found, "visit to the eastbank treatment works")
    assert works["start"] == {"2036-03-19"} and works["place"] == {"sai-kung"} and works["att"] == {"tao-liming"}, found
    assert find(found, "meeting with the metering division")["start"] == {"2036-03-19"}, found
    assert find(found, "forum at the harbour lodge") is None, found  # the forum the text told today, not a second


def test_day_rows_split_into_items_and_dated_lines_years_apart_are_left():
    rows = timed_rows(["2036-03-18 Arrival; briefing at the headquarters", "2036-03-19 Visit to the works"])
    assert day_rows(rows) == ["2036-03-18 | Arrival.", "2036-03-18 | briefing at the headquarters.",
                              "2036-03-19 | Visit to the works."]
    chronology = ["2003-10-27 First Plenary Session in Shanghai", "2012-01-05 Second Plenary Session in Hong Kong"]
    assert day_rows(chronology) == chronology
    backwards = ["2036-03-19 Visit to the works", "2036-03-18 Arrival"]
    assert day_rows(backwards) == backwards


def test_a_news_pages_dated_stamps_are_no_programme():
    stamps = ["2036-03-18 HKT 10:48", "Riverton opens a new pier.", "2036-03-18 HKT 13:05"]
    assert day_rows(stamps) == stamps


def test_rows_headed_by_days_are_a_programme_only_within_a_visit_s_span():
    """A chronology's rows, years apart, and a day that does not exist give no programme's days."""
    published = date(2031, 3, 2)
    assert schedule_days(["2031-02-27 | Visit to the Riverton Dock.", "2031-03-01 | Talks with the Port Board."],
                         published) == [("2031-02-27 | Visit to the Riverton Dock.", date(2031, 2, 27)),
                                        ("2031-03-01 | Talks with the Port Board.", date(2031, 3, 1))]
    assert schedule_days(["2025-10-27 | First Plenary Session.", "2028-05-03 | Second Plenary Session."], published) == []
    assert schedule_days(["2031-02-30 | Visit to the Riverton Dock.", "2031-03-01 | Talks."], published) == []
