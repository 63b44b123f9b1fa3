"""Pages shaped for what they show, from the named queries; their tables as CSV; every fact cited."""

import csv
import io
import re
from html import unescape

import pytest
from fastapi.testclient import TestClient
from rdflib import URIRef

from kg.namespaces import DEFAULT_BASE
from kg.queries import named_queries, run
from kg.serve.app import create_app
from kg.serve.pages import bound, shape_of

SESSION = "session/hong-kong-shanghai-co-operation-conference-4"
PERSON = "person/gong-zheng"
MECHANISM = "org/hong-kong-shanghai-co-operation-conference"


@pytest.fixture(scope="module")
def client(dataset, built):
    with TestClient(create_app(dataset, dist=built)) as client:
        yield client


def html(client, path):
    response = client.get(path, headers={"Accept": "text/html"})
    assert response.status_code == 200
    return response.text


def test_a_session_page(client):
    text = html(client, "/id/" + SESSION)
    for title in ("The session", "Who took part", "Co-operation areas", "Agreements signed", "Sources"):
        assert f"<h2>{title}" in text
    assert "2018-08-24" in text and 'href="/id/person/carrie-lam-cheng-yuet-ngor"' in text


def test_a_person_page_and_the_mechanism_page(client):
    person = html(client, "/id/" + PERSON)
    assert "龚正" in person and "Mayor of Shanghai" in person and "<h2>Events, in date order" in person
    mechanism = html(client, "/id/" + MECHANISM)
    assert "<h2>Names over time" in mechanism and "Hong Kong/Shanghai Economic" in mechanism
    assert "svg" in mechanism and "4th Plenary Session" in mechanism


def test_other_resources_keep_the_generic_page(client):
    text = html(client, "/id/place/hong-kong")
    assert "<h2>Facts</h2>" in text and "named query" not in text


@pytest.mark.parametrize("path", [SESSION, PERSON, MECHANISM])
def test_tables_are_the_named_queries_rows_and_download_as_csv(client, dataset, path):
    iri = DEFAULT_BASE + path
    shape = shape_of(dataset, URIRef(iri))
    for table in shape.tables:
        response = client.get(f"/table/{table.query}.csv", params={"about": path})
        assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.reader(io.StringIO(response.text)))
        text = named_queries()[table.query].read_text()
        expected = run(dataset, bound(text, table.variable, iri))
        assert len(rows) - 1 == len(list(expected)), table.query
        assert len(list(run(dataset, bound(text, table.variable, iri, inline=True)))) == len(rows) - 1 or not table.inline
        if table.variable in rows[0]:
            assert {r[rows[0].index(table.variable)] for r in rows[1:]} <= {iri}


def test_a_csv_of_a_table_not_on_the_page_is_404(client):
    assert client.get("/table/posts.csv", params={"about": SESSION}).status_code == 404
    assert client.get("/table/sessions.csv", params={"about": "session/none"}).status_code == 404
    assert client.get("/table/sessions.csv", params={"about": SESSION + "> } SELECT"}).status_code == 404


def test_every_fact_row_cites_its_sentences_or_says_no_document_does(client):
    text = html(client, "/id/" + PERSON)
    facts = text.split("<h2>All facts</h2>")[1].split("</table>")[0]
    rows = re.findall(r"<tr>(.*?)</tr>", facts, re.S)
    assert rows and all('<details class="cite">' in row for row in rows)
    holds = next(row for row in rows if "org:holds" in row and "Mayor of Shanghai" in row)
    assert "source" in holds and "Mayor" in unescape(" ".join(re.findall(r"<blockquote>(.*?)</blockquote>", holds, re.S)))
    assert "no document" in next(row for row in rows if "龚正" in row)


def test_a_document_fact_quotes_the_sentence_that_names_both_ends(client):
    text = html(client, "/id/" + SESSION)
    facts = text.split("<h2>All facts</h2>")[1].split("</table>")[0]
    attendee = next(row for row in re.findall(r"<tr>(.*?)</tr>", facts, re.S) if "Ying Yong" in row)
    quoted = unescape(" ".join(re.findall(r"<blockquote>(.*?)</blockquote>", attendee, re.S)))
    assert "Ying Yong" in quoted
