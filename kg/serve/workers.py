"""A pool of forked worker processes that answer queries, so that a runaway query can really be stopped.

rdflib evaluates a query synchronously in Python, and a thread cannot be interrupted; a process can. Each
worker is forked from the server after the dataset is loaded (sharing its memory), answers one job at a
time, and is killed and replaced when a job overruns the timeout. Other clients are served by the other
workers meanwhile. The worker that finished last is the next one used: its caches are warm, which makes a
small query up to twice as fast as on a worker that has slept.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import queue
import signal
import threading
import time
from dataclasses import dataclass

from rdflib import Dataset

from kg.graph.store import reopened
from kg.serve.execute import Answer, Job, error, execute

_DATASET: Dataset | None = None


def _work(connection) -> None:
    global _DATASET
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _DATASET = reopened(_DATASET)
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = execute(_DATASET, job)
        except Exception as problem:  # noqa: BLE001 - a worker must answer, not die
            answer = error(400, f"Query failed: {problem}")
        connection.send(answer)


async def _readable(connection, timeout: float) -> bool:
    """Whether the connection has something to read (an answer, or end of file) within the timeout.

    The pipe is left blocking, as ``recv`` needs: uvloop makes a watched descriptor non-blocking, and an
    answer larger than the pipe's buffer would then be cut short."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    descriptor = connection.fileno()
    loop.add_reader(descriptor, lambda: ready.done() or ready.set_result(True))
    try:
        return await asyncio.wait_for(ready, timeout)
    except asyncio.TimeoutError:
        return False
    finally:
        loop.remove_reader(descriptor)
        os.set_blocking(descriptor, True)


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.Process
    connection: object
    generation: int = 0


class WorkerPool:
    """Worker processes over one dataset, with a per-query timeout."""

    def __init__(self, dataset: Dataset, *, workers: int = 2, timeout: float = 10.0, wait: float = 30.0):
        global _DATASET
        _DATASET = dataset
        self.timeout, self.wait = timeout, wait
        self._context = multiprocessing.get_context("fork")
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._generation = 0
        for _ in range(max(1, workers)):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(target=_work, args=(child,), daemon=True, name="kg-query-worker")
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

    async def answer(self, job: Job) -> Answer:
        """Answer a job, or 503 when no worker is free in time or the job overruns the timeout.

        The event loop waits on the worker's pipe itself: a thread in between would add two wake-ups per
        query, which cost more than a small query does."""
        if self._closed:
            return error(503, "The server is shutting down.")
        worker = await self._acquire()
        if worker is None:
            return error(503, f"The server is busy: no query worker became free within {self.wait:g} s.")
        started = time.monotonic()
        try:
            worker.connection.send(job)
            if await _readable(worker.connection, self.timeout):
                answer = worker.connection.recv()
                if worker.generation == self._generation:
                    self._idle.put(worker)
                else:
                    await asyncio.to_thread(self._replace, worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass
        except asyncio.CancelledError:  # the request was dropped mid-query: stop the query, not the pool
            threading.Thread(target=self._replace, args=(worker,), daemon=True).start()
            raise
        await asyncio.to_thread(self._replace, worker)
        elapsed = time.monotonic() - started
        return error(503, f"Query stopped after {elapsed:.1f} s: the time limit is {self.timeout:g} s. "
                          "Ask for less (LIMIT, more specific patterns).")

    async def _acquire(self) -> _Worker | None:
        """An idle worker, or None when none becomes free within the wait."""
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        waiting = asyncio.ensure_future(asyncio.to_thread(self._idle.get, timeout=self.wait))
        try:
            return await asyncio.shield(waiting)
        except queue.Empty:
            return None
        except asyncio.CancelledError:  # a worker that arrives after all goes back to the pool
            waiting.add_done_callback(
                lambda done: done.cancelled() or done.exception() is not None or self._idle.put(done.result()))
            raise

    def refresh(self) -> None:
        """Replace every worker by a fresh fork, so that all see the dataset as it is now."""
        with self._lock:
            self._generation += 1
        idle = []
        while True:
            try:
                idle.append(self._idle.get_nowait())
            except queue.Empty:
                break
        for worker in idle:
            self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """Stop a worker and, unless the pool is closing, put a fresh fork in its place."""
        self._retire(worker)
        if not self._closed:
            self._idle.put(self._spawn())

    def close(self) -> None:
        """Stop every worker at once, so that waiting requests return and the server can exit."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for worker in workers:
            self._retire(worker)
