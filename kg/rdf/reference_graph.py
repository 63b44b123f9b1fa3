"""The curated reference data as RDF: its own named graph, kept apart from what documents say."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS, SDO, SKOS

from kg.namespaces import DEFAULT_BASE, HKSH, bind_prefixes
from kg.reference import Entity, Reference


def reference_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return URIRef(f"{base}graph/reference")


def _names(graph: Graph, iri: URIRef, entity: Entity, label_property=RDFS.label) -> None:
    for tag, value in entity.label.items():
        graph.add((iri, label_property, Literal(value, lang=tag)))
    for tag, values in entity.alt.items():
        for value in values:
            graph.add((iri, SKOS.altLabel, Literal(value, lang=tag)))
    for tag, values in entity.hidden.items():
        for value in values:
            graph.add((iri, SKOS.hiddenLabel, Literal(value, lang=tag)))


def reference_graph(reference: Reference, base: str = DEFAULT_BASE) -> Graph:
    """Every curated entity with its names, types and the links the reference data states."""
    graph = Graph(identifier=reference_graph_iri(base))
    bind_prefixes(graph)
    iri = lambda kind, id_: URIRef(f"{base}{kind}/{id_}")  # noqa: E731

    conf = URIRef(reference.conference.iri(base))
    graph.add((conf, RDF.type, HKSH.CooperationConference))
    graph.add((conf, RDF.type, ORG.OrganizationalCollaboration))
    _names(graph, conf, reference.conference)
    for member in reference.conference.data.get("members", []):
        graph.add((conf, ORG.hasMember, iri("org", member)))

    for person in reference.people:
        node = URIRef(person.iri(base))
        graph.add((node, RDF.type, SDO.Person))
        graph.add((node, RDF.type, FOAF.Person))
        _names(graph, node, person)
    for org in reference.orgs:
        node = URIRef(org.iri(base))
        graph.add((node, RDF.type, ORG.Organization))
        graph.add((node, RDF.type, FOAF.Organization))
        _names(graph, node, org)
        if org.data.get("parent"):
            graph.add((node, ORG.subOrganizationOf, iri("org", org.data["parent"])))
        for key in ("jurisdiction", "party_of"):
            if org.data.get(key):
                graph.add((node, SDO.areaServed, iri("place", org.data[key])))
    for place in reference.places:
        node = URIRef(place.iri(base))
        graph.add((node, RDF.type, SDO.Place))
        _names(graph, node, place)
        if place.data.get("in"):
            graph.add((node, SDO.containedInPlace, iri("place", place.data["in"])))
    for post in reference.posts:
        node = iri("post", post.id)
        graph.add((node, RDF.type, ORG.Post))
        graph.add((node, RDFS.label, Literal(post.label, lang="en")))
        graph.add((node, ORG.postIn, iri("org", post.org)))
    graph.add((HKSH.CooperationAreas, RDF.type, SKOS.ConceptScheme))
    for area in reference.areas:
        node = URIRef(area.iri(base))
        graph.add((node, RDF.type, SKOS.Concept))
        graph.add((node, SKOS.inScheme, HKSH.CooperationAreas))
        graph.add((node, SKOS.topConceptOf, HKSH.CooperationAreas))
        _names(graph, node, area, label_property=SKOS.prefLabel)
    return graph
