"""How a request ends when the application does not end it: its client goes away, or the server stops.

Before, a client that hung up mid-body left a 60-line traceback (Starlette's ``ClientDisconnect``), one that
hung up mid-query left nothing and kept a query worker busy until the time limit, and on SIGTERM every
request still queued or running after uvicorn's grace period was cancelled and answered 500.
"""

from __future__ import annotations

import asyncio
import logging
from urllib.parse import quote

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.serve.guard import plain

log = logging.getLogger("uvicorn.error")
WATCH_AFTER = 0.05  # seconds; a request answered sooner is not worth a task of its own


def _has_body(scope: Scope) -> bool:
    return any(name == b"transfer-encoding" or (name == b"content-length" and value.strip() != b"0")
               for name, value in scope["headers"])


def _request_line(scope: Scope) -> str:
    client = "%s:%d" % tuple(scope["client"]) if scope.get("client") else "-"
    query = "?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else ""
    return f'{client} - "{scope["method"]} {quote(scope["path"])}{query} HTTP/{scope["http_version"]}"'


async def settle(running: set[asyncio.Task], timeout: float) -> None:
    """Wait (up to the timeout) for the requests still running to end: on shutdown, those uvicorn has just
    cancelled need a few turns of the loop to send their 503, and their query workers must outlive them."""
    if running:
        await asyncio.wait(list(running), timeout=timeout)


class RequestLifecycle:
    """Pure ASGI middleware: a client that disconnects before its answer has started gets its request
    cancelled (a query in a worker is stopped, and the worker replaced) and one log line, ``499``; a request
    cancelled by the server's shutdown is answered 503, never 500.

    The disconnect is watched, the way Starlette's streaming responses watch it, by a task started only
    for a request still running after ``WATCH_AFTER`` and once its body has been read: most requests
    cost a timer, not a task."""

    def __init__(self, app: ASGIApp, running: set[asyncio.Task] | None = None) -> None:
        self.app = app
        self.running = set() if running is None else running

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        task = asyncio.current_task()
        started = gone = False
        body_read = asyncio.Event()
        if not _has_body(scope):
            body_read.set()
        ahead: list[Message] = []

        async def receiving() -> Message:
            if ahead:
                return ahead.pop(0)
            message = await receive()
            if message["type"] != "http.request" or not message.get("more_body", False):
                body_read.set()
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        async def watch() -> None:
            nonlocal gone
            await body_read.wait()
            while (message := await receive())["type"] != "http.disconnect":
                ahead.append(message)  # the empty body of a GET: the application may still ask for it
            if not started:
                gone = True
                task.cancel()

        watchers: list[asyncio.Task] = []
        timer = asyncio.get_running_loop().call_later(WATCH_AFTER,
                                                      lambda: watchers.append(asyncio.ensure_future(watch())))
        self.running.add(task)
        try:
            await self.app(scope, receiving, sending)
        except ClientDisconnect:
            gone = True
        except asyncio.CancelledError:
            task.uncancel()
            if not gone and not started:  # cancelled by uvicorn, after its grace period on shutdown
                await plain(send, 503, "The server is shutting down: try again in a moment.", (b"connection", b"close"))
        finally:
            timer.cancel()
            for watcher in watchers:
                watcher.cancel()
            self.running.discard(task)
        if gone:
            log.info("%s 499: the client went away before the answer", _request_line(scope))
