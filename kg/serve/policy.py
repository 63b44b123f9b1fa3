"""Security headers on every response: ``nosniff``, no framing, and a Content-Security-Policy.

Every response gets a policy that allows nothing (``default-src 'none'``): JSON, Turtle or an error that a
browser is led to open can run nothing and load nothing. An HTML page sends its own policy, which allows
exactly what it uses: its inline scripts and style elements by their hashes, and on a page with the query
editor, YASGUI's two files (from this server, or from the pinned CDN folder, where SRI checks them too),
its requests to this server's endpoint, the ``<style>`` elements it adds at run time (inline styles, which
a hash cannot name) and CodeMirror's data: drag image. No ``eval``, no other origin, no framing, no
``<base>``, no form sent anywhere, except on a named query's page with parameters, whose form (a plain
GET, no script) may go to this server only (``form-action 'self'``).
"""

from __future__ import annotations

import base64
import hashlib
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CLOSED = "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
STRICT = f"default-src 'none'; {CLOSED}"
_INLINE = re.compile(r"<(script|style)>(.*?)</\1>", re.S)


def _hashes(page: str, element: str) -> list[str]:
    return [f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'"
            for kind, body in _INLINE.findall(page) if kind == element]


def page_policy(page: str, *, editor_source: str | None = None, fetch_self: bool = False,
                forms: bool = False) -> str:
    """The policy of an HTML page; ``editor_source`` is where YASGUI's files come from ('self' or the CDN
    folder) on a page that has the query editor; ``fetch_self`` lets the page's scripts ask this server
    (the search box's suggestions); ``forms`` lets the page's forms be sent, to this server only.

    >>> page_policy("<style>p{}</style><p>hi</p>")
    "default-src 'none'; style-src 'sha256-gG2yISYereRMiG2lMXrbiUgi0Ubw9p7QCeWcroOvy9Y='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    """
    scripts, styles = _hashes(page, "script"), _hashes(page, "style")
    directives = ["default-src 'none'"]
    if editor_source is not None:
        directives += [" ".join(["script-src", editor_source, *scripts]),
                       " ".join(["style-src", editor_source, "'unsafe-inline'"]),  # YASGUI adds <style> elements
                       "connect-src 'self'", "img-src data:"]  # CodeMirror's drag image
    else:
        directives += [" ".join(["script-src", *scripts])] if scripts else []
        directives += [" ".join(["style-src", *styles])] if styles else []
        directives += ["connect-src 'self'"] if fetch_self else []
    closed = CLOSED.replace("form-action 'none'", "form-action 'self'") if forms else CLOSED
    return "; ".join([*directives, closed])


class SecurityHeaders:
    """ASGI middleware: ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY`` and, unless the
    response set its own, the strict policy, on every response (errors from the layers below included)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in SECURITY_HEADERS if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)


SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
            (b"content-security-policy", STRICT.encode())]
