"""The endpoint is safe to expose: tried against a real `kg serve` over loopback HTTP."""

import http.client
import json
import signal
import socket
import threading
import time
import urllib.parse
from urllib.parse import urlparse

import pytest

from server import Listener, running_server

TIMEOUT = 3.0
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(built):
    with running_server(built, "--timeout", str(TIMEOUT), "--max-rows", "50", "--max-request-bytes", "20000") as (url, process):
        yield urlparse(url), process


def request(server, method, path, body=None, headers=None, timeout=30):
    connection = http.client.HTTPConnection(server[0].hostname, server[0].port, timeout=timeout)
    connection.request(method, path, body=body, headers=headers or {})
    response = connection.getresponse()
    return response.status, dict(response.getheaders()), response.read()


def query(server, text, accept="application/sparql-results+json", **kwargs):
    return request(server, "POST", "/sparql", urllib.parse.urlencode({"query": text}),
                   {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, **kwargs)


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * FROM <http://127.0.0.1:{port}/x> WHERE {{ ?s ?p ?o }} LIMIT 1",
    "SELECT * FROM NAMED <http://127.0.0.1:{port}/x> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 1",
])
def test_no_query_makes_the_server_connect_anywhere(server, template):
    listener = Listener()
    try:
        status, _, body = query(server, template.format(port=listener.port))
        time.sleep(0.5)
        assert listener.connections == 0
        if "SERVICE" in template:
            assert status == 400 and b"SERVICE is not allowed" in body
    finally:
        listener.close()


def test_from_a_local_file_returns_nothing_of_it(server):
    status, _, body = query(server, "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert status == 200 and b"root" not in body and json.loads(body)["results"]["bindings"] == []
    status, _, body = request(server, "GET", "/sparql?" + urllib.parse.urlencode(
        {"query": "ASK { ?s ?p ?o }", "default-graph-uri": "file:///etc/passwd"}), headers={"Accept": "application/json"})
    assert json.loads(body)["boolean"] is False


def test_a_runaway_query_is_stopped_while_others_are_served(server):
    outcome = {}

    def slow():
        started = time.monotonic()
        outcome["status"] = query(server, CROSS_JOIN)[0]
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    status, _, _ = query(server, "ASK { ?s ?p ?o }")
    assert status == 200 and time.monotonic() - started < 1.0
    thread.join()
    assert outcome["status"] == 503 and outcome["seconds"] < TIMEOUT + 1


@pytest.mark.parametrize("method, path, body, headers, status", [
    ("GET", "/sparql?query=SELECT%20*%20WHERE%20%7B", None, {}, 400),
    ("POST", "/sparql", "INSERT DATA { <a> <b> <c> }", {"Content-Type": "application/sparql-update"}, 403),
    ("POST", "/sparql", "update=LOAD%20%3Chttp%3A%2F%2Fexample.org%2F%3E", {"Content-Type": "application/x-www-form-urlencoded"}, 403),
    ("POST", "/sparql", "query=" + "x" * 30000, {"Content-Type": "application/x-www-form-urlencoded"}, 413),
    ("POST", "/sparql", "ASK {}", {"Content-Type": "text/plain"}, 415),
    ("POST", "/sparql", b"ASK { ?s ?p \xff }", {"Content-Type": "application/sparql-query"}, 400),
    ("GET", "/sparql?query=ASK%20%7B%7D", None, {"Accept": "image/png"}, 406),
])
def test_bad_requests_get_their_4xx_and_a_message(server, method, path, body, headers, status):
    got, got_headers, text = request(server, method, path, body, headers)
    assert got == status and text.strip() and b"Traceback" not in text


def test_form_is_decoded_once(server):
    status, _, body = query(server, 'SELECT ?x WHERE { BIND ("100%" AS ?x) }')
    assert status == 200 and json.loads(body)["results"]["bindings"][0]["x"]["value"] == "100%"


def test_results_are_capped(server):
    status, headers, body = query(server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 50
    assert "only the first 50 rows" in headers.get("x-result-truncated", "")


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
])
def test_result_formats(server, accept, media_type):
    status, headers, _ = query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2", accept=accept)
    assert status == 200 and headers["content-type"].startswith(media_type)


@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"])
def test_describe_answers_with_an_rdf_media_type(server, accept):
    status, headers, body = query(server, "DESCRIBE <https://w3id.org/hksh/id/person/laura-aron>", accept=accept)
    assert status == 200 and headers["content-type"].startswith(accept) and b"laura-aron" in body


def test_cors_allows_any_origin_without_credentials(server):
    status, headers, _ = request(server, "GET", "/sparql?query=ASK%20%7B%7D", headers={"Origin": "https://evil.example"})
    assert headers.get("access-control-allow-origin") == "*"
    assert "access-control-allow-credentials" not in {k.lower() for k in headers}


def test_service_description_and_gzip(server):
    status, headers, body = request(server, "GET", "/sparql", headers={"Accept": "text/turtle"})
    assert status == 200 and b"sd:Service" in body and b"BasicFederatedQuery" not in body
    status, headers, _ = query(server, "SELECT * WHERE { ?s ?p ?o }", accept="application/sparql-results+json")
    connection = http.client.HTTPConnection(server[0].hostname, server[0].port)
    connection.request("GET", "/sparql?query=" + urllib.parse.quote("SELECT * WHERE { ?s ?p ?o }"),
                       headers={"Accept-Encoding": "gzip", "Accept": "application/json"})
    assert connection.getresponse().getheader("content-encoding") == "gzip"


def test_sigterm_stops_the_server_mid_query(built):
    with running_server(built, "--timeout", "60") as (url, process):
        parsed = urlparse(url)
        thread = threading.Thread(target=lambda: _quietly(lambda: query((parsed, process), CROSS_JOIN, timeout=60)), daemon=True)
        thread.start()
        time.sleep(1.0)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=10)
        assert time.monotonic() - started < 5


def _quietly(call):
    try:
        call()
    except OSError:
        pass


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERV\\u0049CE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",  # an escape hides the keyword
])
@pytest.mark.parametrize("store", ["oxigraph", "rdflib"])
def test_service_is_refused_before_evaluation_on_either_store(dataset, store, text):
    from rdflib import Dataset, Literal, URIRef

    from kg.serve.execute import Job, execute

    if store == "rdflib":
        dataset = Dataset(default_union=True)
        dataset.graph(URIRef("https://example.org/g")).add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("o")))
    answer = execute(dataset, Job(text, accept="application/sparql-results+json"))
    expected = b"a codepoint escape outside a string or IRI" if "\\u" in text else b"SERVICE is not allowed"
    assert answer.status == 400 and expected in answer.body
