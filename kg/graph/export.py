"""Writing the dataset in every format, byte-identical for the same input.

rdflib's Turtle writer sorts subjects and predicates; TriG is written graph by graph in IRI order
from it, line formats are sorted, and JSON-LD nodes, keys and values are sorted.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from kg.graph.dataset import Format
from kg.namespaces import PREFIXES, bind_prefixes



def union_graph(dataset: Dataset) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


def named_graphs(dataset: Dataset) -> list[Graph]:
    return sorted((g for g in dataset.graphs() if len(g) and g.identifier != dataset.default_graph.identifier),
                  key=lambda g: str(g.identifier))


LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
NAMESPACES = sorted(((str(ns), prefix) for prefix, ns in PREFIXES.items()), key=lambda item: -len(item[0]))
_PREFIXED = Graph()
bind_prefixes(_PREFIXED)


def _term(term) -> str:
    """A term in Turtle: a prefixed name where the local part is plainly safe, else rdflib's n3()."""
    if isinstance(term, URIRef):
        text = str(term)
        for namespace, prefix in NAMESPACES:
            if text.startswith(namespace) and LOCAL_NAME.fullmatch(text[len(namespace):]):
                return f"{prefix}:{text[len(namespace):]}"
        return term.n3()
    return term.n3(_PREFIXED.namespace_manager)


def _statements(graph: Graph) -> list[str]:
    """Subjects in order, each with its predicates and objects in order (the graphs have no blank nodes)."""
    blocks = []
    for subject in sorted(set(graph.subjects())):
        lines = []
        for predicate in sorted(set(graph.predicates(subject))):
            objects = sorted(graph.objects(subject, predicate), key=lambda o: (type(o).__name__, str(o), o.n3()))
            verb = "a" if predicate == RDF.type else _term(predicate)
            lines.append(f"    {verb} " + ",\n        ".join(_term(o) for o in objects))
        blocks.append(f"{_term(subject)}\n" + " ;\n".join(lines) + " .\n")
    return blocks


def _prefixes() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))


def turtle(graph: Graph) -> str:
    """Turtle, sorted: the same graph always gives the same bytes.

    >>> from rdflib.namespace import SDO
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/hksh/id/person/x"), RDF.type, SDO.Person))
    >>> turtle(g).splitlines()[-2:]
    ['<https://w3id.org/hksh/id/person/x>', '    a schema:Person .']
    """
    return _prefixes() + "\n" + "\n".join(_statements(graph))


def trig(dataset: Dataset) -> str:
    parts = [_prefixes()]
    for graph in named_graphs(dataset):
        body = "\n".join(_statements(graph)).strip("\n")
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
