"""A schedule of engagements: rows that open with a time and a dash under weekday headings, each an event of the
person the lead-in names (invented text, none from a document of the repository, each with a near miss)."""


from conftest import event_fields as events, page_graph, tail
from kg.text.clean import clean

LEAD = "The Secretary for Home Affairs, Mr Alan Brookfield, will attend the following public engagements next week.\n\n"
WEEK = ("Monday (March 24)\n"
        "10am — meets the Consul General of Norway in Hong Kong, Ms Ingrid Solberg, Wanchai Tower\n"
        "4.30pm — officiates at the opening ceremony of the Riverton Lantern Fair, Riverton Civic Centre\n\n"
        "Tuesday (March 25)\n"
        "9am — visits the Riverton Heritage Museum and meets volunteers, Sai Kung\n"
        "3pm — attends the Riverton Youth Summit, jointly organised by the Riverton Youth Council and the Harbour "
        "Sports Commission, Riverton Civic Centre. The Under Secretary for Home Affairs, Mr Carl Dunmore, will also attend\n")


def find(found: dict, words: str) -> dict:
    return next(v for k, v in found.items() if words in k.lower())


def test_rows_under_weekday_headings_are_kept_and_dated():
    cleaned = clean(LEAD + WEEK, published=__import__("datetime").date(2036, 3, 20))
    rows = [p for p in cleaned.paragraphs if p[:1].isdigit()]
    assert len(rows) == 4 and all(r.endswith(".") for r in rows), cleaned.paragraphs
    days = {cleaned.paragraphs[i][:4]: str(d) for i, d in cleaned.paragraph_dates.items()}
    assert days["10am"] == "2036-03-24" and days["9am "] == "2036-03-25", days


def test_a_lone_time_line_is_no_schedule():
    cleaned = clean("The talks were held today.\n\n10am — arrival of guests\n\nThe forum closed.", published=None)
    assert not any(p.startswith("10am") for p in cleaned.paragraphs), cleaned.paragraphs


def test_each_row_is_an_event_of_the_lead_ins_person(tmp_path):
    found = events(page_graph(tmp_path, LEAD + WEEK, title="Engagements for the week"))
    met = find(found, "meeting with")
    assert met["start"] == {"2036-03-24"} and "ingrid-solberg" in met["att"] and "alan-brookfield" in met["att"], found
    assert met["place"] == {"wanchai-tower"}, met
    fair = find(found, "opening ceremony")
    assert fair["start"] == {"2036-03-24"} and "alan-brookfield" in fair["att"] and fair["place"] == {"riverton-civic-centre"}, found
    visit = find(found, "visit to")
    assert visit["start"] == {"2036-03-25"} and "riverton-heritage-museum" in visit["place"], found


def test_organisers_and_those_who_will_also_attend(tmp_path):
    summit = find(events(page_graph(tmp_path, LEAD + WEEK, title="Engagements for the week")), "youth summit")
    assert summit["org"] == {"riverton-youth-council", "harbour-sports-commission"}, summit
    assert {"alan-brookfield", "carl-dunmore"} <= summit["att"] and summit["start"] == {"2036-03-25"}, summit


def test_rows_with_no_lead_in_have_no_attendee(tmp_path):
    found = events(page_graph(tmp_path, "Notes for the week.\n\n" + WEEK, title="Notes"))
    assert not any("alan-brookfield" in v["att"] for v in found.values()), found


def test_a_row_with_an_unknown_verb_is_no_event(tmp_path):
    body = LEAD + "Monday (March 24)\n10am — departs for the Riverton Airport\n2pm — chairs the Riverton Harbour Forum\n"
    found = events(page_graph(tmp_path, body, title="Engagements for the week"))
    assert not any("airport" in k.lower() for k in found), found
    assert "alan-brookfield" in find(found, "harbour forum")["att"], found


