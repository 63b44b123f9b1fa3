"""A visit told as the purpose of the delegation its leader led: "led a delegation of the X to visit the Y today"
is a visit to Y (invented text, none from a document of the repository, each with a near miss)."""

import time

from conftest import event_attendees, page_graph
from kg.extract.itinerary import LED_TO

TITLE = "Commissioner visits Pujiang"


def visits(tmp_path, body: str) -> dict[str, set[str]]:
    return {k: v for k, v in event_attendees(page_graph(tmp_path, body, title=TITLE)).items() if k.startswith("Visit to")}


def test_a_delegation_led_to_visit_a_body_is_a_visit_to_it(tmp_path):
    found = visits(tmp_path, "The Commissioner for Customs, Mr Alan Brookfield, led a delegation of the Riverton Customs "
                             "Service to visit the Pujiang Port Authority today (March 20).\n")
    assert found.get("Visit to the Pujiang Port Authority") == {"alan-brookfield"}, found


def test_a_delegation_led_to_visit_a_site(tmp_path):
    found = visits(tmp_path, "The Secretary for Health, Ms Carla Dunmore, led a delegation to visit the Pujiang Medical "
                             "Centre yesterday (March 19).\n")
    assert found.get("Visit to the Pujiang Medical Centre") == {"carla-dunmore"}, found


def test_a_delegation_invited_to_visit_is_no_visit(tmp_path):
    found = visits(tmp_path, "The Commissioner for Customs, Mr Alan Brookfield, invited a delegation of the Pujiang Port "
                             "Authority to visit the Riverton Customs Academy next year.\n")
    assert found == {}, found


def test_led_to_fails_fast():
    started = time.perf_counter()
    for text in ("led a delegation of the " + "Riverton " * 3000 + "to ", "led a " + "big " * 3000 + "delegation to "):
        LED_TO.search(text)
    assert time.perf_counter() - started < 0.5
