"""A delegation touring sites: who receives it at a site, and who it is.

"In the morning, the delegation was received at the airport by the Secretary for Transport, Mr A, and Mr B";
"the delegation visited the Science Park, where they were received by Ms C": the hosts attend the visit to that
site (the one the "at" names, by its place or by the last word of its noun, else the one the sentence tells).
"A delegation led by Mr Z toured the airport, the port and the Science Park", then "Members of the delegation
included ...": the members told after the tour went on it too, as on any site visit told of the delegation.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.namespaces import HKSH

RECEIVED = re.compile(r"\b(?P<group>(?i:delegation|delegates|visitors|group|mission)|they)\s+(?:was|were)\s+(?:(?:also|warmly)\s+)?"
                      r"(?:received|welcomed|greeted|met|shown\s+(?:a)?round|hosted)\s+"
                      r"(?:(?P<at>at|in)\s+(?P<site>(?:the\s+)?(?:⟦place:(?P<place>\d+)⟧|[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}))\s+)?"
                      r"by\s+(?P<who>[^.;]*)")
# Where the hosts named after "by" end: a clause of the delegation's own ("..., and the group viewed the airfield").
WHO_END = re.compile(r",?\s+(?:where|which|while|before|after|and\s+(?:then\s+)?(?:the\s+(?:group|delegation|visitors)|they|he|she)\b)")
CUES = ("received", "welcomed", "greeted", " met ", "shown", "hosted")


def received_at_site(ctx: DocContext, view: View) -> None:
    """The people who receive a touring delegation at a site attend the visit to it."""
    masked = view.masked
    if " by " not in masked or "⟦person" not in masked or not any(cue in masked for cue in CUES):
        return
    for match in RECEIVED.finditer(masked):
        visit = _site_visit(ctx, view, match)
        if visit is None:
            continue
        who = match.group("who")
        end = WHO_END.search(who)
        for person in view.people(who[:end.start()] if end else who):
            ctx.findings.add(visit, SDO.attendee, person, view.sentence)


def _site_visit(ctx: DocContext, view: View, match: re.Match) -> URIRef | None:
    """The site visit a reception is at: the visit to the place "at" names, or whose label ends in the noun "at"
    names ("the airport"); with no "at", the site visit this sentence tells."""
    visits = [iri for head, iri in reversed(ctx.events) if head == "visit" and _site_label(ctx, iri)]
    if match.group("place"):
        entity = view.mention(match.group("place")).entity
        place = ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None
        return next((v for v in visits if place is not None and ctx.findings.has(v, SDO.location, place)), None)
    if match.group("site"):
        noun = match.group("site").split()[-1].lower()
        if len(noun) < 4:
            return None
        return next((v for v in visits if re.search(rf"\b{re.escape(noun)}\b", _site_label(ctx, v).lower())), None)
    return next((v for v in visits if view.sentence.index in ctx.findings.mentions.get(v, ())), None)


def _site_label(ctx: DocContext, iri: URIRef) -> str:
    """The label of a visit to a site ("Visit to the ..."), else nothing."""
    label = next((str(x) for x in ctx.findings.objects(iri, RDFS.label) if str(x).startswith("Visit to ")), "")
    return label if ctx.findings.has(iri, RDF.type, HKSH.Visit) else ""


def members_on_tour(ctx: DocContext) -> None:
    """Once the document is read: the delegation's members, told in any sentence, went on the site visits a
    sentence tells of the delegation that its leader (the first of them) went on."""
    if len(ctx.delegation) < 2:
        return
    leader = ctx.delegation[0]
    told = {view.sentence.index for _, view, _ in ctx.views if "delegation" in view.masked.lower()}
    for head, visit in list(ctx.events):
        if head != "visit" or not _site_label(ctx, visit) or not ctx.findings.has(visit, SDO.attendee, leader):
            continue
        said = sorted(ctx.findings.mentions.get(visit, set()) & told)
        if said:
            for person in ctx.delegation:
                ctx.findings.add(visit, SDO.attendee, person, said[0])
