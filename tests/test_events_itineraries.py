"""A visit's itinerary: a boxed table whose rows start with a time and wrap their cells over several lines, and a
mission's programme by day ("Day 2 (Tuesday, 9 June)") whose rows set the time off by spaces alone; each item an
event of its day, at its venue's places, attended by the mission's leaders (invented text, none from a document of
the repository, each with a near miss)."""

from datetime import date


from conftest import event_fields as events, page_graph, tail
from kg.text.clean import clean
from kg.text.grid_tables import grid_tables

LEAD = ("The Secretary for Transport, Mr Alan Brookfield, will visit Riverton on Monday and Tuesday (June 8 and 9). "
        "He will be accompanied by the Under Secretary for Transport, Mr Carl Dunmore.\n\n")
BOXED = ("Monday, June 8, 2036\n"
         "+-------+----------------------------------------+----------------------+\n"
         "| Time  | Programme                              | Venue                |\n"
         "+-------+----------------------------------------+----------------------+\n"
         "| 10:00 | Departs from Eastport Airport          | -                    |\n"
         "| 15:00 | Meeting with the Director of the       | Harbour Tower,       |\n"
         "|       | Riverton Port Authority, Ms Ida Quell  | 12 Quay Road         |\n"
         "| 19:00 | Dinner hosted by the Riverton Shipping | Lantern Hotel        |\n"
         "|       | Association                            |                      |\n"
         "+-------+----------------------------------------+----------------------+\n")
PROGRAMME = ("Mission leader: Mr Bo Tam Wai-ming, Chairman, Eastport Traders Federation\n"
             "Deputy leader: Ms Cara Lok Sze-wan, Vice-Chairman, Eastport Traders Federation\n\n"
             "Day 1 (Monday, 8 June)\n"
             "  14:00  Briefing by Mr Dan Ho Ka-lok, Director, Riverton Trade Office | Kestrel Centre, Marina Road\n"
             "  18:30  Welcome dinner hosted by the Riverton Merchants Association | The Lantern Hotel, Old Town\n\n"
             "Day 2 (Tuesday, 9 June)\n"
             "  09:30  Riverton Logistics Roundtable, co-organised by the Eastport Traders Federation and the Riverton Freight Association | Quayside, Old Town\n"
             "         Keynote: Mr Eli Fong, President, Riverton Freight Association\n"
             "  14:00  Site visit: Riverton Free Port Zone, Old Town\n")


def find(found: dict, words: str) -> dict | None:
    return next((v for k, v in found.items() if words in k.lower()), None)


def test_a_boxed_itinerary_is_read_row_by_row():
    rows = [line for line in grid_tables(BOXED).splitlines() if line[:1].isdigit()]
    assert rows == ["10:00 | Departs from Eastport Airport.",
                    "15:00 | Meeting with the Director of the Riverton Port Authority, Ms Ida Quell | Harbour Tower, 12 Quay Road.",
                    "19:00 | Dinner hosted by the Riverton Shipping Association | Lantern Hotel."], rows


def test_a_boxed_table_not_keyed_by_times_is_read_by_its_cells():
    table = ("+------+----------------+\n| Year | Action         |\n+------+----------------+\n"
             "| 2031 | The forum was  |\n|      | held again.    |\n| 2032 | It moved.      |\n+------+----------------+\n")
    assert "2031 |" not in grid_tables(table) and "Year: 2031" in grid_tables(table)


def test_the_itinerarys_rows_are_events_of_their_days(tmp_path):
    found = events(page_graph(tmp_path, LEAD + BOXED, title="Itinerary of the Secretary's visit to Riverton"))
    meeting = find(found, "meeting with the director")
    assert meeting is not None and meeting["start"] == {"2036-06-08"}, found
    assert "ida-quell" in meeting["att"] and "quay-road" in meeting["place"], found
    dinner = find(found, "dinner hosted by")
    assert dinner["start"] == {"2036-06-08"} and "lantern-hotel" in dinner["place"], found
    assert find(found, "departs") is None and find(found, "eastport airport") is None, found


def test_day_headings_and_spaced_rows_date_a_mission_programme():
    cleaned = clean(PROGRAMME, published=date(2036, 5, 20))
    days = {cleaned.paragraphs[i][:5]: str(d) for i, d in cleaned.paragraph_dates.items()}
    assert days.get("14:00") in ("2036-06-08", "2036-06-09") and days.get("09:30") == "2036-06-09", days
    roundtable = next(p for p in cleaned.paragraphs if p.startswith("09:30"))
    assert roundtable.startswith("09:30 | Riverton Logistics Roundtable") and "keynote: Mr Eli Fong" in roundtable, roundtable
    assert roundtable.endswith("| Quayside, Old Town."), roundtable


