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


def document_graph(document: Document, *, doc: URIRef, title: str | None, published, text: str,
                   sentences: list[Sentence], findings: Findings) -> Graph:
    """The named graph of one document."""
    graph = Graph(store="SimpleMemory", identifier=doc, bind_namespaces="none")  # faster to fill and serialise
    bind_prefixes(graph)
    graph.add((doc, RDF.type, SDO.NewsArticle))
    graph.add((doc, SDO.identifier, Literal(document.path.name)))
    if title:
        graph.add((doc, SDO.headline, Literal(title, lang=document.meta.get("language", "en"))))
    if published:
        graph.add((doc, SDO.datePublished, Literal(published.isoformat(), datatype=XSD.date)))
    if document.meta.get("publisher"):
        graph.add((doc, SDO.publisher, Literal(str(document.meta["publisher"]))))
    if document.meta.get("url"):
        graph.add((doc, SDO.url, URIRef(str(document.meta["url"]).strip())))
    graph.add((doc, SDO.inLanguage, Literal(str(document.meta.get("language", "en")))))
    graph.add((doc, SDO.text, Literal(text)))
    for triple in findings.triples:
        graph.add(triple)
    by_index = {s.index: s for s in sentences}
    for entity, indexes in findings.mentions.items():
        for index in indexes:
            sentence = by_index[index].text
            ann = annotation_iri(doc, entity, sentence)
            target, selector = URIRef(f"{ann}-target"), URIRef(f"{ann}-selector")
            graph.add((ann, RDF.type, OA.Annotation))
            graph.add((ann, OA.motivatedBy, OA.identifying))
            graph.add((ann, OA.hasBody, entity))
            graph.add((ann, OA.hasTarget, target))
            graph.add((target, RDF.type, OA.SpecificResource))
            graph.add((target, OA.hasSource, doc))
            graph.add((target, OA.hasSelector, selector))
            graph.add((selector, RDF.type, OA.TextQuoteSelector))
            graph.add((selector, OA.exact, Literal(sentence)))
    return graph
