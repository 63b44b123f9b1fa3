"""Sorted runs of lines written to disk in pieces.

The build's main process spills a million lines at a time (the union's, the shared subjects'). Joined into
one string of a few hundred megabytes and encoded whole, each run took three blocks too large for glibc's
heap, so every page of them was faulted in afresh and unmapped again: a tenth of the build's page faults.
Pieces of :data:`PIECE` lines stay on the heap, whose freed blocks the next piece reuses.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import groupby, islice
from pathlib import Path

PIECE = 16_384  # lines joined at once: a few megabytes, under glibc's mapping threshold (kg/graph/heap.py)


def distinct(lines: Iterable[str]) -> Iterator[str]:
    """Sorted lines, each once (equal lines are neighbours)."""
    return (line for line, _ in groupby(lines))


def write_run(path: Path, lines: Iterable[str], *, end: str = "\n") -> None:
    """Write ``lines`` to ``path`` in UTF-8, each followed by ``end``: what ``"".join(line + end for line in
    lines)`` would give, a piece at a time."""
    lines = iter(lines)
    with open(path, "wb") as out:
        while piece := list(islice(lines, PIECE)):
            out.write((end.join(piece) + end).encode())
