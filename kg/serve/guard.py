"""Pure ASGI middleware that looks at a request before the application does.

uvicorn's httptools parser accepts request headers of any size (a 20 MB header was answered 200), and its
``h11_max_incomplete_event_size`` applies to h11 only; so the headers are counted here, where every
server hands them over. (:mod:`kg.serve.bounded` stops a head that never ends before it is all read.)
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

MAX_HEADER_BYTES = 16 * 1024


async def plain(send: Send, status: int, message: str, *headers: tuple[bytes, bytes]) -> None:
    """Send a one-line text/plain answer."""
    body = (message + "\n").encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), *headers]})
    await send({"type": "http.response.body", "body": body})


class HeaderLimit:
    """431 for a request whose header fields (names and values) add up to more than the limit, whether one
    huge header or many; the application never sees it."""

    def __init__(self, app: ASGIApp, limit: int = MAX_HEADER_BYTES) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = sum(len(name) + len(value) for name, value in scope["headers"])
            if size > self.limit:
                await plain(send, 431, f"Request headers too large: {size} bytes; the limit is {self.limit}.",
                            (b"connection", b"close"))
                return
        await self.app(scope, receive, send)
