"""The build's main process writes its runs a piece at a time and hands the store bytes encoded once a graph:
each fast path gives the bytes of the whole-string way it replaced."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.graph import runs
from kg.graph.export import graph_lines
from kg.graph.runs import distinct, write_run

LINES = st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12), max_size=40)
TERM = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\"\\<> "), min_size=1, max_size=8)


@given(LINES, st.sampled_from(["\n", ""]), st.integers(1, 5))
def test_a_run_written_in_pieces_is_the_run_joined_whole(tmp_path_factory, lines, end, piece):
    path = tmp_path_factory.mktemp("run") / "run"
    saved, runs.PIECE = runs.PIECE, piece
    try:
        write_run(path, lines, end=end)
    finally:
        runs.PIECE = saved
    assert path.read_bytes() == "".join(line + end for line in lines).encode()


@given(LINES)
def test_distinct_sorted_lines_are_those_a_dict_keeps(lines):
    lines.sort()
    assert list(distinct(lines)) == list(dict.fromkeys(lines))


@given(st.lists(st.tuples(TERM, TERM, TERM), max_size=8), TERM, st.booleans())
def test_a_graphs_quads_in_bytes_are_its_text_replaced_then_encoded(triples, graph, ended):
    text = "".join(f'<{s}> <{p}> "{o} .\\n" .\n' for s, p, o in triples)
    text = text if ended else text.rstrip("\n")
    iri = f"http://example.org/{graph}"
    whole = text if text.endswith("\n") else text + "\n"
    assert graph_lines(iri, text) == (whole.encode(), whole.replace(" .\n", f" <{iri}> .\n").encode())


@given(st.lists(st.tuples(TERM, st.sampled_from(["<p>", "<q>"]), TERM), max_size=60), st.sampled_from([1, 2, 256]))
def test_the_union_cut_in_utf8_is_the_union_cut_decoded(tmp_path_factory, triples, period):
    """The union's runs read back as bytes, duplicates and all: the same file and chunks as their distinct
    lines decoded (UTF-8 sorts as the characters do)."""
    from dataclasses import replace

    from kg.graph.chunks import UNION, write_lines
    family = replace(UNION, period=period)
    lines = sorted(f"<{s}> {p} <{o}> .\n" for s, p, o in triples + triples[:5])
    text, data = tmp_path_factory.mktemp("text"), tmp_path_factory.mktemp("bytes")
    assert write_lines(family, distinct(lines), text) == write_lines(family, sorted(line.encode() for line in lines),
                                                                      data, encoded=True)
    assert (text / "hksh.nt").read_bytes() == (data / "hksh.nt").read_bytes()
