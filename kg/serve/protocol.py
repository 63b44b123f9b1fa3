"""The SPARQL 1.1 Protocol over HTTP: turning a request into a query job, and refusing bad requests.

GET (or HEAD) with ``query``; POST as ``application/x-www-form-urlencoded`` (decoded once: ``100%25`` stays
``100%``) or ``application/sparql-query``; ``default-graph-uri``/``named-graph-uri``. Updates are refused
(read-only). Bad requests get a 4xx with a one-line reason, never a 500.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

from fastapi import Request

from kg.serve.echo import echo
from kg.serve.execute import Answer, Job, error

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


@dataclass
class Limits:
    max_request_bytes: int = 1_000_000
    max_rows: int = 10_000


@dataclass
class UpdateRequest:
    """An update to apply, once authorised."""

    text: str


def _one(values: list[str], name: str) -> str | Answer | None:
    if len(values) > 1:
        return error(400, f"Exactly one '{name}' parameter is allowed; this request has {len(values)}.")
    return values[0] if values else None


def _job(query: str, params: dict[str, list[str]], request: Request, limits: Limits) -> Job:
    return Job(query=query, accept=request.headers.get("accept", "*/*"),
               default_graphs=params.get("default-graph-uri", []), named_graphs=params.get("named-graph-uri", []),
               max_rows=limits.max_rows)


async def _body(request: Request, limits: Limits) -> bytes | Answer:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.max_request_bytes:
        return error(413, f"Request too large: {declared} bytes; the limit is {limits.max_request_bytes}.")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limits.max_request_bytes:
            return error(413, f"Request too large: the limit is {limits.max_request_bytes} bytes.")
        chunks.append(chunk)
    return b"".join(chunks)


def _params(encoded: str, where: str) -> dict[str, list[str]] | Answer:
    """The parameters of a query string or form, or a 400 when one is not UTF-8 once percent-decoded:
    Python's parser would put U+FFFD in its place and run a query nobody sent."""
    params: dict[str, list[str]] = {}
    try:
        for key, value in parse_qsl(encoded, keep_blank_values=True, errors="strict"):
            params.setdefault(key, []).append(value)
    except UnicodeDecodeError as problem:
        return error(400, f"The {where} is not UTF-8 once percent-decoded (byte %{problem.object[problem.start]:02X}): "
                          "percent-encode the UTF-8 bytes of each character.")
    return params


def _url_params(request: Request) -> dict[str, list[str]] | Answer:
    try:
        return _params(request.scope["query_string"].decode("utf-8"), "URL's query string")
    except UnicodeDecodeError as problem:
        return error(400, f"The URL's query string is not UTF-8 (byte 0x{problem.object[problem.start]:02x}).")


async def read_request(request: Request, limits: Limits) -> Job | UpdateRequest | Answer | None:
    """The query job a request asks for, an error Answer, or None for "no query" (describe the service)."""
    url = _url_params(request)
    if isinstance(url, Answer):
        return url
    if request.method in ("GET", "HEAD"):
        if "update" in url:
            return error(400, "SPARQL Update is sent by POST, and this endpoint is read-only.")
        query = _one(url.get("query", []), "query")
        if isinstance(query, Answer) or query is None:
            return query
        return _job(query, url, request, limits)
    body = await _body(request, limits)
    if isinstance(body, Answer):
        return body
    content_type = request.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if not media_type:
        return error(415, f"POST needs a Content-Type: {FORM} or {DIRECT}.")
    charset = re.search(r"charset\s*=\s*\"?([\w-]+)", content_type, re.I)
    if charset and charset.group(1).lower() not in ("utf-8", "utf8"):
        return error(415, f"Unsupported charset {charset.group(1)}: send UTF-8.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as problem:
        return error(400, f"The request body is not UTF-8 (byte 0x{body[problem.start]:02x} at {problem.start}).")
    if media_type == FORM:
        form = _params(text, "form body")
        if isinstance(form, Answer):
            return form
        if "query" in url and "query" in form:
            return error(400, "The query is both in the URL and in the body: send it once, in the body.")
        if "query" in form and "update" in form:
            return error(400, "A request carries either 'query' or 'update', not both.")
        if "update" in form:
            update = _one(form["update"], "update")
            return update if isinstance(update, Answer) else UpdateRequest(update)
        query = _one(form.get("query", []), "query")
        if isinstance(query, Answer):
            return query
        if query is None:
            return error(400, "The form has no 'query' parameter.") if text.strip() else None
        params = {k: url.get(k, []) + form.get(k, []) for k in ("default-graph-uri", "named-graph-uri")}
        return _job(query, params, request, limits)
    if media_type == DIRECT:
        if "query" in url:
            return error(400, "A direct POST carries the query in its body, not in the URL.")
        return _job(text, url, request, limits)
    if media_type == UPDATE:
        return UpdateRequest(text)
    return error(415, f"Unsupported Content-Type '{echo(media_type)}': use {FORM} or {DIRECT}.")
