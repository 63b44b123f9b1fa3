"""Which URLs may become links: only absolute http(s) URLs, written as a browser would read them.

A ``javascript:`` or ``data:`` IRI in a page's ``href`` runs code in the reader's browser, and a URL with
a space or a quote in it is not one URL; both are refused when a document states them and shown as plain
text when the served graph holds them anyway (from curation, or an update).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
NOT_IN_URL = re.compile(r'[\s<>"{}|\\^`\x00-\x1f\x7f]')


def url_problem(url: str) -> str | None:
    """Why ``url`` is not an absolute http(s) URL, or None when it is one."""
    if NOT_IN_URL.search(url):
        return "contains a space or a character a URL cannot hold"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a port that is not a number)
    except ValueError as error:
        return f"is not a URL ({error})"
    if parts.scheme.lower() not in WEB_SCHEMES:
        return "is not an http(s) URL"
    if not parts.hostname:
        return "has no host"
    return None


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL: the only kind a page may link to.

    >>> is_web_url("https://www.info.gov.hk/gia/general/202311/04/P2023110400484p.htm")
    True
    >>> is_web_url("javascript:alert(1)"), is_web_url("https://a b.example/")
    (False, False)
    """
    return url_problem(url) is None
