"""Terms between rdflib and pyoxigraph, through both packages' public APIs (oxrdflib keeps its own
converter private), for the places where the server hands pyoxigraph's answers to rdflib and back.

>>> from rdflib import Literal, URIRef
>>> from_ox(to_ox(URIRef("https://w3id.org/hksh/id/place/shanghai"))) == URIRef("https://w3id.org/hksh/id/place/shanghai")
True
>>> from_ox(to_ox(Literal("Shanghai", lang="en"))), from_ox(to_ox(Literal(6)))
(rdflib.term.Literal('Shanghai', lang='en'), rdflib.term.Literal('6', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer')))
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib.term import BNode, Literal, Node, URIRef


def to_ox(term: Node | None) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """An rdflib term as pyoxigraph's (None stays None: a wildcard in a pattern)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        datatype = ox.NamedNode(str(term.datatype)) if term.datatype else None
        return ox.Literal(str(term), language=term.language, datatype=None if term.language else datatype)
    raise ValueError(f"not an RDF term: {term!r}")


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node | tuple[Node, Node, Node]:
    """A pyoxigraph term (or triple) as rdflib's; a literal keeps its datatype, xsd:string included."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    if isinstance(term, ox.Triple):
        return from_ox(term.subject), from_ox(term.predicate), from_ox(term.object)
    raise ValueError(f"not an Oxigraph term: {term!r}")
