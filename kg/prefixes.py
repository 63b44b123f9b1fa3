"""The project's prefixes as plain IRIs, without rdflib: the process that writes the Turtle, JSON-LD and
TriG exports imports only these and Oxigraph, where ``kg.namespaces`` (rdflib and its vocabularies) took
most of its start-up. ``kg.namespaces.PREFIXES`` names the same IRIs as rdflib namespaces
(``tests/test_prefixes.py`` holds them equal)."""

from __future__ import annotations

PREFIX_IRIS: dict[str, str] = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "hksh": "https://w3id.org/hksh/ontology#",
    "oa": "http://www.w3.org/ns/oa#",
    "opengov": "http://www.w3.org/ns/opengov#",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "void": "http://rdfs.org/ns/void#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
