"""The incremental build: unchanged documents are read back, changed ones converted, output identical."""

import shutil

from kg.graph.build import build
from kg.graph.cache import ConversionCache

from conftest import ID, ROOT, snapshot


def test_a_rebuild_reuses_unchanged_documents_and_gives_the_same_bytes(documents_copy, tmp_path, built):
    reference = ROOT / "data" / "reference"
    cache = ConversionCache(tmp_path / "cache", reference_dir=reference, base="https://w3id.org/hksh/id/")
    build(documents=documents_copy, out=tmp_path / "first", cache=cache)
    documents = len(list(documents_copy.glob("*.txt")))
    assert (cache.hits, cache.misses) == (0, documents)
    assert snapshot(tmp_path / "first") == snapshot(built)

    again = ConversionCache(tmp_path / "cache", reference_dir=reference, base="https://w3id.org/hksh/id/")
    changed = documents_copy / "004_794770668342d17e.txt"
    changed.write_text(changed.read_text().replace("Mrs Laura Aron", "Mrs Laura Aron, and Ms Ye Liang"))
    build(documents=documents_copy, out=tmp_path / "second", cache=again)
    assert (again.hits, again.misses) == (documents - 1, 1)

    fresh = tmp_path / "uncached"
    build(documents=documents_copy, out=fresh)
    assert snapshot(tmp_path / "second") == snapshot(fresh)


def test_the_key_changes_with_the_base(tmp_path):
    reference = ROOT / "data" / "reference"
    one = ConversionCache(tmp_path, reference_dir=reference, base="https://w3id.org/hksh/id/")
    other_base = ConversionCache(tmp_path, reference_dir=reference, base="https://example.org/id/")
    assert one.prefix != other_base.prefix


def test_an_edit_to_the_reference_data_converts_every_document_again(documents_copy, tmp_path):
    """Any byte of any reference file is in the key: even a comment, which changes no output."""
    for path in sorted(documents_copy.iterdir())[3:]:
        path.unlink()
    reference = tmp_path / "reference"
    shutil.copytree(ROOT / "data" / "reference", reference)
    first = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
    build(documents=documents_copy, out=tmp_path / "first", reference_dir=reference, cache=first)
    again = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
    build(documents=documents_copy, out=tmp_path / "again", reference_dir=reference, cache=again)
    assert (first.misses, again.hits, again.misses) == (3, 3, 0)

    for edited in sorted(reference.glob("*.yaml")):
        original = edited.read_bytes()
        edited.write_bytes(original + b"\n# a comment\n")
        cache = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
        assert cache.prefix != first.prefix, edited.name
        edited.write_bytes(original)
    edited.write_bytes(original + b"\n# a comment\n")
    cache = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
    build(documents=documents_copy, out=tmp_path / "edited", reference_dir=reference, cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)
    before, after = snapshot(tmp_path / "first"), snapshot(tmp_path / "edited")
    assert before.pop("build-state.json") != after.pop("build-state.json")  # it keeps the inputs' digest
    assert before == after


def test_the_cache_goes_where_kg_cache_says(tmp_path, monkeypatch):
    """Tests (and users) can keep the cache out of the checkout."""
    monkeypatch.setenv("KG_CACHE", str(tmp_path / "elsewhere"))
    assert ConversionCache(reference_dir=ROOT / "data" / "reference", base=ID).folder == tmp_path / "elsewhere"
    monkeypatch.delenv("KG_CACHE")
    assert ConversionCache(reference_dir=ROOT / "data" / "reference", base=ID).folder == ROOT / ".cache" / "graphs"


def test_a_digest_the_build_took_names_the_same_entry_as_the_cache_would(documents_copy, tmp_path):
    from kg.graph.cache import file_digest

    reference = ROOT / "data" / "reference"
    document = sorted(documents_copy.glob("*.txt"))[0]
    told = ConversionCache(tmp_path, reference_dir=reference, base="https://w3id.org/hksh/id/")
    told.know({document: file_digest(document)})
    itself = ConversionCache(tmp_path, reference_dir=reference, base="https://w3id.org/hksh/id/")
    assert told._path(document) == itself._path(document)
    document.write_bytes(document.read_bytes() + b"\nOne more line.\n")
    assert ConversionCache(tmp_path, reference_dir=reference, base="https://w3id.org/hksh/id/")._path(document) != itself._path(document)


def test_an_edit_to_any_source_file_of_the_package_changes_the_key(tmp_path):
    """The key covers the whole package, not a list of the modules that seem to matter."""
    from kg.graph.cache import PACKAGE, code_key

    reference = ROOT / "data" / "reference"
    copy = tmp_path / "kg"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    key = code_key
    before = key(reference, copy)
    sources = sorted(copy.rglob("*.py"))
    assert len(sources) > 40 and any(p.name == "export.py" for p in sources)
    for path in sources:
        original = path.read_bytes()
        path.write_bytes(original + b"\n# edited\n")
        assert key(reference, copy) != before, path
        path.write_bytes(original)
    assert key(reference, copy) == before


def test_a_graph_read_back_from_the_cache_is_checked_like_a_converted_one(documents_copy, tmp_path):
    """The cache saves converting, not checking: a cached graph that breaks a check fails the build, named."""
    import pytest

    from kg.graph.build import BuildError

    reference = ROOT / "data" / "reference"
    cache = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
    build(documents=documents_copy, out=tmp_path / "first", cache=cache)
    document = sorted(documents_copy.glob("*.txt"))[0]
    graph = f"{ID}doc/{document.stem}"
    cache.put(document, cache.get(document) + f"<{graph}> <http://schema.org/name> \"wrong scheme\" .\n")
    again = ConversionCache(tmp_path / "cache", reference_dir=reference, base=ID)
    with pytest.raises(BuildError) as failed:
        build(documents=documents_copy, out=tmp_path / "second", cache=again)
    assert again.misses == 0
    assert any("http-schema-org" in line for line in failed.value.lines), failed.value.lines
