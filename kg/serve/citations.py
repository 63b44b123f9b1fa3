"""Where each fact stands: the documents that state a triple and the sentences they state it in.

A document's named graph holds its facts and one ``oa:Annotation`` per sentence and resource it read
(``oa:hasBody`` the resource, ``oa:hasTarget [ oa:hasSource doc; oa:hasSelector [ oa:exact sentence ] ]``).
A fact ``s p o`` in a document's graph is cited by that document's sentences about ``s`` that also name
``o`` (annotated with it, or, for a literal, containing its text); when none does, by all its sentences
about ``s``. A fact that only the reference data or the ontology states is said to be so: no document
states it. Read by direct triple lookups on the served dataset, like the rest of the page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

import pyoxigraph as ox
from kg.terms import to_ox
from rdflib import Dataset, Graph, Literal, URIRef

from kg.graph.store import native_store
from kg.namespaces import OA, ONTOLOGY_GRAPH

MAX_DOCUMENTS = 10
MAX_SENTENCES = 3
DEFAULT_GRAPH = "urn:x-rdflib:default"


@dataclass
class Citation:
    """The graphs that state one fact: documents with their sentences, and whether curated data does."""

    documents: list[tuple[URIRef, list[str]]] = field(default_factory=list)
    curated: list[URIRef] = field(default_factory=list)
    more: int = 0


class Citations:
    """The citations of one page's facts: each resource's sentences read per document graph, and only in
    the graphs of the facts shown (a session is annotated in thousands of documents on a large graph)."""

    def __init__(self, dataset: Dataset, base: str):
        self.dataset, self.base = dataset, base
        self._sentences: dict[tuple[URIRef, URIRef], list[str]] = {}

    def sentences(self, resource: URIRef, document: URIRef) -> list[str]:
        """The sentences of one document about the resource, sorted."""
        key = (resource, document)
        if key not in self._sentences:
            graph = Graph(store=self.dataset.store, identifier=document)
            found = set()
            for annotation in graph.subjects(OA.hasBody, resource):
                target = graph.value(annotation, OA.hasTarget)
                selector = graph.value(target, OA.hasSelector) if target is not None else None
                exact = graph.value(selector, OA.exact) if selector is not None else None
                if exact is not None:
                    found.add(str(exact))
            self._sentences[key] = sorted(found)
        return self._sentences[key]

    def graphs(self, subject: URIRef, predicate: URIRef, value) -> list[URIRef]:
        """The named graphs that hold the triple, sorted (their names only, read from Oxigraph's index when
        the dataset is in it: a fact that thousands of documents state costs no rdflib terms)."""
        store = native_store(self.dataset)
        if store is not None:
            quads = store.quads_for_pattern(to_ox(subject), to_ox(predicate), to_ox(value), None)
            return sorted({URIRef(q.graph_name.value) for q in quads if isinstance(q.graph_name, ox.NamedNode)})
        return sorted({context for *_, context in self.dataset.quads((subject, predicate, value, None))
                       if isinstance(context, URIRef) and str(context) != DEFAULT_GRAPH})

    def cite(self, subject: URIRef, predicate: URIRef, value) -> Citation:
        citation = Citation()
        documents = []
        for graph in self.graphs(subject, predicate, value):
            if str(graph) == ONTOLOGY_GRAPH or str(graph) == f"{self.base}graph/reference":
                citation.curated.append(graph)
            else:
                documents.append(graph)
        citation.more = max(0, len(documents) - MAX_DOCUMENTS)
        for document in documents[:MAX_DOCUMENTS]:
            mine = self.sentences(subject, document)
            if isinstance(value, Literal):
                naming = [s for s in mine if str(value).casefold() in s.casefold()]
            else:
                theirs = set(self.sentences(value, document))
                naming = [s for s in mine if s in theirs]
            citation.documents.append((document, (naming or mine)[:MAX_SENTENCES]))
        return citation


def citation_html(citation: Citation, link: Callable[[URIRef], str]) -> str:
    """A ``<details>`` that opens on the sentences and documents stating a fact, or says none does."""
    if not citation.documents:
        where = ", ".join("the ontology" if str(g) == ONTOLOGY_GRAPH else "the reference data" for g in citation.curated)
        return f'<details class="cite"><summary>no document</summary><p>Stated by {escape(where or "no graph")}, not read from a document.</p></details>'
    count = len(citation.documents) + citation.more
    items = "".join(f"<li>{link(doc)}" + "".join(f"<blockquote>{escape(s)}</blockquote>" for s in sentences) + "</li>"
                    for doc, sentences in citation.documents)
    also = f"<li>and {citation.more} more documents</li>" if citation.more else ""
    curated = "<li>also the reference data</li>" if citation.curated else ""
    return (f'<details class="cite"><summary>{count} source{"s" if count != 1 else ""}</summary>'
            f"<ul>{items}{also}{curated}</ul></details>")
