"""Who sat at a session, told in the sentences after it without naming it again.

News stories and releases go on from "A and B co-chaired the ninth plenary session" to the rest of the table:
"Sitting on the Hong Kong side of the table were C; D ...", "The Shanghai delegation comprised E; F ...", "G and H
joined Mr B". A seat on a side is at the event whose attendance the text told last; a delegation's members are at
the session only right after a sentence that seated the other side at it, or the co-chairs (one sentence between,
a quote, at most, and no event told since: a delegation is as often on a visit of its own, and without that a
never-read set lost events precision);
those who "joined" someone are where that person was last said to be.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, ORDINAL
from kg.extract.presence import attend
from kg.namespaces import HKSH

ORD = ORDINAL.replace("(?P<ord>", "(?:")
SIDE = r"(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)"
SEATED = re.compile(rf"^(?:Also\s+)?(?:Sitting|Seated)\s+(?:on|at)\s+the\s+{SIDE}\s+side(?:\s+of\s+the\s+(?:table|room|hall))?"
                    r"\s+(?:were|was)\b(?P<who>[^.]*)"
                    # "Across from them sat C and D": the other side of the table told just before
                    r"|^(?:Across|Opposite)\s+(?:the\s+table\s+)?(?:from\s+)?(?:them|him|her)\s+(?:sat|were|was)\b(?P<across>[^.]*)")
COMPRISED = re.compile(rf"^(?:The|(?:Other\s+)?Members\s+of\s+the)\s+{SIDE}\s+(?:delegation|team)\s+(?:comprised|consisted\s+of|was\s+made\s+up\s+of|included)\s+(?P<who>[^.]*)")
# what a sentence that seats people at the session may go on with: not a clause of its own (", and ...", "then toured")
SAYS_NO_MORE = r"(?:(?!,\s+(?:and|then|which|where|while|before|after)\b|\s+(?:and|then|before|after)\s+(?:later\s+)?[a-z]+ed\b)[^.;])*"
# "A and B co-chaired the meeting.", "C and D attended the session.", "A co-chaired the Ninth Plenary Session of the X with B at
# the Y in Z.", "The session was co-chaired by A and B, Chief Executive of the HKSAR.": a sentence that seats people at the
# session itself, and goes on to nothing else
SEATED_AT = re.compile(rf"⟦person:\d+⟧[^.;]*?\s+(?:jointly\s+)?(?:co-chaired|chaired|attended)\s+(?:the|this)\s+(?:(?i:{ORD})\s+)?(?:(?i:plenary)\s+)?"
                       rf"(?i:session|meeting|plenary)(?:\s+(?:of|with|at|in|on|by)\s+{SAYS_NO_MORE})?\s*\.?$"
                       rf"|^(?:The|This)\s+(?:(?i:{ORD})\s+)?(?:(?i:plenary)\s+)?(?i:session|meeting|plenary)\s+was\s+(?:jointly\s+)?(?:co-chaired|chaired)"
                       rf"\s+by\s+[^.;]*?⟦person:\d+⟧{SAYS_NO_MORE}\s*\.?$")
REACH = 2  # sentences from the one that seated people at the session
# A session's item goes on with its people under a label: "• Third Plenary Session: 16 April 2015, Shanghai. Co-chairs:
# the Chief Executive, Mr A, and the Mayor of Shanghai, Mr B." (Co-chairs are two: a third name is someone else's.)
LABELLED = re.compile(r"^(?:Co-?chairs?|Chairs?|Co-?chaired\s+by|Chaired\s+by|Attendees|Attended\s+by|Participants)\s*(?::\s*|(?<=by)\s+)(?P<who>[^.;]*⟦person:\d+⟧[^.]*)")
JOINED = re.compile(rf"^(?P<who>(?:(?!\b(?:who|which|that|said|says|when)\b)[^.;])*?⟦person:\d+⟧(?:(?!\b(?:who|which|that|said|says|when)\b)[^.;])*?)"
                    rf"\s+(?:also\s+)?joined\s+(?:{HONORIFIC}\s+)?⟦person:(?P<host>\d+)⟧\s*\.?$")


def find_sides(ctx: DocContext, view: View, named: list[URIRef]) -> None:
    """The people a sentence that names no event seats at the session or event told before it."""
    masked = view.masked
    if named or not masked.startswith(("Sitting", "Seated", "Also", "The ", "Members ", "Other ", "Co", "Chair", "Attend", "Partic", "Across", "Opposite")) \
            and " joined " not in masked:
        return
    if (match := LABELLED.match(masked)) and (session := _named_just_before(ctx, view)) is not None:
        people = list(dict.fromkeys(view.people(match.group("who"))))  # "the Chief Executive, Mr A": A once
        attend(ctx, view, session, people[:2] if masked.startswith("Co") else people)  # the two co-chairs, not those with them
    elif match := SEATED.match(masked):
        attend(ctx, view, _last_attended(ctx), view.people(match.group("who") or match.group("across")))
    elif (match := COMPRISED.match(masked)) and (session := _attended_just_before(ctx, view)) is not None:
        attend(ctx, view, session, view.people(match.group("who")))
    elif match := JOINED.match(masked):
        host = view.mention(match.group("host")).ref
        event = _last_attended(ctx, host) if host is not None else None
        attend(ctx, view, event, view.people(match.group("who")))


def _last_attended(ctx: DocContext, person: URIRef | None = None) -> URIRef | None:
    """The last event told whose attendance the text has given (with ``person`` among them)."""
    f = ctx.findings
    return next((iri for _, iri in reversed(ctx.events)
                 if (people := f.objects(iri, SDO.attendee)) and (person is None or person in people)), None)


def _attended_just_before(ctx: DocContext, view: View) -> URIRef | None:
    """The session the sentence just before gave attendees to, one side of the table ("Attending on the Hong Kong side
    were ..."): the delegation is the other; or the session whose co-chairs a sentence at most two before seated at it,
    when no event has been told since ("A co-chaired the session with B. ... The Hong Kong team included ...")."""
    here, sessions = view.sentence.index, {iri for head, iri in ctx.events if head == "session"}
    for seen, seen_view, _ in reversed(ctx.views[-REACH - 1:-1]):
        next_to = seen.index == here - 1 and (" side" in seen_view.masked or seen.paragraph == view.sentence.paragraph)
        if here - seen.index > REACH or " side" not in seen_view.masked and not SEATED_AT.search(seen_view.masked):
            continue
        session = next((s for (s, p, _), where in ctx.findings.triples.items() if p == SDO.attendee and s in sessions and seen.index in where), None)
        if session is not None and (next_to or ctx.events[-1][1] == session):
            return session
    return None


def _named_just_before(ctx: DocContext, view: View) -> URIRef | None:
    """The one session the sentence just before, in the same paragraph, named."""
    if len(ctx.views) < 2 or ctx.views[-2][0].index != view.sentence.index - 1 or ctx.views[-2][0].paragraph != view.sentence.paragraph:
        return None
    before = view.sentence.index - 1
    named = {s for (s, p, o), where in ctx.findings.triples.items() if p == RDF.type and o == HKSH.PlenarySession and before in where}
    return named.pop() if len(named) == 1 else None
