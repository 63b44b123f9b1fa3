"""A session's day, place and chairs told in the next sentence, with "It" for the session (or "Both" for two).

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
from kg.extract.patterns import LIST_END, ORDINAL

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


# "The first was held in A in 2003 and the second in B in 2004. Both had been co-chaired by C and D.", "Both sessions
# were co-chaired by C, then mayor of Shanghai, who ...", "All three were attended by C": the sessions the sentence
# before named, when it named more than one (not "Both sides were represented by ...", nor after a single session).
BOTH = re.compile(r"^(?:Both|All\s+(?:three|four|five|six|seven|eight|nine|ten|of\s+them))(?:\s+(?:plenary\s+)?(?:sessions|meetings|plenaries))?"
                  r"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:all|both|also)\s+)?(?:jointly\s+)?(?:co-chaired|chaired|attended|presided\s+over)\s+by\s+"
                  rf"(?P<who>(?:(?!{LIST_END})[^;.])*)")


def both_chaired(ctx: DocContext, view: View) -> None:
    """Attend each session the sentence before named with the people "Both (sessions) were co-chaired by"."""
    masked = view.masked
    if not masked.startswith(("Both ", "All ")) or (match := BOTH.match(masked)) is None:
        return
    before = view.sentence.index - 1
    sessions = list(dict.fromkeys(iri for head, iri in ctx.events
                                  if head == "session" and before in ctx.findings.mentions.get(iri, set())))
    for session in sessions if len(sessions) > 1 else ():
        for person in view.people(match.group("who")):
            ctx.findings.add(session, SDO.attendee, person, view.sentence)
