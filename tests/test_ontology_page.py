"""/ontology as documentation generated from ontology/hksh.ttl, over real HTTP: every term with its label,
comment, domain, range and the shapes that use it; the graph itself by Accept."""

import html
import re
import urllib.request

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.graph.dataset import ONTOLOGY
from kg.namespaces import HKSH


def get(url: str, accept: str):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=15) as response:
        return response.headers, response.read().decode()


@pytest.fixture(scope="module")
def page(server):
    headers, body = get(server + "/ontology", "text/html")
    assert headers["Content-Type"].startswith("text/html") and "default-src 'none'" in headers["Content-Security-Policy"]
    return body


def section(page: str, name: str) -> str:
    match = re.search(rf'<section id="{re.escape(name)}">(.*?)</section>', page, re.S)
    assert match, name
    return html.unescape(re.sub(r"<[^>]+>", " ", match.group(1)))


def test_every_term_of_the_ontology_has_its_section(page):
    ontology = Graph().parse(ONTOLOGY)
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and str(s).startswith(str(HKSH))}
    assert len(terms) >= 18
    for term in terms:
        text = " ".join(section(page, str(term)[len(str(HKSH)):]).split())
        for predicate in (RDFS.label, RDFS.comment):
            for value in ontology.objects(term, predicate):
                assert " ".join(str(value).split()) in text, (term, predicate)


def test_a_term_shows_domain_range_and_the_shapes_that_use_it(page):
    number = " ".join(section(page, "sessionNumber").split())
    assert "Domain hksh:PlenarySession" in number and "Range xsd:integer" in number
    assert "Used by shapes PlenarySessionShape" in number
    held = " ".join(section(page, "heldOn").split())
    assert "Domain time:Interval" in held and "IntervalShape" in held
    assert 'href="#PlenarySession"' in page and 'id="shape-IntervalShape"' in page


def test_the_graph_is_still_there_by_accept(server):
    headers, body = get(server + "/ontology", "text/turtle")
    assert headers["Content-Type"].startswith("text/turtle")
    assert (HKSH.heldOn, RDFS.label, None) in Graph().parse(data=body, format="turtle")
