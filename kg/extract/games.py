"""Sports games named as such: "the Fifth Hong Kong-Shanghai Inter-city Games were held in Shanghai from 12 to
15 July 2019", "The opening ceremony of the Fifth ... Games was held this evening (July 12)", then "The Games are
jointly organised by A, B and C, and run until Monday (July 15)".

A name ending in "Games" is an event of its own. It starts the day its opening ceremony is held, or on the days
its sentence says it was held (and where); "The Games" after it refers back to it, for its organisers and the
day it runs until. A headline ("Inter-city Games open in Shanghai") names the games the body told.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.competitions import find_competitions
from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import EventHit, event_label, record_event
from kg.extract.event_words import ORDINAL_WORD
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import ORG_HEADS
from kg.namespaces import slug

WORD = r"(?:[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*|⟦place:\d+⟧(?:-⟦place:\d+⟧)?)"
NAME = re.compile(rf"(?P<name>(?:(?:{ORDINAL_WORD}|\d{{1,2}}(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)?"
                  rf"(?!(?:The|At|In|On|During|For|After|Before|Both|All|These|Those|Its|Their|His|Her|Our|Previous|Next|Games)\b)"
                  rf"{WORD}(?:\s+{WORD}){{0,5}}?\s+Games)\b")
OPENING = re.compile(r"\b(?P<which>opening|closing)\s+ceremony\s+of\s+(?:the\s+)?$")
HELD = re.compile(r"\s+(?:was|were|will\s+be|are|is)\s+(?:being\s+)?held\b(?:\s+in\s+⟦place:(?P<i>\d+)⟧)?|\s+(?:open|opens|opened)\s+in\s+⟦place:(?P<o>\d+)⟧")
BACK = re.compile(r"^The\s+Games\s+(?:are|were|is|was|will\s+be)\s+(?:jointly\s+)?(?:co-)?organi[sz]ed\s+by\s+(?P<orgs>[^.;]*?)"
                  r"(?=,\s+and\s+[a-z]|[.;]|$)")
UNTIL = re.compile(r"\b(?:run|runs|ran|will\s+run|continue|continues|last|lasts)\s+(?:until|till|through|to)\s+")


def find_games(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[EventHit]:
    """The games a sentence names, with their days and place; organisers and last day said of "The Games"; and
    the competitions it names (kg.extract.competitions)."""
    find_competitions(ctx, view, dates)
    if "Games" not in view.masked:
        return []
    masked, found = view.masked, []
    if masked.startswith("The Games ") and (told := ctx.last_event("games")) is not None:
        _said_back(ctx, view, dates, told)
        return []
    for match in NAME.finditer(masked):
        iri = _games(ctx, view, dates, match)
        if iri is not None:
            found.append(EventHit(iri, match.start("name"), match.end("name")))
    return found


def _games(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> URIRef | None:
    f, s, masked = ctx.findings, view.sentence, view.masked
    label = event_label(view, match.group("name"))
    told = ctx.last_event("games")
    if s.paragraph < 0 and told is not None:
        iri = told if str(told).endswith(slug(label)) else None  # "Inter-city Games open in Shanghai": the games told
    else:
        iri = record_event(ctx, view, label, "games", True, None)
        ctx.remember_event("games", iri)
    if iri is None:
        return None
    own = [d for d in dates if d.kind not in BACKGROUND]
    opening = OPENING.search(masked, max(0, match.start() - 40), match.start())
    held = HELD.match(masked, match.end())
    day = min(own, key=lambda d: abs(masked_pos(view, d.center) - match.end()), default=None)
    if day is not None and (opening or held) and not f.has(iri, SDO.startDate if not opening or opening.group("which") == "opening" else SDO.endDate):
        if opening and opening.group("which") == "closing":
            f.add(iri, SDO.endDate, day.end or day.start, s)
        else:
            f.add(iri, SDO.startDate, day.start, s)
            if day.end is not None and not opening:
                f.add(iri, SDO.endDate, day.end, s)
    where = held and (held.group("i") or held.group("o"))
    if where and (place := view.mention(where).entity) is not None and place.kind == "place":
        f.add(iri, SDO.location, ctx.entity_iri(place), s)
    return iri


def _said_back(ctx: DocContext, view: View, dates: list[DateSpan], iri: URIRef) -> None:
    """"The Games are jointly organised by A, B and C, and run until Monday (July 15)"."""
    f, s, masked = ctx.findings, view.sentence, view.masked
    if (back := BACK.match(masked)) is not None:
        for name in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+", re.sub(r"^the\s+", "", back.group("orgs"))):
            known = re.fullmatch(r"⟦org:(\d+)⟧", name.strip())
            if known and (entity := view.mention(known.group(1)).entity) is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(entity), s)
            elif not known and re.fullmatch(rf"[A-Z][^⟦⟧]*\b(?:{ORG_HEADS})(?:\s+of\s+[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*)?",
                                            name := re.sub(r"\s*\([A-Z]{2,}\)$", "", unmask(name.strip(), view.mentions))):
                f.add(iri, SDO.organizer, ctx.org(name, s), s)
    until = UNTIL.search(masked)
    ends = [d for d in dates if until and masked_pos(view, d.center) > until.end()]
    if ends:
        f.add(iri, SDO.endDate, ends[0].start, s)
