"""What rdflib-endpoint gives the server: the query editor's start-up script and the service description.

rdflib-endpoint's ``SparqlRouter`` is built once, as the builder of two things it does well, each used
through its public API and nothing edited by pattern:

- ``serve_yasgui()``: its page's editor, the script that starts YASGUI with one tab per example query
  (here the named queries, titled by their questions). The editor, cut at its ``<div id="yasgui">`` and
  its script's end, goes into this site's own page (``/`` and ``/sparql``), whose head loads the pinned
  YASGUI files (:mod:`kg.serve.assets`) instead of the unpinned ones of its template; one line of it
  changes, so that the editor asks ``/sparql`` wherever the page is.
- ``service_description``: the SPARQL Service Description that ``prepare_sd_graph()`` writes (endpoint,
  title, languages, features, formats), corrected where it is not true here (no ``SERVICE``, nothing ever
  loaded) and completed with what it cannot know: the default graph is the union of the named graphs,
  and every result format the server writes (:mod:`kg.formats`).

Its query routes are never mounted: they evaluate on the event loop, with no time limit and no sandbox.
Queries go to :mod:`kg.serve.routes` and the workers instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib_endpoint import SparqlRouter
from rdflib_endpoint.utils import SD

from kg import __version__
from kg.formats import GRAPHS, RESULTS
from kg.queries import named_queries, question
from kg.serve import assets, local_links
from kg.serve.linked_data import page
from kg.serve.policy import page_policy

TITLE = "Hong Kong/Shanghai Co-operation Conference knowledge graph"
DESCRIPTION = ("The mechanism, its plenary sessions, officials, posts, events, agreements and co-operation "
               "areas, each fact traced to its sentence.")
EDITOR = '<div id="yasgui"></div>'
ENDPOINT_FROM_PAGE = ("const url = window.location.href.endsWith('/') ? window.location.href.slice(0, -1) "
                      ": window.location.href;")
ENDPOINT = "const url = new URL('sparql', window.location.href).href;"  # /sparql, from / as from /sparql


@dataclass(frozen=True)
class Editor:
    """The query page and its policy; the editor's head (YASGUI's files) and body, for the home page too;
    where YASGUI's files come from; the service description."""

    page: str
    policy: str
    head: str
    body: str
    source: str
    description: Graph


def example_queries() -> dict[str, dict[str, str]]:
    """The named queries, as YASGUI tabs titled by the question each answers."""
    return {question(path): {"query": path.read_text(encoding="utf-8")} for path in named_queries().values()}


def _seed(public_url: str) -> Graph:
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


def _description(router: SparqlRouter) -> Graph:
    """rdflib-endpoint's service description, made true of this server."""
    description = router.service_description
    service = next(description.subjects(SD.endpoint, None))
    description.remove((service, SD.feature, SD.BasicFederatedQuery))  # SERVICE is refused
    description.remove((service, SD.inputFormat, None))  # no LOAD, no dereferencing in FROM
    description.add((service, SD.feature, SD.UnionDefaultGraph))
    for fmt in (*RESULTS.formats, *GRAPHS.formats):
        description.add((service, SD.resultFormat, URIRef(fmt.iri)))
    return description


def _editor_body(router: SparqlRouter) -> str:
    """rdflib-endpoint's editor and the script that starts it, asking this server's ``/sparql``."""
    _, start, rest = router.serve_yasgui().body.decode("utf-8").partition(EDITOR)
    script, end, _ = rest.partition("</script>")
    if not start or not end or ENDPOINT_FROM_PAGE not in script:
        raise RuntimeError("rdflib-endpoint's YASGUI page has changed: no editor, or no endpoint line, in it")
    return start + script.replace(ENDPOINT_FROM_PAGE, ENDPOINT) + end


def editor(dataset: Dataset, public_url: str, base: str, *, update: bool) -> Editor:
    """The query page and the service description of an endpoint at ``public_url``."""
    router = SparqlRouter(path="/sparql", graph=dataset, title=TITLE, description=DESCRIPTION,
                          version=__version__, public_url=public_url, example_queries=example_queries(),
                          service_description=_seed(public_url), enable_update=update)
    local = assets.local_files()
    source = "'self'" if local is not None else assets.PIN["cdn"]
    head, body = assets.tags(local is not None), _editor_body(router) + local_links.script(base)
    sparql_page = page(TITLE, f"<h1>Query the graph</h1><p>{DESCRIPTION}</p>{body}", head=head)
    return Editor(sparql_page, page_policy(sparql_page, editor_source=source), head, body, source,
                  _description(router))
