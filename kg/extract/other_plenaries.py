"""Another pair's conference meets too: "The 22nd Plenary of the Hong Kong/Guangdong Co-operation Joint Conference
was held by video conference on 14 September", "In Guangzhou he co-chaired the 24th Plenary of the Hong
Kong/Guangdong Co-operation Joint Conference with Governor X", "the 24th Plenary Meeting of the Joint Conference,
held in Hong Kong last September".

Such a plenary is no session of the mechanism (kg.extract.session_others keeps it out of the sessions) but a dated
occurrence the text reports: a plain event, labelled as the text names it, with its day and its place; who
co-chaired it is read by kg.extract.event_facts from the hit. Only where its clause dates it: "the next plenary of
the Hong Kong/Zhejiang conference" with no year is a plan, not an event.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_dates, record_event
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import OUR_IDS, placed_bodies
from kg.extract.patterns import ORDINAL

# "the 22nd Plenary (Session|Meeting) of the ⟦place⟧/Guangdong Co-operation Joint Conference", "the Third Plenary
# Session of the Joint Conference"
PLENARY_OF = re.compile(rf"(?i)\b(?:the\s+)?{ORDINAL}\s+plenary(?:\s+(?:session|meeting))?\s+of\s+(?:the\s+)?"
                        r"(?P<body>(?-i:(?:⟦place:\d+⟧|[A-Z][\w'’-]*)(?:[\s/–-]+(?:⟦place:\d+⟧|[A-Z][\w'’-]*)){0,8}?\s+Conference"
                        r"|Joint\s+Conference|(?P<short>[A-Z]{3,10})))\b")
# Another pair's conference given a short name: "the ⟦place⟧/Guangdong Co-operation Joint Conference (HKGDCJC)"
SHORT_AFTER = re.compile(r"\s*\(\s*(?P<abbr>[A-Z]{3,10})\s*\)")
NAME_BEFORE = re.compile(r"(?:⟦place:\d+⟧|[A-Z][\w'’-]*)(?:[\s/–-]+(?:⟦place:\d+⟧|[A-Z][\w'’-]*)){0,8}?\s+Conference$")
# A plenary the sentence's person chaired, told on the story's day where the sentence gives none ("In Guangzhou he
# co-chaired the 24th Plenary of ...").
CHAIRED = re.compile(r"(?i)\b(?:co-?chaired|chaired|attended)\s+$")
COOPERATION = re.compile(r"(?i)\bco-?operation\b|\bjoint\b")
PLACE = re.compile(r"⟦place:(\d+)⟧")
# Its place: "held in ⟦place⟧", "In ⟦place⟧, ..." opening the sentence; not a place that names a body or a title
# ("the Governor of ⟦place⟧ Province", "the ⟦place⟧/Beijing conference").
HELD_IN = re.compile(r"\b(?:held|met|took\s+place|convened)\s+(?:[\w-]+\s+){0,3}?in\s+⟦place:(?P<i>\d+)⟧(?![/–-]|\s+[A-Z])")
OPENING_IN = re.compile(r"^(?:[A-Z][\w-]*\s+)?[Ii]n\s+⟦place:(?P<i>\d+)⟧,?\s+(?![/–-])")
CLAUSE_END = re.compile(r";|\.\s")
# A plenary told as held: not a chronology's line ("6 Sep [GD] 23rd Plenary Meeting of the ..., Guangzhou."), whose
# other mechanisms' rows a bureau's chronology of ours lists beside its own.
TOLD_HELD = re.compile(r"(?i)\b(?:was|were)\s+held\b|\bheld\s+(?:in|on|at|by|via)\b|\b(?:co-?chaired|chaired|convened|took\s+place|met|attended|hosted)\b")
SKIPPED_KINDS = ("since", "years_ago")


def find_other_plenaries(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """Each dated numbered plenary of another pair's conference the sentence names, as an event."""
    masked = view.masked
    if "Conference (" in masked:
        _short_names(ctx, view)
    if "lenary" not in masked or not dates and ctx.day is None or not TOLD_HELD.search(masked):
        return []
    taken = [(h.start, h.end) for h in hits]
    found = []
    for match in PLENARY_OF.finditer(masked):
        if any(a < match.end() and match.start() < b for a, b in taken) or not _another(ctx, view, match):
            continue
        span = _date(view, dates, match)
        if span is None and not dates and CHAIRED.search(masked, 0, match.start()):
            span = DateSpan(-1, -1, ctx.day, kind="story")
        if span is None:
            continue
        label = event_label(view, re.sub(r"(?i)^the\s+", "", match.group(0)))
        iri = record_event(ctx, view, label, "meeting", True, None)
        record_dates(ctx, view, iri, span)
        place = HELD_IN.search(masked, match.end()) or OPENING_IN.match(masked)
        if place is not None and (place.re is OPENING_IN or not CLAUSE_END.search(masked, match.end(), place.start())):
            entity = view.mention(place.group("i")).entity
            if entity is not None and entity.kind == "place":
                ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
        ctx.remember_event("meeting", iri)
        found.append(EventHit(iri, match.start(), match.end()))
    return found


def _another(ctx: DocContext, view: View, match: re.Match) -> bool:
    """Whether the body is another pair's: "the Joint Conference", or a co-operation conference named by places, one
    of them neither Hong Kong nor Shanghai."""
    body = match.group("body")
    if match.group("short"):
        return body in ctx.other_shorts
    if "Shanghai" in body:
        return False
    if body.startswith("Joint"):
        return True
    if not COOPERATION.search(body):
        return False
    placed = next((m for m in placed_bodies(view.masked, match.end()) if m.end() == match.end()), None)
    return _pair(view, placed.group(0) if placed else body)


def _pair(view: View, body: str) -> bool:
    """Whether a conference's name in the masked sentence names a pair other than ours by its places."""
    places = [view.mention(i).entity for i in PLACE.findall(body)]
    return any(p is not None and p.id not in OUR_IDS for p in places) or "/" in body and len(places) < 2


def _short_names(ctx: DocContext, view: View) -> None:
    """Keep the short names the sentence gives another pair's co-operation conference."""
    masked = view.masked
    for word in re.finditer(r"\bConference\b", masked):
        short = SHORT_AFTER.match(masked, word.end())
        placed = NAME_BEFORE.search(masked, max(0, word.start() - 200), word.end()) if short else None
        if placed and COOPERATION.search(placed.group(0)) and _pair(view, placed.group(0)):
            ctx.other_shorts[short.group("abbr")] = event_label(view, placed.group(0))


def _date(view: View, dates: list[DateSpan], match: re.Match) -> DateSpan | None:
    """The plenary's day: the first date of its clause after its name, else one before it in the sentence."""
    masked = view.masked
    end = (m.start() if (m := CLAUSE_END.search(masked, match.end())) else len(masked))
    usable = [d for d in dates if d.kind not in SKIPPED_KINDS]
    after = [d for d in usable if match.end() <= masked_pos(view, d.start_char) < end]
    before = [d for d in usable if masked_pos(view, d.end_char) <= match.start()]
    return after[0] if after else (before[-1] if before else None)
