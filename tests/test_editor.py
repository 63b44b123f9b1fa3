"""What rdflib-endpoint gives the server, used as it is: its editor's start-up script on the site's pages,
and its service description, made true of this server."""

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef
from rdflib.namespace import Namespace

from kg.formats import GRAPHS, RESULTS
from kg.queries import named_queries, question
from kg.serve import assets
from kg.serve.app import create_app
from kg.serve.search import search_box

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def client(dataset):
    with TestClient(create_app(dataset, workers=1)) as client:
        yield client


def _description(client) -> tuple[Graph, URIRef]:
    graph = Graph().parse(data=client.get("/sparql", headers={"Accept": "text/turtle"}).text, format="turtle")
    return graph, next(graph.subjects(SD.endpoint, None))


def test_the_service_description_says_what_this_server_does(client):
    graph, service = _description(client)
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in graph  # read-only
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph
    assert (service, SD.feature, SD.BasicFederatedQuery) not in graph  # SERVICE is refused
    assert not list(graph.objects(service, SD.inputFormat))  # nothing is ever loaded
    written = {str(iri) for iri in graph.objects(service, SD.resultFormat)}
    assert written == {fmt.iri for fmt in (*RESULTS.formats, *GRAPHS.formats)}
    assert "http://www.w3.org/ns/formats/JSON-LD" in written and "http://www.w3.org/ns/formats/SPARQL_Results_TSV" in written


def test_an_updatable_server_says_so(dataset):
    with TestClient(create_app(dataset, workers=1, update_token="x" * 32)) as client:
        graph, service = _description(client)
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) in graph


@pytest.mark.parametrize("path", ["/", "/sparql"])
def test_the_editor_has_a_tab_per_named_query_and_the_pinned_files_only(client, path):
    text = client.get(path, headers={"Accept": "text/html"}).text
    assert text.count('<div id="yasgui"></div>') == 1 and "new Yasgui(" in text
    assert "new URL('sparql', window.location.href)" in text  # /sparql, from either page
    assert all(question(query) in text for query in named_queries().values())
    assert "unpkg.com" not in text and "readthedocs" not in text  # rdflib-endpoint's template's own links
    assert assets.tags(assets.local_files() is not None) in text
    assert search_box() in text.split("</nav>")[0]  # the site's navigation, with the search box
