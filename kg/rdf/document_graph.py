"""One document's findings as RDF: the article, its facts, and a Web Annotation per sentence.

Every node has an IRI (no blank nodes), built from the document, the entity and the sentence text,
so a rebuild gives the same triples.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import Findings
from kg.namespaces import OA, bind_prefixes
from kg.rdf.post_times import membership_times
from kg.text.document import Document
from kg.text.sentences import Sentence


def quotes(graph: Graph, entity: URIRef) -> list[tuple[URIRef, str]]:
    """(document, sentence) for every annotation of an entity: what :func:`document_graph` writes, read back."""
    found = set()
    for annotation in graph.subjects(OA.hasBody, entity):
        target = graph.value(annotation, OA.hasTarget)
        document = graph.value(target, OA.hasSource)
        exact = graph.value(graph.value(target, OA.hasSelector), OA.exact)
        if document is not None and exact is not None:
            found.add((document, str(exact)))
    return sorted(found)


def annotation_iri(doc: URIRef, entity: URIRef, sentence: str) -> URIRef:
    digest = hashlib.sha1(f"{entity}\n{sentence}".encode()).hexdigest()[:16]
    return URIRef(f"{doc}/annotation/{digest}")


Triple = tuple[URIRef, URIRef, URIRef | Literal]

# The terms of every annotation, looked up once (an rdflib namespace makes a new term on each lookup).
_TYPE, _ANNOTATION, _MOTIVATED_BY, _IDENTIFYING = RDF.type, OA.Annotation, OA.motivatedBy, OA.identifying
_HAS_BODY, _HAS_TARGET, _SPECIFIC_RESOURCE, _HAS_SOURCE = OA.hasBody, OA.hasTarget, OA.SpecificResource, OA.hasSource
_HAS_SELECTOR, _TEXT_QUOTE_SELECTOR, _EXACT = OA.hasSelector, OA.TextQuoteSelector, OA.exact


def document_triples(document: Document, *, doc: URIRef, title: str | None, published, text: str,
                     sentences: list[Sentence], findings: Findings) -> set[Triple]:
    """The triples of one document's named graph: a plain set, which the build writes as N-Triples without
    filling an rdflib Graph first (that made converting a document 8% slower)."""
    languages = document.meta.get("language", ("en",))
    language = languages[0]
    triples: set[Triple] = {(doc, RDF.type, SDO.NewsArticle), (doc, SDO.identifier, Literal(document.path.name)),
                            (doc, SDO.text, Literal(text))}
    triples |= {(doc, SDO.inLanguage, Literal(tag)) for tag in languages}
    if title:
        triples.add((doc, SDO.headline, Literal(title, lang=language)))
    if published:
        triples.add((doc, SDO.datePublished, Literal(published.isoformat(), datatype=XSD.date)))
    if document.meta.get("publisher"):
        triples.add((doc, SDO.publisher, Literal(str(document.meta["publisher"]))))
    if document.meta.get("url"):
        triples.add((doc, SDO.url, URIRef(str(document.meta["url"]).strip())))
    triples.update(findings.triples)
    times, quoted = membership_times(findings.triples, findings.mentions, published, findings.past)
    triples |= times
    mentions = {entity: set(indexes) for entity, indexes in findings.mentions.items()}
    for node, indexes in quoted.items():
        mentions.setdefault(node, set()).update(indexes)
    exact = {s.index: (s.text, Literal(s.text)) for s in sentences}
    for entity, indexes in mentions.items():
        for index in indexes:
            sentence, quoted_text = exact[index]
            ann = annotation_iri(doc, entity, sentence)
            target, selector = URIRef(f"{ann}-target"), URIRef(f"{ann}-selector")
            triples.update(((ann, _TYPE, _ANNOTATION), (ann, _MOTIVATED_BY, _IDENTIFYING), (ann, _HAS_BODY, entity),
                            (ann, _HAS_TARGET, target), (target, _TYPE, _SPECIFIC_RESOURCE),
                            (target, _HAS_SOURCE, doc), (target, _HAS_SELECTOR, selector),
                            (selector, _TYPE, _TEXT_QUOTE_SELECTOR), (selector, _EXACT, quoted_text)))
    return triples


def as_graph(triples: set[Triple], doc: URIRef) -> Graph:
    """A document's triples as an rdflib Graph named by the document, with the project's prefixes."""
    graph = Graph(store="SimpleMemory", identifier=doc, bind_namespaces="none")
    bind_prefixes(graph)
    for triple in triples:
        graph.add(triple)
    return graph
