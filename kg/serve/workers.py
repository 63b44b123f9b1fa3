"""A pool of forked worker processes that answer queries and make pages, kept off the network and within
a time limit.

A thread cannot be interrupted; a process can. Each worker is forked from the server after the dataset is
loaded (sharing its memory), installs a seccomp filter that forbids network sockets (see
:mod:`kg.serve.sandbox`), and answers one job at a time. The time limit counts from a request's arrival,
waiting included: a request that gets no worker in time is answered 503 with ``Retry-After``, and a job
that overruns is killed with its worker, which a fresh fork replaces. When every worker is busy and a
request has waited a moment (``grace``), the job that has run longest yields its worker (503): so quick
queries and ``/health`` are answered even while slow ones fill the pool. Waiting happens on the event
loop, never in a thread. The worker that finished last is used first, since its caches are warm.
"""

from __future__ import annotations

import asyncio
import collections
import multiprocessing
import os
import signal
import threading
import time
from dataclasses import dataclass, field

from rdflib import Dataset

from kg.graph.store import reopened
from kg.serve import sandbox
from kg.serve.execute import execute
from kg.serve.protocol import Answer, Job, Render, error

_DATASET: Dataset | None = None
RETRY_AFTER = "2"


def _work(connection, memory: int) -> None:
    """A worker's life: off the network, then jobs one at a time on a thread with a large stack (a long
    chain in a query recurses in the parser, and the main thread's 8 MiB would overflow), under a cap on
    the memory it may add."""
    global _DATASET
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        sandbox.deny_network(keep={connection.fileno()})
    except sandbox.SandboxError:
        os._exit(3)
    _DATASET = reopened(_DATASET)
    sandbox.on_large_stack(_jobs, connection, memory)


def _jobs(connection, memory: int) -> None:
    sandbox.cap_memory(memory)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        connection.send(_answer(job))


def _answer(job: Job | Render) -> Answer:
    """A query's answer (a failure is the query's fault: 400), or a page's (a failure is ours: 500)."""
    if isinstance(job, Render):
        try:
            return job.make(_DATASET, *job.args)
        except Exception as problem:  # noqa: BLE001 - a worker must answer, not die
            return error(500, f"The page could not be made: {' '.join(str(problem).split())[:300]}")
    try:
        return execute(_DATASET, job)
    except Exception as problem:  # noqa: BLE001
        return error(400, f"Query failed: {problem}")


