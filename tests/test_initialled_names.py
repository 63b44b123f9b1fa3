"""Bodies' abbreviations by initials (kg/extract/initialled.py): invented sentences, each with a near miss."""

import time

import pytest
from rdflib.namespace import SKOS

from conftest import held_posts, page_graph

from kg.extract.initialled import DEFINED, TOKEN, initialled_name


def converted(tmp_path, body: str):
    return page_graph(tmp_path, body, title="Press release")


def other_names(graph) -> dict[str, set[str]]:
    return {str(s).rsplit("/", 1)[-1]: {str(o) for o in graph.objects(s, SKOS.altLabel)}
            for s in set(graph.subjects(SKOS.altLabel, None))}


def test_initials_in_brackets_name_the_body_before_them(tmp_path):
    body = ("Ferry Authority Hong Kong (FAHK) and Jinqiao Science Park Group Co., Ltd. (JSPG) signed an agreement. "
            "It was signed by FAHK Chief Executive Officer Mr Ian Lander and Mr Jo Ming, Chairman of JSPG.\n")
    graph = converted(tmp_path, body)
    names = other_names(graph)
    assert names["ferry-authority-hong-kong"] == {"FAHK"}
    assert names["jinqiao-science-park-group-co-ltd"] == {"JSPG"}
    found = held_posts(graph)
    assert found["Ian Lander"] == {"chief-executive-officer-of-ferry-authority-hong-kong"}
    assert found["Jo Ming"] == {"chairman-of-jinqiao-science-park-group-co-ltd"}


def test_a_quoted_abbreviation_names_a_known_body(tmp_path):
    body = 'The Constitutional and Mainland Affairs Bureau ("CMAB") co-ordinates the work.\n'
    assert "CMAB" in other_names(converted(tmp_path, body)).get("constitutional-and-mainland-affairs-bureau", set())


@pytest.mark.parametrize("body", [
    "The Riverton Tech Forum (RTF) opened on Monday.\n",
    "The plane landed at Riverton International Airport (RIA) on Monday.\n",
    "Ferry Authority Hong Kong (FHK) signed an agreement.\n",
])
def test_initials_of_no_body_or_wrong_initials_give_no_name(tmp_path, body):
    assert not other_names(converted(tmp_path, body))


def test_the_initials_reader_fails_fast():
    text = "Harbour " * 3000 + "(HHHHHHHHH)" + " (AB)" * 2000
    started = time.perf_counter()
    for match in DEFINED.finditer(text):
        initialled_name(text, match.start(), match.group("abbr"))
    list(TOKEN.finditer(text))
    assert time.perf_counter() - started < 2.0
