"""Where a build's CPU goes, per document: each part of the build run alone, in one process, on the bench
corpus, and what the sum allows on this machine's cores.

    python bench/budget.py --count 500

CPU time (``time.process_time``, all threads of the process), so other load on the machine disturbs it
less than wall-clock time. The lower bound assumes every part spreads perfectly over every core.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import corpus  # noqa: E402

from kg.convert import convert_triples, doc_iri  # noqa: E402
from kg.defaults import DEFAULT_BASE  # noqa: E402
from kg.graph.chunks import ChunkIndex  # noqa: E402
from kg.graph.documents import BATCH, base_graphs  # noqa: E402
from kg.graph.export import Spool, graph_lines, nt_text, write_derived  # noqa: E402
from kg.graph.staged import CrossView, graphs_pass  # noqa: E402
from kg.graph.store import ROOM_PER_DOCUMENT_BYTE, StoreLoading  # noqa: E402
from kg.reference import load_reference  # noqa: E402


def timed(seconds: dict[str, float], name: str, work):
    started = time.process_time()
    result = work()
    seconds[name] = seconds.get(name, 0.0) + time.process_time() - started
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--target", type=int, default=10_000, help="documents the projection is for")
    args = parser.parse_args()
    reference = load_reference()
    base_text = "".join(text for _, text in base_graphs(reference, DEFAULT_BASE))
    paths = sorted(corpus(1000, 7).glob("*.txt"))[: args.count]
    convert_triples(paths[0], reference=reference)
    seconds: dict[str, float] = {}
    graphs = []
    for path in paths:
        _, triples = timed(seconds, "convert (read, clean, sentences, extract, RDF)", lambda: convert_triples(path, reference=reference))
        graphs.append((str(doc_iri(path)), timed(seconds, "N-Triples of each graph", lambda: nt_text(triples))))
    for i in range(0, len(graphs), BATCH):
        timed(seconds, "checks and SHACL per graph", lambda: graphs_pass(graphs[i:i + BATCH], base_text))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        spool, cross = Spool(out), CrossView(out)

        def spooled():
            for iri, text in sorted(graphs):
                spool.add(iri, text)
                cross.add(text)
            return spool.finish()
        timed(seconds, "N-Quads, union N-Triples (sorted runs)", spooled)
        chunks = ChunkIndex(spool.graphs, spool.union)
        timed(seconds, "TriG, Turtle, JSON-LD", lambda: write_derived(out, chunks))
        timed(seconds, "cross-document SHACL view", lambda: cross.conforms(spool.union, base_text))

        def filled():
            with StoreLoading(out / "store", room=ROOM_PER_DOCUMENT_BYTE * sum(p.stat().st_size for p in paths)) as loading:
                for iri, text in sorted(graphs):
                    triples, quads = graph_lines(iri, text)
                    loading.add(quads, triples, triples.count(b"\n"))
        timed(seconds, "store (filled graph by graph, as a build does)", filled)
    total = sum(seconds.values())
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    print(f"{len(paths)} documents, CPU per document:")
    for name, value in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"    {name:48} {1000 * value / len(paths):7.2f} ms  {100 * value / total:5.1f} %")
    per_document = total / len(paths)
    print(f"    {'total':48} {1000 * per_document:7.2f} ms")
    print(f"{args.target:,} documents: {per_document * args.target:.0f} s of CPU; on {cores} cores at best "
          f"{per_document * args.target / cores:.0f} s of wall clock")
    return 0


if __name__ == "__main__":
    sys.exit(main())
