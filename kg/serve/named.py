"""Named queries over HTTP: ``GET /queries/NAME?param=value`` runs ``queries/NAME.rq`` with its parameters.

The query text is made here (:func:`kg.params.bind`) and then answered exactly like one sent to ``/sparql``:
by a sandboxed worker, after the same query check, with the same content negotiation and limits.
``/queries/NAME.csv`` (``.tsv``, ``.json``, ``.xml``) is the same answer in that format whatever the
``Accept``: a link can name a format, where it cannot send a header.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from fastapi import Request

from kg.params import ParameterError, bind, documentation, parameters
from kg.queries import named_queries, question
from kg.serve.echo import echo
from kg.serve.protocol import Answer, Job, Limits, error, url_params

SUFFIXES = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/sparql-results+json",
            "xml": "application/sparql-results+xml"}


def split_suffix(name: str) -> tuple[str, str | None]:
    """A named query's name and the media type its suffix names (None: none, negotiate by ``Accept``).

    >>> split_suffix("post-holders.csv"), split_suffix("post-holders"), split_suffix("nothing.csv")
    (('post-holders', 'text/csv'), ('post-holders', None), ('nothing.csv', None))
    """
    stem, dot, suffix = name.rpartition(".")
    if dot and suffix in SUFFIXES and stem in named_queries():
        return stem, SUFFIXES[suffix]
    return name, None


def query_values(name: str, request: Request) -> tuple[str, dict[str, str]] | Answer:
    """A named query's text and the values the URL gives its parameters, or the 4xx that says what is wrong
    with the request (a value the query cannot take is :func:`kg.params.bind`'s to refuse)."""
    queries = named_queries()
    if name not in queries:
        return error(404, f"No named query '{echo(name)}'; there are {', '.join(queries)}.")
    params = url_params(request)
    if isinstance(params, Answer):
        return params
    doubled = sorted(key for key, values in params.items() if len(values) > 1)
    if doubled:
        return error(400, f"Give each parameter once; this request repeats {echo(', '.join(doubled))}.")
    return queries[name].read_text(encoding="utf-8"), {key: values[0] for key, values in params.items()}


def named_job(name: str, request: Request, limits: Limits) -> Job | Answer:
    """The job for a named query and the parameters in the URL, or the 4xx that says what is wrong."""
    name, media_type = split_suffix(name)
    found = query_values(name, request)
    if isinstance(found, Answer):
        return found
    text, values = found
    try:
        text = bind(text, values)
    except ParameterError as problem:
        return error(400, f"{name}: {echo(str(problem))}")
    return Job(query=text, accept=media_type or request.headers.get("accept", "*/*"), max_rows=limits.max_rows)


def queries_list(root: str = "/") -> str:
    """Every named query as a link to its page, with the parameters it takes and what each wants."""
    items = []
    for name, path in named_queries().items():
        text = path.read_text(encoding="utf-8")
        docs = documentation(text)
        taken = "".join(f'<li><code>{escape(p)}</code>{": " + escape(docs[p]) if p in docs else ""}</li>'
                        for p in parameters(text))
        items.append(f'<li><a href="{escape(root + "queries/" + quote(name))}">{escape(question(path))}</a> '
                     f'<code>{escape(name)}</code>{f"<ul>{taken}</ul>" if taken else ""}</li>')
    return f'<ul class="named-queries">{"".join(items)}</ul>'
