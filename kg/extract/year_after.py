"""A year told by its distance from the date said before it in the sentence.

Features and papers date one thing by another: "met twice - in Shanghai in October 2003 and in Hong Kong the following
year", "The fund was set up in 2015 and a year later it ...". "The following year" is the year after the nearest date
said before it (not "next year", which counts from the text's own day).
"""

from __future__ import annotations

import re

FOLLOWING_YEAR = re.compile(r"\b(?:the\s+following\s+year|a\s+year\s+later)\b")


def years_after(text: str, found: list, taken: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, year) of each "the following year" after a date in ``found`` (spans with ``start_char``,
    ``end_char`` and a ``start`` literal), not inside a date already read (``taken``)."""
    after = []
    for match in FOLLOWING_YEAR.finditer(text):
        earlier = [d for d in found if d.end_char <= match.start()]
        if earlier and not any(match.start() < e and s < match.end() for s, e in taken):
            after.append((match.start(), match.end(), int(str(max(earlier, key=lambda d: d.start_char).start)[:4]) + 1))
    return after
