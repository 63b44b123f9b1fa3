"""The build's SHACL engine (``shacl``, native) agrees with the reference (pyshacl), finding by finding.

Each case breaks the seed build's union in one way a converter bug or a bad reference file could, and
both engines must report the same (severity, focus node, path, constraint component) set.
"""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.graph.validate import Engine, shacl

from breakages import BREAKAGES, SESSION6, untyped_organisation
from conftest import ID


@pytest.fixture(scope="module")
def union(built) -> Graph:
    return Graph().parse(built / "hksh.nt", format="nt")


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_engines_agree(union, breakage):
    broken = breakage(Graph() + union)
    native, reference = shacl(broken, engine=Engine.SHACL), shacl(broken, engine=Engine.PYSHACL)
    assert native.findings == reference.findings
    assert native.conforms is reference.conforms is (breakage is BREAKAGES["valid"])


def test_a_native_report_says_what_the_shape_asked_for(union):
    report = shacl(untyped_organisation(Graph() + union), engine=Engine.SHACL)
    assert any("org:postIn" in line and "org:Organization" in line for line in report.violations), report.text()


def test_graph_checks_find_an_unquoted_fact_and_an_http_schema_org_term(built):
    from kg.graph.validate import graph_checks

    iri, text = "https://w3id.org/hksh/id/doc/x", (built / "hksh.nt").read_text()
    article = f"<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/NewsArticle> .\n"
    unquoted = f"<{ID}person/nobody> <http://www.w3.org/2000/01/rdf-schema#label> \"Nobody\"@en .\n"
    assert graph_checks(iri, article).conforms
    report = graph_checks(iri, article + unquoted + '<https://e.org/s> <http://schema.org/name> "x" .\n')
    assert any("fact-without-sentence" in line and "person/nobody" in line for line in report.violations)
    assert any("http-schema-org" in line and "http://schema.org/name" in line for line in report.violations)
    assert graph_checks(iri, text).conforms  # the union has no document graph of its own to check


def test_a_check_whose_needed_text_is_absent_is_not_run_and_present_it_is(tmp_path):
    """A check's "# Needs:" text spares running it on graphs that lack the text, and only those: the same
    query over a store that does hold a match answers when the texts hold the needed text."""
    import pyoxigraph as ox

    from kg.graph.validate import sparql_checks

    check = tmp_path / "any-violation.rq"
    check.write_text("# Needs: <urn:x:needed\nSELECT ?s WHERE { ?s ?p ?o }\n", encoding="utf-8")
    store = ox.Store()
    store.load(b"<urn:x:needed> <urn:x:p> <urn:x:o> .", format=ox.RdfFormat.N_TRIPLES)
    assert sparql_checks(store, directory=tmp_path, texts=("<urn:x:other> <urn:x:p> <urn:x:o> .",)).conforms
    assert not sparql_checks(store, directory=tmp_path, texts=("x", "<urn:x:needed> <urn:x:p> <urn:x:o> .")).conforms
    assert not sparql_checks(store, directory=tmp_path).conforms


def test_the_union_check_reports_two_dates_from_two_documents_as_a_warning():
    import pyoxigraph as ox

    from kg.graph.validate import sparql_checks

    store = ox.Store()
    session, start = f"<{SESSION6}>", "<https://schema.org/startDate>"
    for n, date in ((1, "2024-04"), (2, "2024-05")):
        store.load(f"{session} a <https://w3id.org/hksh/ontology#PlenarySession> ; {start} "
                   f"\"{date}\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .".encode(),
                   format=ox.RdfFormat.TURTLE)
    report = sparql_checks(store, scope="union")
    assert report.conforms and len(report.warnings) == 1
    assert report.warnings[0].startswith("Warning: check session-conflicting-dates-warning:")
