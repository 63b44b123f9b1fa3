"""How a request ends when the application does not end it: its client goes away, or the server stops.

Before, a client that hung up mid-body left a 66-line traceback (Starlette's ``ClientDisconnect``), one that
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
WATCH_AFTER = 0.05  # seconds; a request answered sooner is not worth a task watching it


def _has_body(scope: Scope) -> bool:
    return any(name == b"transfer-encoding" or (name == b"content-length" and value.strip() != b"0")
               for name, value in scope["headers"])


def _request_line(scope: Scope) -> str:
    client = "%s:%d" % tuple(scope["client"]) if scope.get("client") else "-"
    query = "?" + scope["query_string"].decode("latin-1") if scope.get("query_string") else ""
    return f'{client} - "{scope["method"]} {quote(scope["path"])}{query} HTTP/{scope["http_version"]}"'


async def settle(running: dict[asyncio.Task, object], timeout: float) -> None:
    """Wait (up to the timeout) for the requests still running to end: on shutdown, those uvicorn has just
    cancelled need a few turns of the loop to send their 503, and their query workers must outlive them."""
    if running:
        await asyncio.wait(list(running), timeout=timeout)


class _Exchange:
    """One request in flight: whether its answer has started, whether its client has gone, and the watch
    for the disconnect, started only once its body has been read."""

    def __init__(self, task: asyncio.Task, receive: Receive, send: Send, has_body: bool, since: float) -> None:
        self.task, self.receive_from, self.send_to, self.since = task, receive, send, since
        self.started = self.gone = False
        self.body_read = not has_body
        self.ahead: list[Message] = []
        self.watcher: asyncio.Task | None = None

    async def receive(self) -> Message:
        if self.ahead:
            return self.ahead.pop(0)
        message = await self.receive_from()
        if message["type"] != "http.request" or not message.get("more_body", False):
            self.body_read = True
        return message

    async def send(self, message: Message) -> None:
        self.started = self.started or message["type"] == "http.response.start"
        await self.send_to(message)

    async def watch(self) -> None:
        while (message := await self.receive_from())["type"] != "http.disconnect":
            self.ahead.append(message)  # the empty body of a GET: the application may still ask for it
        if not self.started:
            self.gone = True
            self.task.cancel()


class RequestLifecycle:
    """Pure ASGI middleware: a client that disconnects before its answer has started gets its request
    cancelled (a query in a worker is stopped, and the worker replaced) and one log line, ``499``; a request
    cancelled by the server's shutdown is answered 503, never 500.

    The disconnect is watched the way Starlette's streaming responses watch it, by a task, but only for a
    request still running after ``WATCH_AFTER`` with its body read: one timer for all requests looks for
    those, so that a quick request costs a dictionary entry, not a task or a timer of its own."""

    def __init__(self, app: ASGIApp, running: dict[asyncio.Task, _Exchange] | None = None) -> None:
        self.app = app
        self.running = {} if running is None else running
        self._sweeping: asyncio.AbstractEventLoop | None = None  # the loop where the sweep is due

    def _sweep(self) -> None:
        loop = asyncio.get_running_loop()
        mine = [exchange for task, exchange in self.running.items() if task.get_loop() is loop]
        for exchange in mine:
            if exchange.watcher is None and exchange.body_read and loop.time() - exchange.since >= WATCH_AFTER:
                exchange.watcher = loop.create_task(exchange.watch())
        self._sweeping = loop if mine else None
        if mine:
            loop.call_later(WATCH_AFTER, self._sweep)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        exchange = self.running[task] = _Exchange(task, receive, send, _has_body(scope), loop.time())
        if self._sweeping is not loop:
            self._sweeping = loop
            loop.call_later(WATCH_AFTER, self._sweep)
        try:
            await self.app(scope, exchange.receive, exchange.send)
        except ClientDisconnect:
            exchange.gone = True
        except asyncio.CancelledError:
            task.uncancel()
            if not exchange.gone and not exchange.started:  # cancelled by uvicorn, after its grace period on shutdown
                await plain(send, 503, "The server is shutting down: try again in a moment.", (b"connection", b"close"))
        finally:
            del self.running[task]
            if exchange.watcher is not None:
                exchange.watcher.cancel()
        if exchange.gone:
            log.info("%s 499: the client went away before the answer", _request_line(scope))
