"""A session's day, place and chairs told in the next sentence, with "It" for the session (or "Both" for two).

Wire copy names the session as a sentence's subject and tells the rest in the next one: "The seventh
plenary session of the X produced 11 agreements. It was held in Shanghai on Thursday and was co-chaired
by A and B." "It" is the session only when the sentence before had the session for its subject, or named it and no other
event (not "Mr A attended the seventh plenary session. It was a success", nor "It was held" after anything else).
A long narrative goes on the same way with "The session was held at ..." and "A co-chaired it with B" right after
the sentence that named the session; a session held by video has no place ("with A in Hong Kong and B in Shanghai").
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import LIST_END, ORDINAL, PRESIDED_OVER
from kg.extract.venues import venues_after

IT_HELD = re.compile(r"^(?:It|The\s+(?:session|meeting|sitting)(?:\s+itself)?)\s+(?:was\s+(?:held|convened)|took\s+place|opened|(?:will|would)\s+(?:be\s+held|take\s+place|open))\b")
SUBJECT = re.compile(rf"^(?:The|the)\s+(?i:{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting|plenary)\b)")
PLACE = re.compile(r"\b(?:in|at)\s+⟦place:(?P<i>\d+)⟧")
CHAIRS = re.compile(r"\band\s+(?:was\s+)?(?:jointly\s+)?(?:co-chaired|chaired)\s+by\s+(?P<who>[^;.]*)")
WITH = re.compile(r",\s+with\s+(?P<who>(?:(?!,?\s+(?:who|which|whom)\b)[^;.])*)")
VIDEO = re.compile(r"\b(?:video|online|virtual)", re.I)
# "Mr A, then Chief Executive, co-chaired it with Mayor B", "The Chief Executive, Mr A, and Mr B co-chaired it": past,
# not "A is expected to co-chair it with B"
CHAIRED_IT = re.compile(r"^(?P<who>[^;]*?⟦person:\d+⟧[^;]*?)\s+(?:jointly\s+)?(?:co-chaired|chaired)\s+it\b"
                        r"(?:\s+(?:together\s+)?with\s+(?P<with>(?:(?!,?\s+(?:who|which|whom)\b)[^;.])*))?")


REACH = 2  # sentences back


def _named_before(ctx: DocContext, view: View) -> URIRef | None:
    """The session a sentence just before named (or two before, when the one between named no event), as the one
    event it named, or as its subject."""
    session, here = ctx.last_event("session"), view.sentence
    seen = ctx.findings.mentions.get(session, set()) if session is not None else set()
    before = next((s for s, _, _ in reversed(ctx.views[-REACH - 1:-1]) if s.index in seen), None)
    if before is None:
        return None
    if before.index == here.index - 1 and SUBJECT.match(ctx.views[-2][1].masked):
        return session  # "The seventh plenary session of the X produced 11 agreements. It was held ..."
    between = range(before.index, here.index)
    if any(iri != session and any(i in between for i in ctx.findings.mentions.get(iri, ())) for _, iri in ctx.events):
        return None
    return session


def _city_at_most(ctx: DocContext, session: URIRef) -> bool:
    """Whether a session's place is told as one of the two cities at most: a venue says where in it."""
    return all(str(place).rsplit("/", 1)[-1] in ("hong-kong", "shanghai") for place in ctx.findings.objects(session, SDO.location))


def it_held(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The day, place and chairs of the session the sentence before named; the chairs of "A co-chaired it"."""
    masked = view.masked
    if " it" in masked and (chaired := CHAIRED_IT.match(masked)) and (session := _named_before(ctx, view)):
        who = view.people(chaired.group("who")) + view.people(chaired.group("with") or "")
        for person in dict.fromkeys(who):
            ctx.findings.add(session, SDO.attendee, person, view.sentence)
        return
    if not masked.startswith(("It ", "The ")) or (held := IT_HELD.match(masked)) is None:
        return
    if (session := _named_before(ctx, view)) is None:
        return  # "It" is the session only when the sentence before named it
    f, s = ctx.findings, view.sentence
    chairs = CHAIRS.search(masked, held.end())
    with_ = WITH.search(masked, held.end())
    clause_end = min(m.start() for m in (chairs, with_, None) if m is not None) if chairs or with_ else len(masked)
    own = [d for d in dates if d.kind not in BACKGROUND and masked_pos(view, d.start_char) < clause_end]
    if own and not f.has(session, SDO.startDate):
        f.add(session, SDO.startDate, own[0].start, s)
    place = PLACE.search(masked, held.end(), clause_end) if not VIDEO.search(masked, held.end(), clause_end) else None
    entity = view.mention(place.group("i")).entity if place else None
    if entity is not None and entity.kind == "place" and not f.has(session, SDO.location):
        f.add(session, SDO.location, ctx.entity_iri(entity), s)
    elif place is None and _city_at_most(ctx, session) and not VIDEO.search(masked, held.end(), clause_end):
        for venue in venues_after(ctx, view, held.end()) or venues_after(ctx, view, held.end(), building=True):
            f.add(session, SDO.location, venue, s)  # "The session was held at the Central Government Offices"
    people = (view.people(chairs.group("who")) if chairs else []) + (view.people(with_.group("who")) if with_ else [])
    for person in dict.fromkeys(people):
        f.add(session, SDO.attendee, person, s)


# "The first was held in A in 2003 and the second in B in 2004. Both had been co-chaired by C and D.", "Both sessions
# were co-chaired by C, then mayor of Shanghai, who ...", "All three were attended by C": the sessions the sentence
# before named, when it named more than one (not "Both sides were represented by ...", nor after a single session).
BOTH = re.compile(r"^(?:Both|All\s+(?:three|four|five|six|seven|eight|nine|ten|of\s+them))(?:\s+(?:plenary\s+)?(?:sessions|meetings|plenaries))?"
                  r"\s+(?:were|had\s+been|have\s+been)\s+(?:(?:all|both|also)\s+)?(?:jointly\s+)?(?:co-chaired|chaired|attended|"+PRESIDED_OVER+r")\s+by\s+"
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
