"""The routes of the application, as a table: each path, its methods, and a small handler of
``(served, request)``. A handler reads the request, negotiates the format once, and hands the work to
where it belongs: queries and pages to the workers (:mod:`kg.serve.workers`, under the time limit), an
update to :mod:`kg.serve.update`; it never evaluates anything on the event loop.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request, Response
from fastapi.responses import FileResponse, JSONResponse
from rdflib import Dataset, Graph

from kg import __version__
from kg.formats import DESCRIPTIONS, RESOURCES, SEARCH, SERVICE, Format
from kg.namespaces import DEFAULT_BASE
from kg.serve import linked_data, local_links, render
from kg.serve.echo import echo
from kg.serve.editor import Editor
from kg.serve.named import named_job, split_suffix
from kg.serve.pages import Tables, as_download, html_answer, search_answer, table_job
from kg.serve.policy import page_policy
from kg.serve.protocol import Answer, Limits, Render, UpdateRequest, error, negotiate, read_request, requested
from kg.serve.query_page import query_page, wants_page
from kg.serve.search import LiveIndex
from kg.serve.update import apply_update, authorised
from kg.serve.workers import WorkerPool

GET = ("GET", "HEAD")


@dataclass
class Served:
    """What the handlers share: the dataset and its settings, the workers, the search index, the editor,
    and what is made once and made again after an update (the home page, the VoID descriptions)."""

    dataset: Dataset
    pool: WorkerPool
    names: LiveIndex
    editor: Editor
    limits: Limits = field(default_factory=Limits)
    base: str = DEFAULT_BASE
    dist: Path | None = None
    timeout: float = 10.0
    update_token: str | None = None
    update_memory: int = 2**30
    home: Answer | None = None
    voids: dict[str, Graph] = field(default_factory=dict)
    update_lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def home_page(self) -> Answer:
        """The home page: the timeline (one query, read again after an update) and the editor."""
        page = linked_data.home_page(self.dataset, self.base, self.editor.head, self.editor.body)
        return html_answer(page, policy=page_policy(page, editor_source=self.editor.source))


def respond(answer: Answer, **headers: str) -> Response:
    """An Answer as a response."""
    return Response(answer.body, status_code=answer.status, media_type=answer.media_type,
                    headers={**answer.headers, **headers})


async def sparql(served: Served, request: Request) -> Response:
    """The SPARQL 1.1 Protocol: a query to the workers, an update to the sandbox, no query the description."""
    arrived = time.monotonic()
    job = await read_request(request, served.limits)
    if isinstance(job, Answer):
        return respond(job)
    if isinstance(job, UpdateRequest):
        return await update(served, request, job)
    if job is None:
        media_type, fmt = negotiate(request.headers.get("accept", ""), SERVICE) or (SERVICE.default.media_type,
                                                                                     SERVICE.default)
        if fmt is Format.HTML:
            return respond(html_answer(served.editor.page, policy=served.editor.policy), Vary="Accept")
        return Response(served.editor.description.serialize(format=fmt.rdflib), media_type=media_type)
    return respond(await served.pool.answer(job, arrived=arrived))


async def update(served: Served, request: Request, job: UpdateRequest) -> Response:
    """An update, when the server holds a token and the request carries it; then every view is renewed."""
    if not served.update_token:
        return respond(error(403, "This endpoint is read-only: SPARQL Update is not accepted."))
    if not authorised(request.headers.get("authorization"), served.update_token):
        return respond(error(401, "An update needs the server's token: Authorization: Bearer <token>."),
                       **{"WWW-Authenticate": "Bearer"})
    answer = await apply_update(served.dataset, job.text, lock=served.update_lock, timeout=served.timeout,
                                memory=served.update_memory)
    if answer.status < 300:
        await served.pool.refresh()
        served.home = served.home_page()
        served.names.refresh()
        served.voids.clear()
    return respond(answer)


async def named(served: Served, request: Request) -> Response:
    """A named query with the parameters in the URL, answered as a query sent to /sparql; asked for HTML
    (as a browser asks), the query's page with a field per parameter (:mod:`kg.serve.query_page`)."""
    arrived = time.monotonic()
    name = request.path_params["name"]
    suffixed = split_suffix(name)[1] is not None
    if not suffixed and wants_page(request):
        tables = Tables(served.dataset, served.base)
        return await query_page(served.pool, tables, name, request, served.limits, arrived)
    job = named_job(name, request, served.limits)
    answer = job if isinstance(job, Answer) else await served.pool.answer(job, arrived=arrived)
    return respond(answer, **({} if suffixed else {"Vary": "Accept"}))


