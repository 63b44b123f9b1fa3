"""Grid tables drawn with "+---+" rules and "|" borders, as a PDF's table (a LegCo paper's list of follow-up
actions, a report's annex) comes out in plain text: each cell's text is hard-wrapped inside its column over many
lines, so read line by line every line mixes the columns' words and nothing in the table is read.

Each row (the lines between two rules; within it, the parts a line blank in every column parts) is read cell by
cell, down its column: short cells (a date, a subject) as one line after their headings, as
:mod:`kg.text.tables` writes a row ("Meeting: 16.11.2031 | Subject: Port co-operation."), and cells of prose as
paragraphs of their own.

>>> print(grid_tables('''+------+------------------+
... | Date | Action           |
... +------+------------------+
... | 2031 | The forum was    |
... |      | held in Shanghai.|
... +------+------------------+'''))
<BLANKLINE>
Date: 2031.
<BLANKLINE>
The forum was held in Shanghai.
<BLANKLINE>
"""

from __future__ import annotations

import re

from kg.text.blocks import Found, replaced_blocks
from kg.text.hyphens import join_wrapped

RULE = re.compile(r"^\s*\+(?:[-=]{2,}\+){2,}\s*$")
# A clock time alone in a cell: the first column of an itinerary's table ("14:30", "9.30am", "Noon").
CLOCK = re.compile(r"(?i)^(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday)"
                   r"(?:\s*(?:-|–|to)\s*(?:\d{1,2}[.:]\d{2}|\d{1,2}\s*[ap]\.?m\.?))?$")
BORDERED = re.compile(r"^\s*\|.*\|\s*$")
STOP = re.compile(r"[.!?;:][\"'”’)]*$")
SHORT = 12


def _cells(line: str, edges: list[int]) -> list[str]:
    return [line[a + 1:b].strip(" |") if len(line) > a else "" for a, b in zip(edges, edges[1:])]


def _parts(block: list[str], edges: list[int]) -> list[list[str]]:
    """A row's parts, each cell's lines joined down its column; a line blank in every column parts them."""
    parts, current = [], [[] for _ in edges[1:]]
    for line in block + [""]:
        cells = _cells(line, edges)
        if any(cells):
            for column, cell in zip(current, cells):
                if cell:
                    column.append(cell)
            continue
        if any(current):
            parts.append(current)
        current = [[] for _ in edges[1:]]
    return parts


def _timed(block: list[str], edges: list[int]) -> list[list[list[str]]] | None:
    """An itinerary's rows, where one ruled block holds them all: each row starts at a line whose first cell is a
    time, and the lines with that cell blank go on its other cells. None where the first column is not times."""
    firsts = [_cells(line, edges)[0] for line in block]
    if sum(bool(f) for f in firsts) < 2 or not firsts[0] or not all(CLOCK.match(f) for f in firsts if f):
        return None
    rows: list[list[list[str]]] = []
    for line, first in zip(block, firsts):
        if first:
            rows.append([[] for _ in edges[1:]])
        for column, cell in zip(rows[-1], _cells(line, edges)):
            if cell:
                column.append(cell)
    return rows


def _run(part: list[list[str]], whole: str) -> list[str]:
    """An itinerary's row as a rundown's ("14:30 | Meeting with ... | Renmin Avenue."): a blank or "-" cell left out."""
    cells = [_joined(lines, whole) for lines in part]
    return ["", " | ".join(c for c in cells if c.strip(" -–")).rstrip(" .") + "."]


def _joined(lines: list[str], whole: str) -> str:
    text = ""
    for line in lines:
        text = text + line if text.endswith("/") else join_wrapped(text, line, whole) if text else line
    return re.sub(r"-\s+(?=[a-z])", "-", text) if "- " in text and not re.search(r"\w- \w", whole) else text


def _written(part: list[list[str]], heading: list[str] | None, whole: str) -> list[str]:
    cells = [_joined(lines, whole) for lines in part]
    names = heading or [""] * len(cells)
    short = [f"{name}: {cell}" if name else cell for name, cell in zip(names, cells)
             if cell and len(cell.split()) <= SHORT and not STOP.search(cell)]
    out = ["", " | ".join(short).rstrip(".") + "."] if short else []
    for cell in cells:
        if cell and (len(cell.split()) > SHORT or STOP.search(cell)):
            out += ["", cell if STOP.search(cell) else cell + "."]
    return out


def _table(lines: list[str], whole: str) -> list[str]:
    edges = [i for i, ch in enumerate(lines[0]) if ch == "+"]
    rows: list[list[str]] = [[]]
    for line in lines[1:]:
        if RULE.match(line):
            rows.append([])
        else:
            rows[-1].append(line)
    rows = [row for row in rows if row]
    heading = None
    if rows and len(rows) > 1:
        first = [" ".join(column) for column in _parts(rows[0], edges)[0]] if _parts(rows[0], edges) else []
        if first and all(len(cell.split()) <= 4 and not STOP.search(cell) for cell in first):
            heading, rows = first, rows[1:]
    out: list[str] = []
    for row in rows:
        if (timed := _timed(row, edges)) is not None:
            out += [line for part in timed for line in _run(part, whole)]
            continue
        for part in _parts(row, edges):
            out += _written(part, heading, whole)
    return out + [""]


def grid_tables(text: str) -> str:
    """The text with each grid table read cell by cell (see the module's docstring); other lines as they were."""
    if "+--" not in text and "+==" not in text:
        return text
    return "\n".join(replaced_blocks(text.split("\n"), lambda lines, i: _read(lines, i, text)))


def _read(lines: list[str], i: int, whole: str) -> Found | None:
    """A grid table opening with the rule at line ``i``, read cell by cell."""
    if not RULE.match(lines[i]):
        return None
    j = i + 1
    while j < len(lines) and (RULE.match(lines[j]) or BORDERED.match(lines[j])):
        j += 1
    return (_table(lines[i:j], whole), j) if j - i >= 3 else None
