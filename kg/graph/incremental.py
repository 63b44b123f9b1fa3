"""The patch, one of the build's two strategies: when a few documents changed since the last build, under
the same code, reference data, curation and base, convert only those and patch the last build's output
instead of writing it all.

The last build's state (:mod:`kg.graph.state`) says which document bytes it converted and where each chunk
of each export lies. The patch converts the changed documents, works out which union triples appear and
disappear (a triple leaves the union only when no graph states it any more), copies the store (a
checkpoint of hard links) and applies the change to it, patches the exports chunk by chunk
(:mod:`kg.graph.chunks`), and validates the changed graphs and their neighbourhood. The result is byte for
byte what a full build writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.convert import doc_iri
from kg.graph.chunks import NAME, ChunkIndex, Chunked, patch as patch_family, read_chunks, subject, triple_line
from kg.formats import Format
from kg.graph.documents import Conversion
from kg.graph.job import BuildError, Job, Written
from kg.graph.staged import RDF_TYPE, by_parts_or_union, document_findings, neighbourhood_conforms
from kg.graph.state import BuildState
from kg.graph.store import STORE, open_store
from kg.graph.validate import DISAGREE, Key, Report

PATCHING = "incremental: patch the store and the exports"

__all__ = ["BuildState", "Patched", "apply", "patch"]  # BuildState: importable from here, as before


@dataclass(frozen=True)
class Patched:
    """The last build with some graphs replaced, as written in the staging folder."""

    triples: int
    graphs: tuple[str, ...]
    subjects: set[str]  # every subject the changed graphs described, before or after
    untyped: set[str]  # nodes that lost an rdf:type in the union
    chunks: ChunkIndex  # where the chunks of the new exports lie


def _nq(nt_line: str, iri: str) -> str:
    return f"{nt_line[:-2]}<{iri}> .\n"


def _graph_lines(state: BuildState, old: Path, iris: list[str]) -> dict[str, set[str]]:
    """The N-Triples lines of some of the last build's graphs (empty for a graph it did not have)."""
    return _lines_in(state.chunks.graphs, old, iris)


def _lines_in(index: Chunked, folder: Path, iris: list[str]) -> dict[str, set[str]]:
    numbers = {iri: index.chunk_of(iri) for iri in iris}
    chunks = read_chunks(index, folder, numbers.values())
    return {iri: {triple_line(line) for line in chunks[n] if index.family.key(line) == iri} for iri, n in numbers.items()}


def patch(job: Job) -> Written:
    """Patch the build in ``out`` into the staging folder for the documents that changed (or went)."""
    state, old, base, stages = job.last.state, job.inputs.out, job.inputs.base, job.stages
    present = {str(doc_iri(path, base)) for path in job.paths}
    last = state.chunks.graphs.keys  # a chunk per graph
    base_iris = [iri for iri in last if not iri.startswith(f"{base}doc/")]
    with stages("incremental: read the last build"):
        starting = _graph_lines(state, old, base_iris)
        base_text = "".join(line for iri in base_iris for line in sorted(starting[iri]))
    new: dict[str, set[str]] = {iri: set() for iri in last if iri.startswith(f"{base}doc/") and iri not in present}
    with job.progress(len(job.last.changed), "Converting") as advance:
        conversion = Conversion(job.last.changed, job.inputs, base_text=base_text, curation=job.curation,
                                stages=stages, progress=advance)
        for iri, text in conversion:
            new[iri] = set(text.splitlines(keepends=True))
    if conversion.errors:
        raise BuildError(conversion.errors)
    with stages(PATCHING):
        patched = apply(new, state=state, old=old, staging=job.staging)

    def neighbourhood() -> bool:
        return neighbourhood_conforms(open_store(job.staging / STORE), patched.chunks.union, job.staging,
                                      patched.subjects, patched.untyped, base_text)

    # Where the last build's documents disagreed, the whole union is validated again: the changed graphs'
    # neighbourhood would not hold a disagreement elsewhere, and the report must say what a full build says.
    disagreed = DISAGREE in _last_report(old)
    report = Report(sorted(conversion.violations)) + by_parts_or_union(
        job.staging / f"{NAME}{Format.NTRIPLES.suffix}", "validate (SHACL, changed graphs' neighbourhood)",
        neighbourhood, suspects=conversion.suspects, again=disagreed,
        own=_shown_alone(job, patched, conversion.own, base_text), engine=job.inputs.engine, stages=stages)
    return Written(report, patched.triples, patched.graphs, patched.chunks, conversion.reused)


