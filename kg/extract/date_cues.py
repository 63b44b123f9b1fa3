"""What a sentence must hold for a date pattern to be worth trying: a digit, a month's name, "day", "ago" ...

Each of :data:`kg.extract.dates.PATTERNS` is tried only on a sentence with every cue it needs
(:data:`kg.extract.dates.NEEDS`); a cue is looser than any pattern it stands for, so no date is lost (a
test checks ``find_dates`` with and without the cues on every sentence of the test corpora).
"""

from __future__ import annotations

import re

from kg.text.days import MONTH_NAMES
from kg.text.prefilter import folded

CUES = {
    "digit": re.compile(r"\d"),
    "weekday": re.compile(r"day\b", re.I),
    "ago": re.compile(r"ago\b", re.I),
    "year": re.compile(r"year\b", re.I),
    "this month": re.compile(r"month\b", re.I),
    "day word": re.compile(r"today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night|tomorrow", re.I),
}

# A month's name as "month" (anywhere: "(Mondayjune 5)" is read) and as "month word" (at a word's start, as
# every pattern but the bracketed days has it): told from the lower-cased text, not by a pattern of its own.
MONTH_STEMS = tuple(name[:3] for name in MONTH_NAMES)


def _months(low: str) -> set[str]:
    """The month cues of a lower-cased text."""
    found: set[str] = set()
    for stem in MONTH_STEMS:
        at = low.find(stem)
        while at >= 0:
            found.add("month")
            if at == 0 or not low[at - 1].isalpha():
                return {"month", "month word"}
            at = low.find(stem, at + 1)
    return found


def cues(text: str) -> set[str]:
    """The cues a sentence holds.

    >>> sorted(cues("On May 5 the market opened.")), sorted(cues("The remarks, made in summary."))
    (['digit', 'month', 'month word'], ['month'])
    """
    return {word for word, pattern in CUES.items() if pattern.search(text)} | _months(folded(text))
