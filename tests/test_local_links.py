"""What a browser meets off the w3id.org address: a 406 naming the formats, a favicon, and links that
stay on this server (in the pages, and in the query editor's results by the page's own script)."""

import re
import urllib.error
import urllib.request

import pytest

from kg.serve.local_links import script
from kg.serve.policy import _hashes


def get(url: str, method: str = "GET", accept: str = "*/*"):
    request = urllib.request.Request(url, method=method, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as problem:
        return problem.code, problem.headers, problem.read()


@pytest.mark.parametrize("path", ["/id/place/hong-kong", "/ontology", "/id/graph/reference"])
def test_an_unknown_format_gets_406_with_the_choices(server, path):
    status, headers, body = get(f"{server}{path}?format=xml")
    assert status == 406 and headers["Content-Type"].startswith("text/plain")
    assert "Unknown format 'xml'" in body.decode() and "ttl, jsonld, nt, rdf, html" in body.decode()
    assert get(f"{server}{path}?format=ttl")[0] == 200


def test_a_local_favicon(server):
    for method in ("GET", "HEAD"):
        status, headers, body = get(server + "/favicon.ico", method)
        assert status == 200 and headers["Content-Type"] == "image/png"
    assert get(server + "/favicon.ico")[2].startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("path", ["/", "/sparql"])
def test_the_editor_pages_carry_the_link_script_allowed_by_their_policy(server, path):
    status, headers, body = get(server + path, accept="text/html")
    page = body.decode()
    assert status == 200 and script("https://w3id.org/hksh/id/") in page
    allowed = _hashes(script("https://w3id.org/hksh/id/"), "script")[0]
    assert allowed in headers["Content-Security-Policy"]


def test_pages_link_ontology_terms_and_instances_here(server):
    page = get(server + "/id/session/hong-kong-shanghai-co-operation-conference-6", accept="text/html")[2].decode()
    links = set(re.findall(r'href="([^"]+)"', page))
    assert "/ontology#PlenarySession" in links and "/ontology#sessionNumber" in links
    assert not [link for link in links if link.startswith("https://w3id.org/hksh/")]
