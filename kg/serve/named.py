"""Named queries over HTTP: ``GET /queries/NAME?param=value`` runs ``queries/NAME.rq`` with its parameters.

The query text is made here (:func:`kg.params.bind`) and then answered exactly like one sent to ``/sparql``:
by a sandboxed worker, after the same query check, with the same content negotiation and limits.
"""

from __future__ import annotations

from fastapi import Request

from kg.params import ParameterError, bind
from kg.queries import named_queries
from kg.serve.echo import echo
from kg.serve.protocol import Answer, Job, Limits, error, url_params


def named_job(name: str, request: Request, limits: Limits) -> Job | Answer:
    """The job for a named query and the parameters in the URL, or the 4xx that says what is wrong."""
    queries = named_queries()
    if name not in queries:
        return error(404, f"No named query '{echo(name)}'; there are {', '.join(queries)}.")
    params = url_params(request)
    if isinstance(params, Answer):
        return params
    doubled = sorted(key for key, values in params.items() if len(values) > 1)
    if doubled:
        return error(400, f"Give each parameter once; this request repeats {echo(', '.join(doubled))}.")
    try:
        text = bind(queries[name].read_text(encoding="utf-8"), {k: v[0] for k, v in params.items()})
    except ParameterError as problem:
        return error(400, f"{name}: {echo(str(problem))}")
    return Job(query=text, accept=request.headers.get("accept", "*/*"), max_rows=limits.max_rows)
