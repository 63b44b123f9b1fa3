"""One dataset everywhere: what the endpoint answers is what the dumps hold, datatypes included, and it
passes the shapes (issue 15, item 1)."""

from __future__ import annotations

import urllib.parse
import urllib.request

from rdflib import Graph

from kg.graph.validate import shacl


def test_a_construct_of_the_endpoint_is_the_dump_triple_for_triple(server, built):
    query = urllib.parse.urlencode({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}).encode()
    request = urllib.request.Request(server + "/sparql", data=query, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=60) as response:
        served = response.read().decode("utf-8")
    # as rdflib terms: a language tag's case is no difference in RDF (Oxigraph keeps tags in lower case),
    # but "a"^^xsd:string and "a" are two terms to rdflib, and a datatype is a datatype
    endpoint, dump = set(Graph().parse(data=served, format="nt")), set(Graph().parse(built / "hksh.nt", format="nt"))
    assert len(endpoint) > 1000
    assert endpoint - dump == set() and dump - endpoint == set()
    assert shacl(served).conforms


def test_every_get_route_answers_head(server):
    """HEAD is GET without the body (RFC 9110): a link checker or a cache asks it first."""
    import http.client
    from urllib.parse import urlparse

    parsed = urlparse(server)
    for path in ("/", "/health", "/.well-known/void", "/dump/hksh.ttl", "/id/person/laura-aron", "/sparql",
                 "/queries/post-holders", "/queries/post-holders.csv?date=2024"):
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        connection.request("HEAD", path)
        response = connection.getresponse()
        assert response.status == 200 and response.read() == b"", (path, response.status)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
    connection.request("HEAD", "/queries/post-holders?date=2024", headers={"Accept": "text/html"})
    response = connection.getresponse()  # a named query's page
    assert response.status == 200 and response.getheader("content-type").startswith("text/html")
    assert response.read() == b""


def test_the_graph_iris_and_the_ontology_answer(server):
    """The reference graph's IRI, a document graph's IRI and /ontology: the first IRIs a consumer of the
    dumps dereferences (they were 404)."""
    import http.client
    from urllib.parse import urlparse

    parsed = urlparse(server)
    for path, accept, expected in [("/id/graph/reference", "text/turtle", b"Laura Aron"),
                                   ("/id/doc/004-794770668342d17e", "application/n-triples", b"oa#exact"),
                                   ("/ontology", "text/turtle", b"owl:Class"),
                                   ("/ontology", "text/html", b"sessionNumber"),
                                   ("/id/graph/nothing-here", "text/turtle", None)]:
        connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=30)
        connection.request("GET", path, headers={"Accept": accept})
        response = connection.getresponse()
        body = response.read()
        if expected is None:
            assert response.status == 404, path
        else:
            assert response.status == 200 and expected in body, (path, response.status, body[:200])
