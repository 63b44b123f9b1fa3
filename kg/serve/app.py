"""The web application: SPARQL at ``/sparql``, the YASGUI page at ``/``, ``/health``.

rdflib-endpoint provides what it does well: the YASGUI page and the service description. Queries are
answered by :mod:`kg.serve.protocol` and :mod:`kg.serve.execute` in worker processes
(:mod:`kg.serve.workers`), so that no query blocks the server, none runs past its time limit, and none
makes the server send a request anywhere.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from rdflib import Dataset
from rdflib_endpoint import SparqlRouter
from rdflib_endpoint.utils import SD

from kg import __version__
from kg.graph.dataset import load_dataset
from kg.queries import named_queries, question
from kg.serve.execute import Answer, negotiate
from kg.serve.protocol import Limits, read_request
from kg.serve.workers import WorkerPool

TITLE = "Hong Kong/Shanghai Co-operation Conference knowledge graph"
DESCRIPTION = ("The mechanism, its plenary sessions, officials, posts, events, agreements and co-operation "
               "areas, each fact traced to its sentence.")
ENDPOINT_FROM_PAGE = ("const url = window.location.href.endsWith('/') ? window.location.href.slice(0, -1) "
                      ": window.location.href;")
ENDPOINT_FOR_HOME = "const url = new URL('sparql', window.location.href).href;"
DESCRIPTION_TYPES = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/xml": "xml",
                     "application/ld+json": "json-ld", "application/n-triples": "nt"}


def dataset_path(dist: Path) -> Path:
    return Path(dist) / "hksh.trig"


def load_served(dist: Path) -> Dataset:
    """The dataset that ``kg build`` wrote, with the union of its graphs as default graph."""
    return load_dataset(dataset_path(dist))


def example_queries() -> dict[str, dict[str, str]]:
    """The named queries, as YASGUI tabs titled by the question each answers."""
    return {question(path): {"query": path.read_text(encoding="utf-8")} for path in named_queries().values()}


def _respond(answer: Answer) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type, headers=answer.headers)


def create_app(dataset: Dataset, *, public_url: str = "http://127.0.0.1:8000/sparql", timeout: float = 10.0,
               workers: int = 2, limits: Limits | None = None) -> FastAPI:
    """The application serving a dataset read-only."""
    limits = limits or Limits()
    router = SparqlRouter(path="/sparql", graph=dataset, title=TITLE, description=DESCRIPTION,
                          version=__version__, public_url=public_url, example_queries=example_queries())
    description = router.service_description
    description.remove((None, SD.feature, SD.BasicFederatedQuery))
    home_page = router.serve_yasgui().body.decode("utf-8").replace(ENDPOINT_FROM_PAGE, ENDPOINT_FOR_HOME)
    sparql_page = router.serve_yasgui().body.decode("utf-8")
    pool = WorkerPool(dataset, workers=workers, timeout=timeout)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        pool.close()

    app = FastAPI(title=TITLE, description=DESCRIPTION, version=__version__, lifespan=lifespan)
    app.state.pool = pool
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False,
                       allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])

    async def sparql(request: Request) -> Response:
        job = await read_request(request, limits)
        if isinstance(job, Answer):
            return _respond(job)
        if job is None:
            accept = request.headers.get("accept", "")
            if "text/html" in accept:
                return HTMLResponse(sparql_page)
            media_type = negotiate(accept, DESCRIPTION_TYPES, "text/turtle") or "text/turtle"
            return Response(description.serialize(format=DESCRIPTION_TYPES[media_type]), media_type=media_type)
        return _respond(await asyncio.to_thread(pool.run, job))

    app.add_api_route("/sparql", sparql, methods=["GET", "POST"], summary="SPARQL 1.1 Protocol endpoint")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home() -> HTMLResponse:
        return HTMLResponse(home_page)

    @app.get("/health", include_in_schema=False)
    async def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    return app


def serve(dataset: Dataset, *, host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
          workers: int = 2, limits: Limits | None = None) -> None:
    """Serve until interrupted; SIGTERM stops the server within a few seconds, even mid-query."""
    import uvicorn

    app = create_app(dataset, public_url=f"http://{host}:{port}/sparql", timeout=timeout, workers=workers, limits=limits)
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=2)
