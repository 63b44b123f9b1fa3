"""Converting a folder of documents to sorted N-Triples, one text per document, on every core.

Documents are independent, so conversion runs in a pool of processes (one per core); each worker loads
the reference data once. Text, not rdflib graphs, crosses the process boundary and goes to the cache:
it is cheap to pickle, and the rest of the build works on lines.

Each document has a time limit, and only a process can be stopped mid-way (a thread in pysbd or in a
regular expression cannot), so with a limit every document is converted in a worker process (pebble's
pool), which is killed when its document runs past the limit and replaced by a fresh one.
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from pebble import ProcessExpired, ProcessFuture, ProcessPool
from rdflib import Graph, URIRef

from kg.convert import convert_triples, doc_iri
from kg.curation import Curation, apply_curation
from kg.graph.dataset import ontology_graph
from kg.graph.export import Graphs, nt_text
from kg.graph.job import BuildInputs
from kg.graph.staged import document_conforms, document_findings, graphs_pass
from kg.graph.validate import Key, graph_checks
from kg.graph.warm_up import warm_up
from kg.rdf.reference_graph import reference_graph
from kg.reference import Reference, load_reference
from kg.text.document import DocumentError
from kg.timing import NoStages, Stages

SERIAL_BELOW = 16  # documents: fewer than this are not worth starting processes for, when there is no limit
AHEAD = 8  # documents queued per worker: enough to keep it busy, few enough to hold little in memory
BATCH = 16  # graphs checked at once: most of the saving (base graphs read once) at a few graphs in memory

_REFERENCE: Reference | None = None
_BASE = ""


def base_graphs(reference: Reference, base: str) -> Graphs:
    """The graphs every build starts from: the ontology and the reference data."""
    return [(str(g.identifier), nt_text(g)) for g in (ontology_graph(), reference_graph(reference, base))]


def _load(reference_dir: Path, base: str) -> None:
    global _REFERENCE, _BASE
    _REFERENCE, _BASE = load_reference(reference_dir), base


@dataclass
class Converted:
    """What a worker sends back: the graph's N-Triples, or the error that stopped it."""

    path: Path
    text: str | None = None
    error: str | None = None


def _convert_one(path: Path, reference: Reference, base: str, stages: Stages) -> Converted:
    """A worker reports a bad document rather than raising it."""
    try:
        iri, triples = convert_triples(path, reference=reference, base=base, stages=stages)
    except DocumentError as error:
        return Converted(path, error=str(error))
    except Exception as error:  # a converter bug on one odd document fails the build with its name, not a traceback
        return Converted(path, error=f"{path}: the converter failed on it ({type(error).__name__}: "
                                     f"{' '.join(str(error).split())[:200]}, at {_where(error)}); please report it")
    with stages("rdf"):
        return Converted(path, nt_text(triples))


def _where(error: BaseException) -> str:
    """The line that raised, so that the one-line report still tells a developer where to look."""
    frames = traceback.extract_tb(error.__traceback__)
    if not frames:
        return "an unknown place"
    frame = frames[-1]
    where = Path(frame.filename)
    root = Path(__file__).resolve().parents[2]
    shown = where.relative_to(root).as_posix() if where.is_relative_to(root) else where.name
    return f"{shown}:{frame.lineno} in {frame.name}"


def _convert(path: Path) -> Converted:
    return _convert_one(path, _REFERENCE, _BASE, NoStages())


def jobs_default() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _converted(paths: list[Path], *, reference_dir: Path, base: str, jobs: int,
               stages: Stages, time_limit: float | None) -> Iterator[Converted]:
    if time_limit is None and (jobs <= 1 or len(paths) < SERIAL_BELOW):
        reference = load_reference(reference_dir)
        for path in paths:
            yield _convert_one(path, reference, base, stages)
        return
    if not paths:
        return
    workers = max(1, min(jobs, len(paths)))
    _load(reference_dir, base)
    with stages("warm up"):
        warm_up(_REFERENCE, base)  # forked workers inherit it: no document's time limit pays for it
    pool = ProcessPool(workers, context=multiprocessing.get_context("fork"))
    try:
        with stages("convert (parallel)"):
            scheduled = ((path, pool.schedule(_convert, (path,), timeout=time_limit)) for path in paths)
            pending = deque(islice(scheduled, workers * AHEAD))
            while pending:
                path, future = pending.popleft()
                pending.extend(islice(scheduled, 1))
                yield _outcome(path, future, time_limit)
    finally:
        pool.stop()
        pool.join()


