"""Reading a text's lines where some runs of them form a block that a cleaner reads as something else (a table,
two columns, a name over a title): one loop for every such cleaner, so that each says only how it finds its block.

>>> def pairs(lines, i):
...     return ([lines[i] + " " + lines[i + 1]], i + 2) if lines[i] == "Name:" and i + 1 < len(lines) else None
>>> replaced_blocks(["Intro", "Name:", "Ada", "End"], pairs)
['Intro', 'Name: Ada', 'End']
"""

from __future__ import annotations

from collections.abc import Callable

Found = tuple[list[str], int]  # the lines a block reads as, and the index of the line after the block
Finder = Callable[[list[str], int], "Found | None"]


def replaced_blocks(lines: list[str], find: Finder) -> list[str]:
    """The lines, each block that ``find`` sees opening at a line put as it reads it, the other lines as they are.
    ``find`` must end a block after the line it opens at, so that the reading always moves on."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        found = find(lines, i)
        if found is None:
            out.append(lines[i])
            i += 1
            continue
        block, end = found
        if end <= i:
            raise ValueError(f"a block opening at line {i} must end after it (ends at {end})")
        out += block
        i = end
    return out
