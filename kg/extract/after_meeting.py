"""A signing told as following a meeting: "After the meeting, A and B witnessed the signing of ...",
"Following the talks, X and Y signed an agreement".

Releases place the signing only by the meeting it follows: it is held where that meeting was (and on its
day, where the sentence gives none). "The meeting" is the last meeting the text named on the signing's day,
or the plenary session it tells. The place is given once the document is read, so that a meeting placed
later in the text still gives it. (Giving a signing "after the plenary session" the session's place was
tried and dropped: the releases place such a signing at a venue of its own as often as in the city.)
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.presence import session_told

# The fronted clause: "After the meeting,", "Immediately following the talks,".
AFTER = re.compile(r"^(?:(?:Immediately|Shortly|Right)\s+)?(?:After|Following)\s+the\s+(?:working\s+|bilateral\s+)?(?:meeting|talks)\s*,")

# Words after it that make the signing one told of, planned or past: "After the meeting, Mr A said the two
# cities would sign ...", "... recalled that the two cities had signed ... in 2019".
TOLD = re.compile(r"\b(?:said|says|told|added|noted|stated|recalled|announced|will|would|had)\b")


def after_meeting(ctx: DocContext, view: View, signings: list[URIRef]) -> None:
    """Note the meeting each signing of a sentence opening "After the meeting," follows."""
    if not signings or not view.masked.startswith(("After", "Following", "Immediately", "Shortly", "Right")):
        return
    match = AFTER.match(view.masked)
    if match is None or TOLD.search(view.masked, match.end()):
        return
    for iri in signings:
        ctx.followed.append((iri, len(ctx.events)))


def _followed(ctx: DocContext, signing: URIRef, told: int) -> URIRef | None:
    """The meeting a signing followed: of those named before it (and the session the text tells), the last
    one on the signing's day; with no day, the one the text tells most."""
    f = ctx.findings
    meetings = [iri for head, iri in reversed(ctx.events[:told]) if head == "meeting"]
    meetings += [s for s in [session_told(ctx)] if s is not None]
    meetings = [m for m in dict.fromkeys(meetings) if m != signing]
    days = {d for d in f.objects(signing, SDO.startDate) if d.datatype == XSD.date}
    if days:
        return next((m for m in meetings if days & set(f.objects(m, SDO.startDate))), None)
    return max(meetings, key=lambda m: len(f.mentions.get(m, ())), default=None)


def share_meeting_place(ctx: DocContext) -> None:
    """Once the document is read: a signing with no place of its own is where the meeting it follows was,
    and on that meeting's day where it has none."""
    f = ctx.findings
    for signing, told in dict.fromkeys(ctx.followed):
        meeting = _followed(ctx, signing, told)
        if meeting is None:
            continue
        if not f.has(signing, SDO.location):
            for place in f.objects(meeting, SDO.location):
                f.add(signing, SDO.location, place, min(f.triples[(meeting, SDO.location, place)]))
        if not f.has(signing, SDO.startDate):
            for day in f.objects(meeting, SDO.startDate):
                if day.datatype == XSD.date:
                    f.add(signing, SDO.startDate, day, min(f.triples[(meeting, SDO.startDate, day)]))
