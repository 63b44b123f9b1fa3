""""The plenary session", with no ordinal, in a text about one numbered session: its day, place and co-chairs.

A press release headed "Ninth Plenary Session of the X" goes on: "The plenary session was held in Hong Kong today",
"A and B led their delegations to the plenary session today", "The plenary session was co-chaired by A and B". The
session is the one the text tells; only what the definite session's own clause says is its, and only where the text
has not said it already; not "the plenary session next year", nor "the plenary session of the Y Forum".
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.presence import attend, session_told

THE_SESSION = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]oday['’]s)\s+plenary(?:\s+session|\s+meeting)?+\b"
                         r"(?!\s+(?:of|on|at|for)\s+(?!(?:the\s+)?⟦conf)|\s+(?:next|later|in\s+the\s+future)\b|['’]s)")
HELD_IN = re.compile(r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?\s+(?:(?:was|is)\s+(?:held|convened|opened)\s+)?(?:in|at)\s+⟦place:(?P<i>\d+)⟧")
# its co-chairs: "... was co-chaired by A and B" (the people up to the clause's end); "A and B led their delegations to"
# (the people before, as the sentence's subject)
CHAIRED_BY = re.compile(r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?\s+(?:was|is)\s+(?:jointly\s+)?(?:co-chaired|chaired)\s+by\s+(?P<who>[^;.]*)")
LED_TO = re.compile(r"^(?P<who>[^;.]*?)\s+led\s+(?:their|the|the\s+two|their\s+respective)\s+delegations?\s+to\s+$")


def definite_session(ctx: DocContext, view: View, dates: list[DateSpan], found: list[URIRef]) -> None:
    """The day, place and co-chairs a sentence gives "the plenary session" of a text about one numbered session."""
    masked = view.masked
    if found or "plenary" not in masked or (match := THE_SESSION.search(masked)) is None:
        return
    session = session_told(ctx)
    if session is None:
        return
    f, s = ctx.findings, view.sentence
    start = max(masked.rfind(m, 0, match.start()) for m in (",", ";")) + 1
    stops = [i for i in (masked.find(m, match.end()) for m in (";", ", ", ".")) if i >= 0]
    own = [d for d in dates if d.kind not in BACKGROUND and start <= masked_pos(view, d.start_char) < min(stops, default=len(masked))]
    if len(own) == 1 and not f.objects(session, SDO.startDate):
        f.add(session, SDO.startDate, own[0].start, s)
    held = HELD_IN.match(masked, match.end())
    entity = view.mention(held.group("i")).entity if held else None
    if entity is not None and entity.kind == "place" and not f.objects(session, SDO.location):
        f.add(session, SDO.location, ctx.entity_iri(entity), s)
    chairs = CHAIRED_BY.match(masked, match.end()) or LED_TO.match(masked, 0, match.start())
    if chairs is not None:
        attend(ctx, view, session, view.people(chairs.group("who")))