def test_row_patterns_fail_fast_on_long_rows():
    import time
    from kg.extract.schedule_rows import CLAUSE, END_PLACE, ORGANISED, ORGANISER, TRAILING_VENUE
    from kg.text.schedules import TIME_ROW, WEEKDAY_HEADING
    rows = ["10am — attends " + "the Riverton Harbour and " * 400 + "x", ", " + "Aa " * 3000 + "b",
            ", organised by " + "Riverton, " * 2000, "Monday (" + "1" * 5000, "10am " * 3000]
    started = time.process_time()
    for text in rows:
        for pattern in (CLAUSE, END_PLACE, ORGANISED, TRAILING_VENUE, TIME_ROW, WEEKDAY_HEADING):
            pattern.search(text)
        ORGANISER.fullmatch(text)
    assert time.process_time() - started < 1.0


# A diary: each row names whose engagement it is, its time set off by spaces or on the line above, a venue line under it.
DIARY = ("PUBLIC ENGAGEMENTS\n\n"
         "WEDNESDAY (March 26)\n\n"
         "10am        The Secretary for Home Affairs, Mr Alan Brookfield, chairs a meeting of the Riverton Arts Board\n"
         "            Venue: Board Room, Riverton Civic Centre, Sai Kung\n\n"
         "2.30pm - 4pm\n"
         "            Mr Brookfield tours the Riverton Heritage Museum\n"
         "            Venue: Riverton Heritage Museum, Sai Kung\n\n"
         "THURSDAY (March 27) - in Macao\n\n"
         "Time TBC    Mr Brookfield calls on the Secretary for Culture of Macao, Ms Ines Carvalho\n"
         "            Venue: Government Palace, Macao\n")


def test_diary_rows_are_kept_with_their_venue_and_day():
    cleaned = clean(DIARY, published=__import__("datetime").date(2036, 3, 23))
    rows = {p[:6]: (p, str(cleaned.paragraph_dates.get(i))) for i, p in enumerate(cleaned.paragraphs) if "—" in p}
    assert rows["10am —"][0].endswith("Venue: Board Room, Riverton Civic Centre, Sai Kung."), rows
    assert rows["10am —"][1] == "2036-03-26" and rows["2.30pm"][1] == "2036-03-26", rows
    assert rows["Time T"][1] == "2036-03-27" and "calls on" in rows["Time T"][0], rows


def test_each_diary_row_is_an_event_of_its_own_subject(tmp_path):
    found = events(page_graph(tmp_path, DIARY, title="Government diary", published="2036-03-23"))
    board = find(found, "riverton arts board")
    assert board["start"] == {"2036-03-26"} and "alan-brookfield" in board["att"], found
    assert "riverton-civic-centre" in board["place"] and not any("room" in p for p in board["place"]), board
    museum = find(found, "heritage museum")
    assert museum["start"] == {"2036-03-26"} and "riverton-heritage-museum" in museum["place"], found
    assert len([k for k in found if "heritage museum" in k.lower()]) == 1, found
    call = find(found, "call")
    assert call["start"] == {"2036-03-27"} and {"alan-brookfield", "ines-carvalho"} <= call["att"], found
    assert not any(k.lower().startswith("venue") for k in found), found


def test_spaced_times_without_a_weekday_heading_are_no_diary():
    body = ("The board met twice.\n\n10am        The Secretary, Mr Alan Brookfield, chairs a meeting of the Riverton Arts Board\n\n"
            "3pm         Mr Brookfield tours the Riverton Heritage Museum\n")
    cleaned = clean(body, published=__import__("datetime").date(2036, 3, 23))
    assert not any("—" in p for p in cleaned.paragraphs), cleaned.paragraphs


def test_a_programme_in_24_hour_time_is_no_diary():
    body = ("Day 1 (Monday, 24 March)\n  09:30  Arrive Riverton | Riverton Airport\n  14:00  Site visit: Riverton Harbour | Sai Kung\n")
    cleaned = clean(body, published=__import__("datetime").date(2036, 3, 20))
    assert not any("—" in p for p in cleaned.paragraphs), cleaned.paragraphs


