"""The SPARQL 1.1 Protocol over HTTP, and what the server and its workers exchange.

A request becomes a :class:`Job` (a query, its dataset, its caps, and the formats its ``Accept`` header
chose, negotiated once here as RFC 9110 says, q=0 included), an :class:`UpdateRequest` (handed to
:mod:`kg.serve.update`, which refuses it unless the server holds an update token), or an :class:`Answer`
that refuses it. GET (or HEAD) with ``query``; POST as ``application/x-www-form-urlencoded`` (decoded
once: ``100%25`` stays ``100%``), ``application/sparql-query`` or ``application/sparql-update``;
``default-graph-uri``/``named-graph-uri``. Bad requests get a 4xx with a one-line reason, never a 500.
A :class:`Render` is a page to make in a worker, under the same time limit as a query.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple
from urllib.parse import parse_qsl

from fastapi import Request

from kg.formats import GRAPHS, RESULTS, Format, Offer
from kg.serve.echo import echo


@dataclass
class Answer:
    """What to send back: status, media type, body, extra headers."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, message: str) -> Answer:
    """An error as one line of plain text (what it quotes from the request is the caller's to ``echo``)."""
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


class Choice(NamedTuple):
    """The outcome of negotiation: the media type to label the answer with (as the client named it, an
    alias included) and the format to write it in."""

    media_type: str
    format: Format


_QVALUE = re.compile(r"(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)")


def _weight(parameters: list[str]) -> float:
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            value = value.strip()
            return float(value) if _QVALUE.fullmatch(value) else 1.0  # a malformed q is read as no q
    return 1.0


def media_ranges(accept: str) -> tuple[list[str], set[str]]:
    """The media ranges a client accepts, most wanted first (ties in the order sent), and those it refuses.

    >>> media_ranges("text/csv;q=0, application/json;q=0.5, text/*")
    (['text/*', 'application/json'], {'text/csv'})
    """
    weighted, refused = [], set()
    for position, item in enumerate(accept.split(",")):
        media_range, *parameters = item.split(";")
        media_range = media_range.strip().lower()
        if not media_range:
            continue
        weight = _weight(parameters)
        if weight == 0:
            refused.add(media_range)
        else:
            weighted.append((-weight, position, media_range))
    return [media_range for _, _, media_range in sorted(weighted)], refused


def _refused(media_type: str, media_range: str, refused: set[str]) -> bool:
    """Whether a range more specific than the one being matched refuses the type."""
    return media_type in refused or (media_range == "*/*" and media_type.split("/")[0] + "/*" in refused)


def negotiate(accept: str, offer: Offer) -> Choice | None:
    """The media type and format to answer with, or None when the client accepts none that is offered.

    A type named with q=0 is never chosen through a wildcard; the most specific range decides
    (``text/*;q=0, */*`` is not CSV, ``*/*;q=0, text/csv`` is).

    >>> from kg.formats import RESULTS
    >>> negotiate("application/sparql-results+json;q=0, text/csv", RESULTS)
    Choice(media_type='text/csv', format=<Format.CSV: SPARQL Results in CSV>)
    >>> negotiate("text/csv;q=0", RESULTS) is None
    True
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS).media_type
    'application/sparql-results+xml'
    >>> negotiate("image/png", RESULTS) is None
    True
    """
    media_type = _media_type(accept, offer.media_types, offer.default.media_type)
    return None if media_type is None else Choice(media_type, offer.media_types[media_type])


def _media_type(accept: str, offered: dict[str, Format], default: str) -> str | None:
    if not accept.strip():
        return default
    wanted, refused = media_ranges(accept)
    for media_range in wanted:
        if media_range in offered:
            return media_range
        if media_range.endswith("/*"):
            prefix = "" if media_range == "*/*" else media_range[:-1]
            match = next((m for m in (default, *offered)
                          if m.startswith(prefix) and not _refused(m, media_range, refused)), None)
            if match is not None:
                return match
    return None


@dataclass
class Job:
    """A query as the protocol delivered it, with the formats its answer may take, negotiated once."""

    query: str
    accept: str = "*/*"
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    max_rows: int = 10_000
    results: Choice | None = field(init=False)  # the format of a SELECT's or ASK's answer
    graph: Choice | None = field(init=False)  # and of a CONSTRUCT's or DESCRIBE's

    def __post_init__(self) -> None:
        self.results, self.graph = negotiate(self.accept, RESULTS), negotiate(self.accept, GRAPHS)


@dataclass
class Render:
    """A page (or a resource's RDF) to make in a worker, under the time limit of a query: a module-level
    function of the dataset (sent by name) that returns the Answer, and its other arguments."""

    make: Callable[..., Answer]
    args: tuple


FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


def requested(request: Request, offer: Offer) -> Choice | Answer:
    """The format to answer with: ``?format=`` names it by file extension, or else ``Accept`` chooses;
    a 406 that lists the choices."""
    name = request.query_params.get("format")
    if name:
        fmt = offer.by_extension(name)
        if fmt is None:
            return error(406, f"Unknown format '{echo(name)}': choose ?format= one of {', '.join(offer.extensions)}, "
                              f"or ask by Accept for one of {', '.join(offer.media_types)}.")
        return Choice(fmt.media_type, fmt)
    return negotiate(request.headers.get("accept", ""), offer) or error(
        406, f"Not acceptable: offered {', '.join(offer.media_types)} (or ?format={'|'.join(offer.extensions)}).")


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


def url_params(request: Request) -> dict[str, list[str]] | Answer:
    try:
        return _params(request.scope["query_string"].decode("utf-8"), "URL's query string")
    except UnicodeDecodeError as problem:
        return error(400, f"The URL's query string is not UTF-8 (byte 0x{problem.object[problem.start]:02x}).")


async def read_request(request: Request, limits: Limits) -> Job | UpdateRequest | Answer | None:
    """The query job a request asks for, an error Answer, or None for "no query" (describe the service)."""
    url = url_params(request)
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
