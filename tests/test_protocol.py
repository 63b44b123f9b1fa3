"""The W3C SPARQL 1.1 Protocol tests, read from the manifest and sent as raw HTTP to a real `kg serve`.

The update tests do not apply: this endpoint is read-only, so each update request must be refused with a
4xx (and the ASK that would check its effect is skipped).
"""

import http.client
import json
from urllib.parse import urlparse

import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.namespaces import bind_prefixes

from server import ROOT, running_server

SUITE = ROOT.parent / "shared" / "conformance" / "sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
DATA = "http://kasei.us/2009/09/sparql/data/"

pytestmark = pytest.mark.skipif(not (SUITE / "manifest.ttl").exists(), reason="shared/conformance is not beside this checkout")


def manifest_tests():
    if not (SUITE / "manifest.ttl").exists():
        return []
    g = Graph().parse(SUITE / "manifest.ttl", format="turtle")
    tests = []
    for entry in Collection(g, next(g.objects(None, MF.entries))):
        requests = []
        for r in Collection(g, g.value(g.value(entry, MF.action), HT.requests)):
            body = g.value(r, HT.body)
            headers = g.value(r, HT.headers)
            response = g.value(r, HT.resp)
            requests.append({
                "method": str(g.value(r, HT.methodName)),
                "path": str(g.value(r, HT.absolutePath)),
                "body": str(g.value(body, CNT.chars)) if body is not None else None,
                "encoding": str(g.value(body, CNT.characterEncoding) or "UTF-8") if body is not None else None,
                "headers": {str(g.value(h, HT.fieldName)): str(g.value(h, HT.fieldValue))
                            for h in (Collection(g, headers) if headers is not None else [])},
                "status": {str(s).rsplit("#", 1)[-1] for s in g.objects(response, MF.expectedStatus)},
                "format": str(g.value(response, MF.expectedFormat) or ""),
                "boolean": g.value(response, MF.expectedBoolean),
            })
        tests.append(pytest.param(requests, id=str(entry).rsplit("#", 1)[-1]))
    return tests


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    for n in (1, 2, 3):
        graph = dataset.graph(URIRef(f"{DATA}data{n}.rdf"))
        graph.parse(SUITE / f"data{n}.nt", format="nt")
    folder = tmp_path_factory.mktemp("conformance")
    dataset.serialize(folder / "hksh.trig", format="trig")
    with running_server(folder) as (url, _):
        yield urlparse(url)


def send(server, request):
    connection = http.client.HTTPConnection(server.hostname, server.port, timeout=30)
    path = request["path"].replace("/sparql/", "/sparql", 1)
    body = request["body"].encode(request["encoding"].lower().replace("utf-16", "utf-16")) if request["body"] is not None else None
    headers = {"Accept": "application/sparql-results+json, text/turtle;q=0.9", **request["headers"]}
    connection.request(request["method"], path, body=body, headers=headers)
    response = connection.getresponse()
    return response.status, response.getheader("content-type", ""), response.read()


@pytest.mark.parametrize("requests", manifest_tests())
def test_w3c_protocol(server, requests):
    for request in requests:
        status, media_type, body = send(server, request)
        is_update = "update" in request["headers"].get("content-type", "") or (request["body"] or "").startswith("update=")
        if is_update and "StatusCode4xx" not in request["status"]:
            assert 400 <= status < 500, "a read-only endpoint refuses updates with a 4xx"
            return  # the follow-up check of the update's effect does not apply
        expected = {int(code[len("StatusCode")]) for code in request["status"]}
        assert status // 100 in expected, (status, body[:200])
        if request["format"] == "boolean":
            assert json.loads(body)["boolean"] is (request["boolean"].toPython() if request["boolean"] is not None else json.loads(body)["boolean"])
        elif request["format"] == "tabular":
            assert "results" in json.loads(body)
        elif request["format"] == "RDF":
            assert media_type.split(";")[0] in ("text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json")
