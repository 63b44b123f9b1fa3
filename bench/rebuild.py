"""Rebuild benchmark: how long ``build`` takes after one document of N changed (the last build is patched),
against the full build it patches. Each run changes a different document; medians of the runs. Times are
wall clock of a fresh Python process, imports included, as a user running ``kg build`` would wait.

    python bench/rebuild.py --size 10000 --runs 5
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build import ROOT, corpus

ONE_RUN = """
import json, sys, time
from pathlib import Path
from kg.graph.build import build
from kg.graph.cache import ConversionCache
from kg.namespaces import DEFAULT_BASE
from kg.reference import REFERENCE_DIR
from kg.timing import Stages
stages = Stages()
cache = ConversionCache(Path(sys.argv[3]), reference_dir=REFERENCE_DIR, base=DEFAULT_BASE)
result = build(documents=Path(sys.argv[1]), out=Path(sys.argv[2]), cache=cache, stages=stages)
print(json.dumps({"stages": stages.seconds, "patched": result.patched}))
"""


def timed(documents: Path, work: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", ONE_RUN, str(documents), str(work / "dist"), str(work / "cache")],
                          cwd=ROOT, check=True, capture_output=True, text=True)
    return time.perf_counter() - started, json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        documents = work / "documents"
        shutil.copytree(corpus(args.size, args.seed), documents)
        full, _ = timed(documents, work)
        print(f"N={args.size}: full build {full:.1f} s", flush=True)
        names = sorted(p.name for p in documents.iterdir())
        runs = []
        for n in range(args.runs):
            changed = documents / names[(n * 7919) % len(names)]
            text = changed.read_text(encoding="utf-8")
            changed.write_text(text + f"\nThe Chief Secretary for Administration visited Shanghai on {n + 1} March "
                               "2024 to discuss financial services.\n", encoding="utf-8")
            seconds, result = timed(documents, work)
            if result["patched"] != 1:
                raise SystemExit(f"run {n}: the build was not patched ({result['patched']})")
            runs.append((seconds, result["stages"]))
            print(f"    run {n + 1}: {seconds:.2f} s ({changed.name} changed)", flush=True)
        median = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
        print(f"N={args.size}: rebuild after one changed document {statistics.median(r[0] for r in runs):.2f} s "
              f"(median of {args.runs}; full build {full:.1f} s); stages of the median run:")
        for name, seconds in sorted(median[1].items(), key=lambda item: -item[1]):
            print(f"    {name:50} {seconds:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
