"""The query editor (YASGUI) and the service description, from rdflib-endpoint.

rdflib-endpoint's page puts YASGUI on a page with the named queries as tabs; here its stylesheet and
script tags are replaced by the pinned ones (:mod:`kg.serve.assets`), and the editor with the script that
starts it is also taken for the home page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib_endpoint import SparqlRouter
from rdflib_endpoint.utils import SD

from kg import __version__
from kg.queries import named_queries, question
from kg.serve import assets, local_links
from kg.serve.pages import with_search_box
from kg.serve.policy import page_policy

TITLE = "Hong Kong/Shanghai Co-operation Conference knowledge graph"
DESCRIPTION = ("The mechanism, its plenary sessions, officials, posts, events, agreements and co-operation "
               "areas, each fact traced to its sentence.")
ENDPOINT_FROM_PAGE = ("const url = window.location.href.endsWith('/') ? window.location.href.slice(0, -1) "
                      ": window.location.href;")
ENDPOINT_FOR_HOME = "const url = new URL('sparql', window.location.href).href;"


def example_queries() -> dict[str, dict[str, str]]:
    """The named queries, as YASGUI tabs titled by the question each answers."""
    return {question(path): {"query": path.read_text(encoding="utf-8")} for path in named_queries().values()}


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


@dataclass
class Editor:
    """The query page, the editor's parts for the home page, where YASGUI's files come from, and the
    service description."""

    page: str
    policy: str
    head: str
    body: str
    source: str
    description: Graph


def editor(dataset: Dataset, public_url: str, base: str, *, update: bool) -> Editor:
    """The query page and the service description of an endpoint at ``public_url``."""
    router = SparqlRouter(path="/sparql", graph=dataset, title=TITLE, description=DESCRIPTION,
                          version=__version__, public_url=public_url, example_queries=example_queries(),
                          service_description=service_description(public_url))
    description = router.service_description
    description.remove((None, SD.feature, SD.BasicFederatedQuery))
    if update:
        description.add((next(description.subjects(SD.endpoint, None)), SD.supportedLanguage, SD.SPARQL11Update))
    local = assets.local_files()
    sparql_page = re.sub(r'<link href="https://unpkg.com[^>]*>\s*<script src="https://unpkg.com[^>]*></script>',
                         lambda _: assets.tags(local is not None), router.serve_yasgui().body.decode("utf-8"))
    sparql_page = re.sub(r'\s*<link rel="icon"[^>]*>', "", sparql_page)  # rdflib's logo, from readthedocs
    sparql_page = sparql_page.replace("</body>", local_links.script(base) + "</body>")
    sparql_page = with_search_box(sparql_page)
    source = "'self'" if local is not None else assets.PIN["cdn"]
    head, body = _yasgui_parts(sparql_page.replace(ENDPOINT_FROM_PAGE, ENDPOINT_FOR_HOME))
    return Editor(sparql_page, page_policy(sparql_page, editor_source=source), head, body + local_links.script(base),
                  source, description)
