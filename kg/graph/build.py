"""Building the dataset: convert every document, write the exports and the store, validate, publish ``dist/``.

A failed build (a bad document, a shape violated) raises :class:`BuildError` and leaves the last good
output untouched: everything is written to a fresh folder that replaces the old one only at the end.
"""

from __future__ import annotations

import heapq
import json
import shutil
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.convert import doc_iri
from kg.curation import CURATION, CurationError, load_curation
from kg.graph.cache import ConversionCache
from kg.graph.dataset import ROOT, Format
from kg.graph.documents import TIME_LIMIT, Conversion, base_graphs
from kg.graph.chunks import NAME, ChunkIndex
from kg.graph.export import Spool, write_derived
from kg.graph.incremental import BuildState, document_digests, inputs_digest, rebuild
from kg.graph.publish import OutputBusy, publishing, replace, staging_folder
from kg.graph.staged import CrossView, neighbourhood_conforms
from kg.graph.store import STORE, open_store, write_store
from kg.graph.validate import Engine, Report, graph_checks, shacl, sparql_checks
from kg.namespaces import DEFAULT_BASE
from kg.progress import Progress, quiet
from kg.reference import REFERENCE_DIR, ReferenceError, load_reference
from kg.timing import NoStages, Stages

from kg.defaults import DIST, DOCUMENTS  # noqa: E402  (kept importable from here)
SUFFIXES = (".txt", ".md")


class BuildError(RuntimeError):
    """A build that must not publish; ``lines`` say why, one problem per line."""

    def __init__(self, lines: list[str], report: Report | None = None):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.report = report


@dataclass
class BuildResult:
    out: Path
    documents: int
    triples: int
    report: Report
    patched: int | None = None  # documents changed, when the last build was patched rather than rewritten


