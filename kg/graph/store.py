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


# Statements a fill gathers at most before it hands them to Oxigraph's bulk loader: the loader's own batch, so
# that a load is one batch, written as one file per index. Each file RocksDB takes in is merged with all that
# is already loaded (the keys are hashes) every second file, so fewer, larger loads cost less in all
# (figures in docs/benchmarks.md).
SEGMENT = 1_000_000
# The loads near the end, which a build may wait for once its documents are converted, hold at most this many.
LAST = 250_000
# Loads handed over and not done yet, before a fill waits for the oldest: it bounds the memory held.
PENDING = 2
# The room a store loads in, per byte of the documents it is built from: the N-Quads run to about 60 bytes a
# byte of document on the bench corpus, and a load takes about four times the N-Quads' size.
ROOM_PER_DOCUMENT_BYTE = 400


class StoreLoading:
    """A store loading in the background, one bulk load after another in a thread of its own; :meth:`finish`
    (or leaving the ``with`` block) waits for them and puts the store in ``folder``.

    A build fills it while the documents convert (:meth:`add`: each graph's quads, and its triples into the
    default graph, whose union is a set however often a triple comes), so that when the last document is
    converted only the last load is left: told how many ``graphs`` will come, it keeps the last loads to
    :data:`LAST` statements. Leniently, which costs about a seventh less: the
    build's own writer made these lines, and the exports written beside the store parse the same lines
    strictly, so a bad term still fails the build. A bulk load waits on the disk for about half its time, so it
    is done in ``scratch`` (a file system in memory) when that has ``room`` bytes to spare, and the finished
    store moved into ``folder``."""

    def __init__(self, folder: Path, *, room: int, scratch: Path | None = MEMORY_FOLDER, graphs: int | None = None):
        self.folder, self.graphs = Path(folder), graphs
        room_in = _room(scratch, room)
        self._work = tempfile.TemporaryDirectory(prefix="hksh-store-", dir=room_in) if room_in else None
        self.loaded_in = Path(self._work.name) / STORE if self._work else self.folder
        self._store = ox.Store(str(self.loaded_in))
        self._threads = ThreadPoolExecutor(1)
        self._loads: list = []
        self._quads: list[bytes] = []
        self._triples: list[bytes] = []
        self._gathered = 0
        self._added = self._lines = 0  # graphs and statements added so far
        self._ending = False  # the last loads, of LAST statements at most, have begun to gather
        self._finished = False

    def add(self, quads: bytes, triples: bytes, lines: int) -> None:
        """One graph: its N-Quads, and the same ``lines`` as N-Triples for the default graph."""
        if self._gathered and self._gathered + lines > self._segment():
            self._hand_over()
        self._quads.append(quads)
        self._triples.append(triples)
        self._gathered += lines
        self._added += 1
        self._lines += lines

    def _segment(self) -> int:
        """How many statements a load may hold: :data:`SEGMENT`, then :data:`LAST` once the graphs still to come
        (``graphs`` less those added, at the lines a graph so far) fit in two such loads, so that what is left
        to load when the last graph comes is short; at that moment none (what is gathered goes at once)."""
        if self._ending:
            return LAST
        if self.graphs is None or self._lines * (self.graphs - self._added) > 2 * LAST * self._added:
            return SEGMENT
        self._ending = True
        return 0

    def _hand_over(self) -> None:
        if not self._gathered:
            return
        quads, triples = b"".join(self._quads), b"".join(self._triples)
        self._quads, self._triples, self._gathered = [], [], 0
        while sum(not load.done() for load in self._loads) >= PENDING:
            next(load for load in self._loads if not load.done()).result()
        self._loads.append(self._threads.submit(self._both, quads, triples))

    def _both(self, quads: bytes, triples: bytes) -> None:
        self._store.bulk_load(input=quads, format=ox.RdfFormat.N_QUADS, lenient=True)
        self._store.bulk_load(input=triples, format=ox.RdfFormat.N_TRIPLES, lenient=True)

    def _wait(self) -> None:
        self._threads.shutdown(wait=True)
        for load in self._loads:
            load.result()

    def finish(self) -> None:
        """Load what is gathered, wait for every load, and move the store into its folder if it was loaded
        elsewhere."""
        if self._finished:
            return
        self._finished = True
        try:
            self._hand_over()
            self._wait()
            self._store.flush()
            del self._store
            if self._work is not None:
                shutil.copytree(self.loaded_in, self.folder)
        finally:
            self._close()

    def _close(self) -> None:
        self.__dict__.pop("_store", None)
        if self._work is not None:
            self._work.cleanup()
            self._work = None

    def __enter__(self) -> "StoreLoading":
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.finish()
            return
        try:  # a bulk load cannot be stopped: let it end before its folder goes
            self._threads.shutdown(wait=True)
        finally:
            self._close()


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
