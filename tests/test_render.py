"""Linked-data pages are made in the query workers, under the time limit of a query: a page that takes
too long is stopped and answered 503, like a query, and the server keeps answering meanwhile."""

import time

import pytest
from fastapi.testclient import TestClient

from kg.serve import linked_data
from kg.serve.app import create_app


def _slow(*_, **__) -> str:
    time.sleep(30)
    return "<!DOCTYPE html><p>never</p>"


@pytest.fixture
def slow_pages(dataset, monkeypatch):
    """An application whose page renderers take 30 s (patched before the workers fork, so they inherit it),
    with a time limit of 1 s."""
    monkeypatch.setattr(linked_data, "resource_page", _slow)
    monkeypatch.setattr(linked_data, "graph_page", _slow)
    monkeypatch.setattr("kg.serve.render.ontology_page", _slow)
    with TestClient(create_app(dataset, timeout=1.0, workers=1)) as client:
        yield client


@pytest.mark.parametrize("path", ["/id/person/gong-zheng", "/id/place/hong-kong", "/ontology",
                                  "/id/graph/reference"])
def test_a_slow_page_gets_the_time_limit_answer(slow_pages, path):
    started = time.monotonic()
    response = slow_pages.get(path, headers={"Accept": "text/html"})
    elapsed = time.monotonic() - started
    assert response.status_code == 503 and "time limit is 1 s" in response.text, response.text
    assert response.text.startswith("Page stopped after") and response.headers["retry-after"]
    assert elapsed < 5  # answered at the limit, not when the renderer would have finished
    assert slow_pages.get("/health").json()["status"] == "ok"


def test_rdf_of_a_resource_is_not_slowed_by_the_page_renderer(slow_pages):
    response = slow_pages.get("/id/place/hong-kong", headers={"Accept": "text/turtle"})
    assert response.status_code == 200 and "hong-kong" in response.text


def test_a_page_is_made_in_a_worker_not_on_the_server(dataset, monkeypatch):
    """The renderer runs in another process: a page knows the process that made it."""
    import os

    server = os.getpid()
    monkeypatch.setattr(linked_data, "resource_page", lambda *a, **k: f"<p>made by {os.getpid()}</p>")
    with TestClient(create_app(dataset, workers=1)) as client:
        response = client.get("/id/place/hong-kong", headers={"Accept": "text/html"})
    assert response.status_code == 200 and response.text.startswith("<p>made by ")
    assert int(response.text.removeprefix("<p>made by ").split("<")[0]) != server


def test_the_ontology_page_is_still_made(dataset):
    with TestClient(create_app(dataset, workers=1)) as client:
        response = client.get("/ontology", headers={"Accept": "text/html"})
    assert response.status_code == 200 and 'id="heldOn"' in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'none'")
