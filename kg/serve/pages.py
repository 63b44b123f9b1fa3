"""Pages shaped for what they show, and the search, for readers who do not write SPARQL.

A plenary session, a person and the mechanism each get a page made of tables, and each table is a named
query (``queries/*.rq``) restricted to the resource by a trailing ``VALUES`` clause: the rows of the
named query that are about it. So a page shows what ``kg query`` and the endpoint answer, and cannot
drift from them; each table is also offered as CSV, the same query answered as ``text/csv``. The queries
run where every query runs: in the sandboxed worker processes, under the server's time limit. The
generic page (every fact with its sources) follows the tables, and stays the page of everything else.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from rdflib import Dataset, URIRef
from rdflib.namespace import RDF, SDO

from kg.formats import SEARCH, Format
from kg.namespaces import HKSH
from kg.queries import named_queries
from kg.serve import linked_data
from kg.serve.accept import negotiate
from kg.serve.diagrams import timeline_svg
from kg.serve.execute import Answer, Job, error
from kg.serve.policy import page_policy
from kg.serve.search import MAX_QUERY, SEARCH_STYLE, Hit, LiveIndex, results_body, search_box
from kg.serve.workers import WorkerPool

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
        timeline=True),  # no sources table: nearly every document names the mechanism (6 s at 10,000)
}


def bound(text: str, variable: str, iri: str, *, inline: bool = False) -> str:
    """A named query's text restricted to the rows where ``variable`` is ``iri``: by a trailing VALUES, or,
    ``inline``, by a VALUES opening its WHERE clause, which gives the same rows when the variable is bound
    outside any OPTIONAL, and lets Oxigraph start from the resource (``posts`` for one person: 4 ms
    instead of 1 s on the 10,000-document graph)."""
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


class Site:
    """The reader's side of the server: shaped pages, their CSV tables, and the search."""

    def __init__(self, dataset: Dataset, base: str, pool: WorkerPool, index: LiveIndex):
        self.dataset, self.base, self.pool, self.index = dataset, base, pool, index

    async def _table(self, table: Table, iri: URIRef, accept: str, max_rows: int) -> Answer:
        text = bound(named_queries()[table.query].read_text(encoding="utf-8"), table.variable, str(iri),
                     inline=table.inline)
        return await self.pool.answer(Job(text, accept=accept, max_rows=max_rows))

    def _label(self, term: dict) -> str:
        return linked_data.label(self.dataset, URIRef(term["value"])) if term["type"] == "uri" else term["value"]

    def _cell(self, term: dict | None) -> str:
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
        body = "".join("<tr>" + "".join(f"<td>{self._cell(row.get(name))}</td>" for name in names) + "</tr>"
                       for row in rows[:SHOWN_ROWS])
        more = "<p>More rows in the CSV.</p>" if len(rows) > SHOWN_ROWS else ""
        return head + f'<table data-query="{escape(table.query)}"><tr>{header}</tr>{body}</table>{more}'

    async def resource_page(self, iri: URIRef) -> str:
        """A shaped page for a session, a person or the mechanism; the generic page for anything else."""
        shape = shape_of(self.dataset, iri)
        if shape is None or not _IRI.fullmatch(str(iri)):
            return await asyncio.to_thread(linked_data.resource_page, self.dataset, iri, self.base)
        answers = [await self._table(t, iri, Format.RESULTS_JSON.media_type, SHOWN_ROWS + 1)  # one worker at a time:
                   for t in shape.tables]  # a page leaves the other worker to other readers
        shaped = "".join(self._table_html(t, iri, a) for t, a in zip(shape.tables, answers))
        if shape.timeline:
            shaped = f"<h2>Sessions on the timeline</h2>{timeline_svg(linked_data.timeline_marks(self.dataset, self.base))}" + shaped
        return await asyncio.to_thread(linked_data.resource_page, self.dataset, iri, self.base, shaped=shaped)

    async def table_csv(self, name: str, about: str) -> Answer:
        """One table of a shaped page, as CSV (as a download)."""
        iri = URIRef(self.base + about)
        shape = shape_of(self.dataset, iri) if _IRI.fullmatch(str(iri)) else None
        table = next((t for t in shape.tables if t.query == name), None) if shape else None
        if table is None:
            return error(404, f"No table '{quote(name)}' on the page of {quote(about)}.")
        answer = await self._table(table, iri, Format.CSV.media_type, TABLE_ROWS)
        if answer.status == 200:
            filename = re.sub(r"[^A-Za-z0-9._-]+", "-", f"{name}-{about}")[:120] + ".csv"
            answer.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return answer

    def search(self, q: str) -> list[tuple[Hit, str | None]]:
        """The hits for a query, each with where its page is (the first search waits for the index)."""
        index = self.index.get()
        hits = index.search(q) if index is not None else []
        return [(hit, linked_data.href(hit.iri, self.base)) for hit in hits]

    def add_routes(self, app: FastAPI) -> None:
        @app.api_route("/search", methods=["GET", "HEAD"], include_in_schema=False)
        async def search(request: Request, q: str = "", format: str | None = None) -> Response:
            choice = negotiate(request.headers.get("accept", ""), SEARCH)
            wanted = SEARCH.by_extension(format) if format else choice and choice.format
            if wanted is None:
                return _answer(error(406, f"Not acceptable: offered {', '.join(SEARCH.media_types)} "
                                          f"(or ?format={'|'.join(SEARCH.extensions)})."))
            if len(q) > MAX_QUERY:
                if wanted is Format.JSON:
                    return _answer(error(400, f"A search is at most {MAX_QUERY} characters."))
                html = linked_data.page("Search", results_body(q, [], too_long=True))
                return HTMLResponse(html, status_code=400, headers=_page_headers(html))
            hits = await asyncio.to_thread(self.search, q)
            if wanted is Format.JSON:
                return JSONResponse({"query": q, "results": [hit.as_json(link) for hit, link in hits]},
                                    headers={"Vary": "Accept"})
            html = linked_data.page(f"Search: {q}" if q else "Search", results_body(q, hits), query=q)
            return HTMLResponse(html, headers=_page_headers(html))

        @app.api_route("/table/{name}.csv", methods=["GET", "HEAD"], include_in_schema=False)
        async def table(name: str, about: str = "") -> Response:
            return _answer(await self.table_csv(name, about))


def with_search_box(page: str) -> str:
    """A page made elsewhere (the YASGUI page) with the site's navigation and search box opening its body."""
    nav = (f'<style>{SEARCH_STYLE}</style><nav style="font-family:sans-serif;margin:.5em 1em">'
           f'<a href="/">Home</a> · <a href="/.well-known/void">Dataset description</a>{search_box()}</nav>')
    return page.replace("<body>", "<body>" + nav, 1)


def site_policy(page: str) -> str:
    """The policy of a page with the search box: its own scripts and styles by hash, and requests to here."""
    return page_policy(page, fetch_self=True)


def _page_headers(page: str) -> dict[str, str]:
    return {"Content-Security-Policy": site_policy(page), "Vary": "Accept"}


def _answer(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=answer.headers)
