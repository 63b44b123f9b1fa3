"""A chronology's line: a numbered session after its date, then its city ("27 October 2003: First Plenary Session,
Shanghai", "2003-10-27 | First Plenary Session | Shanghai", "2012 – Second Plenary Session (Hong Kong)"), and a
key-dates page's entry (kg.text.chronology writes it "21.8.2018: Fourth Plenary Session, Central Government Offices,
Hong Kong. Co-chaired by A and B.").

The session's name is read as any other, but its date comes before it, as a cell of its own, and its venue and city
after it without "in"; an entry's later sentences that open with the session ("Its First Plenary Session meets in
Shanghai") are on the entry's date, and those that open "Co-chairs:" or "Co-chaired by" name its co-chairs. All are
the session's only where the text has not said them otherwise.
"""

from __future__ import annotations

import re
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import find_dates
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.extract.presence import attend
from kg.extract.venues import BUILDING, venue
from kg.namespaces import HKSH
from kg.text.chronology import ANY_DATE
from kg.text.days import MONTH_NAMES

LINE = re.compile(rf"^(?:[*•·▪◦‣-]\s+)?(?P<head>{ANY_DATE})\s*(?:[:|]|\s[–—-])"
                  rf"\s*(?i:the\s+)?(?i:{ORDINAL})\s+"
                  r"(?i:plenary\s+)?(?i:session|meeting)\b(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?"
                  # not a line about something of the session's ("... Session's agreements reviewed", "... Session
                  # anniversary marked"): its name ends the cell, or a verb of its holding follows
                  r"(?!['’]s\b|\s+(?!(?:held|was|is|took|takes|opens?|opened|meets?|met|convened?|in|at|on)\b)[a-z])(?P<rest>[^.;]*)")
# the venue and city: cells of their own after the session's name, or said "(held) in" it
CELL_PLACE = re.compile(rf"\s*(?:[,|(]|\s[–—-])\s*(?:(?:held\s+)?(?:in|at)\s+)?(?:the\s+)?(?:⟦place:(?P<i>\d+)⟧|(?P<v>{BUILDING}))"
                        r"(?=\s*(?:[,|)(]|$))")
# the co-chairs in brackets after the cells: "Shanghai (CE Mr A; Mayor Mr B)"
BRACKETED = re.compile(r"[^().;]*?\((?P<who>[^()]*⟦person:\d+⟧[^()]*)\)")
HEAD = re.compile(rf"^(?P<head>{ANY_DATE}):\s")
# an entry's later sentence about its session: "Its First Plenary Session meets in Shanghai"; its co-chairs
OPENS = re.compile(rf"^(?:(?:Its|The|Their)\s+)?(?i:{ORDINAL})\s+(?i:plenary\s+)?(?i:session|meeting)\b")
CHAIRS = re.compile(r"^(?:Co-?chairs?|(?:Co-?)?[Cc]haired\s+(?:jointly\s+)?by|Attended\s+by|Present)\s*:?\s")
BULLETS = tuple(f"{mark} " for mark in "*•·▪◦‣-")  # a timeline's lines are often bulleted: "- January 2012: ..."
MONTHS = {name[:3].capitalize() for name in MONTH_NAMES}  # a line's date head opens so
ISO = re.compile(r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?$")
DAY_FIRST = re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$")


def chronology_line(ctx: DocContext, view: View, sessions: list[URIRef]) -> None:
    """The date, venue and city of the session a chronology's line names, where the text gave it neither; an entry's
    later sentences' session date and co-chairs."""
    masked = view.masked
    if not masked[:1].isalnum() and not masked.startswith(BULLETS):
        return
    if sessions and (masked[:1].isdigit() or masked[:1] in "*•·▪◦‣-" or masked[:3] in MONTHS) and (line := LINE.match(masked)) is not None:
        number = ordinal_value(line.group("ord"))
        iri = next((s for s in sessions if number in {int(n) for n in ctx.findings.objects(s, HKSH.sessionNumber)}), None)
        if iri is not None:
            _date(ctx, view, iri, _day(line.group("head"), ctx))
            _places(ctx, view, iri, line.group("rest"))
            if chairs := BRACKETED.match(masked, line.start("rest")):
                attend(ctx, view, iri, view.people(chairs.group("who")))
        return
    opens = bool(sessions) and OPENS.match(masked) is not None
    chairs = not opens and CHAIRS.match(masked) is not None and ctx.last_event("session") is not None
    if not (opens or chairs) or (head := _entry_head(ctx, view)) is None:
        return
    if opens:
        _date(ctx, view, sessions[0], _day(head, ctx))
    elif ctx.findings.mentions.get(session := ctx.last_event("session"), set()) & _paragraph(ctx, view):
        attend(ctx, view, session, view.people(masked))


def _entry_head(ctx: DocContext, view: View) -> str | None:
    """The date that opens the entry (the paragraph) this sentence is a later one of."""
    first = next((seen for _, seen, _ in ctx.views if seen.sentence.paragraph == view.sentence.paragraph), None)
    if first is None or first is view or (head := HEAD.match(first.masked)) is None:
        return None
    return head.group("head")


def _paragraph(ctx: DocContext, view: View) -> set[int]:
    return {seen.sentence.index for _, seen, _ in ctx.views if seen.sentence.paragraph == view.sentence.paragraph}


def _date(ctx: DocContext, view: View, iri: URIRef, day: Literal | None) -> None:
    if day is not None and not ctx.findings.objects(iri, SDO.startDate):
        ctx.findings.add(iri, SDO.startDate, day, view.sentence)


def _places(ctx: DocContext, view: View, iri: URIRef, rest: str) -> None:
    """The venue and the city in the cells right after the session's name."""
    if ctx.findings.objects(iri, SDO.location):
        return
    position = 0
    while (cell := CELL_PLACE.match(rest, position)) is not None:
        entity = view.mention(cell.group("i")).entity if cell.group("i") else None
        if cell.group("v"):
            ctx.findings.add(iri, SDO.location, venue(ctx, unmask(cell.group("v"), view.mentions), view.sentence), view.sentence)
        elif entity is not None and entity.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
        else:
            break
        position = cell.end()


def _day(head: str, ctx: DocContext) -> Literal | None:
    """The head's date: as the text writes dates, else ISO ("2003-10-27", "2003-10"), day first ("21.8.2018",
    "24/10/2025"), else a year alone."""
    if (numeric := DAY_FIRST.match(head)) is not None:
        try:
            return Literal(date(int(numeric.group("y")), int(numeric.group("m")), int(numeric.group("d"))).isoformat(), datatype=XSD.date)
        except ValueError:
            return None
    found = find_dates(head, ctx.published)
    if found:
        return found[0].start
    if (iso := ISO.match(head)) is not None:
        return Literal(iso.group(0), datatype=XSD.date if iso.group("d") else XSD.gYearMonth)
    return Literal(head, datatype=XSD.gYear) if re.fullmatch(r"(?:19|20)\d\d", head) else None
