"""A visit's length: "a three-day visit to Shanghai, which ends tomorrow (May 9)", "concluded her two-day
visit today (May 9)".

A visit told by its number of days and one of its ends has the other: the first day and the length give
the last, and the last day and the length the first. A date said of the end ("which ends tomorrow
(May 9)") is not the day the visit began.
"""

from __future__ import annotations

import re
from datetime import timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.text.sentences import Sentence

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# What follows is the visit's end: "..., which ends tomorrow (May 9)", "..., ending on Friday".
ENDS = re.compile(r",\s+(?:which\s+(?:ends|will\s+end|concludes|will\s+conclude|is\s+to\s+end)|ending|to\s+end)\b")


def begun(view: View, dates: list[DateSpan]) -> list[DateSpan]:
    """The sentence's dates less those said of the visit's end."""
    end = ENDS.search(view.masked) if "end" in view.masked or "conclude" in view.masked else None
    return dates if end is None else [d for d in dates if masked_pos(view, d.start_char) < end.start()]


def length_dates(ctx: DocContext, visit: URIRef, n: str, sentence: Sentence) -> None:
    """The end of a visit of ``n`` days whose first day is known, or its first day where only its end is."""
    days = int(n) if n.isdigit() else COUNTS[n.lower()]
    f = ctx.findings
    starts, ends = f.objects(visit, SDO.startDate), f.objects(visit, SDO.endDate)
    if len(starts) == 1 and starts[0].datatype == XSD.date and not ends:
        f.add(visit, SDO.endDate, Literal(starts[0].toPython() + timedelta(days=days - 1), datatype=XSD.date), sentence)
    elif not starts and len(ends) == 1 and ends[0].datatype == XSD.date:
        f.add(visit, SDO.startDate, Literal(ends[0].toPython() - timedelta(days=days - 1), datatype=XSD.date), sentence)
