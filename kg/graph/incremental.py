"""The incremental build: when a few documents changed since the last build, under the same code, reference
data, curation and base, convert only those and patch the last build's output instead of writing it all.

The last build's state (``build-state.json`` beside its exports) says which document bytes it converted and
where each chunk of each export lies. A rebuild converts the changed documents, works out which union
triples appear and disappear (a triple leaves the union only when no graph states it any more), copies
the store (a checkpoint of hard links) and applies the change to it, patches the exports chunk by chunk
(:mod:`kg.graph.chunks`), and validates the changed graphs and their neighbourhood. The result is byte for
byte what a full build writes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg import __version__
from kg.convert import doc_iri
from kg.graph.cache import ConversionCache, code_key, file_digest
from kg.graph.chunks import ChunkIndex, patch, read_chunks, subject, triple_line
from kg.resources import PACKAGE
from kg.graph.documents import TIME_LIMIT, Conversion
from kg.graph.staged import RDF_TYPE
from kg.graph.store import STORE, open_store
from kg.curation import Curation
from kg.progress import Progress, quiet
from kg.timing import NoStages, Stages

STATE = "build-state.json"
BUILD_CODE = PACKAGE / "graph"


@dataclass
class BuildState:
    """What the next build needs to know of this one."""

    inputs: str  # a digest of everything but the documents
    documents: dict[str, str]  # file name: digest of its bytes
    chunks: ChunkIndex

    def save(self, folder: Path) -> None:
        data = {"inputs": self.inputs, "documents": self.documents, "chunks": self.chunks.to_json()}
        (folder / STATE).write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "BuildState | None":
        """The state of the build in ``folder``, or None when there is none to trust."""
        try:
            data = json.loads((folder / STATE).read_text(encoding="utf-8"))
            state = cls(data["inputs"], dict(data["documents"]), ChunkIndex.from_json(data["chunks"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return state if (folder / STORE).is_dir() and (folder / "manifest.json").is_file() else None


def inputs_digest(*, reference_dir: Path, curation: Path, base: str) -> str:
    """Everything besides the documents that shapes a build's output."""
    digest = hashlib.sha256(f"{__version__}\n{base}\n{code_key(Path(reference_dir))}\n".encode())
    for path in sorted(BUILD_CODE.glob("*.py")) + [Path(curation)]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def document_digests(paths: list[Path]) -> dict[str, str]:
    return {path.name: file_digest(path) for path in paths}


@dataclass
class Patched:
    triples: int
    graphs: list[str]
    subjects: set[str]  # every subject the changed graphs described, before or after
    untyped: set[str]  # nodes that lost an rdf:type in the union
    errors: list[str]
    violations: list[str]
    suspects: list[str]
    base_text: str = ""


def _nq(nt_line: str, iri: str) -> str:
    return f"{nt_line[:-2]}<{iri}> .\n"


def _graph_lines(state: BuildState, old: Path, iris: list[str]) -> dict[str, set[str]]:
    """The N-Triples lines of some of the last build's graphs (empty for a graph it did not have)."""
    index = state.chunks.graphs
    numbers = {iri: index.chunk_of(iri) for iri in iris}
    chunks = read_chunks(index, old, numbers.values())
    return {iri: {triple_line(line) for line in chunks[n] if index.family.key(line) == iri} for iri, n in numbers.items()}


def rebuild(paths: list[Path], changed: list[Path], *, state: BuildState, old: Path, staging: Path,
            reference_dir: Path, curation: Curation, base: str, cache: ConversionCache | None, jobs: int = 0,
            stages: Stages | None = None, progress: Progress = quiet, time_limit: float | None = TIME_LIMIT) -> Patched:
    """Patch the build in ``old`` into ``staging`` for the documents that changed (or went)."""
    stages = stages or NoStages()
    present = {str(doc_iri(path, base)) for path in paths}
    last = state.chunks.graphs.keys  # a chunk per graph
    gone = [iri for iri in last if iri.startswith(f"{base}doc/") and iri not in present]
    base_iris = [iri for iri in last if not iri.startswith(f"{base}doc/")]
    with stages("incremental: read the last build"):
        starting = _graph_lines(state, old, base_iris)
        base_text = "".join(line for iri in base_iris for line in sorted(starting[iri]))
    new: dict[str, set[str]] = {iri: set() for iri in gone}
    with progress(len(changed), "Converting") as advance:
        conversion = Conversion(changed, reference_dir=reference_dir, base=base, base_text=base_text,
                                curation=curation, cache=cache, jobs=jobs, stages=stages, progress=advance,
                                time_limit=time_limit)
        for iri, text in conversion:
            new[iri] = set(text.splitlines(keepends=True))
    if conversion.errors:
        return Patched(0, [], set(), set(), conversion.errors, conversion.violations, conversion.suspects)
    with stages("incremental: patch the store and the exports"):
        patched = apply(new, state=state, old=old, staging=staging)
    patched.violations, patched.suspects, patched.base_text = conversion.violations, conversion.suspects, base_text
    return patched


def apply(new: dict[str, set[str]], *, state: BuildState, old: Path, staging: Path) -> Patched:
    """Write in ``staging`` the build in ``old`` with some graphs replaced (by their N-Triples lines; an
    empty set removes the graph): the store, every export, and ``state.chunks`` updated to match."""
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
    state.chunks = ChunkIndex(patch(state.chunks.graphs, old, staging, removed_nq, added_nq),
                              patch(state.chunks.union, old, staging, removed, added))
    return Patched(triples + len(added) - len(removed), graphs, subjects, untyped, [], [], [])


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
