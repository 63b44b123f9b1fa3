"""A delegation's stay told as such: "During its stay in Shanghai from March 11 to 14, the delegation will
also visit ...". The stay is the delegation's visit to that place, of its leader where the document names
one ("X ... and her delegation", "a delegation led by X"), with the days the clause gives.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import record_dates, record_event
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import HONORIFIC
from kg.extract.event_record import person_name
from kg.extract.gazetteer import unmask
from kg.extract.visit_ends import DAYS
from kg.extract.visit_length import length_dates
from kg.namespaces import HKSH

STAY = re.compile(r"\b(?i:during)\s+(?:its|their|his|her|the\s+delegation['’]s)\s+(?:[a-z-]+\s+){0,2}?stay\s+in\s+"
                  r"⟦place:(?P<place>\d+)⟧(?P<rest>[^,;.]*)")
# "The delegation arrived in Hong Kong yesterday (May 23) for a three-day visit": the delegation told before.
# "The Shanghai delegation arrived in Hong Kong ...": the delegation named by where or whom it is from.
ARRIVED = re.compile(r"(?:^|,\s+)(?:[Tt]he|[Oo]ur)\s+(?P<whose>(?:(?:⟦(?:place|org):\d+⟧|[A-Z][\w'’-]*)\s+){0,4}?)delegation\s+"
                     r"(?:arrived|arrives|will\s+arrive)\s+in\s+⟦place:(?P<place>\d+)⟧(?P<rest>[^;.]*)")
# "... and will leave on Thursday (September 25)", "and will return to Shanghai tomorrow": the visit's last day after it.
LEAVES = re.compile(r"\band\s+(?:will\s+)?(?:leave|leaves|left|depart|departs|departed|return|returns|returned)\b")
# "a delegation of the X Court led by its President, Mr Liu": the body the delegation is of stands between
OF_BODY = r"(?:\s+of\s+(?:the\s+)?(?:⟦(?:org|place):\d+⟧|[A-Z][\w'’-]*)(?:\s+(?:⟦(?:org|place):\d+⟧|[A-Z][\w'’-]*)){0,6})?"
LEADER = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,[^.;]*?)?,?\s+and\s+(?:his|her|their)\s+delegation\b"
                    rf"|\bdelegation{OF_BODY}\s+(?:led|headed)\s+by\s+(?:[A-Z]\w*\s+){{0,3}}⟦person:(?P<q>\d+)⟧"
                    # "a delegation led by the Vice Mayor of Shanghai, Mr Hua": the leader, not the host who met it
                    rf"|\bdelegation{OF_BODY}\s+(?:led|headed)\s+by\s+(?:the|its|their)\s+[^,;.⟦]*(?:⟦(?:place|org):\d+⟧[^,;.⟦]*)*,\s+"
                    rf"(?:{HONORIFIC}\s+)?⟦person:(?P<r>\d+)⟧")


def find_stays(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The visit a stay or the delegation's arrival tells, with the days of its own clause (and its length: "for a
    three-day visit"); one visit with the leader's, if stated."""
    match = STAY.search(view.masked) or ("delegation" in view.masked and ARRIVED.search(view.masked)) or None
    place = view.mention(match.group("place")).entity if match else None
    if place is None or place.kind != "place":
        return
    leader = _leader(ctx)
    whose = unmask(match.group("whose"), view.mentions).strip() if match.re is ARRIVED else ""
    if whose:
        leader = None
    label = f"Visit of {person_name(ctx, leader, short=True)} to {place.name}" if leader else f"Visit of the {whose} delegation to {place.name}".replace("  ", " ")
    within = [d for d in dates if match.start("rest") <= masked_pos(view, d.center) <= match.end("rest")]
    leaving = LEAVES.search(match.group("rest")) if match.re is ARRIVED else None
    last = [d for d in within if leaving and masked_pos(view, d.center) > match.start("rest") + leaving.start()]
    within = [d for d in within if d not in last]
    told = _told_visit(ctx, ctx.entity_iri(place), leader, (within[0].start if within else ctx.day)) if match.re is ARRIVED else None
    iri = told or record_event(ctx, view, label, "visit", False, None)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Visit, s)
    f.add(iri, SDO.location, ctx.entity_iri(place), s)
    if leader is not None:
        f.add(iri, SDO.attendee, leader, s)
    if within and not f.has(iri, SDO.startDate):
        record_dates(ctx, view, iri, within[0])
    elif told and ctx.day is not None and not f.has(iri, SDO.startDate) and "will" not in match.group(0):
        f.add(iri, SDO.startDate, ctx.day, s)  # "The delegation arrived in Shanghai in the afternoon": the narrative's day
    if iri not in ctx.led_visits and not whose:
        ctx.led_visits.append(iri)  # the delegation's own visit: its members go on it
    if last and within and "will arrive" not in match.group(0) and not f.has(iri, SDO.endDate):
        f.add(iri, SDO.endDate, last[0].start, s)
    length = DAYS.search(match.group("rest")) if match.re is ARRIVED else None
    if length is not None:
        length_dates(ctx, iri, length, view, dates)
    ctx.remember_event("visit", iri)


def _told_visit(ctx: DocContext, place: URIRef, leader, day) -> URIRef | None:
    """A whole visit to the place the document has told already ("the delegation on its duty visit to Shanghai"),
    not a site visit of its programme: the one the arrival begins, the leader's, of no other year than the arrival."""
    return next((iri for head, iri in ctx.events if head.endswith("visit") and ctx.findings.has(iri, SDO.location, place)
                 and not any(str(x).startswith("Visit to ") for x in ctx.findings.objects(iri, RDFS.label))
                 and (leader is None or ctx.findings.has(iri, SDO.attendee, leader))
                 and not (day is not None and any(str(d)[:4] != str(day)[:4] for d in ctx.findings.objects(iri, SDO.startDate)))), None)


def _leader(ctx: DocContext):
    """The person the document last said leads the delegation."""
    for _, view, _ in reversed(ctx.views):
        for match in reversed(list(LEADER.finditer(view.masked))):
            ref = view.mention(match.group("p") or match.group("q") or match.group("r")).ref
            if ref is not None:
                return ref
    return ctx.delegation[0] if ctx.delegation else None
