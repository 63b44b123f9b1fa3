"""A table extracted from PDF as runs of spaces, its cells wrapped onto lines of their own: under a heading row
("Area          Examples of initiatives"), a row's cell runs on in its column on the next lines ("Shipping and logis-"
over "tics", or words under the second column alone). Read line by line, each piece is a fragment with no stop and
the cleaner drops the lot. Each row is read back whole, its cells after their column's heading, as
:func:`kg.text.tables.linearise` writes a table's rows ("Area: Finance | Examples of initiatives: RMB business.").

Only a block with no blank line, opened by a heading row of short cells (no digit, no stop), whose every line puts its
pieces at the heading's columns, and with at least one cell wrapped, is read so: a row starts where the first column
holds a word opening in upper case or a digit; anything else runs on in the row above.

>>> print(unwrapped_cells("Area        Examples\\nFinance     RMB business; cross-\\n            listing of funds\\n"
...                       "Shipping    port co-operation\\nand logis-\\ntics\\nTourism     joint promotion"))
<BLANKLINE>
Area: Finance | Examples: RMB business; cross-listing of funds.
<BLANKLINE>
Area: Shipping and logistics | Examples: port co-operation.
<BLANKLINE>
Area: Tourism | Examples: joint promotion.
<BLANKLINE>
"""

from __future__ import annotations

import re

from kg.text.blocks import Found, replaced_blocks
from kg.text.hyphens import join_wrapped
from kg.text.tables import row_sentence

PIECE = re.compile(r"\S+(?: \S+)*")
DRIFT = 2
MIN_ROWS = 3
MAX_HEADING = 40
RULE = re.compile(r"[-=_–—]{3,}")  # a cell of a heading's underline: no row, and a sign of a table (one row fewer will do)


def _pieces(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in PIECE.finditer(line)]


def _columns(line: str) -> list[int] | None:
    """The columns a heading row opens: two or more short cells parted by runs of three spaces or more."""
    if not re.search(r"\S {3,}\S", line):
        return None
    cells = [(start, text) for start, text in _pieces(line)]
    if len(cells) < 2 or any(len(text) > MAX_HEADING or re.search(r"\d|[.!?;]$", text) or not text[:1].isupper() for _, text in cells):
        return None
    return [start for start, _ in cells]


def _placed(line: str, columns: list[int]) -> list[str] | None:
    """The line's pieces by column, or None where a piece starts off the columns or runs into the next one."""
    cells = [""] * len(columns)
    for start, text in _pieces(line):
        at = next((k for k, c in enumerate(columns) if abs(start - c) <= DRIFT), None)
        if at is None or cells[at] or at + 1 < len(columns) and start + len(text) > columns[at + 1] - 2:
            return None
        cells[at] = text
    return cells


def _table(lines: list[str], i: int, whole: str) -> tuple[list[str], list[list[str]], int] | None:
    """The heading, rows and end of a table with wrapped cells opening at line ``i`` (``whole``: the text, which
    tells how a word split over lines is joined)."""
    columns = _columns(lines[i])
    if columns is None:
        return None
    heading = [text for _, text in _pieces(lines[i])]
    rows: list[list[list[str]]] = []
    wrapped = False
    j = i + 1
    ruled = False
    while j < len(lines) and lines[j].strip() and (cells := _placed(lines[j], columns)) is not None:
        if all(RULE.fullmatch(cell) for cell in cells if cell):
            ruled = True
        elif cells[0][:1].isupper() or cells[0][:1].isdigit() or not rows:
            rows.append([[cell] if cell else [] for cell in cells])
        else:
            wrapped = True
            for k, cell in enumerate(cells):
                if cell:
                    rows[-1][k].append(cell)
        j += 1
    if len(rows) < MIN_ROWS - ruled or not wrapped:
        return None
    joined = []
    for row in rows:
        cells_text = []
        for parts in row:
            text = parts[0] if parts else ""
            for part in parts[1:]:
                text = join_wrapped(text, part, whole)
            cells_text.append(text)
        joined.append(cells_text)
    return heading, joined, j


def unwrapped_cells(text: str) -> str:
    """The text with each table whose cells are wrapped read as one sentence a row."""
    if "   " not in text:
        return text
    return "\n".join(replaced_blocks(text.split("\n"), lambda lines, i: _read(lines, i, text)))


def _read(lines: list[str], i: int, whole: str) -> Found | None:
    """A table opening at line ``i``, as one sentence a row between blank lines."""
    if (table := _table(lines, i, whole)) is None:
        return None
    heading, rows, end = table
    return [""] + [line for row in rows for line in (row_sentence(heading, row), "")], end
