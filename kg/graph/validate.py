"""Validating a graph: the SHACL shapes, then the SPARQL checks (any row returned is a failure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.graph.dataset import QUERIES, SHAPES, load_graph, ontology_graph

CHECKS = QUERIES / "checks"


@dataclass
class Report:
    """The outcome of validation, as lines a person can read."""

    violations: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations

    def text(self) -> str:
        head = "Conforms: the graph satisfies every shape and check." if self.conforms else \
            f"Does not conform: {len(self.violations)} violation(s)."
        return "\n".join([head, *self.violations, *self.warnings]) + "\n"


def _short(graph: Graph, term) -> str:
    if term is None:
        return "-"
    try:
        return term.n3(graph.namespace_manager)
    except Exception:
        return str(term)


def shacl(data: Graph, shapes: Graph | None = None) -> Report:
    shapes = shapes or load_graph(SHAPES)
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology_graph(),
                                          inference="none", allow_warnings=True, advanced=True)
    report = Report()
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        focus = _short(data, results.value(result, SH.focusNode))
        path = _short(data, results.value(result, SH.resultPath))
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        line = f"{severity.split('#')[-1]}: {focus} {path}: {message}" + (f" (value {_short(data, value)})" if value is not None else "")
        (report.violations if severity == SH.Violation else report.warnings).append(line)
    report.violations.sort()
    report.warnings.sort()
    return report


def sparql_checks(data: Graph | Dataset, directory: Path = CHECKS) -> Report:
    """Run every ``*-violation.rq``; each row it returns is one violation, named after the file."""
    report = Report()
    for path in sorted(directory.glob("*-violation.rq")):
        for row in data.query(path.read_text(encoding="utf-8")):
            values = ", ".join(f"{var}={_short(data, row[var])}" for var in row.labels)
            report.violations.append(f"Violation: check {path.stem}: {values}")
    return report


def validate_dataset(dataset: Dataset, union: Graph) -> Report:
    """SHACL over the union (with the ontology's class hierarchy), then the SPARQL checks."""
    first, second = shacl(union), sparql_checks(dataset)
    return Report(violations=first.violations + second.violations, warnings=first.warnings + second.warnings)
