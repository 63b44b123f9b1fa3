"""Conversion alone: the median CPU time of converting one document, in one process.

    python bench/convert.py --count 200

Reads the synthetic corpus of bench/build.py (written by bench/corpus.py, seed 7); CPU time, so that
other processes on the machine disturb the figure less than they disturb wall-clock time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build import corpus  # noqa: E402

from kg.convert import convert_triples  # noqa: E402
from kg.reference import load_reference  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--warm-up", type=int, default=20)
    args = parser.parse_args()
    reference = load_reference()
    paths = sorted(corpus(1000, 7).glob("*.txt"))[: args.count]
    for path in paths[: args.warm_up]:
        convert_triples(path, reference=reference)
    times = []
    for path in paths:
        started = time.process_time()
        convert_triples(path, reference=reference)
        times.append((time.process_time() - started) * 1000)
    print(f"{len(paths)} documents: median {statistics.median(times):.1f} ms CPU per document, "
          f"p90 {sorted(times)[int(0.9 * len(times))]:.1f} ms")


if __name__ == "__main__":
    main()
