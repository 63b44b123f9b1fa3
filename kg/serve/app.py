"""The web application: SPARQL at ``/sparql``, the YASGUI page at ``/``, ``/health``.

rdflib-endpoint provides what it does well: the YASGUI page and the service description. Queries are
answered by :mod:`kg.serve.protocol` and :mod:`kg.serve.execute` in worker processes
(:mod:`kg.serve.workers`), so that no query blocks the server, none runs past its time limit, and none
makes the server send a request anywhere.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import re
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib_endpoint import SparqlRouter
from rdflib_endpoint.utils import SD
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp

from kg import __version__
from kg.graph.dataset import SHAPES
from kg.graph.store import STORE, OnDisk, as_dataset, copy_to_memory, memory_store, open_store
from kg.namespaces import DEFAULT_BASE, ONTOLOGY_GRAPH
from kg.queries import named_queries, question
from kg.serve import assets, linked_data, local_links
from kg.formats import DESCRIPTIONS, RESOURCES, SERVICE, Format
from kg.serve.accept import Choice, negotiate
from kg.serve.echo import echo
from kg.serve.execute import Answer, error
from kg.serve.guard import HeaderLimit
from kg.serve.lifecycle import RequestLifecycle, settle
from kg.serve.named import named_job
from kg.serve.ontology_page import ontology_page, shapes_graph
from kg.serve.pages import Site, site_policy, with_search_box
from kg.serve.policy import SecurityHeaders, page_policy
from kg.serve.protocol import Limits, UpdateRequest, read_request
from kg.serve.search import LiveIndex
from kg.serve.update import IN_MEMORY_ONLY, apply_update, authorised
from kg.serve.workers import WorkerPool

TITLE = "Hong Kong/Shanghai Co-operation Conference knowledge graph"
DESCRIPTION = ("The mechanism, its plenary sessions, officials, posts, events, agreements and co-operation "
               "areas, each fact traced to its sentence.")
ENDPOINT_FROM_PAGE = ("const url = window.location.href.endsWith('/') ? window.location.href.slice(0, -1) "
                      ": window.location.href;")
ENDPOINT_FOR_HOME = "const url = new URL('sparql', window.location.href).href;"


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


def example_queries() -> dict[str, dict[str, str]]:
    """The named queries, as YASGUI tabs titled by the question each answers."""
    return {question(path): {"query": path.read_text(encoding="utf-8")} for path in named_queries().values()}


class _Application(FastAPI):
    """FastAPI inside the layers that must see every request first and every response last: the security
    headers (so that even FastAPI's 500s carry them), the header limit, and what ends a request from
    outside (a client gone, the server stopping)."""

    def __init__(self, *, running: dict[asyncio.Task, Any], **settings: Any) -> None:
        super().__init__(**settings)
        self.running = running

    def build_middleware_stack(self) -> ASGIApp:
        return SecurityHeaders(HeaderLimit(RequestLifecycle(super().build_middleware_stack(), self.running)))


def _page(html: str, policy: str, **headers: str) -> HTMLResponse:
    return HTMLResponse(html, headers={"Content-Security-Policy": policy, **headers})


def _respond(answer: Answer, **headers: str) -> Response:
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                    headers={**answer.headers, **headers})


async def _plain_error(_: Request, problem: HTTPException) -> Response:
    """Starlette's own errors (no such route, wrong method) as one line of text, like every other error."""
    return _respond(error(problem.status_code, str(problem.detail)), **(problem.headers or {}))


def _yasgui_parts(page: str) -> tuple[str, str]:
    """The YASGUI page's stylesheet and script tags, and its editor with the script that starts it."""
    head = "\n".join(re.findall(r"<link[^>]+yasgui[^>]*>|<script src=[^>]+></script>", page))
    if not head:
        raise RuntimeError("the YASGUI page has no stylesheet or script tags")
    body = re.search(r'<div id="yasgui"></div>.*?</script>', page, re.S).group(0)
    return head, body


def service_description(public_url: str) -> Graph:
    """The start of the service description, with its default dataset already described: rdflib-endpoint
    would otherwise count every named graph's triples at start-up, which takes seconds on a large store.
    The named graphs and their sizes are in the VoID description instead."""
    graph = Graph()
    endpoint, dataset, default = URIRef(public_url), BNode("dataset"), BNode("default-graph")
    graph.add((endpoint, SD.endpoint, endpoint))
    graph.add((endpoint, SD.defaultDataset, dataset))
    graph.add((dataset, RDF.type, SD.Dataset))
    graph.add((dataset, SD.defaultGraph, default))
    graph.add((default, RDF.type, SD.Graph))
    graph.add((dataset, RDFS.seeAlso, URIRef(public_url.removesuffix("sparql") + ".well-known/void")))
    return graph


def create_app(dataset: Dataset, *, public_url: str = "http://127.0.0.1:8000/sparql", timeout: float = 10.0,
               workers: int = 2, limits: Limits | None = None, dist: Path | None = None,
               base: str = DEFAULT_BASE, update_token: str | None = None, update_memory: int = 2**30,
               query_memory: int = 2 * 2**30, owns_process: bool = False) -> FastAPI:
    """The application serving a dataset: read-only unless given a token for SPARQL Update.

    ``owns_process``: the process serves this application only, so on shutdown every child process still
    alive is killed (a query worker WorkerPool was replacing in a thread when the process stopped would
    otherwise run its query on, orphaned)."""
    limits = limits or Limits()
    router = SparqlRouter(path="/sparql", graph=dataset, title=TITLE, description=DESCRIPTION,
                          version=__version__, public_url=public_url, example_queries=example_queries(),
                          service_description=service_description(public_url))
    description = router.service_description
    description.remove((None, SD.feature, SD.BasicFederatedQuery))
    local = assets.local_files()
    sparql_page = re.sub(r'<link href="https://unpkg.com[^>]*>\s*<script src="https://unpkg.com[^>]*></script>',
                         lambda _: assets.tags(local is not None), router.serve_yasgui().body.decode("utf-8"))
    sparql_page = re.sub(r'\s*<link rel="icon"[^>]*>', "", sparql_page)  # rdflib's logo, from readthedocs
    sparql_page = sparql_page.replace("</body>", local_links.script(base) + "</body>")
    sparql_page = with_search_box(sparql_page)
    editor_source = "'self'" if local is not None else assets.PIN["cdn"]
    sparql_policy = page_policy(sparql_page, editor_source=editor_source)
    head, body = _yasgui_parts(sparql_page.replace(ENDPOINT_FROM_PAGE, ENDPOINT_FOR_HOME))
    editor = (head, body + local_links.script(base))

    def home_page() -> tuple[str, str]:
        page = linked_data.home_page(dataset, base, *editor)
        return page, page_policy(page, editor_source=editor_source)

    pages = {"home": home_page()}
    voids: dict[str, Graph] = {}
    pool = WorkerPool(dataset, workers=workers, timeout=timeout, memory=query_memory)
    names = LiveIndex(dataset, base)
    site = Site(dataset, base, pool, names)
    update_lock = asyncio.Lock()
    running: dict[asyncio.Task, Any] = {}

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        await settle(running, timeout=2)  # the requests cut by shutdown answer 503 before their workers go
        pool.close()
        for child in multiprocessing.active_children() if owns_process else ():
            child.kill()

    app = _Application(running=running, title=TITLE, description=DESCRIPTION, version=__version__,
                       lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url=None,
                       exception_handlers={HTTPException: _plain_error})  # SPARQL describes itself: GET /sparql
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False,
                       allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])

    async def sparql(request: Request) -> Response:
        arrived = time.monotonic()
        job = await read_request(request, limits)
        if isinstance(job, Answer):
            return _respond(job)
        if isinstance(job, UpdateRequest):
            if not update_token:
                return _respond(error(403, "This endpoint is read-only: SPARQL Update is not accepted."))
            if not authorised(request.headers.get("authorization"), update_token):
                return _respond(error(401, "An update needs the server's token: Authorization: Bearer <token>."),
                                **{"WWW-Authenticate": "Bearer"})
            answer = await apply_update(dataset, job.text, lock=update_lock, timeout=timeout,
                                        memory=update_memory)
            if answer.status < 300:
                await pool.refresh()
                pages["home"] = home_page()
                names.refresh()
                voids.clear()
            return _respond(answer)
        if job is None:
            media_type, fmt = negotiate(request.headers.get("accept", ""), SERVICE) or (SERVICE.default.media_type, SERVICE.default)
            if fmt is Format.HTML:
                return _page(sparql_page, sparql_policy)
            return Response(description.serialize(format=fmt.rdflib), media_type=media_type)
        return _respond(await pool.answer(job, arrived=arrived))

    app.add_route("/sparql", sparql, methods=["GET", "POST"])  # a plain Starlette route: FastAPI's cost 0.1 ms a query

    async def named(request: Request) -> Response:
        arrived = time.monotonic()
        job = named_job(request.path_params["name"], request, limits)
        return _respond(job if isinstance(job, Answer) else await pool.answer(job, arrived=arrived))

    app.add_route("/queries/{name}", named, methods=["GET", "HEAD"])
    site.add_routes(app)
    if update_token:
        description.add((next(description.subjects(SD.endpoint, None)), SD.supportedLanguage, SD.SPARQL11Update))
    if local is not None:
        app.mount(assets.ROUTE.rstrip("/"), StaticFiles(directory=local), name="yasgui")

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False)
    async def home() -> HTMLResponse:
        return _page(*pages["home"])

    def graph_answer(iri: URIRef, wanted: Choice) -> Response | None:
        graph = linked_data.named_graph(dataset, iri)
        if graph is None:
            return None
        if wanted.format is Format.HTML:
            page = linked_data.graph_page(graph, iri)
            return _page(page, page_policy(page), Vary="Accept")
        return Response(graph.serialize(format=wanted.format.rdflib), media_type=wanted.media_type,
                        headers={"Vary": "Accept"})

    def wanted_type(request: Request, format: str | None) -> Choice | Response:
        """The format to answer with: ?format= names it, or else Accept; a 406 that lists the choices."""
        if format is not None:
            named = RESOURCES.by_extension(format)
            if named is None:
                return _respond(error(406, f"Unknown format '{echo(format)}': choose ?format= one of "
                                           f"{', '.join(RESOURCES.extensions)}, or ask by Accept for one of "
                                           f"{', '.join(RESOURCES.media_types)}."))
            return Choice(named.media_type, named)
        wanted = negotiate(request.headers.get("accept", ""), RESOURCES)
        return wanted or _respond(error(406, "Not acceptable: offered " + ", ".join(RESOURCES.media_types)))

    @app.api_route("/ontology", methods=["GET", "HEAD"], include_in_schema=False)
    async def ontology(request: Request, format: str | None = None) -> Response:
        wanted = wanted_type(request, format)
        if isinstance(wanted, Response):
            return wanted
        if wanted.format is Format.HTML:
            terms = linked_data.named_graph(dataset, URIRef(ONTOLOGY_GRAPH))
            if terms is not None:
                page = ontology_page(terms, shapes_graph(SHAPES))
                return _page(page, page_policy(page), Vary="Accept")
        answer = graph_answer(URIRef(ONTOLOGY_GRAPH), wanted)
        return answer or _respond(error(404, "This server holds no ontology graph."))

    @app.api_route("/id/{path:path}", methods=["GET", "HEAD"], include_in_schema=False)
    async def resource(path: str, request: Request, format: str | None = None) -> Response:
        iri = URIRef(base + path)
        wanted = wanted_type(request, format)
        if isinstance(wanted, Response):
            return wanted
        known = (iri, None, None) in dataset or (None, None, iri) in dataset
        if wanted.format is not Format.HTML or not known:  # a graph's IRI answers with the graph; its page is the resource's
            answer = graph_answer(iri, wanted)
            if answer is not None:
                return answer
        if not known:
            return _respond(error(404, f"Nothing is known about {echo(iri)}."))
        headers = {"Vary": "Accept"}
        if wanted.format is Format.HTML:
            page = await site.resource_page(iri)
            return _page(page, site_policy(page), **headers)
        graph = linked_data.describe(dataset, iri)
        return Response(graph.serialize(format=wanted.format.rdflib), media_type=wanted.media_type, headers=headers)

    @app.api_route("/.well-known/void", methods=["GET", "HEAD"], include_in_schema=False)
    async def void(request: Request) -> Response:
        media_type, fmt = negotiate(request.headers.get("accept", ""), DESCRIPTIONS) or (
            DESCRIPTIONS.default.media_type, DESCRIPTIONS.default)
        root = str(request.base_url)
        if root not in voids:  # counting every graph takes seconds on a large store: once per server
            voids[root] = await asyncio.to_thread(linked_data.void_graph, dataset, root, base)
        return Response(voids[root].serialize(format=fmt.rdflib), media_type=media_type)

    @app.api_route("/dump/{name}", methods=["GET", "HEAD"], include_in_schema=False)
    async def dump(name: str) -> Response:
        if name not in linked_data.DUMPS or dist is None or not (Path(dist) / name).is_file():
            return _respond(error(404, f"No dump named '{echo(name)}'; there are {', '.join(linked_data.DUMPS)}."))
        return FileResponse(Path(dist) / name, media_type=linked_data.DUMPS[name].media_type, filename=name)

    @app.api_route(local_links.FAVICON_ROUTE, methods=["GET", "HEAD"], include_in_schema=False)
    async def favicon() -> Response:
        return Response(local_links.FAVICON, media_type="image/png", headers={"Cache-Control": "max-age=86400"})

    @app.api_route("/health", methods=["GET", "HEAD"], include_in_schema=False)
    async def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

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
