"""An event dated by a relative day told as its possessive: "last month's Harbour Fintech Forum", "yesterday's
signing ceremony", "next year's Lotus Expo", against the day the text was published.

Interviews and commentaries name past and coming events this way. "This year's expo" is left alone: it
names the edition, not when it is held, and the text usually tells its days elsewhere.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, record_dates
from kg.extract.mentions import View, masked_pos

POSSESSIVE = re.compile(r"(?i:\b(?:yesterday|today|tonight|last\s+night|(?:last|next)\s+(?:month|year))['’]s\s+)$")
KINDS = {"yesterday", "today", "rel_month", "rel_year"}


def date_possessives(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> None:
    """Date each event a sentence names right after a relative day's possessive."""
    masked = view.masked
    for hit in hits:
        said = POSSESSIVE.search(masked, 0, hit.start)
        if said is None or ctx.findings.has(hit.iri, SDO.startDate):
            continue
        span = next((d for d in dates if d.kind in KINDS and masked_pos(view, d.start_char) == said.start()), None)
        if span is not None:
            record_dates(ctx, view, hit.iri, span)
