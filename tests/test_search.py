"""Search by name: the index read from the served graph, and GET /search as HTML and JSON."""

import pytest
from fastapi.testclient import TestClient

from kg.namespaces import DEFAULT_BASE
from kg.serve.app import create_app
from kg.serve.search import MAX_QUERY, SearchIndex, normalise

LEE = DEFAULT_BASE + "person/john-lee-ka-chiu"
GONG = DEFAULT_BASE + "person/gong-zheng"


@pytest.fixture(scope="module")
def index(dataset):
    return SearchIndex.from_dataset(dataset, DEFAULT_BASE)


@pytest.fixture(scope="module")
def client(dataset, built):
    with TestClient(create_app(dataset, dist=built)) as client:
        yield client


def first(index, query):
    hits = index.search(query)
    return hits[0].iri if hits else None


@pytest.mark.parametrize("query", ["John Lee", "Lee Ka-chiu", "lee ka chiu", "Li Jiachao", "李家超", "leekachiu",
                                   "Ka-chiu Lee", "Jhon Lee", "john le"])
def test_a_person_is_found_by_any_name_spelling_script_or_word_order(index, query):
    assert first(index, query) == LEE


def test_misspellings_and_word_order(index):
    assert first(index, "Gong Zhen") == GONG
    assert first(index, "Zheng Gong") == GONG
    assert first(index, "Gnog Zheng") == GONG


def test_every_kind_is_searchable(index):
    kinds = {hit.kind for query in ("Shanghai", "Hong Kong", "plenary session", "finance", "memorandum", "expo")
             for hit in index.search(query)}
    assert {"place", "session", "area", "agreement", "event", "organisation"} <= kinds
    assert index.search("fourth plenary session")[0].iri.endswith("conference-4")


def test_ranked_deterministically_exact_names_first(index):
    hits = index.search("Shanghai")
    assert hits[0].label == "Shanghai" and hits[0].score == 100
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert hits == index.search("Shanghai")


def test_nothing_for_nothing(index):
    assert index.search("") == [] and index.search("  ,, ") == []
    assert index.search("zzqxv wqpt") == []
    assert len(index.search("a" * 10_000)) <= 20


def test_normalise_folds_case_accents_width_and_punctuation():
    assert normalise("LEE  Ka-chiu") == normalise("lee ka chiu") == "lee ka chiu"
    assert normalise("Ｂéijīng") == "beijing"


def test_json_by_accept_or_format(client):
    for response in (client.get("/search", params={"q": "gong zheng"}, headers={"Accept": "application/json"}),
                     client.get("/search", params={"q": "gong zheng", "format": "json"})):
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        first = response.json()["results"][0]
        assert first["iri"] == GONG and first["href"] == "/id/person/gong-zheng" and first["kind"] == "person"


def test_html_results_link_to_pages_and_escape_the_query(client):
    response = client.get("/search", params={"q": "gong zheng"}, headers={"Accept": "text/html"})
    assert response.status_code == 200 and 'href="/id/person/gong-zheng"' in response.text
    hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    text = client.get("/search", params={"q": hostile}).text
    assert "<script>alert" not in text and "<img src=x" not in text and "&lt;script&gt;alert(1)" in text
    policy = client.get("/search", params={"q": "x"}).headers["content-security-policy"]
    assert "'unsafe-inline'" not in policy and "connect-src 'self'" in policy and "form-action 'none'" in policy


def test_the_query_is_bounded_and_formats_refused(client):
    assert client.get("/search", params={"q": "a" * (MAX_QUERY + 1)}).status_code == 400
    assert client.get("/search", params={"q": "a" * (MAX_QUERY + 1), "format": "json"}).status_code == 400
    assert client.get("/search", params={"q": "x"}, headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/search", params={"q": "x", "format": "xml"}).status_code == 406


def test_every_page_has_the_search_box(client):
    for path in ("/", "/sparql", "/id/place/hong-kong", "/id/person/gong-zheng", "/search?q=x"):
        text = client.get(path, headers={"Accept": "text/html"}).text
        assert '<form class="search"' in text, path
