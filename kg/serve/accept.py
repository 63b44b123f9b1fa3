"""Reading an ``Accept`` header as RFC 9110 says, q=0 included.

rdflib-endpoint's ``parse_accept_header`` only sorts by q, so a type sent with ``q=0`` ("not this one")
still counted as acceptable; here it is refused, even when a wildcard would otherwise reach it.
"""

from __future__ import annotations

import re

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


def negotiate(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The media type to answer with, or None when the client accepts none that is offered.

    A type named with q=0 is never chosen through a wildcard; the most specific range decides
    (``text/*;q=0, */*`` is not CSV, ``*/*;q=0, text/csv`` is).

    >>> from kg.serve.execute import RESULT_TYPES, DEFAULT_RESULT
    >>> negotiate("application/sparql-results+json;q=0, text/csv", RESULT_TYPES, DEFAULT_RESULT)
    'text/csv'
    >>> negotiate("text/csv;q=0", RESULT_TYPES, DEFAULT_RESULT) is None
    True
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_TYPES, DEFAULT_RESULT)
    'application/sparql-results+xml'
    >>> negotiate("image/png", RESULT_TYPES, DEFAULT_RESULT) is None
    True
    """
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
