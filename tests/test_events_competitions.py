"""Competitions and their rounds (invented sentences, none from a document of the repository, each with a near
miss)."""

import time

from rdflib.namespace import RDFS, SDO

from conftest import page_graph, tail


def events(tmp_path, body: str) -> dict[str, tuple]:
    graph = page_graph(tmp_path, body, title="Riverton news", published="2036-11-06")
    return {str(label): ({str(o) for o in graph.objects(s, SDO.startDate)}, {tail(o) for o in graph.objects(s, SDO.location)},
                         {tail(o) for o in graph.objects(s, SDO.attendee)}, {tail(o) for o in graph.objects(s, SDO.organizer)})
            for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


FINAL = ("Twelve start-ups competed today in the grand final of the Riverton-Shanghai Smart City Challenge 2036 at "
         "the Harbour Arcade.\n\n")


def test_a_final_of_a_named_challenge_with_its_organisers_and_guests(tmp_path):
    found = events(tmp_path, FINAL + "The Challenge was jointly organised by the Riverton Innovation Council (RIC) and the "
                                     "Northport Science Foundation, and supported by the Riverton Trade Office.\n\n"
                                     "The final was officiated by the Commissioner for Digital Policy, Mr Alan Brookfield; "
                                     "and the Deputy Director of the Northport Office, Ms Bo Linwei.\n")
    final = found.get("Grand final of Riverton-Shanghai Smart City Challenge 2036")
    assert final == ({"2036-11-06"}, {"harbour-arcade"}, {"alan-brookfield", "bo-linwei"}, set()), found
    challenge = found.get("Riverton-Shanghai Smart City Challenge 2036")
    assert challenge is not None and challenge[3] == {"riverton-innovation-council", "northport-science-foundation"}, found


def test_a_semi_final_told_back_with_its_day_and_district(tmp_path):
    found = events(tmp_path, FINAL + "More than 300 teams entered, and 24 were chosen for the semi-final held in "
                                     "Shanghai's Yangpu District on 16 October.\n")
    assert found.get("Semi-final of Riverton-Shanghai Smart City Challenge 2036") == ({"2036-10-16"}, {"yangpu-district"}, set(), set()), found


def test_a_final_with_no_competition_named_is_no_round(tmp_path):
    found = events(tmp_path, "The final report was published today.\n\nThe final was held in Shanghai on 16 October.\n")
    assert not any(label.lower().startswith(("final", "grand final", "semi-final")) for label in found), found


def test_a_challenge_that_is_no_competition_names_nothing(tmp_path):
    found = events(tmp_path, "The Secretary said the final challenge of the two cities was to train more engineers.\n")
    assert not any("challenge" in label.lower() for label in found), found


def test_a_round_pattern_fails_fast():
    from kg.extract.competitions import ROUND
    text = "the final of the " + "Riverton-Northport " * 2000 + "games"
    t0 = time.perf_counter()
    assert ROUND.search(text) is None
    assert time.perf_counter() - t0 < 0.5
