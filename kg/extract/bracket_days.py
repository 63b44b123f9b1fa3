"""An event dated by the day in brackets right after its name: "Charity Harbour Walk (11 December), Central to Wan
Chai: ...", "New Year Members' Webinar (14 January): ...", "the Lotus Forum (3-4 May 2031)".

Annual reports, newsletters' diaries and lists of a body's activities give each item its day this way, often
without a year (the report's own), and the sentence names the event and nothing else before it. Only a date that
fills the brackets is read: "(see 14 January)" or "(postponed from 14 January)" says something else.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, record_dates
from kg.extract.mentions import View, masked_pos

OPEN = re.compile(r"[\"”’]?\s*\(\s*")
# the item goes on after the brackets; a heading ending in its date ("Two ports, one forum (October 24)") is a title
CLOSE = re.compile(r"\s*\)(?=\s*\S)")
# a weekday before the day: "(Saturday, 11 December)"
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+")


def date_brackets(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> None:
    """Date each event a sentence names right before a date in brackets, where none of its dates is known yet."""
    masked = view.masked
    if "(" not in masked:
        return
    for hit in hits:
        opened = OPEN.match(masked, hit.end)
        if opened is None or ctx.findings.has(hit.iri, SDO.startDate):
            continue
        at = opened.end()
        if day := WEEKDAY.match(masked, at):
            at = day.end()
        span = next((d for d in dates if d.start is not None and masked_pos(view, d.start_char) == at
                     and CLOSE.match(masked, masked_pos(view, d.end_char))), None)
        if span is not None:
            record_dates(ctx, view, hit.iri, span)
