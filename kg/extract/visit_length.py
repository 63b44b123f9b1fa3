"""A visit's length: "a three-day visit to Shanghai, which ends tomorrow (May 9)", "concluded her two-day
visit today (May 9)".

A visit told by its number of days and one of its ends has the other: the first day and the length give
the last, and the last day and the length the first. A date said of the end ("which ends tomorrow
(May 9)") is not the day the visit began.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import count

# What follows is the visit's end: "..., which ends tomorrow (May 9)", "..., ending on Friday", "... that ends on Friday".
# Where the trip of that length went: "a three-day visit to Beijing", "a seven-day trip to the Middle East".
# (Not "a two-day visit to attend the forum": a purpose, not a place.)
TO_PLACE = re.compile(r"\s+to\s+(?:⟦place:(?P<place>\d+)⟧|(?=⟦|the\s+[A-Z]|[A-Z]))")
ENDS = re.compile(r"(?:,\s+(?:which|that)|\s+(?:which|that)(?=\s+(?:ends|concludes)\b))\s+(?:ends|will\s+end|concludes|will\s+conclude|is\s+to\s+end)\b"
                  r"|,\s+(?:ending|to\s+end)\b")


def begun(view: View, dates: list[DateSpan]) -> list[DateSpan]:
    """The sentence's dates less those said of the visit's end."""
    end = ENDS.search(view.masked) if "end" in view.masked or "conclude" in view.masked else None
    return dates if end is None else [d for d in dates if masked_pos(view, d.start_char) < end.start()]


def length_dates(ctx: DocContext, visit: URIRef, match: re.Match, view: View, dates: list[DateSpan]) -> None:
    """The end of a visit of ``match``'s number of days whose first day is known, or its first day where
    only its end is; when the length is said of this visit, not of a trip elsewhere ("made a three-day
    visit to Beijing in March") or at another time ("will lead a seven-day trip ... in September")."""
    n = match.group("n")
    days = count(n)
    f = ctx.findings
    starts, ends = f.objects(visit, SDO.startDate), f.objects(visit, SDO.endDate)
    if len(starts) == 1 and starts[0].datatype == XSD.date and not ends:
        first = starts[0].toPython()
        last = first + timedelta(days=days - 1)
        prop, value = SDO.endDate, last
    elif not starts and len(ends) == 1 and ends[0].datatype == XSD.date:
        last = ends[0].toPython()
        first = last - timedelta(days=days - 1)
        prop, value = SDO.startDate, first
    else:
        return
    if not _this_place(ctx, view, visit, match) or dates and not any(_within(d, first, last) for d in dates):
        return
    f.add(visit, prop, Literal(value, datatype=XSD.date), view.sentence)


def _this_place(ctx: DocContext, view: View, visit: URIRef, match: re.Match) -> bool:
    """Whether a length said "to" somewhere is said of a trip to where the visit is."""
    to = TO_PLACE.match(view.masked, match.end())
    if to is None:
        return True
    entity = view.mention(to.group("place")).entity if to.group("place") else None
    return entity is not None and entity.kind == "place" and ctx.findings.has(visit, SDO.location, ctx.entity_iri(entity))


def _within(span: DateSpan, first: date, last: date) -> bool:
    """Whether a date said in the sentence (a day, month or year, or a range of them) meets the visit's days."""
    lo, hi = _bounds(span.start), _bounds(span.end if span.end is not None else span.start)
    return lo is not None and hi is not None and lo[0] <= last and hi[1] >= first


def _bounds(value: Literal) -> tuple[date, date] | None:
    text = str(value)
    try:
        if value.datatype == XSD.gYear:
            return date(int(text), 1, 1), date(int(text), 12, 31)
        if value.datatype == XSD.gYearMonth:
            year, month = int(text[:4]), int(text[5:7])
            following = date(year + month // 12, month % 12 + 1, 1)
            return date(year, month, 1), following - timedelta(days=1)
        day = date.fromisoformat(text)
    except ValueError:
        return None
    return day, day
