"""The parts of an event told one by one after their number: "Two panel discussions followed. The first,
on green finance, was moderated by A, with B and C among the panellists. The second, on fintech,
featured D and E."

A forum report counts its panels (workshops, breakout sessions) and then tells each in a sentence of its
own that opens with its ordinal and its topic. Each is an event labelled by its kind and topic ("Panel
discussion on green finance"), on the day of the event they were part of (the one told before the count),
attended by the people its sentence names, who attend that larger event too.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.events import record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View

COUNTED = re.compile(r"\b(?:two|three|four|five|six|[2-6])\s+(?P<kind>panel\s+discussions|panels|workshops|roundtables|sub-forums"
                     r"|(?:breakout|parallel|thematic|plenary|panel)\s+sessions)\b", re.I)
ITEM = re.compile(r"^(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|last|other)(?:\s+(?:one|panel|session|workshop|discussion))?"
                  r",\s+on\s+(?!\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August"
                  r"|September|October|November|December)\b)(?P<topic>[^,;⟦]{3,100}?),")
REACH = 4  # sentences the count may stand before its items


def find_series_items(ctx: DocContext, view: View) -> None:
    """An item of a counted series of panels, with its topic, day and people."""
    item = ITEM.match(view.masked)
    if item is None:
        return
    counted = next((m for _, v, _ in reversed(ctx.views[-REACH - 1:-1]) if (m := COUNTED.search(v.masked)) is not None), None)
    if counted is None:
        return
    kind = re.sub(r"s$", "", " ".join(counted.group("kind").lower().split()))
    topic = re.sub(r"\s+", " ", unmask(item.group("topic"), view.mentions)).strip()
    iri = record_event(ctx, view, f"{kind[:1].upper()}{kind[1:]} on {topic}", kind.split()[-1], False, None)
    ctx.remember_event(kind.split()[-1], iri)
    larger = next((e for h, e in reversed(ctx.events) if e != iri and "/session/" not in str(e) and h not in (
        "visit", kind.split()[-1])), None)
    people = [p for p in view.people(view.masked) if p is not None]
    for person in people:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    if larger is None:
        return
    ctx.findings.add(iri, SDO.superEvent, larger, view.sentence)
    ctx.parts.append((iri, larger))
    for person in people:
        ctx.findings.add(larger, SDO.attendee, person, view.sentence)


def date_parts(ctx: DocContext) -> None:
    """Once the whole document is read: each counted part is on the day of the event it is part of."""
    for part, larger in ctx.parts:
        days = [d for d in ctx.findings.objects(larger, SDO.startDate) if d.datatype == XSD.date]
        if len(days) != 1:
            continue
        sentence = min(ctx.findings.triples[(larger, SDO.startDate, days[0])])
        for day in ctx.findings.objects(part, SDO.startDate):
            ctx.findings.discard(part, SDO.startDate, day)
        ctx.findings.add(part, SDO.startDate, days[0], sentence)
