"""A day told as a count of days from the one the narrative is on: "Two days later, before flying home, they toured ...".

Long narratives give a day once and count from it; the count said on its own at the head of a clause (not "two days
later than planned", nor "two days later, when" in the middle of another clause's time) is that many days after the day
the narrative is on (or before it, "three days earlier").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.dates import DateSpan

DAYS_LATER = re.compile(r"(?:^|(?<=,\s))(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[1-5])\s+days?\s+(?P<way>later|earlier)"
                        r"(?=\s*,|\s+(?:on|in|at|the|he|she|they|we|[A-Z⟦]))")
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def days_later(text: str, day: Literal | None) -> list[DateSpan]:
    """The day a count of days from the narrative's day names.

    >>> [str(d.start) for d in days_later("Two days later, they toured the port.", Literal("2025-11-05", datatype=XSD.date))]
    ['2025-11-07']
    >>> days_later("It came two days later than planned.", Literal("2025-11-05", datatype=XSD.date))
    []
    """
    if day is None or day.datatype != XSD.date or not "0001-01-01" < str(day) < "9999-12-31" or " day" not in text:
        return []
    match = DAYS_LATER.search(text)
    if match is None:
        return []
    n = COUNTS.get(match.group("n").lower()) or int(match.group("n"))
    other = date.fromisoformat(str(day)) + timedelta(days=n if match.group("way") == "later" else -n)
    return [DateSpan(match.start(), match.end(), Literal(other.isoformat(), datatype=XSD.date), kind="same_day")]
