"""Named queries (``queries/*.rq``): finding them, running them, printing their results."""

from __future__ import annotations

import csv
import io
import json
from enum import Enum
from pathlib import Path

from pyparsing import ParseException
from rdflib import Dataset, Graph
from rdflib.plugins.sparql import prepareQuery
from rdflib.query import Result

from kg.formats import Format
from kg.graph.dataset import QUERIES
from kg.graph.store import native_store
from kg.namespaces import PREFIX_IRIS, PREFIXES


class QueryError(ValueError):
    """A query that cannot be found or parsed; the message is one line."""


class ResultFormat(str, Enum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def named_queries(directory: Path = QUERIES) -> dict[str, Path]:
    """Every named query by name (the file name without ``.rq``).

    >>> sorted(named_queries())[:3]
    ['areas', 'mechanism-names', 'person-events']
    """
    return {p.stem: p for p in sorted(directory.glob("*.rq"))}


def question(path: Path) -> str:
    """The question a named query answers, from its ``# Question:`` comment."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# Question:"):
            return line.removeprefix("# Question:").strip()
    return path.stem


def resolve(name_or_file: str) -> tuple[str, str]:
    """(name, text) of a named query or of a query file."""
    queries = named_queries()
    if name_or_file in queries:
        path = queries[name_or_file]
    else:
        path = Path(name_or_file)
        if not path.is_file():
            known = ", ".join(queries)
            raise QueryError(f"{name_or_file}: no such named query or file (named queries: {known})")
    try:
        return path.stem, path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise QueryError(f"{path}: cannot read ({error})") from None


def run(data: Graph | Dataset, text: str, *, source: str = "query") -> Result:
    try:
        prepared = prepareQuery(text, initNs=dict(PREFIXES))
    except ParseException as error:
        raise QueryError(f"{source}: malformed query at line {error.lineno}, column {error.col}: {error.msg}") from None
    except Exception as error:
        raise QueryError(f"{source}: malformed query: {' '.join(str(error).split())[:200]}") from None
    if native_store(data) is None:
        return data.query(prepared)
    try:
        return data.query(text, initNs=PREFIX_IRIS)
    except (SyntaxError, ValueError, OSError) as error:
        raise QueryError(f"{source}: {' '.join(str(error).split())[:200]}") from None


def _cell(value) -> str:
    return "" if value is None else str(value)


def format_result(result: Result, fmt: ResultFormat = ResultFormat.TABLE) -> str:
    """Print a SELECT or ASK result as an aligned table, CSV or SPARQL JSON; a graph as Turtle."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph.serialize(format=Format.TURTLE.rdflib)
    if fmt is ResultFormat.JSON:
        return json.dumps(json.loads(result.serialize(format="json")), indent=1, ensure_ascii=False) + "\n"
    if result.type == "ASK":
        return f"{str(bool(result.askAnswer)).lower()}\n"
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
    if fmt is ResultFormat.CSV:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue()
    widths = [min(60, max([len(n)] + [len(r[i]) for r in rows])) for i, n in enumerate(names)]
    fit = lambda text, width: text if len(text) <= width else text[: width - 1] + "…"  # noqa: E731
    lines = ["  ".join(n.ljust(w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(fit(c, w).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
