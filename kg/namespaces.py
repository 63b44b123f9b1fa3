"""Namespaces and the rules for minting stable instance IRIs."""

from __future__ import annotations

import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD



class _Kept(Namespace):
    """A namespace that makes each term's IRI once: rdflib's builds a new one on every ``HKSH.Session``."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


def _settle(namespace: type) -> None:
    """Give a vocabulary's terms to its class as plain attributes: rdflib answers ``DCTERMS.subject`` through
    a metaclass's ``__getattr__`` that checks the name and builds a new IRI every time (some three hundred
    times a document), which a plain attribute skips. The same IRIs, so nothing else changes."""
    for name in namespace.__annotations__:
        if not name.startswith("_"):
            setattr(namespace, name, namespace[name])


for _vocabulary in (DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, XSD):
    _settle(_vocabulary)

HKSH = _Kept("https://w3id.org/hksh/ontology#")
OA = _Kept("http://www.w3.org/ns/oa#")
OPENGOV = _Kept("http://www.w3.org/ns/opengov#")
VOID = _Kept("http://rdfs.org/ns/void#")
DCAT = _Kept("http://www.w3.org/ns/dcat#")

from kg.defaults import DEFAULT_BASE  # noqa: E402  (kept importable from here)
ONTOLOGY_GRAPH = "https://w3id.org/hksh/ontology"

PREFIXES: dict[str, Namespace] = {
    "dcat": DCAT,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "hksh": HKSH,
    "oa": OA,
    "opengov": OPENGOV,
    "org": ORG,
    "owl": OWL,
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "schema": SDO,
    "skos": SKOS,
    "time": TIME,
    "void": VOID,
    "xsd": XSD,
}

from kg.prefixes import PREFIX_IRIS  # noqa: E402  (the same IRIs as plain strings, kept importable from here)

KINDS = ("person", "org", "post", "session", "event", "area", "place", "doc", "agreement", "graph")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the stable part of an instance IRI.

    >>> slug("Mrs Laura Aron")
    'mrs-laura-aron'
    >>> slug("Jing'an District")
    'jingan-district'
    >>> slug("Hong Kong/Shanghai  Co-operation")
    'hong-kong-shanghai-co-operation'
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’‘`]", "", text.lower())
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text[:80].rstrip("-") or "x"


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes so every serialisation uses the same short names."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def plain(term):
    """A term as the dumps write it: an ``xsd:string`` literal without its (implied) datatype.

    RDF 1.1 makes the two one term, but rdflib compares them as different, so a client would see the
    endpoint's literals differ from the dumps' (Oxigraph hands every simple literal back typed).

    >>> from rdflib import Literal
    >>> plain(Literal("a", datatype=XSD.string)) == Literal("a"), plain(Literal(6)) == Literal(6)
    (True, True)
    """
    from rdflib import Literal

    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term
