"""Building the dataset: convert every document, write the exports and the store, validate, publish ``dist/``.

One input, one result: :func:`run` takes :class:`~kg.graph.job.BuildInputs` and returns
:class:`~kg.graph.job.Built`. It loads and checks the inputs, picks a strategy (the full build,
:func:`kg.graph.full.full`, or, when only a few documents changed since the build in ``out``, the patch,
:func:`kg.graph.incremental.patch`), lets it write a staging folder, then checks the union and publishes
the same way whichever strategy wrote the output.

A failed build (a bad document, a shape violated) raises :class:`BuildError` and leaves the last good
output untouched: everything is written to a fresh folder that replaces the old one only at the end.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kg import __version__
from kg.convert import doc_iri
from kg.curation import CURATION, CurationError, load_curation
from kg.defaults import DEFAULT_BASE, DIST, DOCUMENTS, TIME_LIMIT
from kg.graph.cache import ConversionCache
from kg.graph.full import full
from kg.graph.heap import keep_large_blocks
from kg.graph.incremental import patch
from kg.graph.job import BuildError, BuildInputs, Built, Job, Last, Written
from kg.graph.publish import OutputBusy, publishing, replace, staging_folder
from kg.graph.state import BuildState, document_digests, inputs_digest
from kg.graph.store import STORE, open_store
from kg.graph.validate import Engine, sparql_checks
from kg.progress import Progress, quiet
from kg.reference import REFERENCE_DIR, ReferenceError, load_reference
from kg.timing import NoStages, Stages

__all__ = ["BuildError", "BuildInputs", "Built", "build", "document_paths", "run", "same_iri"]

SUFFIXES = (".txt", ".md", ".html", ".htm")  # a page saved as HTML is read by its tags (kg/text/markup.py)


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


def run(inputs: BuildInputs, *, stages: Stages | None = None, progress: Progress = quiet) -> Built:
    """Convert, validate and publish; raise BuildError (and publish nothing) on any failure.

    With a cache, documents unchanged since they were last converted are read back instead, and when only a
    few changed since the build in ``out``, that build is patched rather than written again. A document not
    converted within the time limit is a bad document."""
    stages = stages or NoStages()
    try:
        reference = load_reference(inputs.reference)
        curation = load_curation(inputs.curation)
    except (ReferenceError, CurationError) as error:
        raise BuildError([str(error)]) from None
    keep_large_blocks()
    paths = sorted(document_paths(Path(inputs.documents)), key=lambda path: str(doc_iri(path, inputs.base)))
    if not paths:
        raise BuildError([f"{inputs.documents}: no documents (*.txt, *.md, *.html) to convert"])
    if clashes := same_iri(paths, inputs.base):
        raise BuildError(clashes)
    out = Path(inputs.out)
    try:
        with publishing(out):
            with stages("incremental: compare with the last build"):
                key = inputs_digest(reference=inputs.reference, curation=inputs.curation, base=inputs.base)
                digests = document_digests(paths)
                if inputs.cache is not None:
                    inputs.cache.know({path: digests[path.name] for path in paths})
                last = _last(inputs, key, paths, digests)
            staging = staging_folder(out)
            try:
                job = Job(inputs, reference, curation, tuple(paths), digests, key, last, staging, stages, progress)
                built = _finish(job, (patch if last else full)(job))
                replace(staging, out)
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            return built
    except OutputBusy as error:
        raise BuildError([str(error)]) from None


def _last(inputs: BuildInputs, key: str, paths: list[Path], digests: dict[str, str]) -> Last | None:
    """The build in ``out``, when this one patches it: a cache is in use, the build was made from the same
    inputs but for the documents, and few of those changed, came or went since."""
    state = BuildState.load(Path(inputs.out)) if inputs.cache is not None else None
    if state is None or state.inputs != key:
        return None
    changed = tuple(path for path in paths if state.documents.get(path.name) != digests[path.name])
    count = len(changed) + len(set(state.documents) - set(digests))
    return Last(state, changed, count) if count <= max(16, len(paths) // 10) else None


def _finish(job: Job, written: Written) -> Built:
    """Check the union, and write the report, the manifest and the state beside what the strategy wrote."""
    staging, base = job.staging, job.inputs.base
    with job.stages("validate (union checks)"):
        store = open_store(staging / STORE)
        report = written.report + sparql_checks(store, scope="union")
        del store
    if not report.conforms:
        raise BuildError(report.violations, report)
    (staging / "shacl-report.txt").write_text(report.text(), encoding="utf-8")
    documents = sum(1 for graph in written.graphs if graph.startswith(f"{base}doc/"))
    manifest = {"version": __version__, "base": base, "documents": documents, "graphs": list(written.graphs),
                "triples": written.triples}
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    BuildState(job.inputs_digest, job.digests, written.chunks).save(staging)
    return Built(Path(job.inputs.out), documents, written.triples, report,
                 job.last.count if job.last else None, written.reused)


def build(*, documents: Path = DOCUMENTS, out: Path = DIST, reference_dir: Path = REFERENCE_DIR,
          curation: Path = CURATION, base: str = DEFAULT_BASE, stages: Stages | None = None,
          cache: ConversionCache | None = None, engine: Engine = Engine.SHACL, jobs: int = 0,
          progress: Progress = quiet, time_limit: float | None = TIME_LIMIT) -> Built:
    """:func:`run`, with the inputs given as keywords (as the tests and the benchmarks give them)."""
    inputs = BuildInputs(documents=Path(documents), reference=Path(reference_dir), curation=Path(curation),
                         out=Path(out), jobs=jobs, engine=engine, base=base, cache=cache, time_limit=time_limit)
    return run(inputs, stages=stages, progress=progress)
