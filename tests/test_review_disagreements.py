"""Review of "documents disagree": what one document breaks by itself must still fail, wherever it is
validated (a full build, a patched build, either engine, `kg validate` whatever the base), and what only
several documents together show must be a warning, said as such."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS

from kg.graph.build import BuildError, build
from kg.graph.cache import ConversionCache
from kg.graph.export import union_graph
from kg.graph.validate import Engine, Report, validate_dataset
from kg.namespaces import DEFAULT_BASE
from kg.reference import REFERENCE_DIR

ID = DEFAULT_BASE
TYPE, LABEL, POST_IN = f"<{RDF.type}>", f"<{RDFS.label}>", f"<{ORG.postIn}>"


def _nt(*lines: str) -> str:
    return "".join(sorted(f"{line} .\n" for line in lines))


def _org(iri: str, *labels: str) -> list[str]:
    return [f"<{iri}> {TYPE} <{ORG.Organization}>", *(f'<{iri}> {LABEL} "{label}"@en' for label in labels)]


def _documents(tmp_path: Path, graphs: dict[str, str]) -> tuple[Path, ConversionCache]:
    """Documents whose graphs are the invented N-Triples given, put in the conversion cache under their bytes."""
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    cache = ConversionCache(tmp_path / "cache", reference_dir=REFERENCE_DIR, base=ID)
    for name, text in graphs.items():
        path = docs / f"{name}.txt"
        path.write_text(f"---\ntitle: {name}\npublished: 2024-05-02\n---\nNothing.\n", encoding="utf-8")
        cache.put(path, text)
    return docs, cache


def _dataset(graphs: dict[str, list[tuple]]) -> Dataset:
    dataset = Dataset(default_union=True)
    for iri, triples in graphs.items():
        graph = dataset.graph(URIRef(iri))
        for triple in triples:
            graph.add(triple)
    return dataset


X = URIRef(f"{ID}org/x")


def test_validate_keeps_a_violation_one_document_makes_on_a_node_others_describe():
    """Document one gives the office two English labels by itself: the build fails on it, and so must
    `kg validate`, though document two describes the office too."""
    dataset = _dataset({
        f"{ID}doc/one": [(X, RDF.type, ORG.Organization), (X, RDFS.label, Literal("X & Y", lang="en")),
                         (X, RDFS.label, Literal("X and Y", lang="en"))],
        f"{ID}doc/two": [(X, RDF.type, ORG.Organization), (X, RDFS.label, Literal("X & Y", lang="en"))]})
    report = validate_dataset(dataset, union_graph(dataset))
    assert not report.conforms and any("uniqueLang" in line for line in report.violations)


def test_validate_tells_document_graphs_under_another_base():
    """A dataset built with --base urn:kg: names its documents urn:kg:doc/...: two of them disagreeing is
    a warning there too."""
    x = URIRef("urn:kg:org/x")
    dataset = _dataset({
        "urn:kg:doc/one": [(x, RDF.type, ORG.Organization), (x, RDFS.label, Literal("X & Y", lang="en"))],
        "urn:kg:doc/two": [(x, RDF.type, ORG.Organization), (x, RDFS.label, Literal("X and Y", lang="en"))]})
    report = validate_dataset(dataset, union_graph(dataset))
    assert report.conforms, report.text()
    assert any("documents disagree" in line for line in report.warnings)


def test_validate_does_not_take_the_reference_graph_for_a_document():
    """Under the base https://example.org/doc/ the reference graph's IRI holds "/doc/": a document that
    contradicts the reference data (which fails the build) is still a violation."""
    base = "https://example.org/doc/"
    x = URIRef(f"{base}org/x")
    dataset = _dataset({
        f"{base}graph/reference": [(x, RDF.type, ORG.Organization), (x, RDFS.label, Literal("X & Y", lang="en"))],
        f"{base}doc/one": [(x, RDF.type, ORG.Organization), (x, RDFS.label, Literal("X and Y", lang="en"))]})
    report = validate_dataset(dataset, union_graph(dataset))
    assert not report.conforms and any("uniqueLang" in line for line in report.violations)


@pytest.mark.parametrize("engine", [Engine.SHACL, Engine.PYSHACL])
def test_a_document_that_breaks_a_shape_by_itself_fails_either_engine(tmp_path, engine):
    docs, cache = _documents(tmp_path, {"a": _nt(*_org(str(X), "X & Y", "X and Y")), "b": _nt(*_org(str(X), "X & Y"))})
    with pytest.raises(BuildError):
        build(documents=docs, out=tmp_path / "dist", cache=cache, engine=engine)


@pytest.mark.parametrize("engine", [Engine.SHACL, Engine.PYSHACL])
def test_documents_that_disagree_build_with_a_warning_in_either_engine(tmp_path, engine):
    docs, cache = _documents(tmp_path, {"a": _nt(*_org(str(X), "X & Y")), "b": _nt(*_org(str(X), "X and Y"))})
    built = build(documents=docs, out=tmp_path / "dist", cache=cache, engine=engine)
    assert built.report.conforms and len(built.report.warnings) == 1
    assert "documents disagree" in built.report.warnings[0]


def test_a_patch_fails_where_a_full_build_fails_on_an_unchanged_document(tmp_path):
    """Document a names a post with no organisation; b gave it one, so the union conformed. When b goes, a
    full build fails on a's post; the patch must too, not publish it as a disagreement."""
    post = f"{ID}post/p"
    a = _nt(f"<{post}> {TYPE} <{ORG.Post}>", f'<{post}> {LABEL} "P"@en', *_org(f"{ID}org/a", "A"))
    b = _nt(f"<{post}> {TYPE} <{ORG.Post}>", f"<{post}> {POST_IN} <{ID}org/b>", *_org(f"{ID}org/b", "B"))
    docs, cache = _documents(tmp_path, {"a": a, "b": b})
    first = build(documents=docs, out=tmp_path / "dist", cache=cache)
    assert first.report.conforms and not first.report.warnings
    first_report = (tmp_path / "dist" / "shacl-report.txt").read_bytes()
    (docs / "b.txt").unlink()
    with pytest.raises(BuildError) as full:
        build(documents=docs, out=tmp_path / "full", cache=cache)
    with pytest.raises(BuildError) as patched:
        build(documents=docs, out=tmp_path / "dist", cache=cache)
    assert str(patched.value) == str(full.value) and "org:postIn" in str(full.value)
    assert (tmp_path / "dist" / "shacl-report.txt").read_bytes() == first_report


