"""What the HTTP hygiene layers cost per request: the same request, in process, through FastAPI's own stack
and through it wrapped in SecurityHeaders, HeaderLimit and RequestLifecycle (each alone, then all three as
`kg serve` runs them). CPU time of this process, best of many batches, so that the machine's other work
counts as little as it can; the query workers' own time is not counted (it is the same either way).

    python bench/middleware.py [--data dist] [--batches 25]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi import FastAPI  # noqa: E402

from kg.serve.app import create_app, load_served  # noqa: E402
from kg.serve.guard import HeaderLimit  # noqa: E402
from kg.serve.lifecycle import RequestLifecycle  # noqa: E402
from kg.serve.policy import SecurityHeaders  # noqa: E402

HEADERS = [(b"host", b"127.0.0.1:8000"), (b"user-agent", b"bench"), (b"accept", b"application/json"),
           (b"accept-encoding", b"gzip"), (b"connection", b"keep-alive")]
REQUESTS = {"/health": ("/health", b"", 1000), "ASK": ("/sparql", b"query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", 300)}


async def once(stack, app, path: str, query: bytes) -> None:
    scope = {"type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"}, "http_version": "1.1",
             "method": "GET", "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query,
             "root_path": "", "headers": HEADERS, "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000),
             "state": {}, "app": app}
    received, sent = [], []

    async def receive():  # as uvicorn: the (empty) body once, then nothing until the client goes
        received.append(1)
        if len(received) == 1:
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.sleep(3600)

    async def send(message):
        sent.append(message)

    await stack(scope, receive, send)
    assert sent[0]["status"] == 200, sent[0]


async def measure(data: Path, batches: int) -> None:
    app = create_app(load_served(data), workers=1)
    inner = FastAPI.build_middleware_stack(app)
    stacks = {"FastAPI's stack": inner, "+ SecurityHeaders": SecurityHeaders(inner),
              "+ HeaderLimit": HeaderLimit(inner), "+ RequestLifecycle": RequestLifecycle(inner),
              "all three (kg serve)": app.build_middleware_stack()}
    for label, (path, query, size) in REQUESTS.items():
        best = dict.fromkeys(stacks, float("inf"))
        for stack in stacks.values():
            for _ in range(size):
                await once(stack, app, path, query)
        for _ in range(batches):
            for name, stack in stacks.items():
                started = time.process_time()
                for _ in range(size):
                    await once(stack, app, path, query)
                best[name] = min(best[name], (time.process_time() - started) / size)
        base = best["FastAPI's stack"]
        for name, seconds in best.items():
            print(f"{label:8} {name:22} {seconds * 1e6:7.1f} µs CPU per request   +{(seconds - base) * 1e6:5.1f} µs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="a built dataset (default: build the seed documents)")
    parser.add_argument("--batches", type=int, default=25)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = options.data
        if data is None:
            from kg.graph.build import build

            data = Path(folder) / "dist"
            build(documents=ROOT / "data" / "documents", out=data)
        import uvloop  # kg serve's event loop

        uvloop.run(measure(data, options.batches))


if __name__ == "__main__":
    main()
