"""Lists of co-operation items that a joint summary sets out under headings, one item a line.

"Finance" / "(1) Promote the connectivity of the bond markets (Financial Services and the Treasury Bureau)" /
"(2) ...": neither the heading nor the items end with a stop, yet both are the text. An item that ends with
the bodies responsible for it, in brackets, is a statement; a short heading right above a numbered item heads
the list.
"""

from __future__ import annotations

import re

NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+[A-Z]")
# The responsible bodies at an item's end: "(Health Bureau)", "(FSTB; Shanghai Municipal Financial Regulatory Bureau)"
RESPONSIBLE = re.compile(r"\s\([A-Z][^()]{2,200}\)$")
STOP = re.compile(r"[.!?][\"'”’)]*$")
# A heading of a few words, commas and "&" at most: "Innovation and Technology", "Culture, Sports and Tourism"
HEADING = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:[\w'’-]+|&)){0,6}$")


def item_line(paragraph: str) -> bool:
    """Whether a line is a numbered item ending with its responsible bodies."""
    return bool(NUMBERED.match(paragraph) and RESPONSIBLE.search(paragraph)) and len(paragraph.split()) >= 4


def list_heading(paragraphs: list[str], index: int) -> bool:
    """Whether a line is the short heading of a list of numbered items set out right below it (each ending
    with its bodies or with a stop)."""
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return bool(HEADING.match(paragraphs[index])) and (item_line(following) or bool(NUMBERED.match(following) and STOP.search(following)))
