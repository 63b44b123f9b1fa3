"""The memory a process tree really holds, sampled: the sum of its processes' proportional set sizes (a page
shared by a parent and its forked children counts once in all, not once in each, as the sum of their peak
resident sets would count it) plus the store's scratch files in ``/dev/shm``, which are memory too.
Linux only; where ``/proc`` has no ``smaps_rollup`` it reports nothing.
"""

from __future__ import annotations

import threading
from pathlib import Path

PROC = Path("/proc")
SCRATCH = Path("/dev/shm")


def _children(pid: int) -> list[int]:
    found = []
    for task in (PROC / str(pid) / "task").glob("*"):
        try:
            found += [int(p) for p in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants alive now."""
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        queue += _children(current)
    return pids


def pss(pid: int) -> int:
    """Bytes of the process's proportional set size, 0 if it is gone."""
    try:
        for line in (PROC / str(pid) / "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def scratch(prefix: str = "hksh-store-") -> int:
    """Bytes of the files under the store's scratch folders in ``/dev/shm``."""
    total = 0
    for folder in SCRATCH.glob(prefix + "*"):
        for path in folder.rglob("*"):
            try:
                total += path.stat().st_size if path.is_file() else 0
            except OSError:
                continue
    return total


class Sampler(threading.Thread):
    """Samples the tree under ``pid`` every ``every`` seconds until :meth:`stop`; keeps the peaks."""

    def __init__(self, pid: int, *, every: float = 0.25):
        super().__init__(daemon=True)
        self.pid, self.every = pid, every
        self.peak_pss = self.peak_scratch = self.peak_total = 0
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.wait(self.every):
            held = sum(pss(p) for p in tree(self.pid))
            files = scratch()
            self.peak_pss, self.peak_scratch = max(self.peak_pss, held), max(self.peak_scratch, files)
            self.peak_total = max(self.peak_total, held + files)

    def stop(self) -> dict:
        self._done.set()
        self.join()
        return {"tree_pss_bytes": self.peak_pss, "scratch_bytes": self.peak_scratch,
                "tree_total_bytes": self.peak_total}
