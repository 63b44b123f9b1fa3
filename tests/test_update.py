"""SPARQL Update: refused by default; with --allow-update only for the token's bearer; LOAD never."""

import http.client
import json
import os
import time
import urllib.parse
from urllib.parse import urlparse

import pytest
from click.testing import CliRunner

from kg.cli import main

from server import running_server

TOKEN = "a-test-token-0123456789"
INSERT = 'INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> "added" } }'
CHECK = 'ASK { <https://example.org/s> <https://example.org/p> "added" }'


def post(url, body, content_type, token=None):
    parsed = urlparse(url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    headers = {"Content-Type": content_type, "Accept": "application/sparql-results+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    connection.request("POST", "/sparql", body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def asks(url):
    return json.loads(post(url, CHECK, "application/sparql-query")[1])["boolean"]


@pytest.fixture(scope="module")
def updatable(built, tmp_path_factory):
    os.environ["KG_UPDATE_TOKEN"] = TOKEN
    try:
        with running_server(built, "--allow-update") as (url, _):
            yield url
    finally:
        del os.environ["KG_UPDATE_TOKEN"]


def test_without_the_token_nothing_changes(updatable):
    assert post(updatable, INSERT, "application/sparql-update")[0] == 401
    assert post(updatable, INSERT, "application/sparql-update", token="wrong-token-0123456789")[0] == 401
    assert asks(updatable) is False


def test_with_the_token_the_update_is_seen_by_later_queries(updatable):
    status, _ = post(updatable, urllib.parse.urlencode({"update": INSERT}), "application/x-www-form-urlencoded", TOKEN)
    assert status == 204
    assert all(asks(updatable) for _ in range(4))  # every worker sees it


def test_load_is_never_allowed(updatable):
    status, body = post(updatable, "LOAD <http://127.0.0.1:9/x>", "application/sparql-update", TOKEN)
    assert status == 403 and b"LOAD is never allowed" in body


def test_allow_update_needs_a_token(tmp_path, built, monkeypatch):
    monkeypatch.delenv("KG_UPDATE_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["serve", "--allow-update", "--data", str(built)])
    assert result.exit_code == 1 and "KG_UPDATE_TOKEN" in result.output


def test_the_home_timeline_shows_an_accepted_update(updatable):
    session = "https://w3id.org/hksh/id/session/hong-kong-shanghai-co-operation-conference-9"
    update = f"""PREFIX hksh: <https://w3id.org/hksh/ontology#> PREFIX schema: <https://schema.org/>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        INSERT DATA {{ GRAPH <https://example.org/g> {{ <{session}> a hksh:PlenarySession ;
            rdfs:label "9th Plenary Session of the Hong Kong/Shanghai Co-operation Conference"@en ;
            hksh:ofConference <https://w3id.org/hksh/id/org/hong-kong-shanghai-co-operation-conference> ;
            hksh:sessionNumber "9"^^xsd:integer ; schema:startDate "2030-05"^^xsd:gYearMonth }} }}"""
    assert post(updatable, update, "application/sparql-update", TOKEN)[0] == 204
    parsed = urlparse(updatable)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    connection.request("GET", "/")
    assert "2030-05 · 9th Plenary Session" in connection.getresponse().read().decode()


def test_the_default_graph_stays_the_union_of_the_named_graphs(updatable):
    triple = '<https://example.org/t> <https://example.org/p> "plain" .'
    status, body = post(updatable, f"INSERT DATA {{ {triple} }}", "application/sparql-update", TOKEN)
    assert status == 400 and b"named graph" in body
    for operation in ("INSERT", "DELETE"):
        update = f"{operation} DATA {{ GRAPH <https://example.org/h> {{ {triple} }} }}"
        assert post(updatable, update, "application/sparql-update", TOKEN)[0] == 204
        answer = json.loads(post(updatable, f"ASK {{ {triple} }}", "application/sparql-query")[1])["boolean"]
        assert answer is (operation == "INSERT")


def test_the_search_finds_a_name_an_accepted_update_added(updatable):
    person = "https://w3id.org/hksh/id/person/zebulon-quaxley"
    update = f"""PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        INSERT DATA {{ GRAPH <https://example.org/g> {{ <{person}> a schema:Person, foaf:Person ;
            rdfs:label "Zebulon Quaxley"@en }} }}"""
    parsed = urlparse(updatable)

    def search():
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        connection.request("GET", "/search?format=json&q=zebulon+quaxley")
        return [hit["iri"] for hit in json.loads(connection.getresponse().read())["results"]]

    assert person not in search()
    status, body = post(updatable, update, "application/sparql-update", TOKEN)
    assert status == 204, body
    for _ in range(100):  # the index is rebuilt in a thread after the update
        if person in search():
            break
        time.sleep(0.1)
    assert search()[0] == person
