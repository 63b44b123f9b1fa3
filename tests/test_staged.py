"""SHACL by parts (each document graph with the base graphs, then the cross-document view) passes exactly
when SHACL over the whole union passes, so the build can skip the union on a good day.

Each breakage of ``breakages`` is applied to the seed dataset graph by graph; what a breakage adds is
stated in a document graph that does not otherwise describe the subject, the hardest place for the parts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st
from rdflib import Graph

from kg.graph.build import build
from kg.graph.chunks import UNION, write_lines
from kg.graph.export import nt_text
from kg.graph.staged import CrossView, document_conforms, graphs_pass, pointers
from kg.graph.validate import shacl
from kg.timing import Stages

from conftest import SEEDS
from breakages import BREAKAGES, broken_parts


def _by_parts(parts: dict[str, Graph], folder, *, batched: bool) -> bool:
    texts = {iri: nt_text(graph) for iri, graph in sorted(parts.items())}
    base_text = "".join(text for iri, text in texts.items() if "/id/doc/" not in iri)
    documents = [(iri, text) for iri, text in texts.items() if "/id/doc/" in iri]
    if batched and not graphs_pass(documents, base_text):
        return False
    if not batched and not all(document_conforms(text, base_text) for _, text in documents):
        return False
    cross = CrossView(folder)
    for text in texts.values():
        cross.add(text)
    index, _ = write_lines(UNION, sorted({line + "\n" for text in texts.values() for line in text.splitlines()}),
                           folder)
    return cross.conforms(index, base_text)


@pytest.mark.parametrize("batched", [False, True], ids=["graph by graph", "graphs in one batch"])
@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_parts_pass_exactly_when_the_union_passes(graphs, breakage, batched, tmp_path):
    parts = broken_parts(graphs, breakage)
    union = Graph()
    for graph in parts.values():
        union += graph
    whole = shacl(union)
    assert _by_parts(parts, tmp_path, batched=batched) is whole.conforms is (breakage is BREAKAGES["valid"])


def test_the_seed_build_is_validated_by_parts_only(tmp_path):
    stages = Stages()
    build(documents=SEEDS, out=tmp_path / "dist", stages=stages)
    assert "validate (SHACL, cross-document)" in stages.seconds
    assert "validate (SHACL, whole union)" not in stages.seconds



_TERMS = ["<a>", "<b>", "<https://x/p>", "<https://x/q>", "_:b1", '"x y"', '"<https://x/p> <c> ."', "<c d>"]


@given(st.lists(st.tuples(*[st.sampled_from(_TERMS)] * 3, st.sampled_from([" .", ".", " . ", ""])), max_size=12),
       st.sets(st.sampled_from(["<https://x/p>", "<https://x/q>", "<a>"])))
def test_pointers_are_what_a_line_by_line_reading_finds(lines, paths):
    """The string search finds exactly the lines a reading anchored at each line's start finds."""
    text = "".join(f"{s} {p} {o}{end}\n" for s, p, o, end in lines)
    alternatives = "|".join(re.escape(path) for path in sorted(paths)) or "(?!)"
    anchored = re.compile(rf"^(\S+) (?:{alternatives}) (<[^>\n]*>|_:\S+) \.$", re.MULTILINE)
    assert sorted(pointers(text, paths)) == sorted(anchored.findall(text))
