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