def test_the_report_does_not_say_every_shape_is_satisfied_when_documents_disagree():
    report = Report(warnings=["Warning: <x> rdfs:label: documents disagree: two values share a language tag"])
    head = report.text().splitlines()[0]
    assert "satisfies every shape" not in head and "1 warning(s)" in head


def test_one_document_that_gives_a_session_two_dates_is_published_with_a_warning(tmp_path):
    """Two dates for one session, from one source or two, are reported for a maintainer to settle, and the
    graph is published: a search-results page that lists two sessions' news (a readable test document) gave
    one session two dates, and one such page must not unpublish every other document's facts."""
    session, conference = f"{ID}session/ninth", f"{ID}org/hong-kong-shanghai-co-operation-conference"
    hksh, date = "https://w3id.org/hksh/ontology#", "<http://www.w3.org/2001/XMLSchema#date>"
    a = _nt(f"<{session}> {TYPE} <{hksh}PlenarySession>", f"<{session}> <{hksh}ofConference> <{conference}>",
            f'<{session}> {LABEL} "Ninth Plenary Session"@en',
            f'<{session}> <{hksh}sessionNumber> "9"^^<http://www.w3.org/2001/XMLSchema#integer>',
            f'<{session}> <https://schema.org/startDate> "2024-04-11"^^{date}',
            f'<{session}> <https://schema.org/startDate> "2024-04-19"^^{date}')
    docs, cache = _documents(tmp_path, {"a": a})
    built = build(documents=docs, out=tmp_path / "dist", cache=cache)
    assert built.report.conforms
    assert any("session-conflicting-dates-warning" in line and "2024-04-19" in line for line in built.report.warnings)
