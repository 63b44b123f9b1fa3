"""A named query's page (``/queries/NAME`` asked for HTML): a field per parameter with what the query says
it wants, a form that comes back with the answer, the same rows as CSV and JSON, a refused value shown
with its reason, and a policy that lets the form go to this server only (issue 15, item 2: "the same on
the page")."""

import base64
import csv
import hashlib
import io
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from fastapi.testclient import TestClient

from kg.params import documentation, parameters
from kg.queries import named_queries
from kg.serve.app import create_app

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # what Chromium sends
WITH_PARAMETERS = sorted(name for name, path in named_queries().items() if parameters(path.read_text()))


@pytest.fixture(scope="module")
def client(dataset, built):
    with TestClient(create_app(dataset, dist=built)) as client:
        yield client


def page(client, path, status=200):
    response = client.get(path, headers={"Accept": BROWSER})
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    return response


def form_of(text):
    """The form's action and its fields (name -> value), as a browser would read them."""
    form = re.search(r'<form class="params" action="([^"]*)" method="get">(.*?)</form>', text, re.S)
    fields = re.findall(r'<input id="[^"]*" name="([^"]*)" size="50" value="([^"]*)"', form.group(2))
    return unescape(form.group(1)), {unescape(k): unescape(v) for k, v in fields}


def results(text):
    table = re.search(r'<table class="results">(.*?)</table>', text, re.S).group(1)
    return [[unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", table)[1:]]


def test_every_parameter_of_every_named_query_is_documented():
    assert WITH_PARAMETERS == ["person-events", "person-mentions", "post-holders"]
    for name in WITH_PARAMETERS:
        text = named_queries()[name].read_text()
        assert set(documentation(text)) == set(parameters(text)), name


@pytest.mark.parametrize("name", WITH_PARAMETERS)
def test_the_page_has_a_field_per_parameter_with_its_description(client, name):
    text = page(client, f"/queries/{name}").text
    action, fields = form_of(text)
    query = named_queries()[name].read_text()
    assert action == f"/queries/{name}" and set(fields) == set(parameters(query))
    for parameter, described in documentation(query).items():
        field = re.search(f'<label for="param-{parameter}">.*?</p>', text, re.S).group(0)
        assert described in unescape(field)


def test_the_form_comes_back_with_the_answer_and_its_csv_and_json(client):
    action, fields = form_of(page(client, "/queries/post-holders").text)
    assert fields == {"date": "2023-11", "post": "Chief Executive"}  # the defaults, as one types them
    fields.update(post="Mayor of Shanghai", date="2023-11-04")
    text = page(client, f"{action}?{urlencode(fields)}").text
    assert form_of(text)[1] == fields  # the fields hold the values the answer is for
    rows = results(text)
    assert rows and {row[1] for row in rows} == {"Gong Zheng"} and {row[4] for row in rows} == {"2023-11-04"}
    links = dict((kind, unescape(href)) for href, kind in re.findall(r'<a href="([^"]+)"[^>]*>(CSV|JSON)</a>', text))
    assert links["CSV"] == "/queries/post-holders.csv?date=2023-11-04&post=Mayor%20of%20Shanghai"
    table = list(csv.reader(io.StringIO(client.get(links["CSV"], headers={"Accept": BROWSER}).text)))
    assert table[0][:2] == ["person", "name"] and [row[1] for row in table[1:]] == [row[1] for row in rows]
    bindings = client.get(links["JSON"], headers={"Accept": BROWSER}).json()["results"]["bindings"]
    assert bindings == client.get(f"/queries/post-holders?{urlencode(fields)}").json()["results"]["bindings"]


def test_an_empty_field_leaves_the_default(client):
    everyone = results(page(client, "/queries/person-events?who=").text)
    one = results(page(client, "/queries/person-events?who=Gong+Zheng").text)
    assert {row[1] for row in one} == {"Gong Zheng"} and len({row[1] for row in everyone}) > 1


def test_a_refused_value_is_shown_with_its_reason(client):
    text = page(client, "/queries/post-holders?post=%3Ca+b%3E", status=400).text
    problem = re.search(r'<p class="problem" role="alert">(.*?)</p>', text).group(1)
    assert unescape(problem) == "'<a b>' is not an IRI (no spaces, quotes, braces or backslashes inside <...>)"
    assert form_of(text)[1]["post"] == "<a b>" and '<table class="results">' not in text
    text = page(client, "/queries/post-holders?title=x", status=400).text
    assert "the query takes no parameter title (its parameters: date, post)" in text


def test_clients_that_do_not_ask_for_html_get_results_as_before(client):
    assert client.get("/queries/posts").headers["content-type"] == "application/sparql-results+json"
    response = client.get("/queries/posts", headers={"Accept": "text/csv"})
    assert response.text.startswith("person,name,post") and "Accept" in response.headers["vary"]
    assert client.get("/queries/posts.csv", headers={"Accept": BROWSER}).text == response.text
    assert client.get("/queries/posts.xml").headers["content-type"] == "application/sparql-results+xml"
    assert client.get("/queries/nothing.csv", headers={"Accept": BROWSER}).status_code == 404
    response = client.head("/queries/post-holders?date=2024", headers={"Accept": BROWSER})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")


def test_only_a_page_with_a_form_may_send_one_and_only_here(client):
    for name in named_queries():
        response = page(client, f"/queries/{name}")
        policy = response.headers["content-security-policy"]
        assert ("form-action 'self'" in policy) is (name in WITH_PARAMETERS), name
        assert "form-action 'none'" in policy or "form-action 'self'" in policy
        assert "unsafe-inline" not in policy and "*" not in policy and "http" not in policy
        for script in re.findall(r"<script>(.*?)</script>", response.text, re.S):
            assert base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() in policy
        assert not re.search(r"<[^>]*\son[a-z]+\s*=", response.text)  # no inline handler
    assert "form-action 'none'" in client.get("/").headers["content-security-policy"]


def test_the_home_page_links_every_named_query_to_its_page(client):
    text = client.get("/").text
    listed = re.search(r'<ul class="named-queries">(.*)</ul>', text, re.S).group(1)
    for name in named_queries():
        assert f'<a href="/queries/{name}">' in listed, name
    assert "<code>post</code>: any of the post" in listed
