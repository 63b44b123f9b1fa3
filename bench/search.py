"""Search benchmark: the name index of ``kg serve`` on the synthetic corpus (``bench/corpus.py``), asked
names as readers type them: whole, misspelt, in another word order, the first letters only, in Chinese.

Prints the index's size and build time, then latency per kind of query, in process (``SearchIndex.search``)
and over HTTP on loopback (``GET /search?format=json`` of a real ``kg serve``): p50, p95, p99, and how often
the resource the name belongs to comes first.

    python bench/search.py --documents 10000 --queries 300
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from query import BIN, built, free_port, server  # noqa: E402  (bench/query.py)
from kg.namespaces import DEFAULT_BASE  # noqa: E402
from kg.serve.app import load_served  # noqa: E402
from kg.serve.search import SearchIndex, normalise  # noqa: E402


def misspelt(name: str, rng: random.Random) -> str:
    """One letter of the longest word dropped, doubled or swapped with the next."""
    words = name.split()
    at = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[at]
    if len(word) < 5:
        return name
    i = rng.randrange(1, len(word) - 2)
    edit = rng.choice(("drop", "double", "swap"))
    words[at] = (word[:i] + word[i + 1:] if edit == "drop" else word[:i] + word[i] + word[i:] if edit == "double"
                 else word[:i] + word[i + 1] + word[i] + word[i + 2:])
    return " ".join(words)


def workload(index: SearchIndex, count: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    """(query, the IRI it names) by kind of query, drawn from the index's own names, deterministically."""
    rng = random.Random(seed)
    latin = [(name, iri) for iri, kind, name, _ in index.rows if kind in ("person", "organisation", "place", "area", "session")
             and name.isascii() and len(name.split()) >= 2]
    chinese = [(name, iri) for iri, _, name, _ in index.rows if not name.isascii()]
    picks = rng.sample(latin, min(count, len(latin)))
    return {
        "exact": picks,
        "misspelt": [(misspelt(name, rng), iri) for name, iri in picks],
        "word order": [(" ".join(reversed(name.split())), iri) for name, iri in picks],
        "first 4 letters": [(name[:4], iri) for name, iri in picks],
        "Chinese": [rng.choice(chinese) for _ in range(min(count, 50))] if chinese else [],
    }


def figures(times: list[float]) -> str:
    times = sorted(times)
    pick = lambda q: times[min(len(times) - 1, int(len(times) * q))]  # noqa: E731
    return f"p50 {statistics.median(times) * 1000:6.2f} ms  p95 {pick(0.95) * 1000:6.2f} ms  p99 {pick(0.99) * 1000:6.2f} ms"


def http_search(url: str, query: str) -> list[dict]:
    address = f"{url}/search?format=json&q={urllib.parse.quote(query)}"
    with urllib.request.urlopen(address, timeout=30) as response:
        return json.loads(response.read())["results"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--queries", type=int, default=300, help="names drawn per kind of query")
    parser.add_argument("--skip-http", action="store_true")
    args = parser.parse_args()
    dist = built(args.documents, args.seed)
    dataset = load_served(dist)
    started = time.perf_counter()
    index = SearchIndex.from_dataset(dataset, DEFAULT_BASE)
    print(f"N = {args.documents:,} documents: {len(index.rows):,} names of {index.resources:,} resources, "
          f"{len(index.vocabulary):,} distinct words; index built in {time.perf_counter() - started:.2f} s")
    kinds = workload(index, args.queries, args.seed)
    everything: list[float] = []
    print("in process (SearchIndex.search):")
    for kind, queries in kinds.items():
        times, first, found = [], 0, 0
        for query, iri in queries:
            t = time.perf_counter()
            hits = index.search(query)
            times.append(time.perf_counter() - t)
            first += bool(hits) and (hits[0].iri == iri or normalise(hits[0].matched) == normalise(query))
            found += any(hit.iri == iri for hit in hits)
        everything += times
        print(f"  {kind:16} {len(queries):4} queries  {figures(times)}  right one first {100 * first / len(queries):5.1f}%, among the 20 {100 * found / len(queries):5.1f}%")
    print(f"  {'all':16} {len(everything):4} queries  {figures(everything)}")
    if args.skip_http:
        return 0
    port = free_port()
    command = [str(BIN / "kg"), "serve", "--data", str(dist), "--port", str(port)]
    with server(command, f"http://127.0.0.1:{port}/sparql"):
        url = f"http://127.0.0.1:{port}"
        http_search(url, "warm up")  # waits for the index the server builds at start-up
        print("over HTTP (GET /search?format=json, one client on loopback):")
        everything = []
        for kind, queries in kinds.items():
            times = []
            for query, _ in queries:
                t = time.perf_counter()
                http_search(url, query)
                times.append(time.perf_counter() - t)
            everything += times
            print(f"  {kind:16} {len(queries):4} queries  {figures(times)}")
        print(f"  {'all':16} {len(everything):4} queries  {figures(everything)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
