"""The full build, one of the build's two strategies: every document's graph streams from the converter
into the staging folder (N-Quads, and the union's N-Triples through sorted runs), so memory does not grow
with the corpus; then the derived exports, the store, and SHACL by parts (the whole union only when a
part finds anything)."""

from __future__ import annotations

import heapq
from concurrent.futures import ThreadPoolExecutor

from kg.graph.chunks import ChunkIndex
from kg.graph.documents import Conversion, base_graphs
from kg.graph.export import Spool, write_derived
from kg.graph.job import BuildError, Job, Written
from kg.graph.staged import CrossView, by_parts_or_union
from kg.graph.store import STORE, write_store
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
            report = by_parts_or_union(spool.ntriples_path, "validate (SHACL, cross-document)",
                                       lambda: cross.conforms(spool.union, base_text), suspects=conversion.suspects,
                                       engine=inputs.engine, stages=stages)
        finally:
            cross.discard()
        report += Report(sorted(violations + conversion.violations))
        with stages("store (the rest of its loading)"):
            loading.result()
    return Written(report, triples, tuple(spool.graphs.keys), chunks, conversion.reused)
