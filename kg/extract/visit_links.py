"""Once the whole document is read: visits no sentence says ("will return to Hong Kong"), the members of
a led delegation on its visit, the visit's end and its key by first day, and meetings as part of a visit."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from rdflib import URIRef
from rdflib.namespace import ORG, RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.delegation_names import name_delegations
from kg.extract.event_record import person_name, record_event
from kg.extract.visit_ends import visit_ends, visit_of, visits_of
from kg.namespaces import HKSH, slug
from kg.reference import Entity, Reference

DISTRICT = re.compile(r"\b(?:District|New Area|County|Town)$")
AWAY = re.compile(r"⟦person:(?P<who>\d+)⟧[^.;]*?\b(?:return(?:s|ed|ing)?\s+to\s+⟦place:(?P<home>\d+)⟧"
                  r"|(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+for\s+⟦place:(?P<next>\d+)⟧)|\bduring\s+⟦person:(?P<who2>\d+)⟧['’]s\s+absence")


def _key_visits_by_day(ctx: DocContext) -> None:
    """A visit whose first day the document gives is keyed by it, not by the document: the releases that
    tell one visit ("Visit of John Lee Ka-chiu to Shanghai", from 2023-11-04) then give one IRI."""
    doc_key = str(ctx.findings.doc).rsplit("/", 1)[-1]
    visits = sorted({s for s in ctx.findings.subjects(RDF.type, HKSH.Visit)
                     if "/visit-of-" in str(s) and str(s).endswith("-" + doc_key)}, key=str)
    for visit in visits:
        starts, labels = ctx.findings.objects(visit, SDO.startDate), ctx.findings.objects(visit, RDFS.label)
        if len(starts) == 1 and len(labels) == 1:
            new = ctx.iri("event", f"{slug(str(labels[0]))}-{starts[0]}")
            ctx.findings.rename(visit, new)
            ctx.led_visits = [new if v == visit else v for v in ctx.led_visits]
            ctx.events = [(h, new if e == visit else e) for h, e in ctx.events]


def _implied_visits(ctx: DocContext) -> None:
    """An official who "will return to Hong Kong", leaves "for Ningbo" or is absent from office while
    attending events in a city is visiting that city, though no sentence says "visited" (a visit of the
    person to the city most of their located events are in, other than home and the city they leave for). The city
    whose government the person serves is their home: the Mayor of Shanghai "leaving for Shanghai" goes home."""
    places = _places(ctx.reference, ctx.base)
    for sentence, view, _ in ctx.views:
        match = AWAY.search(view.masked)
        person = view.mention(match.group("who") or match.group("who2")).ref if match else None
        if person is None:
            continue
        home = view.mention(match.group("home")).entity if match.group("home") else None
        bound = view.mention(match.group("next")).entity if match.group("next") else None
        if home is None and bound is not None and bound.kind == "place" and _serves(ctx, person, bound.id):
            home = bound  # the Mayor of Shanghai "leaving for Shanghai": going home
        where = Counter(_city(ctx, places[loc], home is not None) for s in ctx.findings.subjects(SDO.attendee, person)
                        for loc in ctx.findings.objects(s, SDO.location) if loc in places)
        where.pop(ctx.entity_iri(home) if home is not None else None, None)
        if match.group("next") and (after := view.mention(match.group("next")).entity) is not None:
            where.pop(_city(ctx, after) if after.kind == "place" else None, None)  # the city they leave for is the next
        if not where:
            continue
        place = places[sorted(where.items(), key=lambda item: (-item[1], str(item[0])))[0][0]]
        if any(ctx.entity_iri(place) in ctx.findings.objects(v, SDO.location)
               for v in visits_of(ctx, person) if "/visit-of-" in str(v)):
            continue
        iri = record_event(ctx, view, f"Visit of {person_name(ctx, person, short=True)} to {place.name}", "visit", False, None)
        for p, o in ((RDF.type, HKSH.Visit), (SDO.location, ctx.entity_iri(place)), (SDO.attendee, person)):
            ctx.findings.add(iri, p, o, sentence)
        ctx.remember_event("visit", iri)


@lru_cache(maxsize=4)
def _places(reference: Reference, base: str) -> dict[URIRef, Entity]:
    """The reference data's places by IRI: made once, not once a document."""
    return {URIRef(place.iri(base)): place for place in reference.places}


@lru_cache(maxsize=4)
def _places_by_id(reference: Reference) -> dict[str, Entity]:
    return {place.id: place for place in reference.places}


def _city(ctx: DocContext, place, away: bool = True) -> URIRef:
    """The city a place is in: a district, or a site inside one, is in its city ("Minhang" is Shanghai), and so is a
    site of one of the mechanism's two cities (the Science Park is in Hong Kong; a city in a province is not) when
    the visitor is away from a home the document names ("will return to Shanghai"), not an official of that city."""
    by_id = _places_by_id(ctx.reference)
    while (parent := by_id.get(place.data.get("in"))) is not None and (
            DISTRICT.search(place.name) or parent.data.get("in") in by_id or away and parent.id in ("hong-kong", "shanghai")):
        place = parent
    return ctx.entity_iri(place)


def link_visits(ctx: DocContext) -> None:
    """Once the whole document is read: a visit ends when the visitor "will return ... tomorrow
    (June 26)", the visitor's meetings in the document are part of the visit, and the people the
    document says make up a delegation went on the visit its leader led it on."""
    _implied_visits(ctx)
    for visit in ctx.led_visits:
        sentence = min(ctx.findings.triples[(visit, RDF.type, HKSH.Visit)])
        for person in ctx.delegation:
            ctx.findings.add(visit, SDO.attendee, person, sentence)
    visit_ends(ctx)
    _key_visits_by_day(ctx)
    name_delegations(ctx)
    meetings = ctx.findings.subjects(RDF.type, HKSH.Meeting)
    for meeting in meetings:
        if ctx.findings.has(meeting, SDO.superEvent):
            continue
        for person in ctx.findings.objects(meeting, SDO.attendee):
            visit = visit_of(ctx, person)
            if visit is not None and str(meeting).rsplit("/", 1)[-1].startswith("meeting-of-"):
                ctx.findings.add(meeting, SDO.superEvent, visit, min(ctx.findings.triples[(meeting, RDF.type, HKSH.Meeting)]))
                break


def _serves(ctx: DocContext, person: URIRef, place_id: str) -> bool:
    """Whether the person holds, by this document, a post of the place's government."""
    posts = ctx.reference.posts_by_id
    held = (posts.get(str(post).rsplit("/", 1)[-1]) for post in ctx.findings.objects(person, ORG.holds))
    return any(post is not None and ctx.reference.governs(post.org, place_id) for post in held)
