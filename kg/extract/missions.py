"""A mission or delegation a body sends, told after it was named: "The Chamber (HCCC) sent a mission of 18 members
to Shanghai from 20 to 23 April 2026. The mission was led by our Chairman, Mr A, with Ms B and Mr C as deputy
leaders."

The body that sends it organises the mission the text named before (its title or opening), on the days the
sentence gives; the people it was led by, with their deputies, attend it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.gazetteer import unmask
from kg.extract.journeys import find_journeys
from kg.extract.mentions import View
from kg.extract.patterns import ORG_HEADS

SENT = re.compile(rf"(?:⟦org:(?P<o>\d+)⟧|(?P<n>(?!The\b)[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|⟦place:\d+⟧)){{0,6}}?\s+(?:{ORG_HEADS})"
                  r"(?:\s+of\s+[A-Z][\w'&-]*(?:\s+(?:and\s+)?[A-Z][\w'&-]*){0,3})?))(?:\s+\((?:⟦org:\d+⟧|[A-Z]{2,})\))?\s+(?:sent|sends|dispatched|will\s+send|has\s+sent)\s+"
                  r"(?:a|an|its)\s+(?:(?!(?:to|for|of|with)\b)[\w-]+\s+){0,3}?(?:mission|delegation)\b")
MISSION = re.compile(r"(?i:\bmission\s+to\b|\bmission$)")
# "from Monday, 20 April to Thursday, 23 April 2026": two dates, the first day and the last.
TO = re.compile(r",?\s*(?:to|until|till|–|-)\s+(?:[A-Z][a-z]+day,?\s+)?")
# "sent a delegation to meet the mission": another's delegation, sent to the mission, not the mission
TO_THE_MISSION = re.compile(r"[^.;]{0,40}?\bto\s+(?:meet|welcome|receive|greet|join|accompany|see\s+off|call\s+on|visit)\s+"
                            r"(?:the|our|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:mission|delegation)\b")
LED = re.compile(r"\b(?i:the|our|this|its)\s+(?:[\w-]+\s+){0,2}?(?:mission|delegation)\s+(?:was|is|will\s+be)\s+(?:jointly\s+)?"
                 r"(?:led|headed)\s+by\s+(?P<who>[^;]*?)(?=;|\.\s|\s+and\s+(?:met|visited|called|toured)\b|$)")


def find_missions(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The organiser, days and leaders of a mission the document named before; and a group's journey the
    sentence names (kg.extract.journeys)."""
    find_journeys(ctx, view, dates)
    masked = view.masked
    if "mission" not in masked and "delegation" not in masked:
        return
    sent, led = SENT.search(masked), LED.search(masked)
    if sent is not None and TO_THE_MISSION.match(masked, sent.end()):
        sent = None
    if sent is None and led is None:
        return
    mission = _mission(ctx)
    if mission is None:
        return
    f, s = ctx.findings, view.sentence
    if sent is not None:
        if sent.group("o") is not None and (org := view.mention(sent.group("o")).entity) is not None:
            f.add(mission, SDO.organizer, ctx.entity_iri(org), s)
        elif sent.group("n") is not None and "⟦person" not in sent.group("n"):
            f.add(mission, SDO.organizer, ctx.org(unmask(sent.group("n"), view.mentions), s), s)
        _days(ctx, view, mission, dates)
    if led is not None:
        for person in view.people(led.group("who")):
            f.add(mission, SDO.attendee, person, s)


def _days(ctx: DocContext, view: View, mission: URIRef, dates: list[DateSpan]) -> None:
    """The mission's first and last days: a range, or two dates "from" one "to" the other."""
    f, s, text = ctx.findings, view.sentence, view.sentence.text
    ranges = [(d.start, d.end) for d in dates if d.end is not None]
    ranges += [(a.start, b.start) for a, b in zip(dates, dates[1:]) if TO.fullmatch(text, a.end_char, b.start_char)
               and "from" in text[max(0, a.start_char - 20):a.start_char]]
    if ranges:
        for p in (SDO.startDate, SDO.endDate):  # days another sentence gave it are those of its parts
            for day in f.objects(mission, p):
                f.discard(mission, p, day)
        f.add(mission, SDO.startDate, ranges[0][0], s)
        f.add(mission, SDO.endDate, ranges[0][1], s)


def _mission(ctx: DocContext) -> URIRef | None:
    """The mission the document named last ("the Chamber's business mission to Shanghai", "Trade Mission")."""
    for _, iri in reversed(ctx.events):
        if any(MISSION.search(str(label)) for label in ctx.findings.objects(iri, RDFS.label)):
            return iri
    return None
