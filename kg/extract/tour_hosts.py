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
# Where the hosts named after "by" end: a clause of the delegation's own ("..., and the group viewed the airfield"),
# of what a host said ("..., who said ..."), or the place of the reception ("..., at Government House").
WHO_END = re.compile(r",?\s+(?:where|which|while|before|after|who|whom|said|says|and\s+(?:then\s+)?(?:the\s+(?:group|delegation|visitors)|they|he|she)\b)\b")
# The place a reception was held at, told after its hosts: "... by Mr A at Government House".
AT_AFTER = re.compile(r",?\s+at\s+(?P<site>(?:the\s+)?(?:⟦place:(?P<place>\d+)⟧|[\w-]+(?:\s+[\w-]+){0,2}))")
# A member who did not go: "Ms A did not join the delegation's visit", "Mr B was unable to accompany the delegation".
NOT_JOINED = re.compile(r"(?P<who>⟦person:\d+⟧)[^.;⟦]{0,40}?\b(?:did\s+not|didn['’]t|was\s+unable\s+to|could\s+not|couldn['’]t|"
                        r"will\s+not|won['’]t)\s+(?:join|accompany|go\s+on|take\s+part\s+in)\b")
# Who leads it: "a delegation of <org> led by the Vice Mayor of <place>, Mr Z", "Mr Z and his delegation".
LED_BY = re.compile(r"\bdelegation\b(?:[^.;⟦]|⟦(?:org|place):\d+⟧){0,80}?\b(?:led|headed)\s+by\s+(?:[^.;⟦]|⟦(?:org|place):\d+⟧){0,80}?"
                    r"⟦person:(?P<p>\d+)⟧|⟦person:(?P<q>\d+)⟧(?:,[^.;⟦]{0,80}?)?,?\s+and\s+(?:his|her|their)\s+delegation\b")
# "Mr Z is leading a 25-member delegation", "Mr Z headed the delegation"
LEADS = re.compile(r"⟦person:(?P<p>\d+)⟧[^.;⟦]{0,60}?\b(?:is\s+leading|was\s+leading|leads|led|heads|headed|is\s+heading)\s+(?:a|an|the|his|her)\s+"
                   r"(?:[^.;⟦]|⟦(?:org|place):\d+⟧){0,40}?\bdelegation\b")
CUES = ("received", "welcomed", "greeted", " met ", "shown", "hosted")


def received_at_site(ctx: DocContext, view: View) -> None:
    """The people who receive a touring delegation at a site attend the visit to it."""
    masked = view.masked
    if " by " not in masked or "⟦person" not in masked or not any(cue in masked for cue in CUES):
        return
    for match in RECEIVED.finditer(masked):
        who = match.group("who")
        end = WHO_END.search(who)
        who = who[:end.start()] if end else who
        after = None if match.group("at") or "⟦person" not in who else AT_AFTER.search(who, who.index("⟦person"))
        visit = _site_visit(ctx, view, after or match, bool(after or match.group("at")))
        if visit is None:
            continue  # "..., they were received by Mr A at Government House": elsewhere, not at the site
        for person in view.people(who[:after.start()] if after else who):
            ctx.findings.add(visit, SDO.attendee, person, view.sentence)


def _site_visit(ctx: DocContext, view: View, match: re.Match, at: bool) -> URIRef | None:
    """The site visit a reception is at: the visit to the place "at" names, or whose label ends in the noun "at"
    names ("the airport"); with no "at", the site visit this sentence tells."""
    visits = [iri for head, iri in reversed(ctx.events) if head == "visit" and _site_label(ctx, iri)]
    if match.group("place"):
        entity = view.mention(match.group("place")).entity
        place = ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None
        return next((v for v in visits if place is not None and ctx.findings.has(v, SDO.location, place)), None)
    if at:
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
    sentence tells of the delegation that its leader went on (not one who met it, a host, nor a member who did not
    join)."""
    leader = _leader(ctx)
    if len(ctx.delegation) < 2 or leader is None:
        return
    told = {view.sentence.index for _, view, _ in ctx.views if "delegation" in view.masked.lower()}
    behind = behind_members(ctx, leader)
    for head, visit in list(ctx.events):
        if head != "visit" or not _site_label(ctx, visit) or not ctx.findings.has(visit, SDO.attendee, leader):
            continue
        said = sorted(ctx.findings.mentions.get(visit, set()) & told)
        if said:
            for person in ctx.delegation:
                if person not in behind:
                    ctx.findings.add(visit, SDO.attendee, person, said[0])


def behind_members(ctx: DocContext, leader: URIRef | None = None) -> set[URIRef]:
    """The delegation's hosts ("they were received by ...") and its members who did not go: not on its visits."""
    behind = set()
    for _, view, _ in ctx.views:
        for other in (*RECEIVED.finditer(view.masked), *NOT_JOINED.finditer(view.masked)):
            behind.update(p for p in view.people(other.group("who")) if p != leader)
    return behind


def _leader(ctx: DocContext) -> URIRef | None:
    """The person the document first says leads the delegation, if it says so."""
    for _, view, _ in ctx.views:
        if "delegation" in view.masked and (match := LED_BY.search(view.masked)):
            ref = view.mention(match.group("p") or match.group("q")).ref
            if ref is not None and ref in ctx.delegation:
                return ref
    return None


def named_leader(ctx: DocContext) -> URIRef | None:
    """The delegation's leader, where the text names one ("led by Mr Z", "Mr Z is leading a delegation"): only then
    is "the delegation" a group the text knows whole, not a few of its members it happens to name."""
    leader = _leader(ctx)
    if leader is not None:
        return leader
    for _, view, _ in ctx.views:
        if "delegation" in view.masked and (match := LEADS.search(view.masked)):
            ref = view.mention(match.group("p")).ref
            if ref is not None and ref in ctx.delegation:
                return ref
    return None
