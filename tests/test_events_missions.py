"""A mission a body sends, told after it was named: the body organises it, on the days the sentence gives, and
those it was led by attend it (invented text, none from a document of the repository, each with a near miss)."""

import time

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail
from kg.extract.missions import LED, SENT

OPENING = "Please find below a report on the Council's trade mission to Riverton, which returned last night.\n\n"
SENT_TEXT = ("The Harbour Traders Council (HTC) sent a mission of 20 members to Riverton from Monday, 9 March to "
             "Thursday, 12 March 2036. The mission was led by our Chairman, Mr Alan Brookfield, with Ms Carla Dunmore "
             "as deputy leader.\n")


def mission(graph) -> dict:
    for s, label in graph.subject_objects(RDFS.label):
        if "/event/" in str(s) and "mission" in str(label).lower():
            return {k: {tail(o) for o in graph.objects(s, p)} for k, p in
                    (("start", SDO.startDate), ("end", SDO.endDate), ("att", SDO.attendee), ("org", SDO.organizer))}
    return {}


def test_a_sent_mission_is_organised_dated_and_led(tmp_path):
    found = mission(page_graph(tmp_path, OPENING + SENT_TEXT, title="Mission report", published="2036-03-14"))
    assert found["org"] == {"harbour-traders-council"}, found
    assert found["start"] == {"2036-03-09"} and found["end"] == {"2036-03-12"}, found
    assert found["att"] == {"alan-brookfield", "carla-dunmore"}, found


def test_a_letter_sent_to_a_mission_organises_nothing(tmp_path):
    body = OPENING + "The Harbour Traders Council sent a letter to the mission on Monday, 9 March.\n"
    found = mission(page_graph(tmp_path, body, title="Mission report", published="2036-03-14"))
    assert found.get("org", set()) == set(), found


def test_no_mission_named_before_gives_none(tmp_path):
    body = "The Riverton Art Fair opened today.\n\n" + SENT_TEXT
    graph = page_graph(tmp_path, body, title="Art fair report", published="2036-03-14")
    fair = next(s for s, label in graph.subject_objects(RDFS.label) if "art fair" in str(label).lower())
    assert not set(graph.objects(fair, SDO.organizer)) and not set(graph.objects(fair, SDO.attendee))


def test_mission_patterns_fail_fast():
    started = time.perf_counter()
    for text in ("Riverton " * 3000 + "Council sent", "the mission was led by " + "Mr A, " * 3000, "sent a " + "big " * 3000):
        SENT.search(text)
        LED.search(text)
    assert time.perf_counter() - started < 0.5
