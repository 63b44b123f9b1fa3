"""A delegation named by where it comes from, as the visitor: "the Shanghai delegation will visit X before
leaving Hong Kong on Saturday", "I welcome Vice Mayor Liu and the Shanghai delegation to Hong Kong".

The sentence tells that the delegation is in a place: the one it leaves, or the one it is welcomed to. That
is a visit of the delegation there ("Visit of the Shanghai delegation to Hong Kong"), with the person
welcomed with it as its attendee, and its end the day it leaves. A visit to that place the document has
already told (its leader's) is the same visit, and no second one is made.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.namespaces import HKSH, slug

DELEGATION = r"(?:the|a)\s+⟦place:(?P<origin>\d+)⟧\s+delegation\b"
LEAVING = re.compile(rf"{DELEGATION}[^.;]*?\bbefore\s+(?:leaving|departing(?:\s+from)?)\s+⟦place:(?P<place>\d+)⟧(?P<when>[^.;,]*)")
WELCOME = re.compile(r"\bwelcom(?:e|es|ed|ing)\s+(?P<who>⟦person:\d+⟧(?:\s+and\s+⟦person:\d+⟧)*)\s+and\s+"
                     rf"{DELEGATION}\s+to\s+⟦place:(?P<place>\d+)⟧")


def find_delegation_visits(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The visit of a delegation named by its home to the place the sentence says it is in."""
    masked = view.masked
    if "delegation" not in masked:
        return
    for pattern in (LEAVING, WELCOME):
        for match in pattern.finditer(masked):
            origin, place = view.mention(match.group("origin")).entity, view.mention(match.group("place")).entity
            if origin is None or place is None or place.kind != "place" or origin.id == place.id:
                continue
            people = view.people(match.group("who")) if pattern is WELCOME else []
            ends = [d for d in dates if match.start("when") <= masked_pos(view, d.center) < match.end("when")] \
                if pattern is LEAVING else []
            _visit(ctx, view, origin.name, ctx.entity_iri(place), place.name, people, ends[0].start if ends else None)


def _visit(ctx: DocContext, view: View, origin: str, place: URIRef, name: str, people: list[URIRef],
           end: Literal | None) -> None:
    f, s = ctx.findings, view.sentence
    if any(f.has(v, SDO.location, place) and "/visit-of-" in str(v) for v in f.subjects(RDF.type, HKSH.Visit)):
        return  # the leader's visit there, told already
    who = " and ".join([_name(ctx, p) for p in people] + [f"the {origin} delegation"])
    label = f"Visit of {who} to {name}"
    iri = ctx.iri("event", f"{slug(label)}-{str(f.doc).rsplit('/', 1)[-1]}")
    for p, o in ((RDF.type, SDO.Event), (RDF.type, HKSH.Visit), (RDFS.label, Literal(label, lang="en")), (SDO.location, place)):
        f.add(iri, p, o, s)
    for person in people:
        f.add(iri, SDO.attendee, person, s)
    if end is not None:
        f.add(iri, SDO.endDate, end, s)
    ctx.remember_event("visit", iri)


def _name(ctx: DocContext, person: URIRef) -> str:
    from kg.extract.event_record import person_name

    return person_name(ctx, person, short=True)
