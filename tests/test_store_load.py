"""The store is loaded leniently (it is the build's slowest step); the exports, written from the same lines,
parse them strictly, so a term no parser accepts still fails the build with a line that names it."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.graph.chunks import ChunkIndex
from kg.graph.export import DerivedApart, Spool, write_derived
from kg.graph.job import BuildError
from kg.graph.store import StoreLoading

GOOD = '<http://example.org/a> <http://example.org/p> "x" .\n'
BAD = '<http://example.org/a b> <http://example.org/p> "y" .\n'


def _spooled(folder, text: str) -> tuple[Spool, ChunkIndex]:
    spool = Spool(folder)
    spool.add("http://example.org/doc/1", text)
    spool.finish()
    return spool, ChunkIndex(spool.graphs, spool.union)


def _filled(folder, text: str, *, scratch=None) -> None:
    """A store filled with one graph as the build fills it."""
    with StoreLoading(folder / "store", room=1000, scratch=scratch) as loading:
        Spool(folder, also=loading.add).add("http://example.org/doc/1", text)


def test_a_bad_term_passes_the_lenient_store_but_fails_the_exports(tmp_path):
    (tmp_path / "filled").mkdir()
    _filled(tmp_path / "filled", GOOD + BAD)
    spool, chunks = _spooled(tmp_path, GOOD + BAD)
    store = ox.Store.read_only(str(tmp_path / "filled" / "store"))
    assert len(store) == 4  # both lines, as named graph and as union: the store alone would not have caught it
    del store
    with pytest.raises(BuildError) as raised:
        write_derived(tmp_path, chunks)
    assert "Invalid IRI" in str(raised.value) and "\n" not in str(raised.value)


def test_good_lines_give_the_exports(tmp_path):
    _, chunks = _spooled(tmp_path, GOOD)
    write_derived(tmp_path, chunks)
    assert b"<http://example.org/a>" in (tmp_path / "hksh.ttl").read_bytes()


def _contents(folder) -> list[str]:
    store = ox.Store.read_only(str(folder))
    try:
        return sorted(str(quad) for quad in store)
    finally:
        del store


@pytest.mark.parametrize("scratch", ["memory", "none", "full"])
def test_the_store_is_the_same_wherever_it_was_loaded(tmp_path, monkeypatch, scratch):
    """Filled in a scratch folder and moved, or in place (no scratch, or one without room): the same quads,
    and nothing left behind in the scratch folder."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    if scratch == "full":
        monkeypatch.setattr("kg.graph.store._available_memory", lambda: 10)
    with StoreLoading(tmp_path / "store", room=1000, scratch=None if scratch == "none" else folder) as loading:
        assert (folder in loading.loaded_in.parents) == (scratch == "memory")
        Spool(tmp_path, also=loading.add).add("http://example.org/doc/1", GOOD)
    assert _contents(tmp_path / "store") == [
        '<http://example.org/a> <http://example.org/p> "x"',
        '<http://example.org/a> <http://example.org/p> "x" <http://example.org/doc/1>']
    assert list(folder.iterdir()) == []


def test_a_failed_build_waits_for_the_store_and_leaves_no_scratch(tmp_path, monkeypatch):
    """The build fails while the store loads: the load ends, and its scratch folder goes."""
    monkeypatch.setattr("kg.graph.store.SEGMENT", 1)
    folder = tmp_path / "scratch"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="failed beside"):
        with StoreLoading(tmp_path / "store", room=1000, scratch=folder) as loading:
            Spool(tmp_path, also=loading.add).add("http://example.org/doc/1", GOOD)
            raise RuntimeError("failed beside the store")
    assert list(folder.iterdir()) == [] and not (tmp_path / "store").exists()


def test_the_exports_written_apart_are_the_exports_written_here(tmp_path):
    spool, chunks = _spooled(tmp_path, GOOD + GOOD.replace('"x"', '"y"'))
    apart = tmp_path / "apart"
    apart.mkdir()
    for name in ("hksh.nq", "hksh.nt"):
        (apart / name).write_bytes((tmp_path / name).read_bytes())
    here = ChunkIndex.from_json(chunks.to_json())
    write_derived(tmp_path, here)
    with DerivedApart(chunks.graphs, apart) as trig:
        trig.result()
    assert (apart / "hksh.trig").read_bytes() == (tmp_path / "hksh.trig").read_bytes()
    assert chunks.graphs.lengths == here.graphs.lengths


