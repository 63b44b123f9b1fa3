"""Who sat at a session, told in the sentences after it without naming it again.

News stories and releases go on from "A and B co-chaired the ninth plenary session" to the rest of the table:
"Sitting on the Hong Kong side of the table were C; D ...", "The Shanghai delegation comprised E; F ...", "G and H
joined Mr B". A seat on a side is at the event whose attendance the text told last; a delegation's members are at
the session only right after a sentence that seated the other side at it (a delegation is as often on a visit of
its own: without that, a never-read set lost events precision);
those who "joined" someone are where that person was last said to be.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC
from kg.extract.presence import attend

SIDE = r"(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)"
SEATED = re.compile(rf"^(?:Also\s+)?(?:Sitting|Seated)\s+(?:on|at)\s+the\s+{SIDE}\s+side(?:\s+of\s+the\s+(?:table|room|hall))?"
                    r"\s+(?:were|was)\b(?P<who>[^.]*)")
COMPRISED = re.compile(rf"^The\s+{SIDE}\s+delegation\s+(?:comprised|consisted\s+of|was\s+made\s+up\s+of|included)\s+(?P<who>[^.]*)")
JOINED = re.compile(rf"^(?P<who>(?:(?!\b(?:who|which|that|said|says|when)\b)[^.;])*?⟦person:\d+⟧(?:(?!\b(?:who|which|that|said|says|when)\b)[^.;])*?)"
                    rf"\s+(?:also\s+)?joined\s+(?:{HONORIFIC}\s+)?⟦person:(?P<host>\d+)⟧\s*\.?$")


def find_sides(ctx: DocContext, view: View, named: list[URIRef]) -> None:
    """The people a sentence that names no event seats at the session or event told before it."""
    masked = view.masked
    if named or not masked.startswith(("Sitting", "Seated", "Also", "The ")) and " joined " not in masked:
        return
    if match := SEATED.match(masked):
        attend(ctx, view, _last_attended(ctx), view.people(match.group("who")))
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
    were ..."): the delegation is the other."""
    before = view.sentence.index - 1
    if len(ctx.views) < 2 or ctx.views[-2][0].index != before or " side" not in ctx.views[-2][1].masked:
        return None
    sessions = {iri for head, iri in ctx.events if head == "session"}
    return next((s for (s, p, _), where in ctx.findings.triples.items() if p == SDO.attendee and s in sessions and before in where), None)
