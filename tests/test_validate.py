"""The build's SHACL engine (``shacl``, native) agrees with the reference (pyshacl), finding by finding.

Each case breaks the seed build's union in one way a converter bug or a bad reference file could, and
both engines must report the same (severity, focus node, path, constraint component) set.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.graph.validate import Engine, shacl
from kg.namespaces import HKSH, OA, ORG, SDO

ID = "https://w3id.org/hksh/id/"
SESSION6 = URIRef(f"{ID}session/hong-kong-shanghai-co-operation-conference-6")
ARON = URIRef(f"{ID}person/laura-aron")


@pytest.fixture(scope="module")
def union(built) -> Graph:
    return Graph().parse(built / "hksh.nt", format="nt")


def _remove(graph: Graph, predicate) -> Graph:
    graph.remove((None, predicate, None))
    return graph


def _second_number(graph: Graph) -> Graph:
    graph.add((SESSION6, HKSH.sessionNumber, Literal("7", datatype=XSD.integer)))
    return graph


def _untyped_organisation(graph: Graph) -> Graph:
    organisation = next(graph.objects(None, ORG.postIn))
    graph.remove((organisation, RDF.type, None))
    return graph


def _plain_date(graph: Graph) -> Graph:
    for event, date in list(graph.subject_objects(SDO.startDate))[:2]:
        graph.remove((event, SDO.startDate, date))
        graph.add((event, SDO.startDate, Literal(str(date))))
    return graph


def _two_english_labels(graph: Graph) -> Graph:
    graph.add((ARON, RDFS.label, Literal("L. Aron", lang="en")))
    return graph


def _literal_body(graph: Graph) -> Graph:
    annotation = next(graph.subjects(RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, Literal("not an IRI")))
    return graph


def _concept_outside_scheme(graph: Graph) -> Graph:
    concept = next(graph.subjects(RDF.type, SKOS.Concept))
    graph.remove((concept, SKOS.inScheme, None))
    graph.add((concept, SKOS.inScheme, URIRef(f"{ID}scheme/other")))
    return graph


def _selector_without_quote(graph: Graph) -> Graph:
    for selector in list(graph.subjects(OA.exact, None))[:3]:
        graph.remove((selector, OA.exact, None))
    return graph


BREAKAGES = {
    "valid": lambda g: g,
    "session without number": lambda g: _remove(g, HKSH.sessionNumber),
    "session with two numbers": _second_number,
    "post in an untyped organisation": _untyped_organisation,
    "date as a plain string": _plain_date,
    "two English labels": _two_english_labels,
    "annotation body a literal": _literal_body,
    "concept in another scheme": _concept_outside_scheme,
    "selector without its quote": _selector_without_quote,
}


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_engines_agree(union, breakage):
    broken = breakage(Graph() + union)
    native, reference = shacl(broken, engine=Engine.SHACL), shacl(broken, engine=Engine.PYSHACL)
    assert native.findings == reference.findings
    assert native.conforms is reference.conforms is (breakage is BREAKAGES["valid"])


def test_a_native_report_says_what_the_shape_asked_for(union):
    report = shacl(_untyped_organisation(Graph() + union), engine=Engine.SHACL)
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


def test_the_union_check_finds_two_dates_from_two_documents():
    import pyoxigraph as ox

    from kg.graph.validate import sparql_checks

    store = ox.Store()
    session, start = f"<{SESSION6}>", "<https://schema.org/startDate>"
    for n, date in ((1, "2024-04"), (2, "2024-05")):
        store.load(f"{session} a <https://w3id.org/hksh/ontology#PlenarySession> ; {start} "
                   f"\"{date}\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> .".encode(),
                   format=ox.RdfFormat.TURTLE)
    report = sparql_checks(store, scope="union")
    assert len(report.violations) == 1 and "session-conflicting-dates" in report.violations[0]
