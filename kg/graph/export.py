"""Writing the dataset in every format, byte-identical for the same input.

rdflib's Turtle writer sorts subjects and predicates; TriG is written graph by graph in IRI order
from it, line formats are sorted, and JSON-LD nodes, keys and values are sorted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Dataset, Graph

from kg.graph.dataset import Format
from kg.namespaces import PREFIXES, bind_prefixes

PREFIX_LINE = re.compile(r"^@prefix [^\n]*\n", re.M)


def union_graph(dataset: Dataset) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def named_graphs(dataset: Dataset) -> list[Graph]:
    return sorted((g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier),
                  key=lambda g: str(g.identifier))


def turtle(graph: Graph) -> str:
    bind_prefixes(graph)
    return graph.serialize(format="turtle")


def trig(dataset: Dataset) -> str:
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    parts = [head]
    for graph in named_graphs(dataset):
        body = PREFIX_LINE.sub("", turtle(graph)).strip("\n")
        indented = "\n".join(("    " + line) if line else "" for line in body.splitlines())
        parts.append(f"\n<{graph.identifier}> {{\n{indented}\n}}\n")
    return "".join(parts)


def ntriples(graph: Graph) -> str:
    lines = graph.serialize(format="nt").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def nquads(dataset: Dataset) -> str:
    lines = dataset.serialize(format="nquads").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def _sort_value(value):
    if isinstance(value, list):
        items = [_sort_value(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    if isinstance(value, dict):
        return {k: (_sort_value(v) if k != "@list" else v) for k, v in value.items()}
    return value


def jsonld(graph: Graph) -> str:
    context = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    nodes = data.get("@graph", [data] if "@id" in data else [])
    nodes = sorted((_sort_value(n) for n in nodes), key=lambda n: n.get("@id", ""))
    return json.dumps({"@context": context, "@graph": nodes}, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def write_exports(dataset: Dataset, out: Path, *, name: str = "hksh") -> dict[Format, Path]:
    """Write TriG and N-Quads of the named graphs, and Turtle, N-Triples and JSON-LD of their union."""
    union = union_graph(dataset)
    files = {
        Format.TRIG: trig(dataset),
        Format.NQUADS: nquads(dataset),
        Format.TURTLE: turtle(union),
        Format.NTRIPLES: ntriples(union),
        Format.JSONLD: jsonld(union),
    }
    written = {}
    for fmt, text in files.items():
        path = out / f"{name}{fmt.suffix}"
        path.write_text(text, encoding="utf-8")
        written[fmt] = path
    return written
