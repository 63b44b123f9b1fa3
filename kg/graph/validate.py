"""Validating a graph: the SHACL shapes, then the SPARQL checks (any row returned is a failure).

Two SHACL engines read the same ``ontology/shapes.ttl``. pyshacl is the reference; the ``shacl`` package
(native code) is the build's default because it validates a 2.5-million-triple union in seconds where
pyshacl takes hours. ``tests/test_validate.py`` holds them to the same verdicts on the seed build and on
deliberately broken graphs, finding by finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pyoxigraph as ox
import shacl as native
from pyshacl import validate as pyshacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import SH
from rdflib.util import from_n3

from kg.defaults import ENGINES
from kg.graph.dataset import QUERIES, SHAPES, load_graph, ontology_graph
from kg.graph.unquoted import may_match
from kg.namespaces import ONTOLOGY_GRAPH, PREFIX_IRIS, bind_prefixes

CHECKS = QUERIES / "checks"
Finding = tuple[str, str, str, str]  # severity, focus node, path, constraint component (local names / IRIs)
Key = tuple[str, str, str]  # a finding without its severity: focus node, path, constraint component


class Engine(str, Enum):
    """SHACL engines, by PyPI package name (``kg.defaults.ENGINES`` lists them for the command line)."""

    SHACL = "shacl"
    PYSHACL = "pyshacl"


assert tuple(e.value for e in Engine) == ENGINES, "kg.defaults.ENGINES must list Engine's values"


@dataclass
class Report:
    """The outcome of validation, as lines a person can read, and as findings a program can compare."""

    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    findings: set[Finding] = field(default_factory=set)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        head = ("Conforms: the graph satisfies every shape and check." if not self.warnings else
                f"Conforms: no violation; {len(self.warnings)} warning(s), where documents disagree.") \
            if self.conforms else f"Does not conform: {len(self.violations)} violation(s)."
        return "\n".join([head, *self.violations, *self.warnings]) + "\n"

    def keys(self) -> set[Key]:
        """What was found, whatever its severity."""
        return {finding[1:] for finding in self.findings}

    def __add__(self, other: "Report") -> "Report":
        return Report(sorted(self.violations + other.violations), sorted(self.warnings + other.warnings),
                      self.findings | other.findings)


_NAMES = Graph()
bind_prefixes(_NAMES)


def _short(term) -> str:
    if term is None:
        return "-"
    try:
        return term.n3(_NAMES.namespace_manager)
    except Exception:
        return str(term)


def _line(severity: str, focus, path, message: str, value) -> str:
    tail = f" (value {_short(value)})" if value is not None else ""
    return f"{severity}: {_short(focus)} {_short(path)}: {message}{tail}"


DISAGREE = "documents disagree: "


Across = Callable[[Key], bool]  # whether a finding is found only across graphs


def _collect(rows, across: Across | None = None) -> Report:
    """The results as a report; a violation that ``across`` says no graph shows on its own, only the union
    of several, is a warning that those documents disagree."""
    report = Report()
    for severity, focus, path, component, message, value in rows:
        key = (str(focus), str(path) if path is not None else "", component)
        if severity == "Violation" and across is not None and across(key):
            severity, message = "Warning", DISAGREE + message
        (report.violations if severity == "Violation" else report.warnings).append(
            _line(severity, focus, path, message, value))
        report.findings.add((severity, *key))
    report.violations.sort()
    report.warnings.sort()
    return report


def _pyshacl(data: Graph, shapes: Graph, across: Across | None = None) -> Report:
    _, results, _ = pyshacl_validate(data, shacl_graph=shapes, ont_graph=ontology_graph(), inference="none",
                                     allow_warnings=True, advanced=True)
    value = results.value
    rows = ((value(r, SH.resultSeverity).split("#")[-1], value(r, SH.focusNode), value(r, SH.resultPath),
             value(r, SH.sourceConstraintComponent).split("#")[-1], str(value(r, SH.resultMessage)), value(r, SH.value))
            for r in results.objects(None, SH.result))  # top-level results: sh:node's details stay inside
    return _collect(rows, across)


PARAMETERS = {  # constraint component -> (parameter, how to say what went wrong)
    "ClassConstraintComponent": (SH["class"], "value is not an instance of {}"),
    "DatatypeConstraintComponent": (SH.datatype, "value is not a literal of datatype {}"),
    "NodeKindConstraintComponent": (SH.nodeKind, "value is not of node kind {}"),
    "MinCountConstraintComponent": (SH.minCount, "fewer than {} value(s)"),
    "MaxCountConstraintComponent": (SH.maxCount, "more than {} value(s)"),
    "HasValueConstraintComponent": (SH.hasValue, "lacks the value {}"),
    "NodeConstraintComponent": (SH.node, "value does not conform to {}"),
    "UniqueLangConstraintComponent": (SH.uniqueLang, "two values share a language tag (uniqueLang {})"),
    "OrConstraintComponent": (SH["or"], "value satisfies none of the alternatives"),
}


class CompiledShapes(NamedTuple):
    """A shapes file read once: compiled for the native engine, and as a graph to explain its findings."""

    native: native.Shapes
    graph: Graph


@lru_cache(maxsize=4)
def compiled_shapes(path: Path) -> CompiledShapes:
    return CompiledShapes(native.Shapes.from_file(str(path)), load_graph(path))


def _explain(shapes: Graph, root: str | None, path: URIRef | None, component: str) -> str:
    """What the shape asked for, read from the shapes graph (the native engine reports no message)."""
    parameter, wording = PARAMETERS.get(component, (None, component))
    if parameter is None or root is None:
        return wording
    node = URIRef(root)
    candidates = [node] + ([s for s in shapes.objects(node, SH.property) if (s, SH.path, path) in shapes]
                           if path is not None else [])
    for shape in reversed(candidates):
        value = shapes.value(shape, parameter)
        if value is not None:
            return wording.format(_short(value))
    return wording.format("?")


def _native(data: str | Path, shapes_path: Path, across: Across | None = None) -> Report:
    compiled, shapes = compiled_shapes(shapes_path)
    report = compiled.validate_file(str(data)) if isinstance(data, Path) else compiled.validate_text(data, "ntriples")

    def rows():
        for r in report.results:
            path = from_n3(r.path) if r.path and r.path.startswith("<") and r.path.endswith(">") else None
            root = r.root_shape[1:-1] if r.root_shape and r.root_shape.startswith("<") else None
            yield (r.severity, from_n3(r.focus_node), path, r.component, _explain(shapes, root, path, r.component),
                   from_n3(r.value) if r.value else None)
    return _collect(rows(), across)


def shacl(data: Graph | str | Path, *, engine: Engine = Engine.SHACL, shapes: Path = SHAPES,
          across: Across | None = None) -> Report:
    """SHACL validation of a graph (N-Triples text, or an N-Triples file that holds the ontology too) with
    the ontology's class hierarchy in view. Where the graph is a union, ``across`` tells the nodes whose
    violations are disagreements between documents, reported as warnings.

    >>> shacl("", engine=Engine.SHACL).conforms
    True
    """
    if engine is Engine.PYSHACL:
        if isinstance(data, Path):
            data = Graph().parse(data, format="nt")
        elif isinstance(data, str):
            data = Graph().parse(data=data, format="nt")
        return _pyshacl(data, load_graph(shapes), across)
    if isinstance(data, Graph):
        data = data.serialize(format="nt") + ontology_graph().serialize(format="nt")
    return _native(data, shapes, across)


def check_files(scope: str | None = None, directory: Path = CHECKS) -> list[Path]:
    """The checks: ``*-violation.rq`` (a row fails the build) and ``*-warning.rq`` (a row is reported: what
    documents disagree on is the maintainer's to settle in the curation data, not a reason to publish
    nothing); with a scope, those of that scope (``# Scope: graph`` marks a check that holds graph by graph,
    run on each document graph as it is converted; the rest need the union).

    >>> [p.stem for p in check_files("union")]
    ['session-conflicting-dates-warning']
    """
    found = sorted([*directory.glob("*-violation.rq"), *directory.glob("*-warning.rq")])
    if scope is None:
        return found
    return [p for p in found if ("# Scope: graph" in p.read_text(encoding="utf-8")) == (scope == "graph")]


def _rows(data: Graph | Dataset | ox.Store, text: str, *, union: bool = False) -> list[list[tuple[str, object]]]:
    if isinstance(data, ox.Store):
        solutions = data.query(text, prefixes=PREFIX_IRIS, use_default_graph_as_union=union)
        return [[(v.value, from_n3(str(row[v])) if row[v] is not None else None) for v in solutions.variables]
                for row in solutions]
    result = data.query(text)
    return [[(str(var), row[var]) for var in result.vars] for row in result]


@lru_cache(maxsize=None)
def needs(path: Path) -> str | None:
    """The text a check's ``# Needs:`` line names: N-Triples without it cannot give the check a row, so
    the check need not run on them (the build's writer spells every IRI out, never escaped).

    >>> needs(CHECKS / "http-schema-org-violation.rq")
    '<http://schema.org/'
    """
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Needs: "):
            return line[len("# Needs: "):].strip()
    return None


def _needed_in(path: Path, texts: tuple[str, ...]) -> bool:
    """Whether one of the texts holds what the check's ``# Needs:`` line names (or it names nothing)."""
    needed = needs(path)
    return not needed or any(needed in text for text in texts)


def sparql_checks(data: Graph | Dataset | ox.Store, *, scope: str | None = None, directory: Path = CHECKS,
                  union: bool = False, texts: tuple[str, ...] | None = None, files: list[Path] | None = None) -> Report:
    """Run the checks (``files``, or those of ``scope``); each row a check returns is one violation, named
    after the file. With ``union``, an Oxigraph store's default graph is the union of its named graphs. With
    ``texts`` (the data's N-Triples), a check whose ``# Needs:`` text none of them holds is not run."""
    report = Report()
    for path in check_files(scope, directory) if files is None else files:
        if texts is not None and not _needed_in(path, texts):
            continue
        severity = "Warning" if path.stem.endswith("-warning") else "Violation"
        for row in _rows(data, path.read_text(encoding="utf-8"), union=union):
            values = ", ".join(f"{name}={_short(value)}" for name, value in row)
            (report.warnings if severity == "Warning" else report.violations).append(
                f"{severity}: check {path.stem}: {values}")
            report.findings.add((severity, path.stem, values, "SPARQLCheck"))
    report.violations.sort()
    report.warnings.sort()
    return report


def graph_checks(iri: str, text: str, *more: tuple[str, str]) -> Report:
    """The graph-scoped checks on one graph (N-Triples), or several (more ``(IRI, N-Triples)``), each held as
    its named graph, with their union as the default graph. A check the graphs' lines show cannot match is
    not run, and no store is filled when none is left."""
    graphs = ((iri, text), *more)
    texts = tuple(data for _, data in graphs)
    files = [path for path in check_files("graph") if _needed_in(path, texts) and may_match(path.stem, graphs)]
    if not files:
        return Report()
    store = ox.Store()
    for name, data in graphs:
        store.load(data.encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
    return sparql_checks(store, union=True, files=files)


def validate_dataset(dataset: Dataset, union: Graph, *, engine: Engine = Engine.SHACL) -> Report:
    """SHACL over the union (with the ontology's class hierarchy), then the SPARQL checks. A violation about a
    node that two or more document graphs describe, and that none of them shows on its own (with the base
    graphs: the ontology and the reference data), is theirs together: a warning that they disagree. What one
    document breaks by itself stays a violation, as in the build."""
    named = [g for g in dataset.graphs() if isinstance(g.identifier, URIRef)]
    base = [g for g in named if _is_base(str(g.identifier))]
    documents = [g for g in named if not _is_base(str(g.identifier))]
    found: dict[str, set[Key]] = {}

    def alone(graph: Graph) -> set[Key]:
        if str(graph.identifier) not in found:
            data = Graph()
            for part in (graph, *base):
                data += part
            found[str(graph.identifier)] = shacl(data, engine=engine).keys()
        return found[str(graph.identifier)]

    def across(key: Key) -> bool:
        focus = URIRef(key[0])
        describing = [g for g in documents if (focus, None, None) in g]
        return len(describing) > 1 and not any(key in alone(g) for g in describing)

    return shacl(union, engine=engine, across=across) + sparql_checks(dataset)


def _is_base(iri: str) -> bool:
    """The graphs every build starts from, whatever its base: the ontology's and the reference data's
    (``{base}graph/reference``); the other named graphs are documents'."""
    return iri == ONTOLOGY_GRAPH or iri.endswith("graph/reference")
