"""What the linked-data answers cost, now that each is made in a query worker under the time limit: the
median of N in-process requests (FastAPI's TestClient) per route and format, after a warm-up.

    python bench/pages.py [--data dist] [--runs 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fastapi.testclient import TestClient  # noqa: E402

from kg.serve.app import create_app, load_served  # noqa: E402

CASES = [("/id/person/gong-zheng", "text/html"), ("/id/place/hong-kong", "text/html"),
         ("/id/place/hong-kong", "text/turtle"), ("/ontology", "text/html"), ("/id/graph/reference", "text/turtle")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with TestClient(create_app(load_served(args.data), dist=args.data)) as client:
        for path, accept in CASES:
            for _ in range(3):
                client.get(path, headers={"Accept": accept})
            times = []
            for _ in range(args.runs):
                started = time.perf_counter()
                response = client.get(path, headers={"Accept": accept})
                times.append(time.perf_counter() - started)
                assert response.status_code == 200, (path, response.status_code, response.text[:200])
            print(f"{path:28} {accept:12} median {statistics.median(times) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
