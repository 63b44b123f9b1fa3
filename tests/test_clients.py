"""Every named query through client libraries nobody here wrote (SPARQLWrapper by GET and by POST, rdflib's
SPARQLStore) against a real server over loopback HTTP; and named queries with parameters, by the command
line and by ``/queries/NAME``."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.cli import main
from kg.params import ParameterError, bind, parameters
from kg.queries import named_queries, run


NAMES = sorted(named_queries())


def cells(value) -> str | None:
    return None if value is None else str(value)


@pytest.fixture(scope="module")
def expected(dataset):
    """What each named query answers in process, as rows of strings."""
    out = {}
    for name in NAMES:
        result = run(dataset, named_queries()[name].read_text(encoding="utf-8"))
        out[name] = sorted(tuple(cells(row[v]) for v in result.vars) for row in result)
    return out


def wrapper_rows(url: str, text: str, method: str) -> list[tuple]:
    client = SPARQLWrapper(url + "/sparql")
    client.setMethod(method)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    names = answer["head"]["vars"]
    return sorted(tuple(b.get(n, {}).get("value") for n in names) for b in answer["results"]["bindings"])


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_through_sparqlwrapper(server, expected, name, method):
    text = named_queries()[name].read_text(encoding="utf-8")
    assert wrapper_rows(server, text, method) == expected[name]
    assert expected[name], name  # every named query answers something on the shipped build


@pytest.mark.parametrize("name", NAMES)
def test_every_named_query_through_rdflib_sparqlstore(server, expected, name):
    graph = Graph(store=SPARQLStore(server + "/sparql", returnFormat="json"))
    result = graph.query(named_queries()[name].read_text(encoding="utf-8"))
    assert sorted(tuple(cells(row[v]) for v in result.vars) for row in result) == expected[name]


def fetch(url: str) -> tuple[int, str]:
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as problem:
        return problem.code, problem.read().decode()


def test_named_query_with_parameters_over_http(server):
    query = urllib.parse.urlencode({"post": "Mayor of Shanghai", "date": "2023-11-04"})
    status, body = fetch(f"{server}/queries/post-holders?{query}")
    assert status == 200
    names = {b["name"]["value"] for b in json.loads(body)["results"]["bindings"]}
    assert names == {"Gong Zheng"}
    status, body = fetch(f"{server}/queries/person-mentions?" + urllib.parse.urlencode({"name": "Laura Aron"}))
    people = {b["person"]["value"].rsplit("/", 1)[-1] for b in json.loads(body)["results"]["bindings"]}
    assert status == 200 and people == {"laura-aron"}


def test_named_query_refuses_what_it_does_not_take(server):
    assert fetch(f"{server}/queries/post-holders?nmae=x")[0] == 400
    assert fetch(f"{server}/queries/post-holders?date=2023&date=2024")[0] == 400
    assert fetch(f"{server}/queries/no-such-query")[0] == 404
    status, body = fetch(f"{server}/queries/post-holders?post=" + urllib.parse.quote("<a b>"))
    assert status == 400 and "not an IRI" in body


def test_a_value_cannot_change_the_query(server):
    """A value that tries to close the VALUES block and add patterns stays one string."""
    evil = 'x" } ?s ?p ?o . { "'
    status, body = fetch(f"{server}/queries/person-mentions?" + urllib.parse.urlencode({"name": evil}))
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    text = bind(named_queries()["person-mentions"].read_text(), {"name": evil})
    assert parameters(text) == {"name": '"x\\" } ?s ?p ?o . { \\""'}


def test_parameters_are_the_one_variable_values_clauses():
    assert parameters(named_queries()["post-holders"].read_text()) == {"post": '"Chief Executive"',
                                                                       "date": '"2023-11"'}
    text = "# VALUES ?a { 1 }\nSELECT * { ?s ?p \"VALUES ?b { 2 }\" }"
    assert parameters(text) == {}
    with pytest.raises(ParameterError, match="no parameter a"):
        bind(text, {"a": "x"})


def test_kg_query_takes_parameters(built):
    runner = CliRunner()
    result = runner.invoke(main, ["query", "person-mentions", "--data", str(built), "--format", "csv",
                                  "--param", "name=Laura Aron"])
    assert result.exit_code == 0, result.output
    assert {line.split(",")[0].rsplit("/", 1)[-1] for line in result.output.splitlines()[1:]} == {"laura-aron"}
    result = runner.invoke(main, ["query", "post-holders", "--data", str(built), "--param", "title=x"])
    assert result.exit_code == 1 and "no parameter title (its parameters: date, post)" in result.output
    result = runner.invoke(main, ["query", "sessions", "--data", str(built), "--param", "novalue"])
    assert result.exit_code == 1 and "NAME=VALUE" in result.output
