"""The graph checks' prefilter says "no row" only where the SPARQL check itself gives none."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.convert import convert_triples, doc_iri
from kg.graph.export import nt_text
from kg.graph.unquoted import unquoted
from kg.graph.validate import CHECKS, graph_checks, sparql_checks

ROOT = Path(__file__).resolve().parent.parent
CHECK = [CHECKS / "fact-without-sentence-violation.rq"]
DOCUMENT = ROOT / "tests" / "data" / "corpus" / "111_2017-05-23_hk-shanghai-financial-cooperation-working-meeting.txt"
IRI = str(doc_iri(DOCUMENT))
LINES = nt_text(convert_triples(DOCUMENT)[1]).splitlines(keepends=True)


def rows(text: str) -> list[str]:
    store = ox.Store()
    store.load(text.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(IRI))
    return sparql_checks(store, union=True, files=CHECK).violations


def test_a_converted_graph_needs_no_store() -> None:
    text = "".join(LINES)
    assert not rows(text) and not unquoted(IRI, text)
    assert not graph_checks(IRI, text).violations


@settings(max_examples=150, deadline=None)
@given(st.lists(st.booleans(), min_size=len(LINES), max_size=len(LINES)), st.booleans())
def test_no_row_is_missed(kept: list[bool], shuffled: bool) -> None:
    lines = [line for line, keep in zip(LINES, kept) if keep or not line.strip()]
    text = "".join(reversed(lines) if shuffled else lines)
    if rows(text):
        assert unquoted(IRI, text)
        assert graph_checks(IRI, text).violations == rows(text)
