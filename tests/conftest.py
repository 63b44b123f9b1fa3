"""Shared fixtures: one build of the seed documents and one of the unseen ones per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.graph.build import build
from kg.graph.dataset import load_dataset
from kg.reference import load_reference
from kg.serve.app import load_served

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "documents"
UNSEEN = ROOT / "tests" / "data" / "unseen"
ID = "https://w3id.org/hksh/id/"


@pytest.fixture(scope="session")
def reference():
    return load_reference()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "dist"
    build(documents=SEEDS, out=out)
    return out


@pytest.fixture(scope="session")
def dataset(built):
    """The dataset as ``kg serve`` opens it: the build's Oxigraph store, read-only."""
    return load_served(built)


@pytest.fixture(scope="session")
def unseen(tmp_path_factory):
    out = tmp_path_factory.mktemp("unseen") / "dist"
    build(documents=UNSEEN, out=out)
    return load_dataset(out / "hksh.trig")


@pytest.fixture
def documents_copy(tmp_path) -> Path:
    target = tmp_path / "documents"
    shutil.copytree(SEEDS, target)
    return target


def ask(data, query: str) -> bool:
    return bool(data.query("PREFIX schema: <https://schema.org/> PREFIX hksh: <https://w3id.org/hksh/ontology#> "
                           "PREFIX org: <http://www.w3.org/ns/org#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                           "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                           "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                           "PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX opengov: <http://www.w3.org/ns/opengov#> "
                           + query).askAnswer)


def snapshot(folder: Path, *, store: bool = False) -> dict:
    """The bytes of a build's exports; with ``store``, also the names of the store's files (its bytes are
    Oxigraph's own business and differ between builds of the same graph)."""
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
    if store:
        files["store/"] = sorted(p.name for p in (folder / "store").iterdir())
    return files
