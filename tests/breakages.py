"""Ways to break the seed build's graph that a converter bug or a bad reference file could cause, shared by
the tests that hold two validations to the same verdicts (``test_validate``, ``test_staged``,
``test_incremental``)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from kg.namespaces import HKSH, OA, ORG, SDO

from conftest import ID

SESSION6 = URIRef(f"{ID}session/hong-kong-shanghai-co-operation-conference-6")
ARON = URIRef(f"{ID}person/laura-aron")


def remove(graph: Graph, predicate) -> Graph:
    graph.remove((None, predicate, None))
    return graph


def second_number(graph: Graph) -> Graph:
    graph.add((SESSION6, HKSH.sessionNumber, Literal("7", datatype=XSD.integer)))
    return graph


def untyped_organisation(graph: Graph) -> Graph:
    organisation = min(graph.objects(None, ORG.postIn))  # min, not next: the same node whatever the hash seed
    graph.remove((organisation, RDF.type, None))
    return graph


def plain_date(graph: Graph) -> Graph:
    for event, date in sorted(graph.subject_objects(SDO.startDate))[:2]:
        graph.remove((event, SDO.startDate, date))
        graph.add((event, SDO.startDate, Literal(str(date))))
    return graph


def two_english_labels(graph: Graph) -> Graph:
    graph.add((ARON, RDFS.label, Literal("L. Aron", lang="en")))
    return graph


def literal_body(graph: Graph) -> Graph:
    annotation = min(graph.subjects(RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, Literal("not an IRI")))
    return graph


def concept_outside_scheme(graph: Graph) -> Graph:
    concept = min(graph.subjects(RDF.type, SKOS.Concept))
    graph.remove((concept, SKOS.inScheme, None))
    graph.add((concept, SKOS.inScheme, URIRef(f"{ID}scheme/other")))
    return graph


def selector_without_quote(graph: Graph) -> Graph:
    for selector in sorted(graph.subjects(OA.exact, None))[:3]:
        graph.remove((selector, OA.exact, None))
    return graph


BREAKAGES = {
    "valid": lambda g: g,
    "session without number": lambda g: remove(g, HKSH.sessionNumber),
    "session with two numbers": second_number,
    "post in an untyped organisation": untyped_organisation,
    "date as a plain string": plain_date,
    "two English labels": two_english_labels,
    "annotation body a literal": literal_body,
    "concept in another scheme": concept_outside_scheme,
    "selector without its quote": selector_without_quote,
}


def broken_parts(graphs: dict[str, Graph], breakage) -> dict[str, Graph]:
    """The graphs with a breakage applied to their union: what it adds is stated in a document graph that does
    not otherwise describe the subject, the hardest place for validation by parts."""
    union = Graph()
    for graph in graphs.values():
        union += graph
    broken = breakage(Graph() + union)
    removed, added = union - broken, broken - union
    parts = {iri: graph - removed for iri, graph in graphs.items()}
    documents = sorted(iri for iri in parts if "/id/doc/" in iri)
    for triple in sorted(added, key=lambda triple: tuple(term.n3() for term in triple)):  # the same homes every run
        home = next(iri for iri in documents if (triple[0], None, None) not in parts[iri])
        parts[home].add(triple)
    return parts
