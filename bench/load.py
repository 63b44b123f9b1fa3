"""Load test of the SPARQL endpoint: N concurrent clients for T seconds over the named queries.

Sends traffic to 127.0.0.1 only, bounded in count and time. Prints p50/p99 latency per query and overall,
throughput and errors. By default it starts `kg serve` on the built dataset itself.

    python bench/load.py --clients 8 --seconds 30
    python bench/load.py --url http://127.0.0.1:8000/sparql --clients 4 --seconds 10
"""

from __future__ import annotations

import argparse
import http.client
import statistics
import sys
import threading
import time
import urllib.parse
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from kg.queries import named_queries  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def client(url: urllib.parse.ParseResult, queries: list[tuple[str, str]], until: float, offset: int,
           latencies: dict, errors: dict, max_requests: int) -> None:
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    i, sent = offset, 0
    while time.monotonic() < until and sent < max_requests:
        name, text = queries[i % len(queries)]
        i, sent = i + 1, sent + 1
        body = urllib.parse.urlencode({"query": text})
        started = time.monotonic()
        try:
            connection.request("POST", url.path, body=body, headers={
                "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
            response = connection.getresponse()
            response.read()
            elapsed = time.monotonic() - started
            if response.status == 200:
                latencies[name].append(elapsed)
            else:
                errors[f"{name}: HTTP {response.status}"] += 1
        except OSError as problem:
            errors[f"{name}: {type(problem).__name__}"] += 1
            connection.close()
            connection = http.client.HTTPConnection(url.hostname, url.port, timeout=60)


def run(url: str, clients: int, seconds: float, max_requests: int) -> int:
    parsed = urllib.parse.urlparse(url)
    if parsed.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load tests send traffic to loopback only")
    queries = [(name, path.read_text()) for name, path in named_queries().items()]
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(parsed, queries, until, n, latencies, errors, max_requests))
               for n in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    total = sum(len(v) for v in latencies.values())
    print(f"{clients} clients for {seconds:g} s against {url}")
    print(f"{'query':18} {'requests':>8} {'p50 ms':>8} {'p99 ms':>8}")
    for name, values in sorted(latencies.items()):
        print(f"{name:18} {len(values):8} {percentile(values, 50) * 1000:8.1f} {percentile(values, 99) * 1000:8.1f}")
    everything = [v for values in latencies.values() for v in values]
    print(f"{'all':18} {total:8} {percentile(everything, 50) * 1000:8.1f} {percentile(everything, 99) * 1000:8.1f}")
    print(f"throughput: {total / elapsed:.1f} requests/s; errors: {sum(errors.values())}")
    for what, count in sorted(errors.items()):
        print(f"  {count} x {what}")
    if everything:
        print(f"mean latency {statistics.mean(everything) * 1000:.1f} ms; max {max(everything) * 1000:.0f} ms")
    return 1 if errors else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="endpoint to test (default: start kg serve on --data)")
    parser.add_argument("--data", default=str(ROOT / "dist"), help="built dataset to serve")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--max-requests", type=int, default=100_000, help="per client, a bound on traffic")
    parser.add_argument("--workers", default="2", help="query worker processes of the started server")
    args = parser.parse_args()
    if args.url:
        return run(args.url, args.clients, args.seconds, args.max_requests)
    from server import running_server

    with running_server(Path(args.data), "--workers", args.workers) as (url, _):
        return run(url + "/sparql", args.clients, args.seconds, args.max_requests)


if __name__ == "__main__":
    sys.exit(main())
