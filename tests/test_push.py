"""`kg push` into a real Oxigraph server (PyPI `oxigraph`) started on loopback: every graph arrives,
pushing twice leaves the same data, and a refusal or an unreachable store is one clear line."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.store import open_store
from kg.queries import named_queries

from server import free_port
from stores import answers, assert_same_answer, built_graphs, graph_names, served_answers, stored_graphs

OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def select(base: str, query: str) -> list[dict]:
    request = urllib.request.Request(f"{base}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())["results"]["bindings"]


def start_oxigraph(folder: Path, *options: str):
    port = free_port()
    process = subprocess.Popen([OXIGRAPH, "serve", "--location", str(folder / "db"), "--bind", f"127.0.0.1:{port}", *options],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            select(base, "SELECT * WHERE {} LIMIT 1")
            return base, process
        except OSError:
            assert process.poll() is None and time.monotonic() < deadline, "oxigraph did not start"
            time.sleep(0.1)


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    process.wait(10)


@pytest.fixture
def oxigraph(tmp_path):
    base, process = start_oxigraph(tmp_path)
    yield base
    stop(process)


@pytest.fixture(scope="module")
def oxigraph_union(built, tmp_path_factory):
    """An Oxigraph server whose default graph is the union of its graphs, as docs/production.md says to run it,
    with the seed build pushed into it."""
    base, process = start_oxigraph(tmp_path_factory.mktemp("oxigraph"), "--union-default-graph")
    result = CliRunner().invoke(main, ["push", "--store", f"{base}/store", "--data", str(built)])
    assert result.exit_code == 0, result.output
    yield base
    stop(process)


def counts(base: str) -> dict[str, int]:
    rows = select(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_push_puts_every_graph_and_twice_is_the_same(built, oxigraph):
    ours = open_store(built / "store")
    expected = {g.value: len(list(ours.quads_for_pattern(None, None, None, g))) for g in ours.named_graphs()}
    for _ in range(2):
        result = CliRunner().invoke(main, ["push", "--store", f"{oxigraph}/store", "--data", str(built)])
        assert result.exit_code == 0, result.output
        assert counts(oxigraph) == expected
    assert f"{len(expected)} graphs" in result.output
    assert select(oxigraph, "SELECT * WHERE { ?s ?p ?o } LIMIT 1") == []  # default graph left alone


def test_push_with_union_fills_the_default_graph(built, oxigraph):
    result = CliRunner().invoke(main, ["push", "--store", f"{oxigraph}/store", "--data", str(built), "--union"])
    assert result.exit_code == 0, result.output
    union = int(select(oxigraph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]["value"])
    assert union == json.loads((built / "manifest.json").read_text())["triples"]


def test_a_refusal_is_one_line_and_exit_1(built, oxigraph):
    result = CliRunner().invoke(main, ["push", "--store", f"{oxigraph}/no-such-service", "--data", str(built)])
    assert result.exit_code == 1
    assert result.output.startswith("kg push: PUT ") and "refused: 404" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_an_unreachable_store_and_missing_credentials_are_clear(built, monkeypatch):
    result = CliRunner().invoke(main, ["push", "--store", f"http://127.0.0.1:{free_port()}/store", "--data", str(built)])
    assert result.exit_code == 1 and "cannot reach" in result.output
    monkeypatch.delenv("KG_PUSH_TOKEN", raising=False)
    result = CliRunner().invoke(main, ["push", "--store", "http://127.0.0.1:9/store", "--data", str(built),
                                       "--auth", "bearer"])
    assert result.exit_code == 1 and "KG_PUSH_TOKEN" in result.output


def test_every_quad_arrives_as_it_is_in_the_build(built, oxigraph_union):
    ours = built_graphs(built)
    assert stored_graphs(f"{oxigraph_union}/query", ours) == ours
    assert graph_names(f"{oxigraph_union}/query", "") == set(ours)


@pytest.fixture(scope="module")
def oxigraph_answers(oxigraph_union):
    return answers(f"{oxigraph_union}/query")


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_named_queries_answer_as_kg_serve_does(built, oxigraph_answers, name):
    """Oxigraph's union default graph is a bag, as Virtuoso's is (tests/test_virtuoso.py)."""
    assert_same_answer(name, served_answers(built)[name], oxigraph_answers[name])
