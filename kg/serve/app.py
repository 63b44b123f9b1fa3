"""The web application: the SPARQL 1.1 Protocol at ``/sparql``, the named queries, the linked-data pages,
the search and the query editor; the routes are the table in :mod:`kg.serve.routes`.

Queries are answered (and pages made) in worker processes (:mod:`kg.serve.workers`), so that none blocks
the server, none runs past its time limit, and none makes the server send a request anywhere.
rdflib-endpoint gives the query editor's page and the service description (:mod:`kg.serve.editor`).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles
from rdflib import Dataset
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from kg import __version__
from kg.graph.dataset import SHAPES
from kg.graph.store import STORE, OnDisk, as_dataset, copy_to_memory, memory_store, open_store
from kg.namespaces import DEFAULT_BASE
from kg.serve import assets
from kg.serve.editor import DESCRIPTION, TITLE, editor
from kg.serve.guard import HeaderLimit
from kg.serve.lifecycle import RequestLifecycle, settle
from kg.serve.ontology_page import shapes_graph
from kg.serve.policy import SecurityHeaders
from kg.serve.protocol import Limits, error
from kg.serve.routes import ROUTES, Served, respond
from kg.serve.search import LiveIndex
from kg.serve.update import IN_MEMORY_ONLY
from kg.serve.workers import WorkerPool


def dataset_path(dist: Path) -> Path:
    """What ``kg serve`` opens: the build's store, or (for a folder with only the dumps) its TriG file."""
    return Path(dist) / STORE if (Path(dist) / STORE).is_dir() else Path(dist) / "hksh.trig"


def load_served(dist: Path, *, writable: bool = False) -> Dataset:
    """The dataset that ``kg build`` wrote, with the union of its graphs as default graph.

    The build's store is opened read-only where it lies, so start-up does not depend on the graph's size;
    a writable server works on a copy in memory, so an update never changes the build."""
    path = dataset_path(dist)
    if path.is_dir():
        return as_dataset(copy_to_memory(open_store(path))) if writable else as_dataset(OnDisk(path))
    return as_dataset(memory_store(path))


class _Application(FastAPI):
    """FastAPI inside the layers that must see every request first and every response last: the security
    headers (so that even FastAPI's 500s carry them), the header limit, and what ends a request from
    outside (a client gone, the server stopping)."""

    def __init__(self, *, running: dict[asyncio.Task, Any], **settings: Any) -> None:
        super().__init__(**settings)
        self.running = running

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(HeaderLimit(RequestLifecycle(super().build_middleware_stack(), self.running)))


async def _plain_error(_: Request, problem: HTTPException) -> Response:
    """Starlette's own errors (no such route, wrong method) as one line of text, like every other error."""
    return respond(error(problem.status_code, str(problem.detail)), **(problem.headers or {}))


def create_app(dataset: Dataset, *, public_url: str = "http://127.0.0.1:8000/sparql", timeout: float = 10.0,
               workers: int = 2, limits: Limits | None = None, dist: Path | None = None,
               base: str = DEFAULT_BASE, update_token: str | None = None, update_memory: int = 2**30,
               query_memory: int = 2 * 2**30, owns_process: bool = False) -> FastAPI:
    """The application serving a dataset: read-only unless given a token for SPARQL Update.

    ``owns_process``: the process serves this application only, so on shutdown every child process still
    alive is killed (a query worker WorkerPool was replacing in a thread when the process stopped would
    otherwise run its query on, orphaned)."""
    shapes_graph(SHAPES)  # parsed once here, before the workers fork, for the ontology page they make
    served = Served(dataset, WorkerPool(dataset, workers=workers, timeout=timeout, memory=query_memory),
                    LiveIndex(dataset, base), editor(dataset, public_url, base, update=bool(update_token)),
                    limits or Limits(), base, dist, timeout, update_token, update_memory)
    served.home = served.home_page()
    running: dict[asyncio.Task, Any] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        await settle(running, timeout=2)  # the requests cut by shutdown answer 503 before their workers go
        served.pool.close()
        for child in multiprocessing.active_children() if owns_process else ():
            child.kill()

    app = _Application(running=running, title=TITLE, description=DESCRIPTION, version=__version__,
                       lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None,
                       exception_handlers={HTTPException: _plain_error})  # SPARQL describes itself: GET /sparql
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False,
                       allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])
    for path, methods, handler in ROUTES:  # plain Starlette routes (docs/benchmarks.md)
        app.add_route(path, partial(handler, served), methods=list(methods))
    local = assets.local_files()
    if local is not None:
        app.mount(assets.ROUTE.rstrip("/"), StaticFiles(directory=local), name="yasgui")
    return app


def serve(dataset: Dataset, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          workers: int = 2, limits: Limits | None = None, dist: Path | None = None, base: str = DEFAULT_BASE,
          update_token: str | None = None, update_memory: int = 2**30, query_memory: int = 2 * 2**30) -> None:
    """Serve until interrupted; SIGTERM stops the server within a few seconds, even mid-query."""
    import uvicorn

    from kg.serve.bounded import BoundedHeadProtocol

    app = create_app(dataset, public_url=f"http://{host}:{port}/sparql", timeout=timeout, workers=workers,
                     limits=limits, dist=dist, base=base, update_token=update_token, update_memory=update_memory,
                     query_memory=query_memory, owns_process=True)
    if update_token:
        logging.getLogger("uvicorn.error").warning(
            "SPARQL Update is on (with the token): updates are %s.", IN_MEMORY_ONLY)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=2, http=BoundedHeadProtocol)
