"""Build benchmark: documents per second, time per stage, peak memory and triples for each corpus size,
and how time and memory grow with N (the exponent of a log-log fit). Medians of several runs.

    python bench/build.py --sizes 100 1000 --runs 3
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from tree_memory import Sampler  # noqa: E402
CORPORA = Path(tempfile.gettempdir()) / "hksh-kg-corpora"

ONE_RUN = """
import json, resource, sys, time
from pathlib import Path
from kg.graph.build import build
from kg.timing import Stages
stages = Stages()
started = time.perf_counter()
result = build(documents=Path(sys.argv[1]), out=Path(sys.argv[2]), stages=stages)
total = time.perf_counter() - started
own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
peak = (own.ru_maxrss + children.ru_maxrss) * 1024
cpu = {"main_user": own.ru_utime, "main_sys": own.ru_stime, "children_user": children.ru_utime,
       "children_sys": children.ru_stime}
print(json.dumps({"seconds": total, "stages": stages.seconds, "peak_bytes": peak, "triples": result.triples,
                  "cpu": cpu}))
"""


def corpus(size: int, seed: int) -> Path:
    folder = CORPORA / f"{size}-{seed}"
    if not (folder / f"doc-{size - 1:06d}.txt").exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "corpus.py"), "--count", str(size), "--out", str(folder),
                        "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    return folder


def run_once(documents: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        process = subprocess.Popen([sys.executable, "-c", ONE_RUN, str(documents), str(Path(out) / "dist")],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        sampler = Sampler(process.pid)
        sampler.start()
        stdout, stderr = process.communicate()
        sampled = sampler.stop()
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, "build", stdout, stderr)
    return json.loads(stdout.strip().splitlines()[-1]) | sampled


def exponent(sizes: list[int], values: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(v) for v in values]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        runs = []
        for number in range(1, args.runs + 1):
            runs.append(run_once(corpus(size, args.seed)))
            cpu = runs[-1]["cpu"]
            print(f"N={size} run {number}: {runs[-1]['seconds']:.1f} s; CPU main {cpu['main_user']:.1f} user "
                  f"{cpu['main_sys']:.1f} sys, workers {cpu['children_user']:.1f} user {cpu['children_sys']:.1f} sys",
                  flush=True)
        stage_names = sorted({name for r in runs for name in r["stages"]})
        row = {
            "size": size,
            "seconds": statistics.median(r["seconds"] for r in runs),
            "peak_mb": statistics.median(r["peak_bytes"] for r in runs) / 2**20,
            "held_mb": statistics.median(r["tree_total_bytes"] for r in runs) / 2**20,
            "pss_mb": statistics.median(r["tree_pss_bytes"] for r in runs) / 2**20,
            "scratch_mb": statistics.median(r["scratch_bytes"] for r in runs) / 2**20,
            "triples": runs[0]["triples"],
            "stages": {n: statistics.median(r["stages"].get(n, 0.0) for r in runs) for n in stage_names},
        }
        rows.append(row)
        print(f"N={size}: {row['seconds']:.1f} s ({size / row['seconds']:.1f} documents/s), "
              f"peak {row['peak_mb']:.0f} MB (own and largest child's resident sets, summed), held at most "
              f"{row['held_mb']:.0f} MB (sampled: the tree's PSS at most {row['pss_mb']:.0f} MB, the store's "
              f"scratch at most {row['scratch_mb']:.0f} MB), {row['triples']:,} triples; medians of {args.runs} runs",
              flush=True)
        for name, seconds in sorted(row["stages"].items(), key=lambda item: -item[1]):
            print(f"    {name:16} {seconds:8.2f} s  {100 * seconds / row['seconds']:5.1f} %")
    if len(rows) > 1:
        sizes = [r["size"] for r in rows]
        print(f"growth exponent: time {exponent(sizes, [r['seconds'] for r in rows]):.2f}, "
              f"memory {exponent(sizes, [r['peak_mb'] for r in rows]):.2f} (1.0 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
