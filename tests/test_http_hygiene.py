"""HTTP hygiene (issue 14, item 5), each tried against a real `kg serve` over loopback HTTP."""

from __future__ import annotations

import httpx
import pytest

from server import running_server

ASK = "ASK { ?s ?p ?o }"
SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 3"


@pytest.fixture(scope="module")
def server(built):
    with running_server(built) as (url, process):
        yield url


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as client:
        yield client


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+json;q=0, text/csv", "text/csv"),
    ("application/sparql-results+json; q=0.0, */*", "application/json"),
    ("text/*;q=0, */*", "application/sparql-results+json"),
    ("*/*;q=0, text/tab-separated-values", "text/tab-separated-values"),
])
def test_a_media_type_with_q0_is_not_chosen(client, accept, media_type):
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].split(";")[0] == media_type


@pytest.mark.parametrize("accept", ["text/csv;q=0", "*/*;q=0", "text/csv;charset=utf-8;q=0"])
def test_only_refused_media_types_is_406(client, accept):
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 406 and response.headers["content-type"].startswith("text/plain")


def test_the_service_page_honours_q0_too(client):
    response = client.get("/sparql", headers={"Accept": "text/html;q=0, text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle") and "sd:Service" in response.text
    assert client.get("/sparql", headers={"Accept": "text/html"}).headers["content-type"].startswith("text/html")