def _outcome(path: Path, future: ProcessFuture, time_limit: float | None) -> Converted:
    """A worker's result; a document that ran out of time, or whose process died, is a bad document."""
    try:
        return future.result()
    except TimeoutError:
        return Converted(path, error=f"{path}: not converted within {time_limit:g} s (the time limit per document)")
    except ProcessExpired as error:
        return Converted(path, error=f"{path}: its conversion process died (exit code {error.exitcode})")


def curate(text: str, identifier: str, curation: Curation) -> str:
    """Apply the curation decisions that concern this document (most documents are left as they are)."""
    named = curation.accept | set(curation.merge) | set(curation.rename) | {str(r["subject"]) for r in curation.reject}
    if not any(f"<{iri}>" in text for iri in named):
        return text
    graph = Graph(identifier=URIRef(identifier))
    graph.parse(data=text, format="nt")
    return nt_text(apply_curation(graph, curation))


class Conversion:
    """The documents' graphs as ``(graph IRI, N-Triples)`` in the order of the paths, one at a time, so
    that a build of any size holds a few documents in memory. As it goes, ``errors`` lists bad documents,
    ``violations`` what the graph-scoped checks found, ``suspects`` the graphs in which SHACL found
    anything (with the base graphs in view), and ``reused`` counts the graphs read back from the cache.

    Every graph is checked, whether converted or read back from the cache (which saves converting, not
    checking): :data:`BATCH` graphs at a time, and one by one only when their batch found anything, so
    that each finding names its graph."""

    def __init__(self, paths: list[Path] | tuple[Path, ...], inputs: BuildInputs, *, base_text: str,
                 curation: Curation, stages: Stages | None = None,
                 progress: Callable[[int], None] = lambda done: None):
        self.paths, self.inputs, self.base_text, self.curation = list(paths), inputs, base_text, curation
        self.cache, self.base = inputs.cache, inputs.base
        self.stages, self.progress = stages or NoStages(), progress
        self.errors: list[str] = []
        self.violations: list[str] = []
        self.suspects: list[str] = []
        self.own: set[Key] = set()  # what SHACL found in a suspect's graph on its own
        self.reused = 0

    def __iter__(self) -> Iterator[tuple[str, str]]:
        batch: list[tuple[str, str]] = []
        for graph in self._graphs():
            batch.append(graph)
            if len(batch) == BATCH:
                yield from self._checked(batch)
                batch = []
        yield from self._checked(batch)

    def _graphs(self) -> Iterator[tuple[str, str]]:
        """Each document's graph, curated, from the cache or converted (and then cached)."""
        known = {path for path in self.paths if self.cache is not None and self.cache.contains(path)}
        fresh = self._converted([path for path in self.paths if path not in known])
        for path in self.paths:
            text = self.cache.get(path) if path in known else None
            if text is None:
                done = next(self._converted([path]) if path in known else fresh)  # known: left the cache since
                self.progress(1)
                if done.error is not None:
                    self.errors.append(done.error)
                    continue
                text = done.text
                if self.cache is not None:
                    self.cache.put(path, text)
            else:
                self.progress(1)
                self.reused += 1
            iri = str(doc_iri(path, self.base))
            with self.stages("curation"):
                curated = curate(text, iri, self.curation)
            yield iri, curated

    def _checked(self, batch: list[tuple[str, str]]) -> list[tuple[str, str]]:
        with self.stages("checks and SHACL (per graph, in batches)"):
            if len(batch) == 1 or batch and not graphs_pass(batch, self.base_text):
                for iri, text in batch:
                    self.violations += graph_checks(iri, text).violations
                    if not document_conforms(text, self.base_text):
                        self.suspects.append(iri)
                        self.own |= document_findings(text, self.base_text)
        return batch

    def _converted(self, paths: list[Path]) -> Iterator[Converted]:
        return _converted(paths, reference_dir=self.inputs.reference, base=self.base,
                          jobs=self.inputs.jobs or jobs_default(), stages=self.stages,
                          time_limit=self.inputs.time_limit)
