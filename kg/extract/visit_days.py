"""A day told by its place in a visit: "On the first day, the Director briefed the delegation", "On the last day
Mr A and Mr B signed ...". A report of a mission dates its programme so, once it has given the visit's first and
last days ("visited Shanghai from 16 to 19 May"); the day is counted from the last visit told whose days are known,
and only within them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rdflib import Literal, RDF
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.namespaces import HKSH

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "On the first day", "on the second day of the visit", "On the last day": not "the first day of the forum".
DAY_OF = re.compile(r"\b[Oo]n\s+the\s+(?P<n>first|second|third|fourth|fifth|last|final)\s+day\b"
                    r"(?!\s+of\s+(?!(?:the|its|their|his|her|our)\s+(?:visit|trip|mission|tour|stay)\b))")


def visit_day(text: str, ctx: DocContext) -> list[DateSpan]:
    """The day "on the first (second, last) day" names, counted in the last visit told with both its ends known.

    >>> DAY_OF.search("On the last day Mr A signed it.").group("n"), DAY_OF.search("On the first day of the forum, A spoke.")
    ('last', None)
    """
    if " day" not in text or (match := DAY_OF.search(text)) is None or (days := _last_visit(ctx)) is None:
        return []
    first, last = days
    n = match.group("n")
    day = last if n in ("last", "final") else first + timedelta(days=ORDINALS[n] - 1)
    if day > last:
        return []
    return [DateSpan(match.start(), match.end(), Literal(day.isoformat(), datatype=XSD.date), kind="same_day")]


def _last_visit(ctx: DocContext) -> tuple[date, date] | None:
    """The first and last days of the last visit told that has both, as days."""
    f = ctx.findings
    for _, iri in reversed(ctx.events):
        if not f.has(iri, RDF.type, HKSH.Visit):
            continue
        starts, ends = f.objects(iri, SDO.startDate), f.objects(iri, SDO.endDate)
        if len(starts) == 1 and len(ends) == 1 and starts[0].datatype == ends[0].datatype == XSD.date:
            first, last = starts[0].toPython(), ends[0].toPython()
            if first < last:
                return first, last
    return None
