"""One time told twice, side by side: "Two years ago, in November 2024, I led a delegation ...". The year the
relative words give and the month beside it are one date, not two: the finer telling is the date, so that the
vaguer one cannot be the one a rule takes for the event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.dates import DateSpan

# The words between the two tellings: a comma, and "in" or "on" before the finer one.
RESTATED = re.compile(r"\s*,\s*(?:(?:in|on)\s+)?")


def restated(found: list[DateSpan], text: str) -> list[DateSpan]:
    """The spans less those that only a finer date beside them restates ("two years ago, in November 2024")."""
    coarse = set()
    for a, b in zip(found, found[1:]):
        if a.end is None and b.end is None and RESTATED.fullmatch(text, a.end_char, b.start_char) is not None:
            x, y = str(a.start), str(b.start)
            if x != y and y.startswith(x):
                coarse.add(id(a))
            elif x != y and x.startswith(y):
                coarse.add(id(b))
    return [d for d in found if id(d) not in coarse] if coarse else found

