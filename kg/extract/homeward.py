"""A delegation going home: "The Shanghai delegation, led by Mr A, arrived yesterday (July 13) and will tour
the Y tomorrow before leaving for Shanghai on Thursday (July 16)".

The place a delegation of that place leaves for is its home, not a visit's destination. Between the two
cities of the mechanism the visit is to the other one, from the day the sentence says it arrived to the
day it leaves; elsewhere the sentence names no visit.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import person_name, record_event
from kg.extract.mentions import View, masked_pos
from kg.namespaces import HKSH, slug

HOME = re.compile(r"⟦place:(?P<a>\d+)⟧\s+(?:[\w-]+\s+)?delegation\b|\bdelegation\s+from\s+⟦place:(?P<b>\d+)⟧")
OTHER = {"Hong Kong": "Shanghai", "Shanghai": "Hong Kong"}
ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving)\b")


def homeward(ctx: DocContext, view: View, match: re.Match, person: URIRef, dates: list[DateSpan]) -> bool:
    """Whether the place the sentence's delegation moves to is its own; if so, its visit to the other city."""
    place = view.mention(match.group("place")).entity
    masked, verb = view.masked, match.start("verb")
    # The delegation the person leads or belongs to is named before them: "Mr A, who welcomed the Shanghai
    # delegation, will leave for Shanghai" is its host travelling there.
    who = match.start("leader") if match.group("leader") is not None else match.start("p") if match.group("p") is not None else verb
    if "delegation" not in masked or not any(view.mention(m.group("a") or m.group("b")).entity == place
                                             for m in HOME.finditer(masked, 0, verb) if m.start() <= who):
        return False
    other = OTHER.get(place.name)
    arrived = ARRIVED.search(masked, 0, verb)
    if other is None or arrived is None:
        return True
    iri = record_event(ctx, view, f"Visit of {person_name(ctx, person, short=True)} to {other}", "visit", False, None)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Visit, s)
    f.add(iri, SDO.location, ctx.iri("place", slug(other)), s)
    f.add(iri, SDO.attendee, person, s)
    days = [d for d in dates if d.end is None]
    first = next((d for d in days if arrived.end() <= masked_pos(view, d.start_char) < verb), None)
    last = next((d for d in days if masked_pos(view, d.start_char) > match.end("place")), None)
    if first is not None:
        f.add(iri, SDO.startDate, first.start, s)
    if last is not None:
        f.add(iri, SDO.endDate, last.start, s)
    ctx.remember_event("visit", iri)
    return True
