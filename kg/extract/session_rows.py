"""Sessions set out one to a line, as fact sheets list them: a row of a table or a line of a list.

"1st | October 2003 | Shanghai | Tung Chee-hwa, Han Zheng", "First plenary session: October 2003, Shanghai",
"Third Plenary Session – April 2015 – Shanghai" (kg.text.clean keeps such lines as statements). A row is a
session's only in a text that has named the mechanism and, in the row or the lines just before, its sessions;
its cells hold the date, the place (a cell needs no "in") and the co-chairs.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL

CELL = r"\s*(?:[:|(\t]|\s[–—-]\s)"
ROW = re.compile(rf"^(?:[*•·▪◦‣-]\s+)?(?i:{ORDINAL})(?=\s*(?:\||\t))")
CELLS = re.compile(CELL)
TOLD = re.compile(r"(?i)\b(?:plenary|sessions?)\b")
LOOK_BACK = 6  # sentences


def table_row(ctx: DocContext, view: View, has_conf: bool) -> list[tuple[str, int, int]]:
    """The ordinal and span of a table row naming a session by its ordinal alone ("2nd | January 2012 | Hong Kong")."""
    masked = view.masked
    if not has_conf or (row := ROW.match(masked)) is None:
        return []
    before = [v.masked for _, v, _ in ctx.views[-LOOK_BACK:-1] if not ROW.match(v.masked)]
    if not before or not TOLD.search(before[-1]):
        return []  # the sentence just before the rows says they are sessions
    return [(row.group("ord"), row.end(), len(masked))]


def cells_follow(masked: str, end: int) -> bool:
    """Whether cells follow a session's name ("First plenary session: October 2003, Shanghai"): a place there is
    the session's, said without "in"."""
    return CELLS.match(masked, end) is not None
