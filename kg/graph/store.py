"""The persistent store: the build's dataset in an Oxigraph database on disk, which ``kg serve`` opens
instead of parsing the dumps again on every start.

The store holds each named graph and, in its default graph, their union as a set: SPARQL's default graph
is an RDF merge, where Oxigraph's own "union default graph" would repeat a triple once per document that
states it. The rdflib API stays (through the ``oxrdflib`` store plugin); Oxigraph answers the queries.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.formats import Format
from kg.graph.dataset import RDFFileError, format_for
from kg.namespaces import bind_prefixes

STORE = "store"  # the folder, inside a build's output


MEMORY_FOLDER = Path("/dev/shm")  # a file system in memory, where Linux has one


def write_store(quads: Path, union: Path, folder: Path, *, scratch: Path | None = MEMORY_FOLDER) -> None:
    """A new on-disk store: the N-Quads file's named graphs, and the N-Triples union as default graph.

    Leniently, which costs about a seventh less: the build's own writer made these lines, and the exports
    written beside the store parse the same lines strictly, so a bad term still fails the build. The bulk
    load waits on the disk for about half its time, so it is done in ``scratch`` (a file system in memory)
    when that has room to spare, and the finished store moved into ``folder``."""
    room = _room(scratch, 2 * (quads.stat().st_size + union.stat().st_size))
    if room is None:
        _load(quads, union, folder)
        return
    with tempfile.TemporaryDirectory(prefix="hksh-store-", dir=room) as work:
        _load(quads, union, Path(work) / STORE)
        shutil.copytree(Path(work) / STORE, folder)


def _load(quads: Path, union: Path, folder: Path) -> None:
    """The named graphs and the default graph loaded at once, in two threads: each bulk load parses on one
    core, and the two give the same quads as one after the other (figures in docs/benchmarks.md)."""
    store = ox.Store(str(folder))
    with ThreadPoolExecutor(1) as beside:
        default = beside.submit(store.bulk_load, path=str(union), format=ox.RdfFormat.N_TRIPLES, lenient=True)
        store.bulk_load(path=str(quads), format=ox.RdfFormat.N_QUADS, lenient=True)
        default.result()
    store.flush()
    del store


def _room(scratch: Path | None, needed: int) -> Path | None:
    """``scratch``, when it is a writable folder with ``needed`` bytes free and the machine has as much
    memory available (a file system in memory takes its room from memory); otherwise None."""
    if scratch is None or not scratch.is_dir() or not os.access(scratch, os.W_OK):
        return None
    try:
        free = shutil.disk_usage(scratch).free
        available = _available_memory()
    except OSError:
        return None
    return scratch if min(free, available) >= needed else None


def _available_memory() -> int:
    with open("/proc/meminfo", encoding="ascii") as info:
        for line in info:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def open_store(folder: Path) -> ox.Store:
    """An on-disk store opened read-only (several processes may do so at once)."""
    try:
        return ox.Store.read_only(str(folder))
    except OSError as error:
        raise RDFFileError(f"{folder}: not a readable store ({' '.join(str(error).split())[:200]})") from None


def memory_store(path: Path) -> ox.Store:
    """An in-memory store parsed from an RDF file (a file, not a build, was named)."""
    fmt = format_for(path)
    if not path.is_file():
        raise RDFFileError(f"{path}: no such file")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt.rdf)
    except (SyntaxError, ValueError, OSError) as error:
        raise RDFFileError(f"{path}: not valid {fmt.name.lower()} ({' '.join(str(error).split())[:200]})") from None
    if fmt in (Format.TRIG, Format.NQUADS):
        named = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)
                 if not isinstance(q.graph_name, ox.DefaultGraph)}
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in named)
    return store


def copy_to_memory(store: ox.Store) -> ox.Store:
    """A writable in-memory copy (for a server that accepts updates without touching the build)."""
    copy = ox.Store()
    copy.bulk_extend(store.quads_for_pattern(None, None, None, None))
    return copy


class Native(OxigraphStore):
    """oxrdflib's rdflib store, keeping its Oxigraph store where our code may reach it (oxrdflib keeps it
    private), so that queries can go to Oxigraph directly."""

    def __init__(self, store: ox.Store):
        super().__init__(store=store)
        self.native = store


class OnDisk(Native):
    """A store opened read-only from its folder, which a forked process opens again for itself."""

    def __init__(self, folder: Path):
        super().__init__(open_store(folder))
        self.folder = Path(folder)


def as_dataset(store: ox.Store | Native) -> Dataset:
    """The store behind rdflib's Dataset API (its default graph holds the union of the named graphs)."""
    wrapped = store if isinstance(store, Native) else Native(store)
    dataset = Dataset(store=wrapped)
    bind_prefixes(dataset)
    return dataset


def reopened(dataset: Dataset) -> Dataset:
    """The dataset as a newly forked process should use it: its own handle on an on-disk store."""
    store = dataset.store
    return as_dataset(OnDisk(store.folder)) if isinstance(store, OnDisk) else dataset


def native_store(dataset: Dataset) -> ox.Store | None:
    """The Oxigraph store under a dataset made by :func:`as_dataset`, or None for rdflib's own stores."""
    store = dataset.store
    return store.native if isinstance(store, Native) else None
