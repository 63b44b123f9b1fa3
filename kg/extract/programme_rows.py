"""A programme told as dated rows: "- 22 September (Friday): Hong Kong Licensing Day, with a business-matching
session; and a reception at the Peninsula hosted by ...", "23-24 September: Lifestyle Market, open to the public".

A line that opens with a day (or days) and a colon lists what happens on that day: each item, separated
by semicolons, is an event on that day, whether the text names it with an event word (read by
kg.extract.events) or only by its capitalised name at the start of the item ("Hong Kong Licensing Day"). That
name ends in an event's head word (a day, a market, a forum, a gala, ...): other capitalised words heading an
item say where the day goes or what befalls it ("Depart for Hong Kong", "Zhangjiang Science City", "Typhoon
Mawar").
An item named as an event the document already told ("Opening ceremony" after "The opening ceremony was
officiated by ...") is that event, now dated.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.appositions import KINDS
from kg.extract.event_words import FUNCTION, HEAD, TOKEN
from kg.extract.event_record import EventHit, record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import ORDINAL, ORG_HEADS
from kg.extract.venues import BODY, HEADS

BULLET = re.compile(r"^\s*(?:[-•*·–]\s*)?$")
# What closes the day of a row: a weekday or a part of the day in brackets, then the colon.
CLOSE = re.compile(r"\s*(?:\([^()]{1,24}\)\s*)?[:：]\s+")
# An item that is only a capitalised name: "Hong Kong Licensing Day, with ...", "Lifestyle Market (open ...)".
NAMED_ITEM = re.compile(rf"(?:and\s+)?(?!(?:{FUNCTION}|The|A|An|Mr|Mrs|Ms|Dr)\b)(?P<name>{TOKEN}(?:\s+(?:(?:of|and|for|the|&)\s+)?{TOKEN}){{1,8}})"
                        r"(?=\s*(?:[,(]|$)|\s+(?:with|where|featuring|at|in|open|for)\b)")
# The event's head word that such a name ends in, before a year: "... Licensing Day", "... Design Week 2031".
ROW_HEAD = re.compile(rf"\b(?:{HEAD}|(?i:{'|'.join(KINDS)}|days?|markets?|nights?|shows?|bazaars?|parades?|awards))(?:\s+(?:19|20)\d\d)?$")

# A numbered plenary session, which kg.extract.sessions reads (a chronology's "2015: Third Plenary Session, Shanghai")
SESSION = re.compile(rf"(?i)(?:the\s+)?{ORDINAL}\s+plenary\b")


def find_row_events(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The events of a dated programme row, each on the row's day."""
    masked = view.masked
    day = next((d for d in sorted(dates, key=lambda d: d.start_char)
                if BULLET.match(masked[:masked_pos(view, d.start_char)])), None)
    close = CLOSE.match(masked, masked_pos(view, day.end_char)) if day is not None else None
    if close is None:
        return []
    found, at = [], close.end()
    for cell in re.split(r";", masked[at:]):
        lead = len(cell) - len(cell.lstrip())
        inside = [h for h in hits if at <= h.start < at + len(cell)]
        item = NAMED_ITEM.match(cell, lead)
        if item and ROW_HEAD.search(item.group("name")) and not SESSION.match(item.group("name")) and not _body_or_venue(unmask(item.group("name"), view.mentions), item.group("name")) \
                and not any(h.start < at + item.end("name") for h in inside):
            label = re.sub(r"\s+", " ", unmask(item.group("name"), view.mentions)).strip()
            iri = record_event(ctx, view, label, "event", True, None)
            ctx.remember_event("event", iri)
            found.append(EventHit(iri, at + item.start("name"), at + item.end("name")))
            inside.append(found[-1])
        for hit in inside:
            iri = _told_before(ctx, view, hit)
            if not ctx.findings.has(iri, SDO.startDate):
                record_dates(ctx, view, iri, day)
        at += len(cell) + 1
    return found


def _body_or_venue(name: str, masked: str) -> bool:
    """A row may name where the day goes or whom it meets, not an event: a body, a venue, a place."""
    return bool(re.fullmatch(r"⟦(?:place|org):\d+⟧", masked) or re.search(rf"\b(?:{ORG_HEADS}|{HEADS})$", name)
                or BODY.search(name))


def _told_before(ctx: DocContext, view: View, hit: EventHit):
    """The event a row's item is, when an earlier sentence told an event of the same label: that one."""
    labels = {str(o).lower() for o in ctx.findings.objects(hit.iri, RDFS.label)}
    if ctx.findings.mentions.get(hit.iri, set()) - {view.sentence.index}:
        return hit.iri
    for _, earlier in reversed(ctx.events):
        said = ctx.findings.mentions.get(earlier, set())
        if earlier != hit.iri and said and view.sentence.index not in said \
                and {str(o).lower() for o in ctx.findings.objects(earlier, RDFS.label)} & labels:
            days = set(ctx.findings.objects(earlier, SDO.startDate))
            if days and not days >= set(ctx.findings.objects(hit.iri, SDO.startDate)):
                return hit.iri  # the earlier one is on another day
            ctx.findings.rename(hit.iri, earlier)
            ctx.events = [(h, earlier if e == hit.iri else e) for h, e in ctx.events]
            hit.iri = earlier
            return earlier
    return hit.iri