def document_paths(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise BuildError([f"{directory}: no such folder of documents"])
    return sorted(p for p in directory.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.upper().startswith("README"))


def same_iri(paths: list[Path], base: str) -> list[str]:
    """A line for each document IRI that two files would share ("Same Name.txt", "same-name.txt", "a.md",
    "a.txt"): one graph cannot be both, and silently keeping one would lose the other."""
    by_iri: dict[str, list[Path]] = {}
    for path in sorted(paths):
        by_iri.setdefault(str(doc_iri(path, base)), []).append(path)
    return [f"{', '.join(map(str, named[:-1]))} and {named[-1]}: both name the document {iri} (rename one)"
            for iri, named in sorted(by_iri.items()) if len(named) > 1]


def _shacl(union: Path, parts: str, by_parts: Callable[[], bool], *, suspects: list[str], engine: Engine,
           stages: Stages) -> Report:
    """SHACL by parts (each graph was validated as it was converted; ``by_parts`` checks the view across
    graphs), and over the whole union when a part found anything, or for pyshacl, which is the reference."""
    if engine is Engine.SHACL and not suspects:
        with stages(parts):
            if by_parts():
                return Report()
    with stages("validate (SHACL, whole union)"):
        return shacl(union, engine=engine)


def build(*, documents: Path = DOCUMENTS, out: Path = DIST, reference_dir: Path = REFERENCE_DIR,
          curation: Path = CURATION, base: str = DEFAULT_BASE, stages: Stages | None = None,
          cache: ConversionCache | None = None, engine: Engine = Engine.SHACL, jobs: int = 0,
          progress: Progress = quiet, time_limit: float | None = TIME_LIMIT) -> BuildResult:
    """Convert, validate and publish; raise BuildError (and publish nothing) on any failure.

    Graphs stream from the converter into a staging folder (N-Quads, and the union's N-Triples through
    sorted runs), so memory does not grow with the corpus; then the derived exports, the store, and
    validation. The staging folder replaces ``out`` only when the graph conforms. With a cache, documents
    unchanged since they were last converted are read back instead, and when only a few changed since the
    build in ``out``, that build is patched (:mod:`kg.graph.incremental`) rather than written again. A document
    not converted within ``time_limit`` seconds is a bad document (None: no limit)."""
    stages = stages or NoStages()
    try:
        reference = load_reference(reference_dir)
        decisions = load_curation(curation)
    except (ReferenceError, CurationError) as error:
        raise BuildError([str(error)]) from None
    paths = sorted(document_paths(documents), key=lambda path: str(doc_iri(path, base)))
    if not paths:
        raise BuildError([f"{documents}: no documents (*.txt, *.md) to convert"])
    if clashes := same_iri(paths, base):
        raise BuildError(clashes)
    out = Path(out)
    try:
        with publishing(out):
            return _write(paths, out, reference=reference, reference_dir=reference_dir, curation=curation,
                          decisions=decisions, base=base, cache=cache, engine=engine, jobs=jobs, stages=stages,
                          progress=progress, time_limit=time_limit)
    except OutputBusy as error:
        raise BuildError([str(error)]) from None


def _write(paths: list[Path], out: Path, *, reference, reference_dir: Path, curation: Path, decisions, base: str,
           cache: ConversionCache | None, engine: Engine, jobs: int, stages: Stages, progress: Progress,
           time_limit: float | None) -> BuildResult:
    """The build proper, in a staging folder that replaces ``out`` once the graph conforms."""
    with stages("incremental: compare with the last build"):
        inputs = inputs_digest(reference_dir=reference_dir, curation=curation, base=base)
        digests = document_digests(paths)
        if cache is not None:
            cache.know({path: digests[path.name] for path in paths})
        state = BuildState.load(out) if cache is not None else None
        changed = [path for path in paths if state is None or state.documents.get(path.name) != digests[path.name]]
        gone = set(state.documents) - set(digests) if state is not None else set()
    staging = staging_folder(out)
    try:
        patching = state is not None and state.inputs == inputs and len(changed) + len(gone) <= max(16, len(paths) // 10)
        if patching:
            report, triples, graphs, chunks = _patch(paths, changed, state, out, staging, reference_dir=reference_dir,
                                                     decisions=decisions, base=base, cache=cache, engine=engine,
                                                     jobs=jobs, stages=stages, progress=progress, time_limit=time_limit)
        else:
            report, triples, graphs, chunks = _full(paths, staging, reference=reference, reference_dir=reference_dir,
                                                    decisions=decisions, base=base, cache=cache, engine=engine,
                                                    jobs=jobs, stages=stages, progress=progress, time_limit=time_limit)
        with stages("validate (union checks)"):
            store = open_store(staging / STORE)
            report += sparql_checks(store, scope="union")
            del store
        if not report.conforms:
            raise BuildError(report.violations, report)
        (staging / "shacl-report.txt").write_text(report.text(), encoding="utf-8")
        manifest = {
            "version": __version__,
            "base": base,
            "documents": sum(1 for g in graphs if g.startswith(f"{base}doc/")),
            "graphs": graphs,
            "triples": triples,
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        BuildState(inputs, digests, chunks).save(staging)
        replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildResult(out=out, documents=manifest["documents"], triples=triples, report=report,
                       patched=len(changed) + len(gone) if patching else None)


def _full(paths: list[Path], staging: Path, *, reference, reference_dir: Path, decisions, base: str,
          cache: ConversionCache | None, engine: Engine, jobs: int, stages: Stages,
          progress: Progress, time_limit: float | None) -> tuple[Report, int, list[str], ChunkIndex]:
    starting = sorted(base_graphs(reference, base))
    base_text = "".join(text for _, text in starting)
    violations = [line for iri, text in starting for line in graph_checks(iri, text).violations]
    spool, cross = Spool(staging), CrossView(staging)
    with progress(len(paths), "Converting") as advance:
        conversion = Conversion(paths, reference_dir=reference_dir, base=base, base_text=base_text,
                                curation=decisions, cache=cache, jobs=jobs, stages=stages, progress=advance,
                                time_limit=time_limit)
        for iri, text in heapq.merge(starting, conversion, key=lambda graph: graph[0]):
            spool.add(iri, text)
            cross.add(text)
    if conversion.errors:
        raise BuildError(conversion.errors)
    with stages("serialise N-Quads, N-Triples"):
        triples = spool.finish()
    chunks = ChunkIndex(spool.graphs, spool.union)
    with ThreadPoolExecutor(1) as loader:  # Oxigraph loads the store while the other exports are written
        loading = loader.submit(write_store, spool.nquads_path, spool.ntriples_path, staging / STORE)
        write_derived(staging, chunks, stages=stages)
        try:
            report = _shacl(spool.ntriples_path, "validate (SHACL, cross-document)",
                            lambda: cross.conforms(spool.union, base_text), suspects=conversion.suspects,
                            engine=engine, stages=stages)
        finally:
            cross.discard()
        report += Report(sorted(violations + conversion.violations))
        with stages("store (the rest of its loading)"):
            loading.result()
    return report, triples, spool.graphs.keys, chunks


def _patch(paths: list[Path], changed: list[Path], state: BuildState, out: Path, staging: Path, *,
           reference_dir: Path, decisions, base: str, cache: ConversionCache | None, engine: Engine, jobs: int,
           stages: Stages, progress: Progress, time_limit: float | None) -> tuple[Report, int, list[str], ChunkIndex]:
    patched = rebuild(paths, changed, state=state, old=out, staging=staging, reference_dir=reference_dir,
                      curation=decisions, base=base, cache=cache, jobs=jobs, stages=stages, progress=progress,
                      time_limit=time_limit)
    if patched.errors:
        raise BuildError(patched.errors)
    report = Report(sorted(patched.violations))

    def neighbourhood() -> bool:
        return neighbourhood_conforms(open_store(staging / STORE), state.chunks.union, staging, patched.subjects,
                                      patched.untyped, patched.base_text)

    report += _shacl(staging / f"{NAME}{Format.NTRIPLES.suffix}", "validate (SHACL, changed graphs' neighbourhood)",
                     neighbourhood, suspects=patched.suspects, engine=engine, stages=stages)
    return report, patched.triples, patched.graphs, state.chunks
