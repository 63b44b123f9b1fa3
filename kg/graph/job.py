"""The build's one input and one result, and the job its two strategies share.

A build reads :class:`BuildInputs` and returns :class:`Built`. In between it is a :class:`Job`: the inputs
loaded and checked, the documents in IRI order, a staging folder, and the last build when this one
patches it. Either strategy, the full build (:func:`kg.graph.full.full`) or the patch
(:func:`kg.graph.incremental.patch`), takes the job and returns :class:`Written`, what it wrote in the
staging folder, which the build then checks and publishes the same way whichever strategy wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.curation import CURATION, Curation
from kg.defaults import DEFAULT_BASE, DIST, DOCUMENTS, TIME_LIMIT
from kg.graph.cache import ConversionCache
from kg.graph.chunks import ChunkIndex
from kg.graph.state import BuildState
from kg.graph.validate import Engine, Report
from kg.progress import Progress
from kg.reference import REFERENCE_DIR, Reference
from kg.timing import Stages


@dataclass(frozen=True)
class BuildInputs:
    """Everything a build reads and every choice it is given; the defaults are ``kg build``'s."""

    documents: Path = DOCUMENTS
    reference: Path = REFERENCE_DIR  # the folder of reference data
    curation: Path = CURATION
    out: Path = DIST
    jobs: int = 0  # processes converting documents (0: one per core)
    engine: Engine = Engine.SHACL
    base: str = DEFAULT_BASE
    cache: ConversionCache | None = None  # None: every document is converted, and no build is patched
    time_limit: float | None = TIME_LIMIT  # seconds a document may take to convert (None: no limit)


@dataclass(frozen=True)
class Built:
    """What a build published in ``out``."""

    out: Path
    documents: int
    triples: int
    report: Report
    patched: int | None = None  # documents changed, when the last build was patched rather than rewritten
    reused: int = 0  # documents read back from the cache rather than converted


class BuildError(RuntimeError):
    """A build that must not publish; ``lines`` say why, one problem per line."""

    def __init__(self, lines: list[str], report: Report | None = None):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.report = report


@dataclass(frozen=True)
class Last:
    """The last build in ``out``, when this one patches it: its state and the documents changed since."""

    state: BuildState
    changed: tuple[Path, ...]  # new or edited documents
    count: int  # documents changed, added or gone


@dataclass(frozen=True)
class Job:
    """A build under way: its inputs loaded, its documents in IRI order, the folder it writes in."""

    inputs: BuildInputs
    reference: Reference
    curation: Curation
    paths: tuple[Path, ...]
    digests: dict[str, str]  # each document's file name: the digest of its bytes
    inputs_digest: str  # everything else that shapes the output (:func:`kg.graph.state.inputs_digest`)
    last: Last | None  # None: a full build
    staging: Path
    stages: Stages
    progress: Progress


@dataclass(frozen=True)
class Written:
    """What a strategy wrote in the staging folder: the exports and the store, and what it found."""

    report: Report  # the graph-scoped checks and SHACL; the union checks are the build's to run
    triples: int
    graphs: tuple[str, ...]  # every named graph's IRI, in order
    chunks: ChunkIndex
    reused: int  # documents read back from the cache
