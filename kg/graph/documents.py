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
from kg.graph.export import Graphs, nt_text
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


def convert_documents(paths: list[Path], *, reference_dir: Path, base: str, curation: Curation,
                      cache: ConversionCache | None = None, jobs: int = 0, stages: Stages | None = None,
                      progress: Callable[[int], None] = lambda done: None) -> tuple[Graphs, list[str], list[str]]:
    """``([(graph IRI, N-Triples)...], [error...], [check violation...])`` for the documents, in the order
    given. Only graphs that pass the graph-scoped checks are cached, so a failing one fails every build."""
    stages = stages or NoStages()
    texts: dict[Path, str] = {}
    todo = []
    for path in paths:
        text = cache.get(path) if cache is not None else None
        if text is None:
            todo.append(path)
        else:
            texts[path] = text
            progress(1)
    errors, violations = [], []
    for path, text, error, failed in _converted(todo, reference_dir=reference_dir, base=base,
                                                jobs=jobs or jobs_default(), stages=stages):
        progress(1)
        if error is not None:
            errors.append(error)
            continue
        texts[path] = text
        violations += failed
        if cache is not None and not failed:
            cache.put(path, text)
    graphs = []
    with stages("curation"):
        for path in paths:
            if path in texts:
                iri = str(doc_iri(path, base))
                text, failed = curate(texts[path], iri, curation)
                graphs.append((iri, text))
                violations += failed
    return graphs, errors, violations
