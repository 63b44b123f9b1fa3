"""A session's day, place and chairs told in the next sentence, with "It" for the session.

Wire copy names the session as a sentence's subject and tells the rest in the next one: "The seventh
plenary session of the X produced 11 agreements. It was held in Shanghai on Thursday and was co-chaired
by A and B." "It" is the session only when the sentence before had the session for its subject (not "Mr A
attended the seventh plenary session. It was a success", nor "It was held" after anything else).
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import ORDINAL

IT_HELD = re.compile(r"^It\s+(?:was\s+(?:held|convened)|took\s+place|opened|(?:will|would)\s+(?:be\s+held|take\s+place|open))\b")
SUBJECT = re.compile(rf"^(?:The|the)\s+(?i:{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting|plenary)\b)")
PLACE = re.compile(r"\b(?:in|at)\s+⟦place:(?P<i>\d+)⟧")
CHAIRS = re.compile(r"\band\s+(?:was\s+)?(?:jointly\s+)?(?:co-chaired|chaired)\s+by\s+(?P<who>[^;.]*)")


def it_held(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The day, place and chairs of the session the sentence before had for its subject."""
    masked = view.masked
    if not masked.startswith("It ") or (held := IT_HELD.match(masked)) is None or len(ctx.views) < 2:
        return
    session = ctx.last_event("session")
    if session is None or not SUBJECT.match(ctx.views[-2][1].masked) \
            or view.sentence.index - 1 not in ctx.findings.mentions.get(session, set()):
        return  # "It" is the session only when the sentence before, with it for its subject, named it
    f, s = ctx.findings, view.sentence
    chairs = CHAIRS.search(masked, held.end())
    clause_end = chairs.start() if chairs else len(masked)
    own = [d for d in dates if d.kind not in BACKGROUND and masked_pos(view, d.start_char) < clause_end]
    if own and not f.has(session, SDO.startDate):
        f.add(session, SDO.startDate, own[0].start, s)
    place = PLACE.search(masked, held.end(), clause_end)
    entity = view.mention(place.group("i")).entity if place else None
    if entity is not None and entity.kind == "place" and not f.has(session, SDO.location):
        f.add(session, SDO.location, ctx.entity_iri(entity), s)
    for person in view.people(chairs.group("who")) if chairs else ():
        f.add(session, SDO.attendee, person, s)
