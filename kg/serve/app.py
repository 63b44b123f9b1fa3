"""The web application: rdflib-endpoint's SPARQL router at ``/sparql``, the YASGUI page at ``/``.

The default graph is the union of all named graphs; ``GRAPH ?g`` finds which document said what.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from rdflib import Dataset
from rdflib_endpoint import SparqlRouter

from kg import __version__
from kg.graph.dataset import load_dataset
from kg.queries import named_queries, question

TITLE = "Hong Kong/Shanghai Co-operation Conference knowledge graph"
DESCRIPTION = ("The mechanism, its plenary sessions, officials, posts, events, agreements and co-operation "
               "areas, each fact traced to its sentence.")
ENDPOINT_FROM_PAGE = ("const url = window.location.href.endsWith('/') ? window.location.href.slice(0, -1) "
                      ": window.location.href;")
ENDPOINT_FOR_HOME = "const url = new URL('sparql', window.location.href).href;"


def dataset_path(dist: Path) -> Path:
    return Path(dist) / "hksh.trig"


def load_served(dist: Path) -> Dataset:
    """The dataset that ``kg build`` wrote, with the union of its graphs as default graph."""
    return load_dataset(dataset_path(dist))


def example_queries() -> dict[str, dict[str, str]]:
    """The named queries, as YASGUI tabs titled by the question each answers."""
    return {question(path): {"query": path.read_text(encoding="utf-8")} for path in named_queries().values()}


def create_app(dataset: Dataset, *, public_url: str = "http://127.0.0.1:8000/sparql") -> FastAPI:
    """The application serving a dataset: ``/sparql``, ``/`` (YASGUI) and ``/health``."""
    app = FastAPI(title=TITLE, description=DESCRIPTION, version=__version__)
    router = SparqlRouter(path="/sparql", graph=dataset, title=TITLE, description=DESCRIPTION,
                          version=__version__, public_url=public_url, example_queries=example_queries())
    app.include_router(router)
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False,
                       allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])
    home_page = router.serve_yasgui().body.decode("utf-8").replace(ENDPOINT_FROM_PAGE, ENDPOINT_FOR_HOME)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def home() -> HTMLResponse:
        return HTMLResponse(home_page)

    @app.get("/health", include_in_schema=False)
    async def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    return app


def serve(dataset: Dataset, *, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve until interrupted."""
    import uvicorn

    uvicorn.run(create_app(dataset, public_url=f"http://{host}:{port}/sparql"), host=host, port=port, log_level="info")
