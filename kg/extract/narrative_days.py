"""Days told as a distance from the one the narrative is on: "later that day", "the next day", "Two days later".

Long narratives give a day once and count from it. "Earlier in the day" is that day, "the next day" the one after,
"the day before" the one before (not "the day before the forum", another event's); a count said on its own at the head
of a clause (not "two days later than planned", nor "two days later, when" in the middle of another clause's time) is
that many days after the day the narrative is on (or before it, "three days earlier"). A sentence with a date of its
own never asks for these.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.dates import DateSpan
from kg.extract.patterns import count

SAME_DAY = re.compile(r"\b(?:(?:earlier|later)\s+(?:in\s+the|that)\s+day|on\s+the\s+same\s+day"
                      r"|(?:later|earlier)\s+that\s+(?:morning|afternoon|evening))\b", re.I)
NEXT_DAY = re.compile(r"\b(?:(?:on\s+)?the\s+(?:next|following)\s+day|the\s+day\s+after)\b(?!\s+(?:tomorrow|that|the|his|her|its))", re.I)
PREVIOUS_DAY = re.compile(r"\b(?:(?:on\s+)?the\s+(?:previous|preceding)\s+day|the\s+day\s+before)\b(?=\s*[,;.)]|\s*$)", re.I)
DAYS_LATER = re.compile(r"(?:^|(?<=,\s))(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[1-5])\s+days?\s+(?P<way>later|earlier)"
                        r"(?=\s*,|\s+(?:on|in|at|the|he|she|they|we|[A-Z⟦]))")


def narrative_days(text: str, day: Literal | None) -> list[DateSpan]:
    """The days a sentence with no date of its own names by their distance from the narrative's day, in text order.

    >>> day = Literal("2025-11-05", datatype=XSD.date)
    >>> [str(d.start) for d in narrative_days("Later that day they dined; the next day, he met the Mayor.", day)]
    ['2025-11-05', '2025-11-06']
    >>> [str(d.start) for d in narrative_days("Two days later, they toured the port.", day)]
    ['2025-11-07']
    >>> narrative_days("It came two days later than planned.", day)
    []
    """
    if day is None:
        return []
    found = [DateSpan(m.start(), m.end(), day, kind="same_day") for m in SAME_DAY.finditer(text)]
    if day.datatype != XSD.date:
        return found
    shifts = [(m, shift) for pattern, shift in ((NEXT_DAY, 1), (PREVIOUS_DAY, -1)) if (m := pattern.search(text))]
    if " day" in text and (match := DAYS_LATER.search(text)):
        n = 1 if match.group("n") in ("a", "A") else count(match.group("n"))
        shifts.append((match, n if match.group("way") == "later" else -n))
    for match, shift in shifts:
        if (other := _shifted(day, shift)) is not None:
            found.append(DateSpan(match.start(), match.end(), other, kind="same_day"))
    return sorted(found, key=lambda d: d.start_char)


def _shifted(day: Literal, days: int) -> Literal | None:
    """The day so many days from another, or None past either end of the calendar (a day the text cannot mean)."""
    try:
        return Literal((date.fromisoformat(str(day)) + timedelta(days=days)).isoformat(), datatype=XSD.date)
    except (OverflowError, ValueError):
        return None
