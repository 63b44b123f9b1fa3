"""Dereferenceable IRIs, the home page, VoID/DCAT and the dumps, in-process through TestClient."""

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib_endpoint.utils import SD

from kg.namespaces import DCAT, VOID
from kg.serve.app import create_app

from conftest import SEEDS

LAURA = "https://w3id.org/hksh/id/person/laura-aron"


@pytest.fixture(scope="module")
def client(dataset, built):
    return TestClient(create_app(dataset, dist=built))


def test_a_person_page_shows_labels_facts_diagram_and_sources(client):
    page = client.get("/id/person/laura-aron", headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "<h1>Laura Aron</h1>" in text and "蔡亮" in text and "Cai Liang" in text
    assert 'href="/id/post/director-of-the-hong-kong-economic-and-trade-office-in-shanghai"' in text
    assert "<svg" in text and "Neighbourhood" in text
    assert "Speaking at the opening ceremony, the Director of the SHETO, Mrs Laura Aron" in text
    assert "<script" not in text.split("<h1>")[1]


@pytest.mark.parametrize("accept, fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                         ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_a_resource_in_rdf_by_content_negotiation(client, accept, fmt):
    response = client.get("/id/person/laura-aron", headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(accept)
    graph = Graph().parse(data=response.text, format=fmt)
    assert (URIRef(LAURA), RDF.type, URIRef("https://schema.org/Person")) in graph
    assert "Accept" in [v.strip() for v in response.headers["vary"].split(",")]


def test_unknown_iri_is_404_and_unacceptable_type_406(client):
    assert client.get("/id/person/nobody-at-all").status_code == 404
    assert client.get("/id/person/laura-aron", headers={"Accept": "image/png"}).status_code == 406


def test_home_page_has_the_timeline_and_the_query_editor(client):
    text = client.get("/").text
    timeline = text[text.index("<h2>Timeline</h2>"):text.index("<h2>Query</h2>")]
    assert "<svg" in timeline and "2003-10 · founded" in timeline and "2021-08 · 5th Plenary Session" in timeline
    assert "renamed" in timeline and "anniversary" in timeline.lower()
    assert 'id="yasgui"' in text


def test_void_and_dcat_describe_the_dataset(client):
    graph = Graph().parse(data=client.get("/.well-known/void").text, format="turtle")
    dataset = next(graph.subjects(RDF.type, VOID.Dataset))
    assert (dataset, RDF.type, DCAT.Dataset) in graph
    assert int(graph.value(dataset, VOID.triples)) > 1000
    documents = len(list(SEEDS.glob("*.txt")))
    assert len(list(graph.objects(dataset, VOID.subset))) == documents + 2  # the ontology, the reference data
    assert len(list(graph.objects(dataset, VOID.dataDump))) == 5
    described = Graph().parse(data=client.get("/sparql", headers={"Accept": "text/turtle"}).text, format="turtle")
    default_dataset = next(described.objects(None, SD.defaultDataset))
    assert str(described.value(default_dataset, RDFS.seeAlso)).endswith("/.well-known/void")


def test_dumps_download_and_nothing_else(client, built):
    response = client.get("/dump/hksh.trig")
    assert response.status_code == 200 and response.content == (built / "hksh.trig").read_bytes()
    assert client.get("/dump/manifest.json").status_code == 404
    assert client.get("/dump/..%2F..%2Fetc%2Fpasswd").status_code == 404
