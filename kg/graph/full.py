"""The full build, one of the build's two strategies: every document's graph streams from the converter
into the staging folder (N-Quads, and the union's N-Triples through sorted runs), so memory does not grow
with the corpus; then the derived exports, the store, and SHACL by parts (the whole union only when a
part finds anything). The store fills as the graphs come, in a thread of its own; what follows conversion runs
side by side on every core: TriG in a process of its own from the N-Quads, Turtle and JSON-LD in another from the
union's N-Triples once they are merged, and in this one the checks and the end of the store's loading (its copy
out of memory), which left a core idle for a tenth of the build when the union's exports were written here."""

from __future__ import annotations

import heapq

from kg.graph.chunks import ChunkIndex
from kg.graph.documents import Conversion, base_graphs
from kg.graph.export import DerivedApart, Spool
from kg.graph.job import BuildError, Job, Written
from kg.graph.staged import CrossView, by_parts_or_union
from kg.graph.store import ROOM_PER_DOCUMENT_BYTE, STORE, StoreLoading
from kg.graph.validate import Report, graph_checks


def full(job: Job) -> Written:
    """Convert every document (or read it back from the cache) and write the whole output afresh."""
    inputs, staging, stages = job.inputs, job.staging, job.stages
    starting = sorted(base_graphs(job.reference, inputs.base))
    base_text = "".join(text for _, text in starting)
    violations = [line for iri, text in starting for line in graph_checks(iri, text).violations]
    room = ROOM_PER_DOCUMENT_BYTE * sum(path.stat().st_size for path in job.paths)
    with StoreLoading(staging / STORE, room=room, graphs=len(starting) + len(job.paths)) as loading:
        spool, cross = Spool(staging, also=loading.add), CrossView(staging)
        with job.progress(len(job.paths), "Converting") as advance:
            conversion = Conversion(job.paths, inputs, base_text=base_text, curation=job.curation, stages=stages,
                                    progress=advance)
            for iri, text in heapq.merge(starting, conversion, key=lambda graph: graph[0]):
                cross.add(text, spool.add(iri, text))
        if conversion.errors:
            raise BuildError(conversion.errors)
        spool.close_quads()
        return _after_conversion(job, spool, cross, conversion, loading, base_text, violations)


def _after_conversion(job: Job, spool: Spool, cross: CrossView, conversion: Conversion, loading: StoreLoading,
                      base_text: str, violations: list[str]) -> Written:
    """The exports, the checks over the whole, and the end of the store's loading, side by side."""
    inputs, staging, stages = job.inputs, job.staging, job.stages
    with DerivedApart(spool.graphs, staging) as trig:
        with stages("serialise N-Triples"):
            triples = spool.finish()
        with DerivedApart(spool.union, staging) as turtle:
            try:
                report = by_parts_or_union(spool.ntriples_path, "validate (SHACL, cross-document)",
                                           lambda: cross.conforms(spool.union, base_text), suspects=conversion.suspects,
                                           own=conversion.own.__contains__,
                                           engine=inputs.engine, stages=stages)
            finally:
                cross.discard()
            report += Report(sorted(violations + conversion.violations))
            with stages("store (the rest of its loading)"):
                loading.finish()
            with stages("serialise Turtle, JSON-LD (the rest, in its own process)"):
                turtle.result()
        with stages("serialise TriG (the rest, in its own process)"):
            trig.result()
    return Written(report, triples, tuple(spool.graphs.keys), ChunkIndex(spool.graphs, spool.union), conversion.reused)
