"""Pages shaped for what they show, and the search, for readers who do not write SPARQL.

A plenary session, a person and the mechanism each get a page made of tables, and each table is a named
query (``queries/*.rq``) restricted to the resource by a trailing ``VALUES`` clause: the rows of the
named query that are about it. So a page shows what ``kg query`` and the endpoint answer, and cannot
drift from them; each table is also offered as CSV, the same query answered as ``text/csv``. A page is
made where every query runs: in a sandboxed worker process, under the server's time limit (see
:mod:`kg.serve.render`). The generic page (every fact with its sources) follows the tables, and stays the
page of everything else.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from rdflib import Dataset, URIRef
from rdflib.namespace import RDF, SDO

from kg.formats import Format
from kg.namespaces import HKSH
from kg.queries import named_queries
from kg.serve import linked_data
from kg.serve.diagrams import timeline_svg
from kg.serve.execute import execute
from kg.serve.policy import page_policy
from kg.serve.protocol import Answer, Job, error
from kg.serve.search import MAX_QUERY, SearchIndex, results_body

SHOWN_ROWS = 200
TABLE_ROWS = 10_000
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_IRI = re.compile(r"[^\x00-\x20<>\"{}|^`\\]+")


@dataclass(frozen=True)
class Table:
    """One table of a page: a named query, and its variable that the page's resource binds."""

    query: str
    variable: str
    title: str
    inline: bool = True


@dataclass(frozen=True)
class Shape:
    kind: str
    tables: tuple[Table, ...]
    timeline: bool = False


SOURCES = Table("sources", "resource", "Sources: the documents and sentences about it")
SHAPES = {
    HKSH.PlenarySession: Shape("plenary session", (
        Table("sessions", "session", "The session"), Table("session-people", "session", "Who took part"),
        Table("areas", "namedBy", "Co-operation areas", inline=False), Table("session-agreements", "session", "Agreements signed"),
        SOURCES)),
    SDO.Person: Shape("person", (
        Table("person-names", "person", "Names, in every script and romanisation"),
        Table("posts", "person", "Posts held, and who says so"), Table("person-events", "person", "Events, in date order"),
        SOURCES)),
    HKSH.CooperationConference: Shape("the mechanism", (
        Table("mechanism-names", "conference", "Names over time"), Table("timeline", "conference", "Timeline")),
        timeline=True),  # no sources table: nearly every document names the mechanism
}


def bound(text: str, variable: str, iri: str, *, inline: bool = False) -> str:
    """A named query's text restricted to the rows where ``variable`` is ``iri``: by a trailing VALUES, or,
    ``inline``, by a VALUES opening its WHERE clause, which gives the same rows when the variable is bound
    outside any OPTIONAL, and lets Oxigraph start from the resource (figures in docs/benchmarks.md)."""
    if not _IRI.fullmatch(iri) or not re.fullmatch(r"\w+", variable):
        raise ValueError(f"not an IRI that can be written in a query: {iri!r}")
    values = f"VALUES ?{variable} {{ <{iri}> }}"
    if inline:
        lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
        opened, count = _WHERE.subn(lambda m: f"{m.group(0)}\n  {values}", "\n".join(lines), count=1)
        if count:
            return opened
    return f"{text.rstrip()}\n{values}\n"


def shape_of(dataset: Dataset, iri: URIRef) -> Shape | None:
    types = set(dataset.objects(iri, RDF.type))
    return next((shape for kind, shape in SHAPES.items() if kind in types), None)


def _table_job(table: Table, iri: URIRef, accept: str, max_rows: int) -> Job:
    text = bound(named_queries()[table.query].read_text(encoding="utf-8"), table.variable, str(iri), inline=table.inline)
    return Job(text, accept=accept, max_rows=max_rows)


