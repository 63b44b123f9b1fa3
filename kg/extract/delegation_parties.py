"""A delegation received, met or hosted at a meal: all its members attend, those the text names after too.

"The Chief Justice received a delegation of the X Court led by its President, Mr A", then "The delegation included
B; and C", then "After the meeting, the Chief Justice hosted a lunch for the delegation": B and C were at the meeting
and at the lunch, though the sentences that tell these name neither. Read once the document is read, so that the
members told later count; the hosts and anyone who did not go are not members (kg.extract.tour_hosts). Only a
delegation whose leader the text names: one it knows by a few members only is left to the sentences that name them.
The event is one of the kind the words name (a meeting for "received", a meal for "hosted a lunch"), told in that
sentence. "A met Mr B and his delegation" names its leader in the sentence itself: the members the text names
attend that meeting even where no sentence says "led by".
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.tour_hosts import behind_members, named_leader
from kg.namespaces import HKSH
from kg.text.salutations import HONORIFIC

MEALS = ("lunch", "luncheon", "dinner", "banquet", "breakfast", "reception", "meal", "tea")
_ANY = r"(?:[\w'’-]+\s+|⟦(?:place|org):\d+⟧\s+)"
# "hosted a lunch for the delegation", "gave a dinner in honour of the Shanghai delegation", "a dinner hosted by A for the delegation"
FOR_IT = re.compile(rf"\b(?:hosted|hosts|gave|held|offered|hosting)\s+(?:a|an)\s+{_ANY}{{0,2}}?(?P<meal>{'|'.join(MEALS)})\s+"
                    rf"(?:(?:in\s+honour\s+of|for)\s+(?:the|a|an)\s+{_ANY}{{0,3}}?delegation)\b"
                    rf"|\b(?P<meal2>{'|'.join(MEALS)})\s+(?:hosted|given|held|offered)\s+by\s+[^.;]{{1,80}}?\s+(?:in\s+honour\s+of|for)\s+(?:the|a|an)\s+{_ANY}{{0,3}}?delegation\b")
# "received a delegation of the X Court", "met the Shanghai delegation", "met Mr A and the delegation"
MET_IT = re.compile(rf"\b(?:received|receives|met|meets|welcomed|welcomes|greeted|greets)\s+(?:with\s+)?(?:⟦person:\d+⟧\s+and\s+)?(?:a|an|the)\s+{_ANY}{{0,3}}?delegation\b")
# "met Mr A, Secretary for X, and his delegation": A leads the delegation met, whether or not the text says "led by".
MET_HIS = re.compile(rf"\b(?:received|receives|met|meets|welcomed|welcomes|greeted|greets)\s+(?:with\s+)?(?:(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){{0,100}}?,\s+)?"
                     rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧(?:,(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){{1,140}})?,?\s+and\s+(?:his|her|their)\s+{_ANY}{{0,3}}?delegation\b")


def _members(ctx: DocContext) -> list:
    behind = behind_members(ctx)
    return [p for p in ctx.delegation if p not in behind]


def delegation_parties(ctx: DocContext) -> None:
    """The delegation's members attend the meetings and meals a sentence tells it was received at or hosted to."""
    if not ctx.delegation:
        return
    whole = len(ctx.delegation) >= 2 and (ctx.delegation_whole or named_leader(ctx) is not None)
    members = None
    for sentence, view, _ in ctx.views:
        masked = view.masked
        if "delegation" not in masked:
            continue
        his = None if whole else _his_delegation(view)  # a named leader's delegation is met as MET_IT says
        if not whole and his is None:
            continue
        kinds = [m.group("meal") or m.group("meal2") for m in FOR_IT.finditer(masked)] + (["meeting"] if his or MET_IT.search(masked) else [])
        for head, iri in ctx.events if kinds else ():
            if sentence.index not in ctx.findings.mentions.get(iri, ()) or not any(
                    head == kind or kind == "meeting" and head in ("meeting", "reception", "call") for kind in kinds):
                continue
            members = _members(ctx) if members is None else members
            hosts = set(view.people(masked[:his[1]])) if his else set()
            for person in members:
                if person not in hosts:
                    ctx.findings.add(iri, SDO.attendee, person, sentence)


# "Mr A and his delegation arrived ...", "met Mr A, Secretary for X, and her delegation": A leads the delegation.
HIS = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){1,140})?,?\s+and\s+(?:his|her)\s+delegation\b")


def delegation_on_visit(ctx: DocContext) -> None:
    """The delegation's members go on the whole visit of the one person the text says leads it ("A led a delegation
    to X", "A and his delegation arrived in X for a three-day visit", then "The delegation included B and C"). Where
    only "met A and his delegation" says so, not on a visit told of A alone ("A arrived in X for a two-day visit")."""
    named = named_leader(ctx)
    leaders = {named} - {None}
    for _, view, _ in ctx.views:
        if "delegation" in view.masked and " and " in view.masked:
            leaders.update(ref for m in HIS.finditer(view.masked) if (ref := view.mention(m.group("p")).ref) is not None)
    if len(leaders) != 1 or not ctx.delegation:
        return
    leader = leaders.pop()
    members = [p for p in _members(ctx) if p != leader]
    told = {view.sentence.index for _, view, _ in ctx.views if "delegation" in view.masked}
    for visit in ctx.findings.subjects(SDO.attendee, leader):
        whole_visit = "/visit-of-" in str(visit) and ctx.findings.has(visit, RDF.type, HKSH.Visit)
        if whole_visit and (leader == named or ctx.findings.mentions.get(visit, set()) & told):
            sentence = min(ctx.findings.triples[(visit, RDF.type, HKSH.Visit)])
            for person in members:
                ctx.findings.add(visit, SDO.attendee, person, sentence)


def _his_delegation(view: View) -> tuple[URIRef, int] | None:
    """The person whose delegation a sentence says was met ("met Mr A and his delegation") and where the words of
    its hosts end, else None."""
    match = MET_HIS.search(view.masked) if " and " in view.masked else None
    ref = view.mention(match.group("p")).ref if match else None
    return (ref, match.start()) if ref is not None else None
