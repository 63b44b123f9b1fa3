"""Converting a folder of documents to sorted N-Triples, one text per document, on every core.

Documents are independent, so conversion runs in a pool of processes (one per core); each worker loads
the reference data once. Text, not rdflib graphs, crosses the process boundary and goes to the cache:
it is cheap to pickle, and the rest of the build works on lines.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from rdflib import Graph, URIRef

from kg.convert import convert, doc_iri
from kg.curation import Curation, apply_curation
from kg.graph.cache import ConversionCache
from kg.graph.export import nt_text
from kg.graph.validate import graph_checks
from kg.reference import Reference, load_reference
from kg.text.document import DocumentError
from kg.timing import NoStages, Stages

SERIAL_BELOW = 16  # documents: fewer than this are not worth starting processes for

_REFERENCE: Reference | None = None
_BASE = ""


def _start(reference_dir: Path, base: str) -> None:
    global _REFERENCE, _BASE
    _REFERENCE, _BASE = load_reference(reference_dir), base


Converted = tuple[Path, str | None, str | None, list[str]]  # path, N-Triples, error, check violations


def _convert_one(path: Path, reference: Reference, base: str, stages: Stages) -> Converted:
    """A worker reports a bad document or a failed check rather than raising it."""
    try:
        graph = convert(path, reference=reference, base=base, stages=stages)
    except DocumentError as error:
        return path, None, str(error), []
    text = nt_text(graph)
    with stages("checks (per graph)"):
        return path, text, None, graph_checks(str(graph.identifier), text).violations


def _convert(path: Path) -> Converted:
    return _convert_one(path, _REFERENCE, _BASE, NoStages())


def jobs_default() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _converted(paths: list[Path], *, reference_dir: Path, base: str, jobs: int, stages: Stages) -> Iterator[Converted]:
    if jobs <= 1 or len(paths) < SERIAL_BELOW:
        reference = load_reference(reference_dir)
        for path in paths:
            yield _convert_one(path, reference, base, stages)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(reference_dir, base)) as pool:
        with stages("convert (parallel)"):
            yield from pool.map(_convert, paths, chunksize=max(1, min(64, len(paths) // (jobs * 8))))


def curate(text: str, identifier: str, curation: Curation) -> tuple[str, list[str]]:
    """Apply the curation decisions that concern this document (most documents are left as they are), and
    check again a graph that they changed."""
    named = curation.accept | set(curation.merge) | set(curation.rename) | {str(r["subject"]) for r in curation.reject}
    if not any(f"<{iri}>" in text for iri in named):
        return text, []
    graph = Graph(identifier=URIRef(identifier))
    graph.parse(data=text, format="nt")
    curated = nt_text(apply_curation(graph, curation))
    return curated, (graph_checks(identifier, curated).violations if curated != text else [])


class Conversion:
    """The documents' graphs as ``(graph IRI, N-Triples)`` in the order of the paths, one at a time, so
    that a build of any size holds one document in memory; ``errors`` (bad documents) and ``violations``
    (graph-scoped checks) fill up as it goes. Only graphs that pass the checks are cached, so a failing one
    fails every build until it is mended."""

    def __init__(self, paths: list[Path], *, reference_dir: Path, base: str, curation: Curation,
                 cache: ConversionCache | None = None, jobs: int = 0, stages: Stages | None = None,
                 progress: Callable[[int], None] = lambda done: None):
        self.paths, self.reference_dir, self.base, self.curation = paths, reference_dir, base, curation
        self.cache, self.jobs, self.stages, self.progress = cache, jobs or jobs_default(), stages or NoStages(), progress
        self.errors: list[str] = []
        self.violations: list[str] = []

    def __iter__(self) -> Iterator[tuple[str, str]]:
        known = {path for path in self.paths if self.cache is not None and self.cache.contains(path)}
        todo = [path for path in self.paths if path not in known]
        fresh = _converted(todo, reference_dir=self.reference_dir, base=self.base, jobs=self.jobs, stages=self.stages)
        reference = None
        for path in self.paths:
            text = self.cache.get(path) if path in known else None
            if text is None:
                if path in known:  # removed from the cache meanwhile: convert it here
                    reference = reference or load_reference(self.reference_dir)
                    _, text, error, failed = _convert_one(path, reference, self.base, self.stages)
                else:
                    _, text, error, failed = next(fresh)
                if error is not None:
                    self.errors.append(error)
                    self.progress(1)
                    continue
                self.violations += failed
                if self.cache is not None and not failed:
                    self.cache.put(path, text)
            self.progress(1)
            iri = str(doc_iri(path, self.base))
            with self.stages("curation"):
                text, failed = curate(text, iri, self.curation)
            self.violations += failed
            yield iri, text
