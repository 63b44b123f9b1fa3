"""Items a notice calls off in its own words: a dinner "will not be held", a workshop "for" some people whose
set day is told in an aside with commas, a session "previously advertised for" a day (invented sentences, none
from a document of the repository, each with a near miss)."""

from rdflib.namespace import RDFS

from conftest import page_graph


def events(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Riverton notice", published="2036-03-20")
    return {str(label).lower() for s, label in graph.subject_objects(RDFS.label) if "/event/" in str(s)}


def test_a_dinner_that_will_not_be_held_is_no_event(tmp_path):
    found = events(tmp_path, 'The "Harbour Lights" dinner previously advertised for the evening of 4 April will not be held.\n')
    assert not any("dinner" in e for e in found), found
    found = events(tmp_path, "The Riverton trade roadshow planned for May will not proceed this year.\n")
    assert not any("roadshow" in e for e in found), found


def test_an_item_for_some_people_with_its_day_in_an_aside_is_no_event(tmp_path):
    found = events(tmp_path, "The networking workshop for young founders, originally scheduled for Friday, 3 April 2036, "
                             "has been cancelled.\n")
    assert not any("workshop" in e for e in found), found


def test_an_item_that_will_go_ahead_is_an_event(tmp_path):
    found = events(tmp_path, "The networking workshop for young founders will go ahead as scheduled on Friday, 3 April 2036, "
                             "at the Riverton Civic Centre.\n")
    assert any("workshop" in e for e in found), found
    found = events(tmp_path, "The Harbour Lights dinner will not be held at the harbourfront but at the Riverton Guest House "
                             "on 4 April.\n")
    assert any("dinner" in e for e in found), found
