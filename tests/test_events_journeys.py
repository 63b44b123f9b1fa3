"""A group's journey named by its travellers and destination (invented sentences, none from a document of the
repository, each with a near miss)."""

import time

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def journeys(tmp_path, body: str) -> dict[str, tuple]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-06-12")
    found = {}
    for s, label in graph.subject_objects(RDFS.label):
        if "/event/" in str(s):
            found[str(label)] = ({str(o) for o in graph.objects(s, SDO.startDate)}, {str(o) for o in graph.objects(s, SDO.endDate)},
                                 {tail(o) for o in graph.objects(s, SDO.location)}, {tail(o) for o in graph.objects(s, SDO.attendee)},
                                 {tail(o) for o in graph.objects(s, SDO.organizer)})
    return found


def test_a_mission_framing_a_signing_with_its_days_told_later(tmp_path):
    found = journeys(tmp_path, "The Riverton Trade Council signed an agreement with the Northport Makers Association in Shanghai "
                               "on Tuesday (9 June), during a four-day mission of Riverton manufacturers to the city led by "
                               "Council Chairman Mr Alan Brookfield.\n\nThe mission, which ran from 8 to 11 June, brought "
                               "together 30 executives from Riverton firms.\n")
    mission = found.get("Mission of Riverton manufacturers to Shanghai")
    assert mission == ({"2036-06-08"}, {"2036-06-11"}, {"shanghai"}, {"alan-brookfield"}, set()), found


def test_a_study_tour_that_ended_counts_back_its_first_day(tmp_path):
    found = journeys(tmp_path, "A five-day study tour of 40 Riverton youth leaders to Shanghai, organised by the Riverton "
                               "Youth Federation, ended today (June 12).\n")
    tour = found.get("Study tour of 40 Riverton youth leaders to Shanghai")
    assert tour == ({"2036-06-08"}, {"2036-06-12"}, {"shanghai"}, set(), {"riverton-youth-federation"}), found


def test_a_tour_of_a_place_is_no_groups_journey(tmp_path):
    found = journeys(tmp_path, "The Secretary took a tour of the Riverton harbour front to the Northport ferry pier in "
                               "Shanghai today.\n")
    assert not any(label.startswith("Tour of") for label in found), found


def test_a_journey_to_no_place_is_not_recorded(tmp_path):
    found = journeys(tmp_path, "A five-day study tour of 40 Riverton youth leaders to learn about innovation ended today "
                               "(June 12).\n")
    assert not any("youth leaders to" in label for label in found), found


def test_a_journey_pattern_fails_fast():
    from kg.extract.journeys import JOURNEY
    text = "a visit of " + "Riverton " * 3000 + "to ⟦place:1⟧"
    t0 = time.perf_counter()
    assert JOURNEY.search(text) is None
    assert time.perf_counter() - t0 < 0.5
