"""The full build, one of the build's two strategies: every document's graph streams from the converter
into the staging folder (N-Quads, and the union's N-Triples through sorted runs), so memory does not grow
with the corpus; then the derived exports, the store, and SHACL by parts (the whole union only when a
part finds anything). What follows conversion runs side by side on every core: the store's two loads in
threads, TriG in a process of its own, the union's exports and checks in this one."""

from __future__ import annotations

import heapq

from kg.graph.chunks import ChunkIndex, derive
from kg.graph.documents import Conversion, base_graphs
from kg.graph.export import DerivedApart, Spool, strict
from kg.graph.job import BuildError, Job, Written
from kg.graph.staged import CrossView, by_parts_or_union
from kg.graph.store import STORE, StoreLoading
from kg.graph.validate import Report, graph_checks


def full(job: Job) -> Written:
    """Convert every document (or read it back from the cache) and write the whole output afresh."""
    inputs, staging, stages = job.inputs, job.staging, job.stages
    starting = sorted(base_graphs(job.reference, inputs.base))
    base_text = "".join(text for _, text in starting)
    violations = [line for iri, text in starting for line in graph_checks(iri, text).violations]
    spool, cross = Spool(staging), CrossView(staging)
    with job.progress(len(job.paths), "Converting") as advance:
        conversion = Conversion(job.paths, inputs, base_text=base_text, curation=job.curation, stages=stages,
                                progress=advance)
        for iri, text in heapq.merge(starting, conversion, key=lambda graph: graph[0]):
            cross.add(text, spool.add(iri, text))
    if conversion.errors:
        raise BuildError(conversion.errors)
    spool.close_quads()
    with StoreLoading(spool.nquads_path, staging / STORE, lines=spool.quads) as loading, \
            DerivedApart(spool.graphs, staging) as trig:
        with stages("serialise N-Triples"):
            triples = spool.finish()
        loading.add_union(spool.ntriples_path)
        with stages("serialise Turtle, JSON-LD"), strict():
            derive(spool.union, staging)
        try:
            report = by_parts_or_union(spool.ntriples_path, "validate (SHACL, cross-document)",
                                       lambda: cross.conforms(spool.union, base_text), suspects=conversion.suspects,
                                       engine=inputs.engine, stages=stages)
        finally:
            cross.discard()
        report += Report(sorted(violations + conversion.violations))
        with stages("serialise TriG (the rest, in its own process)"):
            trig.result()
        with stages("store (the rest of its loading)"):
            loading.finish()
    return Written(report, triples, tuple(spool.graphs.keys), ChunkIndex(spool.graphs, spool.union), conversion.reused)
