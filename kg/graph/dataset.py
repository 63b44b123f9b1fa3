"""The one loader for RDF files: the ontology, the built dataset, any file a user names.

Errors come back as :class:`RDFFileError` with a one-line message naming the file.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, URIRef

from kg.formats import Format
from kg.namespaces import ONTOLOGY_GRAPH, bind_prefixes
from kg.resources import WORK, packaged

ROOT = WORK  # the checkout, or (installed from a wheel) the folder kg runs in
ONTOLOGY = packaged("ontology", "hksh.ttl")
SHAPES = packaged("ontology", "shapes.ttl")
QUERIES = packaged("queries")


class RDFFileError(ValueError):
    """An RDF file that cannot be read or parsed."""


def format_for(path: Path) -> Format:
    """The RDF format a file's suffix names; an RDFFileError naming the file for any other."""
    fmt = Format.for_path(path)
    if fmt is None:
        raise RDFFileError(f"{path}: unknown RDF file type {path.suffix!r} (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)")
    return fmt


def _one_line(error: Exception) -> str:
    text = " ".join(str(error).split())
    return text[:300]


def parse_into(target: Graph | Dataset, path: Path | str, fmt: Format | None = None) -> None:
    path = Path(path)
    if not path.is_file():
        raise RDFFileError(f"{path}: no such file")
    fmt = fmt or format_for(path)
    try:
        target.parse(path, format=fmt.rdflib)
    except Exception as error:  # rdflib raises many types for bad input
        raise RDFFileError(f"{path}: not valid {fmt.name.lower()} ({_one_line(error)})") from None


def load_graph(path: Path | str) -> Graph:
    """Parse one RDF file into a graph (the union of its graphs, for quad formats)."""
    path = Path(path)
    fmt = format_for(path)
    if fmt in (Format.TRIG, Format.NQUADS):
        dataset = load_dataset(path)
        graph = Graph()
        for triple in dataset.triples((None, None, None)):
            graph.add(triple)
        bind_prefixes(graph)
        return graph
    graph = Graph()
    parse_into(graph, path, fmt)
    bind_prefixes(graph)
    return graph


def load_dataset(path: Path | str) -> Dataset:
    """Parse a TriG or N-Quads file into a dataset whose default graph is the union of all graphs."""
    dataset = Dataset(default_union=True)
    parse_into(dataset, path)
    bind_prefixes(dataset)
    return dataset


def ontology_graph() -> Graph:
    graph = Graph(identifier=URIRef(ONTOLOGY_GRAPH))
    parse_into(graph, ONTOLOGY, Format.TURTLE)
    bind_prefixes(graph)
    return graph