def _shown_alone(job: Job, patched: Patched, converted: set[Key], base_text: str) -> Callable[[Key], bool]:
    """Whether a document's graph shows a finding on its own (with the base graphs): the converted ones were
    checked as they came; an unchanged one may show it too (its post's organisation came from a graph that
    went), and then the patch fails as a full build does. Only the documents describing the node are read."""
    found: dict[str, set[Key]] = {}
    prefix = f"{job.inputs.base}doc/"

    def shown(key: Key) -> bool:
        if key in converted:
            return True
        if ":" not in key[0]:
            return True  # a blank node (no IRI has no colon): no other graph can name it, so it is its own graph's
        store = open_store(job.staging / STORE)
        describing = sorted({q.graph_name.value for q in store.quads_for_pattern(ox.NamedNode(key[0]), None, None, None)
                             if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(prefix)})
        del store
        if not describing:
            return True  # a finding about the base graphs alone, which a full build finds in every document
        lines = _lines_in(patched.chunks.graphs, job.staging, [iri for iri in describing if iri not in found])
        for iri, graph in lines.items():
            found[iri] = document_findings("".join(sorted(graph)), base_text)
        return any(key in found[iri] for iri in describing)
    return shown


def apply(new: dict[str, set[str]], *, state: BuildState, old: Path, staging: Path) -> Patched:
    """Write in ``staging`` the build in ``old`` with some graphs replaced (by their N-Triples lines; an
    empty set removes the graph): the store and every export, with the chunks' new places."""
    triples = json.loads((old / "manifest.json").read_text(encoding="utf-8"))["triples"]
    before = _graph_lines(state, old, sorted(new))
    changes = {iri: (before[iri], lines) for iri, lines in new.items() if before[iri] != lines}
    graphs = sorted({iri for iri in state.chunks.graphs.keys if new.get(iri, True)}  # a chunk per graph
                    | {iri for iri, lines in new.items() if lines})
    subjects = {subject(line) for old_lines, lines in changes.values() for line in old_lines | lines}
    store = open_store(old / STORE)
    removed, added = _union_delta(store, changes)
    store.backup(str(staging / STORE))
    del store
    _patch_store(staging / STORE, changes, removed, added)
    untyped = {subject(line) for line in removed if line.split(" ", 2)[1] == RDF_TYPE}
    removed_nq = {_nq(line, iri) for iri, (old_lines, _) in changes.items() for line in old_lines}
    added_nq = {_nq(line, iri) for iri, (_, lines) in changes.items() for line in lines}
    chunks = ChunkIndex(patch_family(state.chunks.graphs, old, staging, removed_nq, added_nq),
                        patch_family(state.chunks.union, old, staging, removed, added))
    return Patched(triples + len(added) - len(removed), tuple(graphs), subjects, untyped, chunks)
def _triples(lines: list[str]) -> list[ox.Triple]:
    return list(ox.parse("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES))


def _union_delta(store: ox.Store, changes: dict[str, tuple[set[str], set[str]]]) -> tuple[set[str], set[str]]:
    """The lines leaving the union (no graph states them any more) and those entering it (no graph did)."""
    stated = {line for _, lines in changes.values() for line in lines}
    candidates = sorted({line for old_lines, lines in changes.values() for line in old_lines - lines} - stated)
    changing = {ox.NamedNode(iri) for iri in changes}
    removed = {line for line, t in zip(candidates, _triples(candidates))
               if not any(q.graph_name not in changing and not isinstance(q.graph_name, ox.DefaultGraph)
                          for q in store.quads_for_pattern(t.subject, t.predicate, t.object, None))}
    arriving = sorted({line for old_lines, lines in changes.values() for line in lines - old_lines})
    added = {line for line, t in zip(arriving, _triples(arriving))
             if ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) not in store}
    return removed, added


def _patch_store(folder: Path, changes: dict[str, tuple[set[str], set[str]]], removed: set[str],
                 added: set[str]) -> None:
    store = ox.Store(str(folder))
    for iri, (_, lines) in sorted(changes.items()):
        graph = ox.NamedNode(iri)
        if store.contains_named_graph(graph):
            store.remove_graph(graph)
        if lines:
            store.load("".join(sorted(lines)).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    for t in _triples(sorted(removed)):
        store.remove(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in _triples(sorted(added)))
    store.flush()
    del store


def _last_report(out: Path) -> str:
    path = Path(out) / "shacl-report.txt"
    return path.read_text(encoding="utf-8") if path.exists() else ""
