"""A named query's page: ``GET /queries/NAME`` asked for HTML (as a browser asks) shows a field for each
parameter, with what the query's comments say it wants, and under it the answer to the values in the URL
(the defaults when none is given), as a table with CSV and JSON links that give the same rows.

The fields are a plain GET form, read on the server, rather than a script that writes VALUES into the
editor's tab: it needs no script of its own (the page's policy only adds ``form-action 'self'``, and only
on the pages that have a form), a value reaches the query by the one path every client takes
(:func:`kg.params.bind`, then a sandboxed worker under the server's limits), and every answer has a URL
that can be bookmarked, shared and fetched as CSV. Everything the user typed is escaped where it is shown;
a value ``bind`` refuses is shown with its one-line reason, and the page answers 400.
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote, urlencode

from fastapi import Request, Response
from fastapi.responses import HTMLResponse

from kg.formats import RESULTS, Format, Offer
from kg.params import ParameterError, as_typed, bind, documentation, parameters
from kg.queries import named_queries, question
from kg.serve import linked_data
from kg.serve.named import query_values
from kg.serve.pages import SHOWN_ROWS, Tables
from kg.serve.policy import page_policy
from kg.serve.protocol import Answer, Job, Limits, negotiate
from kg.serve.workers import WorkerPool

# What /queries/NAME can answer: a results format (the first, for */*), or the page a browser asks for.
PAGE = Offer(*RESULTS.formats, Format.HTML)
STYLE = "<style>form.params label{display:inline-block;min-width:5em}form.params small{color:#555}" \
        ".problem{color:#a00;font-weight:bold}pre{white-space:pre-wrap}</style>"


def wants_page(request: Request) -> bool:
    """Whether the client asks for HTML before any results format (a browser does; SPARQL clients do not)."""
    choice = negotiate(request.headers.get("accept", ""), PAGE)
    return choice is not None and choice.format is Format.HTML


def _form(name: str, text: str, given: dict[str, str]) -> str:
    """One field per parameter, holding the value the answer below is for."""
    docs, fields = documentation(text), []
    for parameter, default in parameters(text).items():
        ident, typed = escape(f"param-{parameter}"), as_typed(default)
        fields.append(f'<p><label for="{ident}"><code>{escape(parameter)}</code></label> '
                      f'<input id="{ident}" name="{escape(parameter)}" size="50" '
                      f'value="{escape(given.get(parameter, typed))}" placeholder="{escape(typed or "any")}">'
                      f'<br><small>{escape(docs.get(parameter, "no description in the query"))} '
                      f'Left empty: {escape(typed or "any")}.</small></p>')
    return (f'<form class="params" action="/queries/{escape(quote(name))}" method="get">{"".join(fields)}'
            f'<button type="submit">Run</button></form>')


def _table(tables: Tables, answer: Answer) -> str:
    """The rows of a SELECT answer (its JSON) as a table, cut to what a page shows (or the server allows)."""
    result = json.loads(answer.body)
    if "results" not in result:
        return f"<p>The answer is {escape(str(result.get('boolean', 'not a table')))}.</p>"
    names, rows = result["head"]["vars"], result["results"]["bindings"]
    if not rows:
        return "<p>No rows.</p>"
    header = "".join(f"<th>{escape(name)}</th>" for name in names)
    body = "".join("<tr>" + "".join(f"<td>{tables.cell(row.get(name))}</td>" for name in names) + "</tr>"
                   for row in rows[:SHOWN_ROWS])
    count = f"{len(rows)} row{'s' * (len(rows) != 1)}"
    if len(rows) > SHOWN_ROWS:
        count = f"the first {SHOWN_ROWS} rows; the CSV has the rest"
    elif "X-Result-Truncated" in answer.headers:
        count = f"the first {len(rows)} rows: the server answers no more (its --max-rows)"
    return f'<p class="count">{count}</p><table class="results"><tr>{header}</tr>{body}</table>'


async def query_page(pool: WorkerPool, tables: Tables, name: str, request: Request, limits: Limits,
                     arrived: float) -> Response:
    """The page of a named query, with the answer to the values in the URL (an empty field: the default)."""
    found = query_values(name, request)
    if isinstance(found, Answer):
        return Response(found.body, status_code=found.status, media_type=found.media_type)
    text, values = found
    given = {key: value for key, value in values.items() if value != ""}
    links = urlencode(given, quote_via=quote)
    status, problem, bound, headers = 200, "", "", {"Vary": "Accept"}
    try:
        bound = bind(text, given)
    except ParameterError as refused:
        status, problem = 400, str(refused)
    if bound:
        answer = await pool.answer(Job(bound, accept=Format.RESULTS_JSON.media_type,
                                            max_rows=min(SHOWN_ROWS + 1, limits.max_rows)), arrived=arrived)
        if answer.status != 200:
            status, problem = answer.status, answer.body.decode("utf-8", "replace").strip()
            headers.update((k, v) for k, v in answer.headers.items() if k.lower() == "retry-after")
    asked = question(named_queries()[name])
    path = f"/queries/{quote(name)}"
    body = (f"<h1>{escape(asked[:1].upper() + asked[1:])}</h1><p>Named query <code>{escape(name)}</code>.</p>"
            + (_form(name, text, given) if parameters(text) else "")
            + (f'<p class="problem" role="alert">{escape(problem)}</p>' if problem else "")
            + ("" if problem else
               f'<h2>Answer</h2><p class="formats"><a href="{escape(f"{path}.csv?{links}")}" download="{escape(name)}.csv">'
               f'CSV</a> · <a href="{escape(f"{path}.json?{links}")}">JSON</a></p>{_table(tables, answer)}')
            + (f"<details><summary>The query run</summary><pre><code>{escape(bound)}</code></pre></details>"
               if bound else ""))
    html = linked_data.page(f"{asked} ({name})", body, head=STYLE)
    policy = page_policy(html, fetch_self=True, forms=bool(parameters(text)))
    return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": policy, **headers})
