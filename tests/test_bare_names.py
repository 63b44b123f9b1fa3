"""kg/extract/bare_names.py: bare names that a sentence's shape makes people's (a cue's list, a speaker, "and" with a
known person), in a Chinese name's shape; near misses: firms, places, newspapers and names that run on."""

import time

import pytest

from conftest import page_graph

from kg.extract.bare_names import LIST, SAID, bare_people, person_shaped


def people_in(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Factbox")
    return {str(x).rsplit("/", 1)[-1] for triple in graph for x in triple if "/person/" in str(x)}


@pytest.mark.parametrize("masked, names", [
    ("The session was co-chaired by Lo Man-kit and Shen Ruo.", ["Lo Man-kit", "Shen Ruo"]),
    ("Attendees: ⟦person:0⟧, Eric Tsang, Wu Qing.", ["Eric Tsang", "Wu Qing"]),
    ("\"We are ready,\" Ivan Leung said.", ["Ivan Leung"]),
    ("The session met under Ivan Leung and ⟦person:0⟧.", ["Ivan Leung"]),
    ("⟦person:0⟧ and Shen Ruo toured the port.", ["Shen Ruo"]),
])
def test_bare_names_in_a_peoples_place_are_people(masked, names):
    assert [name for _, _, name in bare_people(masked)] == names


@pytest.mark.parametrize("masked", [
    "The fair was hosted by Harbour Bank and Eastport Holdings.",
    "The session was co-chaired by Wan Chai District Council and Lanyu Tech.",
    "\"The port is busy,\" Wen Wei Po said.",
    "\"The port is busy,\" said Ivan Leung.",
    "The report was led by Ivan Leung Consulting, said Riverton Capital.",
    "The talks were opened by ⟦org:0⟧ and ⟦place:1⟧.",
    "Ivan Leung and Shen Ruo toured the port.",
])
def test_firms_places_papers_and_names_that_run_on_are_not(masked):
    assert bare_people(masked) == []


def test_person_shape_reads_both_orders_and_no_english_name_alone():
    assert person_shaped("Han Zheng") and person_shaped("Chan Kwok-ki") and person_shaped("Donald Tsang")
    assert not person_shaped("Laura Aron") and not person_shaped("Harbour Bank") and not person_shaped("Kwai Tsing")


def test_a_sessions_bare_co_chairs_attend_it(tmp_path):
    body = ("The Second Plenary Session of the Hong Kong/Shanghai Co-operation Conference was held in Hong Kong in "
            "January 2012, co-chaired by Ivan Leung and Wu Qiang.\n")
    assert {"ivan-leung", "wu-qiang"} <= people_in(tmp_path, body)


def test_the_patterns_fail_fast_on_long_lists():
    line = "co-chaired by " + "Ada Bo Cy, " * 800 + "Ada Bo Cy Dee Eve"
    started = time.perf_counter()
    list(LIST.finditer(line))
    list(SAID.finditer("\" " + "Ada Bo " * 2000))
    bare_people(line)
    assert time.perf_counter() - started < 1.0
