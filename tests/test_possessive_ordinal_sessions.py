"""A session told by a possessive and an ordinal ("and its first session was held in Shanghai") is one of the
mechanism's series, which kg.extract.sessions reads, never an event named "And its first session"; nor
do the joining words "and its" begin another event's name (invented
sentences, none from a document of the repository, each with a near miss)."""

import pytest
from rdflib import RDF
from rdflib.namespace import RDFS, SDO

from conftest import page_graph
from kg.namespaces import HKSH


def events(tmp_path, body: str) -> set[str]:
    graph = page_graph(tmp_path, body, title="Riverton Weekly", published="2036-05-01")
    sessions = set(graph.subjects(RDF.type, HKSH.PlenarySession))
    return {str(graph.value(s, RDFS.label)) for s in graph.subjects(RDF.type, SDO.Event) if s not in sessions}


HISTORY = ("The Hong Kong/Shanghai Co-operation Conference was set up in 2003. It was called the Hong Kong/Shanghai "
           "Economic and Trade Co-operation Conference then, and {} was held in Shanghai.\n")


@pytest.mark.xfail(strict=True, reason="kg.extract.events still reads \"and its first session\" as an event; dropping it (a possessive before the bare ordinal) let a session told in passing (\"The fifth session, held by video link in the year of the pandemic\") become the one a later \"the session\" means, and lowered heldout24's session precision 1.000 -> 0.917")
def test_its_first_session_is_no_event(tmp_path):
    found = events(tmp_path, HISTORY.format("its first session"))
    assert not any("session" in label.lower() for label in found), found


@pytest.mark.xfail(strict=True, reason="kg.extract.events still reads \"and its first session\" as an event; dropping it (a possessive before the bare ordinal) let a session told in passing (\"The fifth session, held by video link in the year of the pandemic\") become the one a later \"the session\" means, and lowered heldout24's session precision 1.000 -> 0.917")
def test_their_second_session_is_no_event(tmp_path):
    found = events(tmp_path, "Hong Kong and Shanghai met again in 2004, and their second session was held in Hong Kong.\n")
    assert not any("session" in label.lower() for label in found), found


def test_another_event_after_the_joining_words_keeps_its_own_name(tmp_path):
    found = events(tmp_path, "The Riverton Youth Forum opened on 3 May, and its closing ceremony was held in Shanghai "
                             "on 5 May.\n")
    assert "Closing ceremony" in found and not any(label.lower().startswith("and ") for label in found), found
