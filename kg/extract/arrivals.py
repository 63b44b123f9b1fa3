"""Arriving somewhere for an event: "Mr Lee arrived at the Shanghai Tower for a luncheon with ...", "she
arrived at the Lotus Hall to attend the opening ceremony of ...".

A live blog or a day's itinerary tells a step so: who arrives attends the event, and where they arrive
is where it is held, when the text names the place properly (not "arrived at the venue") and it is no place
one arrives by or stays at (an airport, station, port, hotel).
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.venues import BODY, ONE, venue

ARRIVED = re.compile(r"\b(?:arrived|arrives|arriving|will\s+arrive)\s+at\s+(?:the\s+)?(?P<v>(?:[^,;.⟦]|⟦place:\d+⟧){2,80}?)"
                     r"\s+(?:for|to\s+attend|to\s+join|to\s+officiate\s+at)\s+$")
NAMED_VENUE = re.compile(rf"(?:{ONE})")
# Where one lands, alights or checks in is no venue: "arrived at Hong Kong International Airport to attend the
# summit" holds the summit elsewhere.
ARRIVAL_POINT = re.compile(r"\b(?:Airport|Station|Terminal|Port|Checkpoint|Control\s+Point|Pier|Wharf|Hotel|Crossing)s?"
                           r"(?:\s*\([^()]{0,20}\))?$", re.I)
# Who arrives: the people named right before the verb ("Mr A and Vice Mayor B arrived", "Mr A's delegation
# arrived"), not someone who says that others did.
SUBJECT = re.compile(r"(?P<who>⟦person:\d+⟧(?:,?\s+(?:and\s+)?(?:[A-Z][\w.]*\s+){0,3}⟦person:\d+⟧)*)(?:['’]s\s+delegation)?"
                     r"\s+(?:(?:also|then|later|has|have|had|finally)\s+)*$")


def find_arrivals(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """Who arrives at a named place for an event attends it there."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    if "arriv" not in masked:
        return
    for hit in hits:
        arrived = ARRIVED.search(masked, 0, hit.start)
        if arrived is None:
            continue
        subject = SUBJECT.search(masked, 0, arrived.start())
        for person in view.people(subject.group("who")) if subject else ():
            f.add(hit.iri, SDO.attendee, person, s)
        where = arrived.group("v")
        if ARRIVAL_POINT.search(unmask(where, view.mentions)):
            continue
        known = re.fullmatch(r"⟦place:(\d+)⟧", where)
        entity = view.mention(known.group(1)).entity if known else None
        if entity is not None and entity.kind == "place":
            f.add(hit.iri, SDO.location, ctx.entity_iri(entity), s)
        elif NAMED_VENUE.fullmatch(where) and not BODY.search(where):
            f.add(hit.iri, SDO.location, venue(ctx, unmask(where, view.mentions), s), s)