def test_the_missions_leaders_attend_its_items(tmp_path):
    found = events(page_graph(tmp_path, PROGRAMME, title="Riverton mission: programme"))
    leaders = {"bo-tam-wai-ming", "cara-lok-sze-wan"}
    briefing = find(found, "briefing by")
    assert briefing["start"] == {"2036-06-08"} and leaders <= briefing["att"] and "dan-ho-ka-lok" in briefing["att"], found
    assert {"kestrel-centre", "marina-road"} <= briefing["place"], found
    roundtable = find(found, "roundtable")
    assert leaders | {"eli-fong"} <= roundtable["att"] and len(roundtable["org"]) == 2, found
    dinner = find(found, "welcome dinner")
    assert len(dinner["org"]) == 1 and "lantern-hotel" in dinner["place"], found
    site = find(found, "site visit")
    assert site["start"] == {"2036-06-09"} and "riverton-free-port-zone" in site["place"], found


def test_times_running_backwards_are_an_index_not_a_programme():
    index = ("Press releases of the day\n\n"
             "Day 1 (Monday, 8 June)\n"
             "18:40  Riverton Museum opens new wing\n"
             "16:10  Harbour ferry fares adjusted\n"
             "11:05  Transport Secretary visits Riverton Port\n")
    cleaned = clean(index, published=date(2036, 6, 8))
    assert not any(" | " in p for p in cleaned.paragraphs), cleaned.paragraphs


def test_a_leader_named_in_prose_without_a_role_line_goes_nowhere(tmp_path):
    body = ("Mr Bo Tam Wai-ming, Chairman of the Eastport Traders Federation, said the guild leader had welcomed the plan.\n\n"
            "Day 1 (Monday, 8 June)\n"
            "  14:00  Briefing by Mr Dan Ho Ka-lok, Director, Riverton Trade Office | Kestrel Centre\n"
            "  18:30  Welcome dinner hosted by the Riverton Merchants Association | Lantern Hotel\n")
    found = events(page_graph(tmp_path, body, title="Riverton mission: programme"))
    briefing = find(found, "briefing by")
    assert briefing is not None and "bo-tam-wai-ming" not in briefing["att"], found


AMENDED = ("Day 1 (Monday, 8 June)\n"
           "  10:00  Visit to the Riverton Container Terminal | Old Town\n"
           "  15:00  Visit to the Kestrel Shipyard | Marina Road\n\n")


def test_an_item_a_later_line_cancels_is_taken_back(tmp_path):
    body = AMENDED + "UPDATE (June 6, 17:00): The visit to the Kestrel Shipyard scheduled for 15:00 on June 8 has been cancelled.\n"
    found = events(page_graph(tmp_path, body, title="Riverton visit: programme"))
    assert find(found, "container terminal") is not None and find(found, "kestrel shipyard") is None, found


def test_a_cancelled_thing_the_programme_never_listed_takes_back_nothing(tmp_path):
    body = AMENDED + "The visit to the Lantern Ferry Pier shown in the first draft has been dropped. The visit has been cancelled.\n"
    found = events(page_graph(tmp_path, body, title="Riverton visit: programme"))
    assert find(found, "container terminal") is not None and find(found, "kestrel shipyard") is not None, found


def test_a_dinner_a_guest_attends_is_named_by_its_hosts_title(tmp_path):
    body = ("The Secretary for Transport, Mr Alan Brookfield, arrived in Riverton today (June 8). In the evening, Mr "
            "Brookfield attended a dinner hosted by the Director of the Riverton Trade Office, Mr Dan Ho Ka-lok, at which "
            "he met shipping executives.\n")
    found = events(page_graph(tmp_path, body, title="Transport Secretary visits Riverton", published="2036-06-08"))
    dinner = find(found, "dinner hosted by the director of the riverton trade office")
    assert dinner is not None and {"alan-brookfield", "dan-ho-ka-lok"} <= dinner["att"], found
    assert dinner["start"] == {"2036-06-08"}, found


def test_a_dinner_only_spoken_of_is_no_guests_meal(tmp_path):
    body = ("The Secretary for Transport, Mr Alan Brookfield, arrived in Riverton today (June 8). He said a dinner hosted "
            "by the Director of the Riverton Trade Office would be a fine idea some day.\n")
    found = events(page_graph(tmp_path, body, title="Transport Secretary visits Riverton", published="2036-06-08"))
    dinner = find(found, "dinner hosted by the director")
    assert dinner is None or "alan-brookfield" not in dinner["att"], found


def test_the_new_patterns_fail_fast_on_long_lines():
    import time

    from kg.extract.dropped_items import DROPPED
    from kg.extract.hosted_meals import GUEST_AT
    from kg.extract.rundown_rows import AREA, VISIT_COLON
    from kg.text.schedules import SPACED_ROW
    began = time.perf_counter()
    DROPPED.search("The " + "visit to the depot " * 2000 + "has not been held")
    GUEST_AT.search("attended a dinner hosted by the " + "Director of Riverton " * 2000)
    AREA.fullmatch("Riverton " * 3000)
    VISIT_COLON.match("Site visit: " + "Riverton, " * 3000)
    SPACED_ROW.match("12:40 " + " " * 5000 + "x")
    assert time.perf_counter() - began < 1.0
