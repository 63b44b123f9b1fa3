"""The incremental build: a few changed documents patch the last build (store and exports, chunk by chunk)
into exactly what a full build writes, and its cross-document view catches what the whole union would."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.graph.build import BuildError, build
from kg.graph.cache import ConversionCache
from kg.graph.export import nt_text
from kg.graph.incremental import BuildState, apply
from kg.graph.staged import document_conforms, neighbourhood_conforms
from kg.graph.store import open_store
from kg.graph.validate import shacl
from kg.timing import Stages

from conftest import ID, ROOT, snapshot
from breakages import BREAKAGES, broken_parts

PATCHED = "incremental: patch the store and the exports"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Sixty synthetic documents, enough for the exports to have many chunks."""
    folder = tmp_path / "documents"
    subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--count", "60", "--seed", "3",
                    "--out", str(folder)], check=True, capture_output=True)
    return folder


def _cache(tmp_path: Path) -> ConversionCache:
    return ConversionCache(tmp_path / "cache", reference_dir=ROOT / "data" / "reference", base=ID)


def _quads(dist: Path) -> set[str]:
    return {str(quad) for quad in open_store(dist / "store")}


def test_a_patched_build_is_byte_for_byte_the_full_build(corpus, tmp_path):
    out = tmp_path / "dist"
    build(documents=corpus, out=out, cache=_cache(tmp_path))
    names = sorted(p.name for p in corpus.iterdir())
    edited = corpus / names[3]
    edited.write_text(edited.read_text(encoding="utf-8").replace(" the ", " the said ", 2), encoding="utf-8")
    shutil.copy(corpus / names[7], corpus / f"{names[7][:-4]}-again.txt")
    (corpus / names[11]).unlink()
    stages = Stages()
    result = build(documents=corpus, out=out, cache=_cache(tmp_path), stages=stages)
    assert PATCHED in stages.seconds and result.patched == 3

    full = tmp_path / "full"
    build(documents=corpus, out=full)
    assert snapshot(out) == snapshot(full)
    assert (out / "build-state.json").read_bytes() == (full / "build-state.json").read_bytes()
    assert _quads(out) == _quads(full)


def test_an_unchanged_corpus_is_patched_to_the_same_output(documents_copy, tmp_path, built):
    out = tmp_path / "dist"
    build(documents=documents_copy, out=out, cache=_cache(tmp_path))
    result = build(documents=documents_copy, out=out, cache=_cache(tmp_path))
    assert result.patched == 0
    assert snapshot(out) == snapshot(built) and _quads(out) == _quads(built)


def test_new_build_inputs_mean_a_full_build(documents_copy, tmp_path):
    out = tmp_path / "dist"
    build(documents=documents_copy, out=out, cache=_cache(tmp_path))
    curation = tmp_path / "curation.yaml"
    curation.write_text((ROOT / "data" / "curation.yaml").read_text(encoding="utf-8") + "\n# a new comment\n")
    stages = Stages()
    result = build(documents=documents_copy, out=out, cache=_cache(tmp_path), curation=curation, stages=stages)
    assert result.patched is None and PATCHED not in stages.seconds


def test_a_bad_document_fails_the_patch_and_keeps_the_last_build(documents_copy, tmp_path):
    out = tmp_path / "dist"
    build(documents=documents_copy, out=out, cache=_cache(tmp_path))
    before = snapshot(out)
    (documents_copy / "empty.txt").write_bytes(b"")
    with pytest.raises(BuildError, match="empty.txt"):
        build(documents=documents_copy, out=out, cache=_cache(tmp_path))
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".dist")] == []


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_patched_view_passes_exactly_when_the_union_passes(graphs, breakage, built, tmp_path):
    parts = broken_parts(graphs, breakage)
    changed = {iri: set(nt_text(parts[iri]).splitlines(keepends=True)) for iri in parts
               if nt_text(parts[iri]) != nt_text(graphs[iri])}
    if any("/id/doc/" not in iri for iri in changed):
        pytest.skip("changes the ontology or the reference data, after which a build is never a patch")
    state = BuildState.load(built)
    patched = apply(changed, state=state, old=built, staging=tmp_path)
    base_text = "".join(nt_text(graph) for iri, graph in sorted(graphs.items()) if "/id/doc/" not in iri)
    by_parts = all(document_conforms("".join(sorted(lines)), base_text) for lines in changed.values()) and \
        neighbourhood_conforms(open_store(tmp_path / "store"), patched.chunks.union, tmp_path, patched.subjects,
                               patched.untyped, base_text)
    union = Graph()
    for graph in parts.values():
        union += graph
    assert by_parts is shacl(union).conforms is (breakage is BREAKAGES["valid"])
