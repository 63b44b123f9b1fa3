"""The command line, through click's CliRunner."""

import pytest
from click.testing import CliRunner

from kg import __version__
from kg.cli import main

COMMANDS = ["build", "validate", "convert", "query", "serve", "queries", "review", "evaluate"]


@pytest.fixture
def runner():
    return CliRunner()


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_a_second_build_says_it_patched_the_first(runner, documents_copy, tmp_path):
    command = ["build", "--documents", str(documents_copy), "--out", str(tmp_path / "dist")]
    assert runner.invoke(main, command).exit_code == 0
    again = runner.invoke(main, command)
    assert again.exit_code == 0 and "(none changed since the last build)" in again.output
    edited = sorted(documents_copy.iterdir())[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe meeting ended.\n", encoding="utf-8")
    patched = runner.invoke(main, command)
    assert patched.exit_code == 0 and "(1 changed since the last build, patched into it)" in patched.output


def test_build_then_query(runner, documents_copy, tmp_path):
    out = tmp_path / "dist"
    result = runner.invoke(main, ["build", "--documents", str(documents_copy), "--out", str(out)])
    assert result.exit_code == 0, result.output
    documents = len(list(documents_copy.glob("*.txt")))
    assert f"{documents} documents" in result.output and "valid" in result.output
    result = runner.invoke(main, ["query", "sessions", "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0 and "2021-08" in result.output
    result = runner.invoke(main, ["validate", str(out / "hksh.trig")])
    assert result.exit_code == 0 and result.output.startswith("Conforms")


def test_build_failure_is_reported(runner, documents_copy, tmp_path):
    (documents_copy / "empty.txt").write_text("")
    result = runner.invoke(main, ["build", "--documents", str(documents_copy), "--out", str(tmp_path / "dist")])
    assert result.exit_code == 1
    assert "previous output is unchanged" in result.output and "empty.txt: empty document" in result.output
    assert not (tmp_path / "dist").exists()


def test_convert_prints_turtle(runner):
    from conftest import SEEDS

    result = runner.invoke(main, ["convert", str(SEEDS / "004_794770668342d17e.txt")])
    assert result.exit_code == 0 and "hksh:PlenarySession" in result.output


def test_convert_works_without_front_matter(runner):
    from conftest import ROOT

    source = ROOT.parent / "shared" / "documents" / "004_794770668342d17e.txt"
    if not source.is_file():
        pytest.skip("shared/ is not beside this checkout")
    result = runner.invoke(main, ["convert", str(source)])
    assert result.exit_code == 0
    assert 'schema:headline "Exhibition on achievements' in result.output
    assert '"2023-11-03"^^xsd:date' in result.output


@pytest.mark.parametrize("args, message", [
    (["convert", "nowhere.txt"], "nowhere.txt: cannot read"),
    (["query", "no-such-query"], "no-such-query: no such named query"),
    (["validate", "broken.ttl"], "broken.ttl: not valid turtle"),
])
def test_bad_input_gives_one_line_and_exit_1(runner, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "broken.ttl").write_text("<a> <b> .")
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_malformed_query_file(runner, tmp_path, built):
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x }")
    result = runner.invoke(main, ["query", str(bad), "--data", str(built)])
    assert result.exit_code == 1 and "bad: malformed query" in result.output


def test_serve_without_a_build_says_so(runner, tmp_path):
    result = runner.invoke(main, ["serve", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "run `kg build` first" in result.output


def test_the_command_line_loads_without_the_rdf_stack():
    """`kg --help` is answered without importing rdflib, pyshacl or pyoxigraph (timing: docs/benchmarks.md)."""
    import subprocess
    import sys

    code = "import sys, kg.cli; print(sorted(m for m in ('rdflib', 'pyshacl', 'pyoxigraph') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
