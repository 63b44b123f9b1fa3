"""When and where an event was held, told in a participle before the event is named again: "Held from 5 to 10
November at the National Exhibition and Convention Center, the Expo drew more than 3,600 exhibitors".

The sentence names the event only by its kind ("the Expo", "the forum"), which refers back to the event the
sentence before named; the fronted phrase gives that event's days and venue (where it had none).
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import record_dates
from kg.extract.mentions import View, masked_pos
from kg.extract.organisers import THE_EVENT, told_before
from kg.extract.venues import venues_after

FRONTED = re.compile(rf"^(?:Held|Staged|Hosted|Opened|Organi[sz]ed)\s+(?P<what>[^,;]{{4,160}}?),\s+{THE_EVENT.replace('It|', '')}\b", re.I)
AT = re.compile(r"\s+(?=(?:at|in)\s)")


def fronted_held(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The days and venue a fronted "Held ..." phrase gives the event the sentence before named."""
    if not view.sentence.text.startswith(("Held ", "Staged ", "Hosted ", "Opened ", "Organised ", "Organized ")):
        return
    match = FRONTED.match(view.masked)
    event = told_before(ctx, view, match)
    if event is None:
        return
    f, s = ctx.findings, view.sentence
    if not f.objects(event, SDO.startDate):
        for span in dates:
            if span.kind not in BACKGROUND and masked_pos(view, span.start_char) < match.end("what"):
                record_dates(ctx, view, event, span)
                break
    if not f.objects(event, SDO.location):
        for at in AT.finditer(view.masked, 0, match.end("what")):
            for place in venues_after(ctx, view, at.start()):
                f.add(event, SDO.location, place, s)

