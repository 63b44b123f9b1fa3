"""A visit told as where someone is: "Mr A is on a three-day visit to Shanghai", "Secretary B is in Shanghai this
week, on a three-day visit to promote ...", then its first day as the visitor's arrival: "He arrived yesterday
(September 10) and called on ...".

A news story or video told while the visit goes on says so, not "visited": it is the visit of that person to that
place, dated by the sentence's own day or, when it gives none, by the day the next sentences say the visitor
arrived (a three-day visit then ends two days later, which kg.extract.visit_length reads from the same words). Only
a person said to be on a visit ("on a ... visit", "on a ... trip"): "is in Shanghai to attend a forum" is a stay
for the forum, read by the event rules.
"""

from __future__ import annotations

import re

from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import person_name, record_dates, record_event
from kg.extract.mentions import View
from kg.extract.patterns import count
from kg.extract.visit_length import begun
from kg.namespaces import HKSH

_ON_VISIT = r"on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip)"
# "<person> is on a three-day visit to <place>", "<person> is in <place> this week, on a visit to promote ...".
ON_VISIT = re.compile(rf"⟦person:(?P<p>\d+)⟧(?:,[^,;.⟦]{{0,120}}?)?,?\s+(?:is|are)\s+(?:now\s+|currently\s+)?"
                      rf"(?:{_ON_VISIT}\s+to\s+⟦place:(?P<place>\d+)⟧|in\s+⟦place:(?P<place2>\d+)⟧(?:(?!\b(?:not|never)\b)[^;.⟦]){{0,40}}?,?\s+{_ON_VISIT}\b)")
# "He arrived yesterday (September 10)", "Mr A arrived on Monday": the visitor's first day.
ARRIVED = re.compile(r"⟦person:(?P<p>\d+)⟧\s+(?:had\s+)?arrived\s+(?!in\s|at\s)")
LENGTH = re.compile(r"\b(two|three|four|five|six|seven)-day\s+(?:visit|trip)\b", re.I)
REACH = 4  # sentences after the visit within which its visitor's arrival dates it


def find_visits_on(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A visit told by where its visitor is; its first day told by the visitor's arrival soon after."""
    masked = view.masked
    if " visit" in masked or " trip" in masked:
        if (match := ON_VISIT.search(masked)) is not None:
            _visit(ctx, view, dates, match)
            return
    if "arrived" in masked and ctx.visit_on is not None and (arrived := ARRIVED.search(masked)) is not None:
        iri, person, at, days = ctx.visit_on
        own = [d for d in dates if d.end is None]
        if view.mention(arrived.group("p")).ref == person and own and view.sentence.index - at <= REACH \
                and not ctx.findings.has(iri, SDO.startDate):
            ctx.findings.add(iri, SDO.startDate, own[0].start, view.sentence)
            if days and own[0].start.datatype == XSD.date and not ctx.findings.has(iri, SDO.endDate):
                last = date.fromisoformat(str(own[0].start)) + timedelta(days=days - 1)
                ctx.findings.add(iri, SDO.endDate, Literal(last.isoformat(), datatype=XSD.date), view.sentence)
            ctx.visit_on = None


def _visit(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    person = view.mention(match.group("p")).ref
    place = view.mention(match.group("place") or match.group("place2")).entity
    if person is None or place is None or place.kind != "place":
        return
    iri = record_event(ctx, view, f"Visit of {person_name(ctx, person, short=True)} to {place.name}", "visit", False, None)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Visit, s)
    f.add(iri, SDO.location, ctx.entity_iri(place), s)
    f.add(iri, SDO.attendee, person, s)
    first = begun(view, dates)
    own = [d for d in first if d.kind != "year"]
    if own:
        record_dates(ctx, view, iri, own[0])
    length = LENGTH.search(view.masked, match.start())
    days = count(length.group(1)) if length else 0
    last = [d for d in dates if d not in first and d.end is None and d.start.datatype == XSD.date]
    if not own and last and days:  # "on a three-day visit to Shanghai which ends on Friday": its last day, so its first
        end = date.fromisoformat(str(last[0].start))
        f.add(iri, SDO.endDate, last[0].start, s)
        f.add(iri, SDO.startDate, Literal((end - timedelta(days=days - 1)).isoformat(), datatype=XSD.date), s)
    ctx.visit_on = (iri, person, s.index, days)
    ctx.remember_event("visit", iri)