# A delegation's programme: numbered days with a dash, rows by the clock with spans, each naming its event.
PROGRAMME = ("The delegation's programme is as follows:\n\n"
             "Day 1 - Monday, March 24\n"
             "11am - 12.30pm     Riverton Harbour Plenary Meeting, Riverton Guest House\n"
             "2pm - 3pm          Luncheon hosted by the Riverton Ports Board, Riverton Guest House\n"
             "4pm                Visit to the Riverton Heritage Museum, Sai Kung\n\n"
             "Day 2 - Tuesday, March 25\n"
             "9am - 10am         Departs Riverton for Hong Kong\n")


def test_a_programmes_rows_name_their_events_and_days(tmp_path):
    found = events(page_graph(tmp_path, PROGRAMME, title="Delegation to Riverton", published="2036-03-20"))
    lunch = find(found, "luncheon hosted")
    assert lunch["start"] == {"2036-03-24"} and lunch["att"] == set(), found
    museum = find(found, "heritage museum")
    assert museum["start"] == {"2036-03-24"} and "riverton-heritage-museum" in museum["place"], found
    assert not any("departs" in k.lower() for k in found), found
    assert not any(k.lower().startswith("riverton harbour plenary") for k in found), found


def test_a_span_of_times_before_a_row_is_read_whole():
    cleaned = clean(PROGRAMME, published=__import__("datetime").date(2036, 3, 20))
    assert any(p.startswith("11am - 12.30pm — Riverton Harbour Plenary Meeting") for p in cleaned.paragraphs), cleaned.paragraphs
    assert {str(d) for d in cleaned.paragraph_dates.values()} == {"2036-03-24", "2036-03-25"}, cleaned.paragraph_dates


# A notice's numbered activities, each dated on its own line, the activity and its venue under it.
ACTIVITIES = ("I. Main activities\n\n"
              "1. March 24 (Tuesday), 19:00\n"
              "   The Riverton Ports Board hosts a welcome banquet for the delegation\n"
              "   Venue: Riverton Guest House, Sai Kung\n\n"
              "2. March 25 (Wednesday), 10:00-11:30\n"
              "   Riverton Harbour Logistics Roundtable, jointly organised by the Riverton Ports Board\n"
              "   Venue: Riverton Civic Centre\n\n"
              "II. Media arrangements\n\n"
              "1. Journalists should register before 17:00 on March 20 (Friday).\n")


def test_numbered_dated_activities_are_rows_of_their_day():
    cleaned = clean(ACTIVITIES, published=__import__("datetime").date(2036, 3, 18))
    rows = {p[:5]: (p, str(cleaned.paragraph_dates.get(i))) for i, p in enumerate(cleaned.paragraphs) if " — " in p}
    assert rows["19:00"][1] == "2036-03-24" and rows["19:00"][0].endswith("Venue: Riverton Guest House, Sai Kung."), rows
    assert rows["10:00"][1] == "2036-03-25" and "Roundtable" in rows["10:00"][0], rows
    assert any(p.startswith("1. Journalists") for p in cleaned.paragraphs), cleaned.paragraphs


def test_a_venue_line_places_the_event_its_row_names(tmp_path):
    found = events(page_graph(tmp_path, ACTIVITIES, title="Notice", published="2036-03-18"))
    banquet = find(found, "banquet")
    assert banquet["start"] == {"2036-03-24"} and "riverton-guest-house" in banquet["place"], found
    roundtable = find(found, "roundtable")
    assert roundtable["start"] == {"2036-03-25"} and "riverton-civic-centre" in roundtable["place"], found


def test_a_single_dated_item_is_no_list():
    body = "1. March 24 (Tuesday), 19:00\n   The Riverton Ports Board hosts a welcome banquet\n\nThe banquet was a success."
    cleaned = clean(body, published=__import__("datetime").date(2036, 3, 18))
    assert not any(" — " in p for p in cleaned.paragraphs), cleaned.paragraphs
