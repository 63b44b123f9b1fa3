"""Stage 3: build, validate, export — deterministic output, and a failed build loses nothing."""

import shutil
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF

from kg.graph.build import BuildError, build
from kg.graph.dataset import load_dataset, load_graph
from kg.graph.validate import shacl
from kg.namespaces import HKSH

from conftest import ROOT, SEEDS, snapshot


def test_exports_exist_parse_and_agree(built):
    names = {p.name for p in built.iterdir()}
    assert {"hksh.trig", "hksh.ttl", "hksh.nt", "hksh.jsonld", "hksh.nq", "shacl-report.txt", "manifest.json"} <= names
    union = load_graph(built / "hksh.ttl")
    for name in ("hksh.nt", "hksh.jsonld", "hksh.trig"):
        assert len(load_graph(built / name)) == len(union), name
    graphs = {str(g.identifier) for g in load_dataset(built / "hksh.trig").graphs() if len(g)}
    assert "https://w3id.org/hksh/id/doc/004-794770668342d17e" in graphs
    assert "https://w3id.org/hksh/id/graph/reference" in graphs
    assert "https://w3id.org/hksh/ontology" in graphs
    assert (built / "shacl-report.txt").read_text().startswith("Conforms")


def test_no_blank_nodes(built):
    assert "_:" not in (built / "hksh.nt").read_text()


def test_a_rebuild_in_another_process_is_byte_identical(built, tmp_path):
    out = tmp_path / "again"
    code = ("import sys; from pathlib import Path; from kg.graph.build import build; "
            f"build(documents=Path({str(SEEDS)!r}), out=Path({str(out)!r}))")
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONHASHSEED": "12345", "PATH": ""}, cwd=ROOT)
    assert snapshot(out) == snapshot(built)


@pytest.mark.parametrize("bad", [b"", b"\x00\x01\x02binary", "caf\u00e9".encode("cp1252")])
def test_a_bad_document_fails_the_build_and_keeps_the_last_good_output(documents_copy, tmp_path, bad):
    out = tmp_path / "dist"
    build(documents=documents_copy, out=out)
    before = snapshot(out, store=True)
    (documents_copy / "zzz_bad.txt").write_bytes(bad)
    with pytest.raises(BuildError) as error:
        build(documents=documents_copy, out=out)
    assert any("zzz_bad.txt" in line for line in error.value.lines)
    assert snapshot(out, store=True) == before


def test_a_shape_violation_fails_the_build_with_a_readable_report(documents_copy, tmp_path):
    reference = tmp_path / "reference"
    shutil.copytree(ROOT / "data" / "reference", reference)
    posts = reference / "posts.yaml"
    posts.write_text(posts.read_text().replace("org: hksar-government", "org: no-such-government", 1))
    out = tmp_path / "dist"
    build(documents=documents_copy, out=out)
    before = snapshot(out, store=True)
    with pytest.raises(BuildError) as error:
        build(documents=documents_copy, out=out, reference_dir=reference)
    text = "\n".join(error.value.lines)
    assert "Violation" in text and "org:postIn" in text and "org:Organization" in text
    assert snapshot(out, store=True) == before


def test_shapes_catch_a_session_without_number():
    graph = Graph()
    session = URIRef("https://w3id.org/hksh/id/session/x-1")
    graph.add((session, RDF.type, HKSH.PlenarySession))
    graph.add((session, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("x", lang="en")))
    report = shacl(graph)
    assert not report.conforms
    assert any("sessionNumber" in line for line in report.violations)


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "docs").mkdir()
    with pytest.raises(BuildError, match="no documents"):
        build(documents=tmp_path / "docs", out=tmp_path / "dist")


def test_turtle_and_trig_round_trip_exactly(built):
    from rdflib.compare import isomorphic

    from kg.graph.export import turtle, union_graph

    dataset = load_dataset(built / "hksh.trig")
    union = union_graph(dataset)
    assert isomorphic(Graph().parse(data=turtle(union), format="turtle"), union)
    for graph in dataset.graphs():
        if len(graph):
            again = load_dataset(built / "hksh.trig").graph(graph.identifier)
            assert isomorphic(again, graph)
    assert len(Graph().parse(built / "hksh.ttl", format="turtle")) == len(load_graph(built / "hksh.nt"))


def test_a_line_break_that_n_triples_leaves_alone_stays_inside_its_literal(tmp_path):
    """U+2028 or a form feed in front matter is legal text; each triple must still be one line."""
    documents = tmp_path / "docs"
    documents.mkdir()
    (documents / "note.txt").write_text('---\ntitle: "Shanghai Office\\u2028holds a gathering\\x0c"\nlanguage: en\n---\n'
                                        "The Chief Executive, Mr John Lee, visited Shanghai today (June 25).\n",
                                        encoding="utf-8")
    build(documents=documents, out=tmp_path / "out")
    headlines = list(load_graph(tmp_path / "out" / "hksh.nt").objects(None, URIRef("https://schema.org/headline")))
    assert [str(h) for h in headlines] == ["Shanghai Office\u2028holds a gathering\x0c"]


def test_nt_text_writes_each_line_as_rdflibs_n_triples_writer_does(built):
    """Our N-Triples lines are rdflib's public writer's, byte for byte, but for the line breaks that
    str.splitlines() sees and N-Triples leaves alone, which we escape so that a triple is one line."""
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.namespace import XSD

    from kg.graph.export import nt_text

    graph = Graph().parse(built / "hksh.nt", format="nt")
    s, p = URIRef("https://e.org/s"), URIRef("https://e.org/p")
    for value in ['quote " backslash \\ tab \t', "cr \r lf \n", "ls \u2028 ps \u2029 nel \x85 vt \x0b ff \x0c",
                  "fs \x1c gs \x1d rs \x1e", "李家超", "\U0001F600"]:
        graph.add((s, p, Literal(value)))
        graph.add((s, p, Literal(value, lang="zh-Hant")))
        graph.add((BNode("b1"), p, Literal(value, datatype=XSD.token)))
    breaks = {c: f"\\u{c:04X}" for c in range(0x10000) if c not in (10, 13) and len(f"a{chr(c)}b".splitlines()) > 1}
    assert len(breaks) == 8
    theirs = {line + "\n" for line in graph.serialize(format="nt").split("\n") if line}
    assert nt_text(graph) == "".join(sorted(line.translate(breaks) for line in theirs))