async def home(served: Served, _: Request) -> Response:
    served.home = served.home or served.home_page()
    return respond(served.home)


async def resource(served: Served, request: Request) -> Response:
    """An instance's page or description, or a named graph, made in a worker."""
    arrived = time.monotonic()
    wanted = requested(request, RESOURCES)
    if isinstance(wanted, Answer):
        return respond(wanted)
    iri = served.base + request.path_params["path"]
    job = Render(render.resource, (served.base, iri, wanted))
    return respond(await served.pool.answer(job, arrived=arrived))


async def ontology(served: Served, request: Request) -> Response:
    """The ontology's documentation or its graph, made in a worker."""
    arrived = time.monotonic()
    wanted = requested(request, RESOURCES)
    if isinstance(wanted, Answer):
        return respond(wanted)
    return respond(await served.pool.answer(Render(render.ontology, (wanted,)), arrived=arrived))


async def void(served: Served, request: Request) -> Response:
    """The dataset's VoID and DCAT description, counted once per server address (and after an update)."""
    media_type, fmt = negotiate(request.headers.get("accept", ""), DESCRIPTIONS) or (
        DESCRIPTIONS.default.media_type, DESCRIPTIONS.default)
    root = str(request.base_url)
    if root not in served.voids:  # counting every graph takes seconds on a large store
        served.voids[root] = await asyncio.to_thread(linked_data.void_graph, served.dataset, root, served.base)
    return Response(served.voids[root].serialize(format=fmt.rdflib), media_type=media_type)


async def dump(served: Served, request: Request) -> Response:
    """A file of the build (``/dump/hksh.trig`` ...), as it lies in ``dist/``."""
    name = request.path_params["name"]
    if name not in linked_data.DUMPS or served.dist is None or not (Path(served.dist) / name).is_file():
        return respond(error(404, f"No dump named '{echo(name)}'; there are {', '.join(linked_data.DUMPS)}."))
    return FileResponse(Path(served.dist) / name, media_type=linked_data.DUMPS[name].media_type, filename=name)


async def search(served: Served, request: Request) -> Response:
    """The search, as a page or as JSON; the first search waits (in a thread) for the index."""
    wanted = requested(request, SEARCH)
    if isinstance(wanted, Answer):
        return respond(wanted)
    q = request.query_params.get("q", "")
    answer = await asyncio.to_thread(lambda: search_answer(served.names.get(), served.base, q, wanted.format))
    return respond(answer)


async def table(served: Served, request: Request) -> Response:
    """One table of a shaped page, as a CSV download."""
    arrived = time.monotonic()
    name, about = request.path_params["name"], request.query_params.get("about", "")
    job = table_job(served.dataset, served.base, name, about)
    answer = job if isinstance(job, Answer) else await served.pool.answer(job, arrived=arrived)
    return respond(as_download(answer, name, about))


async def favicon(_: Served, __: Request) -> Response:
    return Response(local_links.FAVICON, media_type="image/png", headers={"Cache-Control": "max-age=86400"})


async def health(_: Served, __: Request) -> Response:
    return JSONResponse({"status": "ok", "version": __version__})


ROUTES = [
    ("/sparql", ("GET", "POST"), sparql),  # HEAD too: Starlette adds it to every GET route
    ("/queries/{name}", GET, named),
    ("/", GET, home),
    ("/ontology", GET, ontology),
    ("/id/{path:path}", GET, resource),
    ("/.well-known/void", GET, void),
    ("/dump/{name}", GET, dump),
    ("/search", GET, search),
    ("/table/{name}.csv", GET, table),
    (local_links.FAVICON_ROUTE, GET, favicon),
    ("/health", GET, health),
]
