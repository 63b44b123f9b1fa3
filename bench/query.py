"""Store and query benchmark: the same built dataset and the named queries, over HTTP on loopback, on
(a) rdflib's in-memory store behind the endpoint, (b) the default: the build's Oxigraph store through
oxrdflib behind the same endpoint (``kg serve``), (c) a bare Oxigraph server on the same store files.
For each: seconds from start to the first answer, p50/p99 per query, peak memory of the server processes.
The servers run side by side and are asked in turn, so that the machine's other work falls on all alike.

    python bench/query.py --documents 1000 --repeat 20 [--rdflib-repeat 3] [--skip-rdflib]
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from build import corpus  # noqa: E402  (bench/build.py)
from kg.queries import named_queries  # noqa: E402

BUILDS = Path(tempfile.gettempdir()) / "hksh-kg-builds"
BIN = Path(sys.executable).parent
RDFLIB_SERVER = """
import sys
from kg.graph.dataset import load_dataset
from kg.serve.app import serve
serve(load_dataset(sys.argv[1]), port=int(sys.argv[2]), workers=2, timeout=120)
"""


def built(size: int, seed: int) -> Path:
    out = BUILDS / f"{size}-{seed}"
    if not (out / "manifest.json").exists():
        subprocess.run([str(BIN / "kg"), "build", "--documents", str(corpus(size, seed)), "--out", str(out)],
                       cwd=ROOT, check=True)
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ask(url: str, query: str, timeout: float = 300) -> bytes:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read()


def tree_peak_bytes(pid: int) -> int:
    """Peak resident memory (VmHWM) of a process and its children, summed."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) * 1024
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except (OSError, StopIteration):
            continue
        todo += [int(c) for c in children]
    return total


@contextmanager
def server(command: list[str], url: str):
    log = tempfile.TemporaryFile()
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
    try:
        while True:
            try:
                ask(url, "ASK { ?s ?p ?o }", timeout=5)
                break
            except OSError:
                if process.poll() is not None:
                    log.seek(0)
                    raise RuntimeError(f"server exited: {log.read()[-2000:].decode(errors='replace')}") from None
                time.sleep(0.05)
        yield process, time.perf_counter() - started
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@dataclass
class Server:
    name: str
    command: list[str]
    url: str
    repeat: int


def _percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50": statistics.median(times), "p99": times[min(len(times) - 1, int(len(times) * 0.99))], "runs": len(times)}


def measure(servers: list[Server], queries: dict[str, str], *, min_seconds: float) -> list[dict]:
    """Start the servers one at a time (each start is timed alone), then ask every query of each in turn,
    round after round, so that whatever else the machine does falls on all of them alike. A query is
    asked at least each server's ``repeat`` times, and more, up to ten times that, until ``min_seconds``
    have been spent on it: a query of a millisecond gets enough runs for a steady median."""
    with ExitStack() as stack:
        started = []
        for spec in servers:
            process, ready = stack.enter_context(server(spec.command, spec.url))
            started.append((spec, process, ready))
        latencies: dict[str, dict[str, list[float]]] = {spec.name: {} for spec in servers}
        for query, text in queries.items():
            for spec in servers:
                ask(spec.url, text)  # warm
                latencies[spec.name][query] = []
            spent, rounds = 0.0, 0
            while True:
                due = [spec for spec in servers if rounds < spec.repeat or (spent < min_seconds and rounds < 10 * spec.repeat)]
                if not due:
                    break
                for spec in due:
                    begun = time.perf_counter()
                    ask(spec.url, text)
                    latencies[spec.name][query].append(time.perf_counter() - begun)
                    spent = max(spent, sum(latencies[spec.name][query]))
                rounds += 1
        return [{"store": spec.name, "ready_s": ready, "peak_mb": tree_peak_bytes(process.pid) / 2**20,
                 "queries": {q: _percentiles(times) for q, times in latencies[spec.name].items()}}
                for spec, process, ready in started]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--skip-rdflib", action="store_true", help="rdflib's in-memory store is slow to load at 10k+")
    parser.add_argument("--rdflib-repeat", type=int, default=None,
                        help="runs per query on rdflib's store, which takes seconds a query  [default: --repeat]")
    parser.add_argument("--min-seconds", type=float, default=1.0,
                        help="keep asking a fast query (up to ten times --repeat) until this much time is spent on it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    dist = built(args.documents, args.seed)
    queries = {name: path.read_text(encoding="utf-8") for name, path in sorted(named_queries().items())}
    triples = json.loads((dist / "manifest.json").read_text())["triples"]
    servers = []
    if not args.skip_rdflib:
        port = free_port()
        servers.append(Server("rdflib Memory (endpoint)", [sys.executable, "-c", RDFLIB_SERVER, str(dist / "hksh.trig"),
                                                          str(port)], f"http://127.0.0.1:{port}/sparql",
                              args.rdflib_repeat or args.repeat))
    port = free_port()
    servers.append(Server("Oxigraph via oxrdflib (endpoint, default)",
                          [str(BIN / "kg"), "serve", "--data", str(dist), "--port", str(port), "--timeout", "120"],
                          f"http://127.0.0.1:{port}/sparql", args.repeat))
    copy = Path(tempfile.mkdtemp()) / "store"
    shutil.copytree(dist / "store", copy)  # a server of its own, on the same files
    port = free_port()
    servers.append(Server("bare Oxigraph server", [str(BIN / "oxigraph"), "serve-read-only", "--location", str(copy),
                                                   "--bind", f"127.0.0.1:{port}"], f"http://127.0.0.1:{port}/query",
                          args.repeat))
    try:
        runs = measure(servers, queries, min_seconds=args.min_seconds)
    finally:
        shutil.rmtree(copy.parent, ignore_errors=True)
    if args.json:
        print(json.dumps({"documents": args.documents, "triples": triples, "runs": runs}, indent=1))
        return 0
    sampled = f" ({args.rdflib_repeat} on rdflib's store)" if args.rdflib_repeat and not args.skip_rdflib else ""
    print(f"N = {args.documents:,} documents, {triples:,} triples; at least {args.repeat} runs per query{sampled}, "
          f"up to {10 * args.repeat} while under {args.min_seconds:g} s; one client, the servers asked in turn, "
          f"over HTTP on 127.0.0.1\n")
    print("| store | ready (s) | peak MB | " + " | ".join(f"{q} p50/p99 ms" for q in queries) + " |")
    print("|---|---|---|" + "---|" * len(queries))
    for run in runs:
        cells = [f"{run['queries'][q]['p50'] * 1000:.1f} / {run['queries'][q]['p99'] * 1000:.1f}" for q in queries]
        print(f"| {run['store']} | {run['ready_s']:.1f} | {run['peak_mb']:,.0f} | " + " | ".join(cells) + " |")
    reference = runs[-1]
    for run in runs[:-1]:
        ratios = [run["queries"][q]["p50"] / reference["queries"][q]["p50"] for q in queries]
        print(f"\n{run['store']}: median latency / bare Oxigraph's, per query: "
              + ", ".join(f"{q} {r:.2f}x" for q, r in zip(queries, ratios))
              + f"; median of the ratios {statistics.median(ratios):.2f}x; median of the p50s / bare's: "
              + f"{statistics.median(run['queries'][q]['p50'] for q in queries) / statistics.median(reference['queries'][q]['p50'] for q in queries):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
