"""The parts of an event told one by one after their number: "Two panel discussions followed. The first,
on green finance, was moderated by A, with B and C among the panellists. The second, on fintech,
featured D and E."

A forum report counts its panels (workshops, breakout sessions) as held ("Two panel discussions followed",
"The forum featured three workshops"), not as places someone visited ("visited two workshops in Kowloon"),
and then tells each in a sentence of its own that opens with its ordinal and its topic ("on the other hand"
is a turn of the text, no topic). Each is an event labelled by its kind and topic ("Panel discussion on green
finance"), attended by the people its sentence names, who attend that larger event too. The larger event is
the last one told that holds such parts (a forum, a conference, an expo, ...; not a dinner, a reception or a
visit told in between), and the part is on the day its count gives, else on that larger event's day.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.event_words import DAY_KINDS
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos

COUNTED = re.compile(r"\b(?:two|three|four|five|six|[2-6])\s+(?P<kind>panel\s+discussions|panels|workshops|roundtables|sub-forums"
                     r"|(?:breakout|parallel|thematic|plenary|panel)\s+sessions)\b", re.I)
# The count tells parts held: "Two panel discussions followed", "... were held in the afternoon", "The forum featured
# three workshops" (not "visited two workshops", "the factory has two workshops").
HELD_AFTER = re.compile(r"(?:\s+(?:[\w'’-]+|⟦\w+:\d+⟧)){0,6}?\s+(?:followed|follow|will\s+follow|(?:were|are|will\s+be)\s+(?:also\s+)?"
                        r"(?:held|staged|organi[sz]ed|convened|conducted|hosted|run)|took\s+place|take\s+place|will\s+take\s+place)\b")
HELD_BEFORE = re.compile(r"\b(?:featured|features|featuring|included|includes|including|comprised|comprises|consisted\s+of"
                         r"|held|holds|hosted|staged|organi[sz]ed|convened|followed\s+by|there\s+(?:were|are|will\s+be))"
                         r"\s+(?:also\s+)?(?:the\s+)?$")
# A turn of the text after "The second," is no topic: "on the other hand", "on the contrary", "on the whole".
DISCOURSE = (r"(?:the\s+)?(?:other|one)\s+hand\b|the\s+contrary\b|the\s+whole\b|(?:the\s+)?balance\b|average\b|top\s+of\b"
             r"|(?:its|their|his|her|our)\s+part\b|the\s+(?:face|surface)\s+of\s+it\b|the\s+(?:flip|plus|other)\s+side\b"
             r"|the\s+(?:same|next|following|last|first)\s+day\b|that\s+day\b|(?:the|this|that)\s+occasion\b|reflection\b")
ITEM = re.compile(r"^(?:The\s+)?(?:first|second|third|fourth|fifth|sixth|last|other)(?:\s+(?:one|panel|session|workshop|discussion))?"
                  rf",\s+on\s+(?!\d|{DISCOURSE}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August"
                  r"|September|October|November|December)\b)(?P<topic>[^,;⟦]{3,100}?),")
# The events that hold panels, workshops and sessions.
HOLDERS = frozenset({"forum", "conference", "summit", "symposium", "seminar", "dialogue", "expo", "exhibition", "fair", "festival",
                     "week", "carnival", "showcase", "programme", "program", "series", "event", "promotion", "roadshow", "webinar"})
REACH = 4  # sentences the count may stand before its items


def find_series_items(ctx: DocContext, view: View) -> None:
    """An item of a counted series of panels, with its topic, day and people."""
    item = ITEM.match(view.masked)
    if item is None:
        return
    counted = next(((m, v, d) for _, v, d in reversed(ctx.views[-REACH - 1:-1]) if (m := _count(v.masked)) is not None), None)
    if counted is None:
        return
    count, told, dates = counted
    kind = re.sub(r"s$", "", " ".join(count.group("kind").lower().split()))
    topic = re.sub(r"\s+", " ", unmask(item.group("topic"), view.mentions)).strip()
    iri = record_event(ctx, view, f"{kind[:1].upper()}{kind[1:]} on {topic}", kind.split()[-1], False, None)
    ctx.remember_event(kind.split()[-1], iri)
    larger = next((e for h, e in reversed(ctx.events) if e != iri and h.lower() in HOLDERS), None)
    people = [p for p in view.people(view.masked) if p is not None]
    for person in people:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    day = [d for d in dates if d.kind in DAY_KINDS and masked_pos(told, d.start_char) >= count.start()]
    if len(day) == 1:  # "Two panel discussions followed on 5 May"
        ctx.findings.add(iri, SDO.startDate, day[0].start, told.sentence)
    if larger is None:
        return
    ctx.findings.add(iri, SDO.superEvent, larger, view.sentence)
    if len(day) != 1:
        ctx.parts.append((iri, larger))
    for person in people:
        ctx.findings.add(larger, SDO.attendee, person, view.sentence)


def _count(masked: str) -> re.Match | None:
    """The count of a series of parts held, in a sentence before the items."""
    return next((m for m in COUNTED.finditer(masked) if HELD_AFTER.match(masked, m.end())
                 or HELD_BEFORE.search(masked, 0, m.start())), None)


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