async def _readable(connection, event: asyncio.Event, timeout: float) -> str:
    """``"ready"`` when the connection has something to read (an answer, or end of file), ``"yield"`` when
    the event is set first, ``"late"`` when the timeout passes first.

    The pipe is left blocking, as ``recv`` needs: uvloop makes a watched descriptor non-blocking, and an
    answer larger than the pipe's buffer would then be cut short."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    descriptor = connection.fileno()
    loop.add_reader(descriptor, lambda: ready.done() or ready.set_result(True))
    yielding = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait({ready, yielding}, timeout=max(0.0, timeout), return_when=asyncio.FIRST_COMPLETED)
        return "ready" if ready.done() else "yield" if yielding.done() else "late"
    finally:
        yielding.cancel()
        loop.remove_reader(descriptor)
        os.set_blocking(descriptor, True)


def busy(message: str) -> Answer:
    answer = error(503, message)
    answer.headers["Retry-After"] = RETRY_AFTER
    return answer


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    connection: object
    generation: int = 0
    started: float = 0.0
    yield_now: asyncio.Event = field(default_factory=asyncio.Event)


class WorkerPool:
    """Worker processes over one dataset, with a time limit that counts from arrival."""

    def __init__(self, dataset: Dataset, *, workers: int = 2, timeout: float = 10.0, grace: float = 1.0,
                 memory: int = 2 * 2**30):
        global _DATASET
        sandbox.check()
        _DATASET = dataset
        self.timeout, self.grace, self.memory = timeout, grace, memory
        self._context = multiprocessing.get_context("fork")
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._all: set[_Worker] = set()
        self._waiters: collections.deque[asyncio.Future] = collections.deque()
        self._lock = threading.Lock()
        self._closed = False
        self._generation = 0
        self._idle.extend(self._spawn() for _ in range(max(1, workers)))

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child, self.memory), daemon=True,
                                        name="kg-query-worker")
        process.start()
        child.close()
        worker = _Worker(process, parent, self._generation)
        with self._lock:
            self._all.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        if worker.process.is_alive():
            os.kill(worker.process.pid, signal.SIGKILL)
        worker.process.join(timeout=2)
        worker.connection.close()

    async def answer(self, job: Job | Render, *, arrived: float | None = None) -> Answer:
        """Answer a job by ``arrived + timeout`` (monotonic seconds), or say 503 why not."""
        arrived = time.monotonic() if arrived is None else arrived
        deadline = arrived + self.timeout
        if self._closed:
            return busy("The server is shutting down.")
        worker = await self._acquire(deadline)
        if worker is None:
            if self._closed:
                return busy("The server is shutting down.")
            return busy(f"The server is busy: no query worker became free within the time limit "
                        f"({self.timeout:g} s). Try again shortly.")
        worker.started, worker.yield_now = time.monotonic(), asyncio.Event()
        self._busy.add(worker)
        try:
            worker.connection.send(job)
            outcome = await _readable(worker.connection, worker.yield_now, deadline - time.monotonic())
            if outcome == "ready":
                try:
                    answer = worker.connection.recv()
                except (EOFError, OSError):
                    return self._renew_after(worker, error(
                        500, f"The query worker {sandbox.exit_reason(worker.process)} while answering; the query was not "
                             f"answered. It may have needed more than the worker's memory cap "
                             f"({self.memory // 2**20} MiB)."))
                self._release(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            return self._renew_after(worker, error(500, f"The query worker {sandbox.exit_reason(worker.process)}."))
        except asyncio.CancelledError:  # the request was dropped mid-query: stop the query, not the pool
            self._renew_after(worker, None)
            raise
        elapsed, waited = time.monotonic() - arrived, worker.started - arrived
        kind = "Page" if isinstance(job, Render) else "Query"
        if outcome == "yield":
            return self._renew_after(worker, busy(
                f"{kind} stopped after {elapsed:.1f} s to make room for other queries: every worker was busy. "
                "Try again shortly, or ask for less (LIMIT, more specific patterns)."))
        return self._renew_after(worker, busy(
            f"{kind} stopped after {elapsed:.1f} s (of which {waited:.1f} s waiting for a worker): the time "
            f"limit is {self.timeout:g} s. Ask for less (LIMIT, more specific patterns)."))

    async def _acquire(self, deadline: float) -> _Worker | None:
        """An idle worker, or None when none becomes free before the deadline. After waiting ``grace``
        seconds, the longest-running job is asked to yield its worker."""
        if self._idle:
            return self._idle.pop()
        future = asyncio.get_running_loop().create_future()
        self._waiters.append(future)
        try:
            await asyncio.wait({future}, timeout=max(0.0, min(self.grace, deadline - time.monotonic())))
            if not future.done():
                self._preempt()
                await asyncio.wait({future}, timeout=max(0.0, deadline - time.monotonic()))
        except asyncio.CancelledError:  # the request was dropped: a worker handed to it goes to the next
            if future.done() and not future.cancelled():
                self._hand(future.result())
            raise
        finally:
            if not future.done():
                future.cancel()
            if future in self._waiters:
                self._waiters.remove(future)
        if future.cancelled():
            return None
        return future.result()

    def _preempt(self) -> None:
        now = time.monotonic()
        running = [w for w in self._busy if not w.yield_now.is_set() and now - w.started >= self.grace]
        if running:
            min(running, key=lambda w: w.started).yield_now.set()

    def _hand(self, worker: _Worker) -> None:
        """Give a worker to the longest-waiting request, or back to the idle list."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(worker)
                return
        self._idle.append(worker)

    def _release(self, worker: _Worker) -> None:
        self._busy.discard(worker)
        if worker.generation == self._generation:
            self._hand(worker)
        else:
            self._renew_after(worker, None)

    def _renew_after(self, worker: _Worker, answer: Answer | None) -> Answer | None:
        """Stop a worker and, unless the pool is closing, put a fresh fork in its place (in the background)."""
        self._busy.discard(worker)
        asyncio.get_running_loop().create_task(self._renew(worker))
        return answer

    async def _renew(self, worker: _Worker) -> None:
        await asyncio.to_thread(self._retire, worker)
        if self._closed:
            return
        fresh = await asyncio.to_thread(self._spawn)
        if self._closed:  # the pool closed while this one was forked: it must not outlive the server
            await asyncio.to_thread(self._retire, fresh)
        else:
            self._hand(fresh)

    async def refresh(self) -> None:
        """Replace every worker by a fresh fork, so that all see the dataset as it is now."""
        self._generation += 1
        idle, self._idle = self._idle, []
        for worker in idle:
            await self._renew(worker)

    def close(self) -> None:
        """Stop every worker at once, so that waiting requests return and the server can exit."""
        self._closed = True
        for waiter in list(self._waiters):
            if not waiter.done():
                waiter.cancel()
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._retire(worker)
