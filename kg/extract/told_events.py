"""Who spoke to an event the sentence names: "A told a joint press conference with B after the session that ...",
"A told a press conference in Hong Kong in the afternoon that ...", "A addressed the Harbour Law Forum".

News tells attendance so: the speaker was at the event, and so was whoever it is said to be held with; the city
said right after the event's name is where it was held (when nothing else places it). Only an event named right
after the verb counts: "A told reporters after the forum" tells nothing of who was at the forum, and a subject
with a clause of its own ("A said B told the forum") is not read.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View
from kg.extract.remarks import REPORTED, SUBJECT

TOLD_BEFORE = re.compile(rf"^{SUBJECT}\s+(?:also\s+)?(?:told|addressed)\s+(?:(?:a|an|the)\s+)?$")
# Whom it was held with, by name after a title or none: "with Gong", "with the Mayor of Shanghai, Mr Gong Zheng".
TITLED = r"(?:(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|of|for|⟦(?:place|org):\d+⟧)(?:\s+|,\s+)){0,6}?)?⟦person:\d+⟧"
WITH_AFTER = re.compile(rf"\s+with\s+(?P<who>{TITLED}(?:(?:,\s+|\s+and\s+){TITLED})*)")
IN_PLACE = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧(?![\w'’-]|\s+[A-Z⟦])")


def find_told(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The speaker of "told <event>" (and those it is held with) attend the event; its city is its place."""
    masked = view.masked
    if "⟦person" not in masked or not (" told " in masked or " addressed " in masked):
        return
    for hit in hits:
        match = TOLD_BEFORE.search(masked[:hit.start])
        if match is None or REPORTED.search(match.group("who")):
            continue
        people = view.people(match.group("who"))
        end = hit.end
        if company := WITH_AFTER.match(masked, end):
            people += view.people(company.group("who"))
            end = company.end()
        for person in dict.fromkeys(people):
            ctx.findings.add(hit.iri, SDO.attendee, person, view.sentence)
        where = IN_PLACE.match(masked, end)
        place = view.mention(where.group("i")).entity if where else None
        if place is not None and place.kind == "place" and not ctx.findings.has(hit.iri, SDO.location):
            ctx.findings.add(hit.iri, SDO.location, ctx.entity_iri(place), view.sentence)