def test_a_bad_term_fails_the_exports_written_apart_in_one_line(tmp_path):
    """The union's Turtle and JSON-LD parse every triple strictly (the named graphs' TriG reads the same
    triples leniently, and checks only their graphs' names)."""
    spool, chunks = _spooled(tmp_path, GOOD + BAD)
    with pytest.raises(BuildError) as raised:
        with DerivedApart(chunks.union, tmp_path) as turtle:
            turtle.result()
    assert "Invalid IRI" in str(raised.value) and "\n" not in str(raised.value)


def test_a_bad_graph_name_fails_the_trig_export_in_one_line(tmp_path):
    spool = Spool(tmp_path)
    spool.add("http://example.org/doc/1 b", GOOD)
    spool.finish()
    with pytest.raises(BuildError) as raised:
        with DerivedApart(spool.graphs, tmp_path) as trig:
            trig.result()
    assert "Invalid IRI" in str(raised.value) and "\n" not in str(raised.value)


def test_the_trig_export_read_leniently_is_the_strict_one(tmp_path):
    """Where every term is good, the named graphs' lenient parse gives the bytes a strict one gives."""
    from kg.formats import Format
    from kg.graph.chunks import body
    text = GOOD + '<http://example.org/b> <http://example.org/q> "z\\u00e9"@zh-Hant .\n' \
        '<http://example.org/b> <http://example.org/r> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    _, chunks = _spooled(tmp_path, text)
    write_derived(tmp_path, chunks)
    strict = body((tmp_path / "hksh.nq").read_bytes(), Format.NQUADS, Format.TRIG)
    assert strict in (tmp_path / "hksh.trig").read_bytes() and b"zh-hant" in strict


def test_a_scratch_folder_that_is_not_there_is_not_used(tmp_path):
    _filled(tmp_path, GOOD, scratch=tmp_path / "missing")
    assert len(_contents(tmp_path / "store")) == 2


def test_a_failing_export_process_fails_the_build_in_one_line_and_leaves_no_job_file(tmp_path):
    spool, chunks = _spooled(tmp_path, GOOD)
    (tmp_path / "hksh.nq").unlink()
    with pytest.raises(BuildError) as raised:
        with DerivedApart(chunks.graphs, tmp_path) as trig:
            trig.result()
    message = str(raised.value)
    assert "writing the TRIG export failed" in message and "hksh.nq" in message and "\n" not in message
    assert not list(tmp_path.glob(".derive-*"))


@pytest.mark.parametrize("segment, pending", [(1, 1), (2, 3), (10**6, 3)])
def test_a_store_filled_graph_by_graph_is_the_store_loaded_whole(tmp_path, monkeypatch, segment, pending):
    """Filled in loads of any size while the graphs come (the build's way), or loaded from the finished files:
    the same quads; a triple two graphs state is in the default graph once."""
    monkeypatch.setattr("kg.graph.store.SEGMENT", segment)
    monkeypatch.setattr("kg.graph.store.PENDING", pending)
    other = GOOD.replace('"x"', '"z"')
    with StoreLoading(tmp_path / "filled", room=1000, scratch=None) as loading:
        spool = Spool(tmp_path, also=loading.add)
        for n, text in enumerate([GOOD, GOOD + other, other]):
            spool.add(f"http://example.org/doc/{n}", text)
        spool.finish()
    whole = ox.Store(str(tmp_path / "whole"))  # Oxigraph's own loads of the finished files
    whole.bulk_load(path=str(spool.nquads_path), format=ox.RdfFormat.N_QUADS)
    whole.bulk_load(path=str(spool.ntriples_path), format=ox.RdfFormat.N_TRIPLES)
    whole.flush()
    del whole
    assert _contents(tmp_path / "filled") == _contents(tmp_path / "whole")
    assert len(_contents(tmp_path / "filled")) == 6


def test_loads_stay_within_a_batch_and_the_last_one_is_short(tmp_path, monkeypatch):
    """Each load is at most one of Oxigraph's batches (one file per index for RocksDB to merge), and, told how
    many graphs will come, the fill hands over early so that the loads left after the last graph are short."""
    monkeypatch.setattr("kg.graph.store.SEGMENT", 10)
    monkeypatch.setattr("kg.graph.store.LAST", 4)
    sizes = []
    monkeypatch.setattr(StoreLoading, "_both", lambda self, quads, triples: sizes.append(triples.count(b"\n")))
    texts = [GOOD.replace('"x"', f'"{n}"') * 3 for n in range(12)]
    with StoreLoading(tmp_path / "store", room=1000, scratch=None, graphs=len(texts)) as loading:
        spool = Spool(tmp_path, also=loading.add)
        for n, text in enumerate(texts):
            spool.add(f"http://example.org/doc/{n}", text)
    assert sizes == [9, 9, 9, 3, 3, 3]