class Tables:
    """The tables of a shaped page, each its named query answered by :func:`kg.serve.execute.execute` in
    the worker that makes the page (so the whole page is under the time limit of one query)."""

    def __init__(self, dataset: Dataset, base: str):
        self.dataset, self.base = dataset, base

    def _label(self, term: dict) -> str:
        return linked_data.label(self.dataset, URIRef(term["value"])) if term["type"] == "uri" else term["value"]

    def cell(self, term: dict | None) -> str:
        """One result cell as HTML: an IRI as a link (to its page here) named by its label, a literal as text."""
        if term is None:
            return ""
        if term["type"] == "uri":
            target = linked_data.href(term["value"], self.base)
            text = escape(self._label(term))
            return f'<a href="{escape(target)}">{text}</a>' if target else text
        tag = term.get("xml:lang", "")
        return escape(term["value"]) + (f" <small>@{escape(tag)}</small>" if tag and not tag.startswith("en") else "")

    def _columns(self, names: list[str], rows: list[dict]) -> list[str]:
        """The columns worth showing: a column of text that only repeats the names of the linked resources
        beside it (``?person ?name``) is left to the CSV."""
        def repeats(name: str) -> bool:
            cells = [(row[name], row) for row in rows if name in row]
            return bool(cells) and all(cell["type"] == "literal" and any(
                other["type"] == "uri" and self._label(other) == cell["value"] for other in row.values())
                for cell, row in cells)
        return [name for name in names if not repeats(name)]

    def _table_html(self, table: Table, iri: URIRef, answer: Answer) -> str:
        csv = f"/table/{quote(table.query)}.csv?about={quote(str(iri)[len(self.base):])}"
        head = f'<h2>{escape(table.title)}</h2><p class="table-links"><a href="{escape(csv)}" download>CSV</a> · ' \
               f'named query <code>{escape(table.query)}</code></p>'
        if answer.status != 200:
            return head + f"<p>Not available now: {escape(answer.body.decode('utf-8', 'replace').strip())}</p>"
        result = json.loads(answer.body)
        rows = result["results"]["bindings"][:SHOWN_ROWS + 1]
        if not rows:
            return head + "<p>None recorded.</p>"
        names = self._columns([v for v in result["head"]["vars"] if v != table.variable], rows[:SHOWN_ROWS])
        header = "".join(f"<th>{escape(name)}</th>" for name in names)
        body = "".join("<tr>" + "".join(f"<td>{self.cell(row.get(name))}</td>" for name in names) + "</tr>"
                       for row in rows[:SHOWN_ROWS])
        more = "<p>More rows in the CSV.</p>" if len(rows) > SHOWN_ROWS else ""
        return head + f'<table data-query="{escape(table.query)}"><tr>{header}</tr>{body}</table>{more}'

    def shaped(self, iri: URIRef) -> str:
        """The tables of the page shaped for the resource's kind, or "" for a resource of another kind."""
        shape = shape_of(self.dataset, iri)
        if shape is None or not _IRI.fullmatch(str(iri)):
            return ""
        answers = [execute(self.dataset, _table_job(t, iri, Format.RESULTS_JSON.media_type, SHOWN_ROWS + 1))
                   for t in shape.tables]
        shaped = "".join(self._table_html(t, iri, a) for t, a in zip(shape.tables, answers))
        if shape.timeline:
            marks = linked_data.timeline_marks(self.dataset, self.base)
            shaped = f"<h2>Sessions on the timeline</h2>{timeline_svg(marks)}" + shaped
        return shaped


def resource_page(dataset: Dataset, iri: URIRef, base: str) -> str:
    """A shaped page for a session, a person or the mechanism; the generic page for anything else."""
    return linked_data.resource_page(dataset, iri, base, shaped=Tables(dataset, base).shaped(iri))


def table_job(dataset: Dataset, base: str, name: str, about: str) -> Job | Answer:
    """The query of one table of a shaped page, as CSV, or the 404 when the page has no such table."""
    iri = URIRef(base + about)
    shape = shape_of(dataset, iri) if _IRI.fullmatch(str(iri)) else None
    table = next((t for t in shape.tables if t.query == name), None) if shape else None
    if table is None:
        return error(404, f"No table '{quote(name)}' on the page of {quote(about)}.")
    return _table_job(table, iri, Format.CSV.media_type, TABLE_ROWS)


def as_download(answer: Answer, name: str, about: str) -> Answer:
    """A table's CSV, named for a download."""
    if answer.status == 200:
        filename = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{name}-{about}")[:120] + ".csv"
        answer.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return answer


def search_answer(index: SearchIndex | None, base: str, q: str, wanted: Format) -> Answer:
    """The search's results as a page or as JSON; a query over :data:`MAX_QUERY` characters gets 400."""
    if len(q) > MAX_QUERY:
        if wanted is Format.JSON:
            return error(400, f"A search is at most {MAX_QUERY} characters.")
        return html_answer(linked_data.page("Search", results_body(q, [], too_long=True)), status=400)
    hits = [(hit, linked_data.href(hit.iri, base)) for hit in (index.search(q) if index is not None else [])]
    if wanted is Format.JSON:
        found = {"query": q, "results": [hit.as_json(link) for hit, link in hits]}
        body = json.dumps(found, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Answer(200, Format.JSON.media_type, body, {"Vary": "Accept"})
    return html_answer(linked_data.page(f"Search: {q}" if q else "Search", results_body(q, hits), query=q))


def site_policy(page: str) -> str:
    """The policy of a page with the search box: its own scripts and styles by hash, and requests to here."""
    return page_policy(page, fetch_self=True)


def html_answer(page: str, *, status: int = 200, policy: str | None = None) -> Answer:
    """A page as an Answer, with its policy (by default, that of a page with the search box)."""
    headers = {"Content-Security-Policy": policy or site_policy(page), "Vary": "Accept"}
    return Answer(status, "text/html; charset=utf-8", page.encode("utf-8"), headers)
