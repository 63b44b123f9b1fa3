"""What ``/id/...`` and ``/ontology`` answer, made in a query worker (:mod:`kg.serve.workers`) and so under
the time limit of a query: a resource's page (shaped or generic), a named graph as a page or as RDF, the
ontology's documentation. Each function takes the worker's dataset first and returns the whole Answer;
the server sends it as :class:`kg.serve.protocol.Render`, and only negotiates the format beforehand.
"""

from __future__ import annotations

from rdflib import Dataset, Graph, URIRef

from kg.formats import Format
from kg.graph.dataset import SHAPES
from kg.namespaces import ONTOLOGY_GRAPH
from kg.serve import linked_data, pages
from kg.serve.echo import echo
from kg.serve.ontology_page import ontology_page, shapes_graph
from kg.serve.pages import html_answer
from kg.serve.policy import page_policy
from kg.serve.protocol import Answer, Choice, error


def _rdf(graph: Graph, wanted: Choice) -> Answer:
    body = graph.serialize(format=wanted.format.rdflib, encoding="utf-8")
    return Answer(200, wanted.media_type, body, {"Vary": "Accept"})


def _graph(dataset: Dataset, iri: URIRef, wanted: Choice) -> Answer | None:
    """A named graph by its IRI, as a page or as RDF; None when the IRI names no graph."""
    graph = linked_data.named_graph(dataset, iri)
    if graph is None:
        return None
    if wanted.format is Format.HTML:
        page = linked_data.graph_page(graph, iri)
        return html_answer(page, policy=page_policy(page))
    return _rdf(graph, wanted)


def resource(dataset: Dataset, base: str, iri: str, wanted: Choice) -> Answer:
    """A resource's page or description; a graph's IRI answers with the graph, except for a page of a
    resource that the graph's IRI also names (a document)."""
    node = URIRef(iri)
    known = (node, None, None) in dataset or (None, None, node) in dataset
    if wanted.format is not Format.HTML or not known:
        answer = _graph(dataset, node, wanted)
        if answer is not None:
            return answer
    if not known:
        return error(404, f"Nothing is known about {echo(iri)}.")
    if wanted.format is Format.HTML:
        return html_answer(pages.resource_page(dataset, node, base))
    return _rdf(linked_data.describe(dataset, node), wanted)


def ontology(dataset: Dataset, wanted: Choice) -> Answer:
    """The ontology: its documentation as a page, or its graph."""
    if wanted.format is Format.HTML:
        terms = linked_data.named_graph(dataset, URIRef(ONTOLOGY_GRAPH))
        if terms is not None:
            page = ontology_page(terms, shapes_graph(SHAPES))
            return html_answer(page, policy=page_policy(page))
    answer = _graph(dataset, URIRef(ONTOLOGY_GRAPH), wanted)
    return answer or error(404, "This server holds no ontology graph.")
