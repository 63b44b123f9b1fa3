"""A counted batch signed at a plenary session whose witnesses are not named: "After the session, they witnessed
the signing of 14 co-operation documents", "The two sides agreed on 30 items and witnessed the signing of 16
agreements".

Reports, annual reports and chronologies tell a session's signing so, the co-chairs being "the two sides" or
"they". kg.extract.signings reads a signing only where it can name someone present; this one is the signing
event of the session the document tells, on its day (unless the sentence gives one) and at its place. Where "the
(two) co-chairs" witnessed it, those of the session's attendees who hold the posts that co-chair the mechanism's
sessions (the reference's ``co_chairs``: the Chief Executive, the Mayor of Shanghai) attend it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import ORG, SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.itinerary import when_said
from kg.extract.mentions import View
from kg.extract.party_signings import held_around
from kg.extract.patterns import without_asides
from kg.extract.presence import session_told
from kg.extract.signings import COUNTED, SIGNING, TOLD, UNDONE, signing_named

# Who witnessed it, unnamed: the co-chairs or the two sides of the session just told.
UNNAMED = re.compile(r"(?i)\b(?:they|both\s+sides|the\s+two\s+(?:sides|leaders|co-chairs|cities|governments|mayors)|the\s+co-chairs"
                     r"|(?:the|this\s+(?:year|week)['’]s)\s+(?:plenary\s+)?session)\b")
CO_CHAIRS = re.compile(r"(?i)\b(?:the\s+(?:two\s+)?co-chairs|both\s+co-chairs)\b")
# Where the batch ends: "16 agreements, covering finance ...", "14 documents, including ...".
BATCH_END = re.compile(r"\s+(?:between|among|in\s+(?:the\s+)?areas?|covering|including|on\s+(?!behalf))\b")


def find_session_batches(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """The signing event of each counted batch the session's unnamed sides witnessed."""
    masked, found = view.masked, []
    if "signing" not in masked or session_told(ctx) is None:
        return []
    for match in SIGNING.finditer(masked):
        before = masked[:match.start()]
        what = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", unmask(match.group("what"), view.mentions)).strip())
        if not COUNTED.match(what) or view.people(without_asides(before)) or "⟦person" in masked[match.end():match.end() + 4] \
                or not UNNAMED.search(before) or TOLD.search(before) or UNDONE.search(before.rstrip()) \
                or signing_named(ctx) is not None:
            continue
        what = BATCH_END.split(what)[0]
        own = [d for d in dates if d.kind not in BACKGROUND]
        start = when_said(ctx, view, own, match.start())[0] if own else None
        iri = record_event(ctx, view, f"Signing of {what}", "ceremony", False, None)
        if start is not None:
            ctx.findings.add(iri, SDO.startDate, start, view.sentence)
        held_around(ctx, view, iri, session_told(ctx))
        if CO_CHAIRS.search(before):
            for person in co_chairs(ctx, session_told(ctx)):
                ctx.findings.add(iri, SDO.attendee, person, view.sentence)
        ctx.remember_event("ceremony", iri)
        found.append(iri)
    return found


def co_chairs(ctx: DocContext, session: URIRef | None) -> list[URIRef]:
    """The session's attendees who hold a post that co-chairs the mechanism's sessions."""
    if session is None:
        return []
    posts = {ctx.iri("post", p) for p in ctx.reference.conference.data.get("co_chairs", [])}
    f = ctx.findings
    return [p for p in f.objects(session, SDO.attendee) if posts & set(f.objects(p, ORG.holds))]
