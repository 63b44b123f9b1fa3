"""The SPARQL endpoint: in-process with TestClient, then `kg serve` over real HTTP on loopback."""

import urllib.request

import pytest
from fastapi.testclient import TestClient
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from kg.serve.app import create_app


@pytest.fixture(scope="module")
def client(dataset):
    return TestClient(create_app(dataset))


def test_select_by_get_in_json(client):
    response = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) > 1000


def test_default_graph_is_the_union_and_graph_finds_the_document(client):
    query = """PREFIX hksh: <https://w3id.org/hksh/ontology#>
        SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s hksh:sessionNumber ?n FILTER (?n = 6) } } ORDER BY ?g"""
    response = client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})
    graphs = [b["g"]["value"].rsplit("/", 1)[-1] for b in response.json()["results"]["bindings"]]
    assert graphs == ["000-7574ab0ca432de01", "001-73176fa16a7afba8", "003-c6760400fc2f6fb6"]


def test_home_page_is_yasgui_pointed_at_sparql(client):
    response = client.get("/")
    assert response.status_code == 200 and "yasgui" in response.text.lower()
    assert "new URL('sparql', window.location.href)" in response.text
    assert "plenary sessions of the mechanism" in response.text


def test_health(client):
    assert client.get("/health").json()["status"] == "ok"


def test_no_openapi_pages_and_sparql_answers_only_get_and_post(client):
    """The endpoint describes itself in RDF (GET /sparql); FastAPI's OpenAPI pages would load Swagger from
    a CDN and describe nothing else."""
    assert [client.get(path).status_code for path in ("/docs", "/redoc", "/openapi.json")] == [404, 404, 404]
    assert client.put("/sparql", content=b"").status_code == 405
    assert client.head("/sparql", params={"query": "ASK {}"}).status_code == 200


def test_malformed_query_is_a_client_error(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s"})
    assert 400 <= response.status_code < 500


def test_real_http_select_with_sparqlwrapper(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?name WHERE { ?p org:holds <https://w3id.org/hksh/id/post/mayor-of-shanghai> ; rdfs:label ?name
        FILTER (langMatches(lang(?name), "en")) }""")
    client.setReturnFormat(JSON)
    names = {b["name"]["value"] for b in client.queryAndConvert()["results"]["bindings"]}
    assert names == {"Gong Zheng", "Han Zheng", "Yang Xiong", "Ying Yong"}  # mayors over the years


def test_real_http_post_and_construct(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setMethod("POST")
    client.setQuery("""PREFIX hksh: <https://w3id.org/hksh/ontology#>
        CONSTRUCT { ?s hksh:sessionNumber ?n } WHERE { ?s hksh:sessionNumber ?n }""")
    client.setReturnFormat(TURTLE)
    text = client.queryAndConvert().decode()
    assert "hong-kong-shanghai-co-operation-conference-5" in text


def test_real_http_home_page(server):
    with urllib.request.urlopen(server + "/", timeout=5) as response:
        assert response.status == 200 and b"Yasgui" in response.read()


def test_real_http_answer_larger_than_a_pipe_arrives_whole(server):
    """A worker hands its answer over a pipe of about 64 KB; a larger answer must arrive in full, whatever
    the event loop does to the pipe."""
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 2000")
    client.setReturnFormat(JSON)
    for _ in range(3):
        assert len(client.queryAndConvert()["results"]["bindings"]) == 2000
