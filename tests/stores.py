"""Asking a triple store that `kg push` wrote to, and comparing its answers with the build and with `kg serve`.

Terms are compared as RDF terms, not as the JSON that spells them: Virtuoso says ``typed-literal`` (SPARQL
1.0's spelling of a literal with a datatype) and may leave out ``xsd:string``, which RDF 1.1 implies; a
language tag is compared without regard to case, as RDF 1.1 says. Nothing else is forgiven.
"""

from __future__ import annotations

import functools
import json
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kg.graph.store import open_store
from kg.queries import named_queries

from server import running_server

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
Term = tuple[str, str, str, str]  # kind, value, language, datatype
Row = tuple[tuple[str, Term], ...]


def select(endpoint: str, query: str) -> tuple[list[str], list[dict]]:
    """The variables and bindings of a SELECT, asked with an HTML form POST as the SPARQL protocol allows."""
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=120) as response:
        answer = json.loads(response.read())
    return answer["head"]["vars"], answer["results"]["bindings"]


def json_term(value: dict) -> Term:
    kind = "literal" if value["type"] == "typed-literal" else value["type"]
    if kind == "bnode":
        return ("bnode", "", "", "")
    datatype = value.get("datatype", "")
    return (kind, value["value"], value.get("xml:lang", "").lower(), "" if datatype == XSD_STRING else datatype)


def ox_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Term:
    if isinstance(term, ox.NamedNode):
        return ("uri", term.value, "", "")
    if isinstance(term, ox.BlankNode):
        return ("bnode", "", "", "")
    datatype = "" if term.language or term.datatype.value == XSD_STRING else term.datatype.value
    return ("literal", term.value, (term.language or "").lower(), datatype)


def built_graphs(dist: Path) -> dict[str, Counter]:
    """Each named graph of a build, as a bag of triples."""
    store = open_store(dist / "store")
    return {g.value: Counter((ox_term(q.subject), ox_term(q.predicate), ox_term(q.object))
                             for q in store.quads_for_pattern(None, None, None, g))
            for g in store.named_graphs()}


def stored_graphs(endpoint: str, names) -> dict[str, Counter]:
    """The same graphs as a store holds them."""
    graphs = {}
    for name in names:
        _, rows = select(endpoint, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}")
        graphs[name] = Counter((json_term(r["s"]), json_term(r["p"]), json_term(r["o"])) for r in rows)
    return graphs


def graph_names(endpoint: str, prefix: str) -> set[str]:
    """The graphs a store holds whose IRI starts with ``prefix`` (a store has graphs of its own too)."""
    _, rows = select(endpoint, f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?g), "{prefix}")) }}')
    return {row["g"]["value"] for row in rows}


def answers(endpoint: str) -> dict[str, tuple[list[str], list[Row]]]:
    """Every named query's variables and rows, in the order the store gives them."""
    result = {}
    for name, path in named_queries().items():
        variables, bindings = select(endpoint, path.read_text(encoding="utf-8"))
        result[name] = (variables, [tuple(sorted((k, json_term(v)) for k, v in b.items())) for b in bindings])
    return result


def is_ordered(query: str) -> bool:
    return "ORDER BY" in query.upper()


def assert_same_answer(name: str, ours: tuple[list[str], list[Row]], theirs: tuple[list[str], list[Row]]) -> None:
    """The same variables and rows; in the same order when the query orders them."""
    assert theirs[0] == ours[0], name
    assert len(theirs[1]) == len(ours[1]), f"{name}: {len(theirs[1])} rows against kg serve's {len(ours[1])}"
    if is_ordered(named_queries()[name].read_text(encoding="utf-8")):
        assert theirs[1] == ours[1], name
    else:
        assert Counter(theirs[1]) == Counter(ours[1]), name


@functools.cache
def served_answers(dist: Path) -> dict[str, tuple[list[str], list[Row]]]:
    """The named queries' answers from a real `kg serve` over the build, asked once per test session."""
    with running_server(dist) as (url, _):
        return answers(f"{url}/sparql")
