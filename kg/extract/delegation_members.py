"""Who the delegation is: the people a sentence (or an item of its list) says lead, join or make it up.

"The delegation, led by A, includes B and C", "A, who is leading a delegation including B on a visit to ...",
a programme's "Mission leader: Mr A, Chairman, X".
Its members go with it on the visits and calls kg.extract.itinerary reads; those the leader meets or talks
about in the same sentence ("A, who is leading a delegation ..., met C") are not members.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC

DELEGATION = re.compile(r"\b(?i:delegation|duty\s+visit|mission)\b")
DELEGATION_VERB = re.compile(r"\b(?:led|lead|leads|leading|headed|joined|join|joins|include|includes|included|including|comprising|comprises|comprised|consisted|consisting|consists)\b")
# "The delegation comprised the following eight Members:": a list set out below, whose lines the text reads as its own.
LISTED_BELOW = re.compile(r"\b(?:compris|consist)\w*\s+(?:of\s+)?(?:the\s+following\b|[^;⟦]*:)")
# "The delegation to the session comprised ...": who was at that session (kg.extract.presence), not who goes with
# the delegation on its visits.
AT_SESSION = re.compile(r"(?i)\b(?:compris|consist)\w*\b.*?(?:⟦conf|\bsession|\bplenary|\bmeeting|\btalks)"
                        r"|(?:⟦conf|\bsession|\bplenary|\bmeeting|\btalks)\b.*?\b(?:compris|consist)", re.S)
# A verb makes a part of a list an item of its own, not one more member: "...; Mr B co-chaired the meeting".
ITEM_VERB = re.compile(r"\b(?:[a-z]+ed|met|led|will|is|was|has|had|are|were)\b")


# A programme's line naming who leads the mission: "Mission leader: Mr A, Chairman, X", "Deputy leader: Ms B, ...".
LEADER_LINE = re.compile(r"^(?i:(?:(?:mission|delegation|team|group|deputy|co-)\s*){0,2}leaders?|heads?\s+of\s+(?:the\s+)?(?:delegation|mission))"
                         rf"\s*:\s+(?:{HONORIFIC}\s+)?(?P<who>⟦person:\d+⟧)")


def track_delegation(ctx: DocContext, view: View) -> None:
    """Who the delegation is: the people a sentence (or an item of its list) says lead, join or make it up."""
    if (line := LEADER_LINE.match(view.masked)) is not None:
        for person in view.people(line.group("who")):
            if person not in ctx.delegation:
                ctx.delegation.append(person)
        return
    if not DELEGATION.search(view.masked) or LISTED_BELOW.search(view.masked) or AT_SESSION.search(view.masked):
        return
    carried = False
    for part in view.masked.split(";"):  # an item of a list of what various people did, or of the members
        if DELEGATION.search(part) and DELEGATION_VERB.search(part) or carried and not ITEM_VERB.search(part):
            carried = True
            for person in view.people(_leader_clause(part)):
                if person not in ctx.delegation:
                    ctx.delegation.append(person)
        else:
            carried = False


# "Officiating were A, and B, who is leading a delegation ...": B leads it, A does not.
WHO_LEADS = re.compile(r"(?P<who>⟦person:\d+⟧)[^⟦,]{0,3},\s+who\s+(?:is\s+|was\s+|will\s+be\s+)?(?:leading|heading|leads|led|heads|headed)\s")


# "A met a delegation led by B": A receives the delegation, B leads it.
RECEIVED_LED = re.compile(r"\b(?:met|meets|received|receives|welcomed|welcomes|greeted|greets)\s+(?:with\s+)?(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,3}?(?P<d>delegation\s+(?:(?:of|from)\s+(?:the\s+)?(?:⟦(?:org|place):\d+⟧|[A-Z][\w'&-]*)"
                          r"(?:\s+(?:of\s+)?(?:⟦(?:org|place):\d+⟧|[A-Z][\w'&-]*)){0,6}\s+)?(?:led|headed)\s+by\s)")


# The leader's own verb after the relative clause: "A, who is leading a delegation ..., met B" (B is no member).
MAIN_VERB = re.compile(r",\s+(?:also\s+|then\s+|later\s+)?(?!(?:accompanied|joined|comprised|composed|headed|led|consisted|included)\b)"
                       r"(?:said|says|told|tells|met|meets|will|[a-z]{3,}ed)\b")


# The delegation meeting its hosts, after it is named: "..., visited X and was received by B", "The delegation
# then met B", "... and held talks with B" (B is no member).
HOSTED = re.compile(r"\b(?:(?:was|were)\s+(?:warmly\s+|also\s+)?(?:received|welcomed|greeted|hosted|met)\s+by|met|meets"
                    r"|call(?:ed|s)?\s+on|paid\s+a\s+(?:courtesy\s+)?call\s+on|(?:held|holds|hold)\s+talks\s+with)\b")


# A host meeting the delegation, before it is named: "B met A and his delegation".
MEETS = re.compile(r"\b(?:met|meets|received|receives|welcomed|welcomes|greeted|greets|hosted|hosts)\s+(?:with\s+)?")


def join_party(ctx: DocContext, visit: URIRef | None, people: list[URIRef]) -> None:
    """Those who accompany a visitor on the whole visit ("She was accompanied by B and C", told of the visit) make up
    the visitor's delegation with them: "Ms A and her delegation", "the delegation" are these people."""
    if visit is None or "/visit-of-" not in str(visit) or not people:
        return
    for person in [*ctx.findings.objects(visit, SDO.attendee), *people]:
        if person not in ctx.delegation:
            ctx.delegation.append(person)


def _last(matches) -> re.Match | None:
    last = None
    for last in matches:
        pass
    return last


def _leader_clause(part: str) -> str:
    """A part from the person a relative clause says leads the delegation (to the leader's own verb after it), or
    from the delegation its host met, when it says so; to the hosts the delegation meets."""
    match = WHO_LEADS.search(part) if ", who " in part else None
    received = RECEIVED_LED.search(part) if match is None and " by " in part else None
    if match:
        own = MAIN_VERB.search(part, match.end())
        part = part[match.start():own.start() if own else len(part)]
    elif received:
        part = part[received.start("d"):]
    elif (named := DELEGATION.search(part)) and (host := _last(MEETS.finditer(part, 0, named.start()))) is not None:
        part = part[host.end():]  # "B met A and his delegation, which included C": B is its host
    named = DELEGATION.search(part)
    hosts = HOSTED.search(part, named.end()) if named else None
    return part[:hosts.start()] if hosts else part
