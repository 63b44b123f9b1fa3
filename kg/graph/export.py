"""Writing the dataset in every format, byte-identical for the same input.

The build holds each graph as sorted N-Triples lines. The line formats are written from them directly;
Turtle, TriG and JSON-LD by Oxigraph's streaming writers, which keep the (sorted) order they are given.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.graph.dataset import Format
from kg.namespaces import PREFIX_IRIS, bind_prefixes
from kg.timing import NoStages, Stages


def union_graph(dataset: Dataset) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def named_graphs(dataset: Dataset) -> list[Graph]:
    return sorted((g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier),
                  key=lambda g: str(g.identifier))


Graphs = list[tuple[str, str]]  # (graph IRI, sorted N-Triples), in IRI order


def nt_text(graph: Graph) -> str:
    """A graph as N-Triples, lines sorted and unique: the same graph always gives the same text."""
    lines = {line for line in graph.serialize(format="nt").splitlines() if line.strip()}
    return "".join(f"{line}\n" for line in sorted(lines))


def graph_texts(dataset: Dataset) -> Graphs:
    return [(str(g.identifier), nt_text(g)) for g in named_graphs(dataset)]


def nquads(graphs: Graphs) -> bytes:
    """N-Quads, graph by graph in IRI order, each graph's lines sorted."""
    return "".join(line[:-1] + f"<{iri}> .\n" for iri, text in graphs for line in text.splitlines()).encode()


def ntriples(graphs: Graphs) -> bytes:
    """The union of the graphs as N-Triples, sorted, each triple once."""
    lines = [line for _, text in graphs for line in text.splitlines()]
    lines.sort()
    return "".join(f"{line}\n" for line in dict.fromkeys(lines)).encode()


def _rewrite(data: bytes, source: ox.RdfFormat, target: ox.RdfFormat, output=None):
    """Oxigraph's writers keep the order they are given, so sorted lines in give the same bytes out."""
    prefixes = PREFIX_IRIS if target in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
    return ox.serialize(ox.parse(data, format=source), output, format=target, prefixes=prefixes)


def turtle(graph: Graph) -> str:
    """Turtle, sorted: the same graph always gives the same bytes.

    >>> from rdflib import URIRef
    >>> from rdflib.namespace import RDF, SDO
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/hksh/id/person/x"), RDF.type, SDO.Person))
    >>> turtle(g).splitlines()[-1]
    '<https://w3id.org/hksh/id/person/x> a schema:Person .'
    """
    return _rewrite(nt_text(graph).encode(), ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE).decode()


def trig(dataset: Dataset) -> str:
    return _rewrite(nquads(graph_texts(dataset)), ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG).decode()


def write_exports(graphs: Graphs, out: Path, *, name: str = "hksh",
                  stages: Stages | None = None) -> dict[Format, Path]:
    """Write TriG and N-Quads of the named graphs, and Turtle, N-Triples and JSON-LD of their union."""
    stages = stages or NoStages()
    paths = {fmt: out / f"{name}{fmt.suffix}" for fmt in (Format.NQUADS, Format.TRIG, Format.NTRIPLES,
                                                           Format.TURTLE, Format.JSONLD)}
    with stages("serialise N-Quads, TriG"):
        quads = nquads(graphs)
        paths[Format.NQUADS].write_bytes(quads)
        _rewrite(quads, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG, str(paths[Format.TRIG]))
    with stages("serialise N-Triples, Turtle, JSON-LD"):
        union = ntriples(graphs)
        paths[Format.NTRIPLES].write_bytes(union)
        _rewrite(union, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE, str(paths[Format.TURTLE]))
        _rewrite(union, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.JSON_LD, str(paths[Format.JSONLD]))
    return paths
