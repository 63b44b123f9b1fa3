"""Competitions and their rounds: "Twelve start-ups competed today in the grand final of the Riverton-Northport
Smart City Challenge 2036 at the Harbour Arcade", "the semi-final held in Northport's Xuhui District on
16 October"; then "The Challenge was jointly organised by A (AB) and B", "The final was officiated by C; D; and E".

A name ending in a competition word (Challenge, Competition, Contest, Cup, Hackathon) is an event of its own,
recorded where a round of it is told or where the text says who organised it; a round ("the grand final of X")
is an event of its own, on the day and at the place its sentence gives. "The Challenge", "The final" after them
refer back to the last one so named.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import event_label, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import NOT_HELD, ORG_HEADS
from kg.extract.venues import AT_VENUE, venue

KINDS = ("Challenge", "Competition", "Contest", "Cup", "Hackathon")
WORD = r"(?:[A-Z][\w'’]*|⟦place:\d+⟧)(?:-(?:[A-Za-z][\w'’]*|⟦place:\d+⟧))*"
NAME = (rf"(?!(?:The|At|In|On|During|For|After|Before|This|That|Its|Their|His|Her|Our)\b){WORD}(?:\s+{WORD}){{0,7}}?"
        r"\s+(?P<kind>Challenge|Competition|Contest|Cup|Hackathon)(?:\s+(?:19|20)\d\d)?")
ROUND = re.compile(rf"\b(?P<round>(?i:grand\s+final|final\s+round|semi-?finals?|finals?))\s+of\s+(?:the\s+)?(?P<name>{NAME})\b")
# A round named back without its competition: "the semi-final held in ...", "The final was officiated by ...".
BARE_ROUND = re.compile(r"\b[Tt]he\s+(?P<round>grand\s+final|final\s+round|semi-?final|final)\b(?!\s+of\b)")
HELD_IN = re.compile(r"^\s+(?:was\s+|were\s+)?(?:held|staged)\s+in\s+(?:⟦place:\d+⟧['’]s\s+)?⟦place:(?P<i>\d+)⟧")
ORGANISED = re.compile(rf"^The\s+(?P<kind>{'|'.join(KINDS)})\s+(?:is|was|will\s+be)\s+(?:jointly\s+)?(?:co-)?organi[sz]ed\s+by\s+(?P<orgs>[^.;]*?)"
                       r"(?=,\s+(?:and\s+)?(?:supported|sponsored|with)\b|,\s+and\s+[a-z]|[.;]|$)")
# A relative clause between a day and the round: the day is of another clause ("received the team today,
# which will compete in the final of X").
CLAUSE = re.compile(r"\b(?:which|who|whom|whose|where)\b")
BY = re.compile(r"^The\s+(?:grand\s+)?final\s+(?:was|is|will\s+be)\s+(?:officiated|attended|judged|opened)\s+by\s+(?P<who>[^.]*)")


def find_competitions(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The rounds a sentence names, and what a sentence says of a competition or round named back."""
    masked = view.masked
    if "inal" not in masked and not any(k in masked for k in KINDS):
        return
    if (said := ORGANISED.match(masked)) is not None:
        if (name := _competition(ctx)) is not None and re.search(rf"\b{said.group('kind')}\b", name):
            _organisers(ctx, view, record_event(ctx, view, name, "competition", True, None), said.group("orgs"))
        return
    if (by := BY.match(masked)) is not None and (told := _final(ctx)) is not None:
        for person in view.people(by.group("who")):
            ctx.findings.add(told, SDO.attendee, person, view.sentence)
        return
    rounds = list(ROUND.finditer(masked)) if not NOT_HELD.search(masked) else []
    for match in rounds:
        _round(ctx, view, dates, event_label(view, match.group("name")), match.group("round"), match.end())
    if not rounds and not NOT_HELD.search(masked) and (bare := BARE_ROUND.search(masked)) is not None and HELD_IN.match(masked[bare.end():]) is not None \
            and (name := _competition(ctx)) is not None:
        _round(ctx, view, dates, name, bare.group("round"), bare.end())


def _round(ctx: DocContext, view: View, dates: list[DateSpan], name: str, which: str, end: int) -> None:
    kind = re.sub(r"\s+", " ", which.lower()).replace("semifinal", "semi-final")
    iri = record_event(ctx, view, f"{kind[:1].upper()}{kind[1:]} of {name}", "round", False, None)
    ctx.remember_event("round", iri)
    _day_and_place(ctx, view, dates, iri, end)


def _final(ctx: DocContext) -> URIRef | None:
    """The last final told ("Grand final of X", "Final of X"), not a semi-final."""
    for head, iri in reversed(ctx.events):
        if head == "round" and any(str(o).lower().startswith(("grand final", "final")) for o in ctx.findings.objects(iri, RDFS.label)):
            return iri
    return None


def _competition(ctx: DocContext) -> str | None:
    """The competition the last round told is of ("Grand final of X": X)."""
    told = ctx.last_event("round")
    labels = [str(o) for o in ctx.findings.objects(told, RDFS.label)] if told is not None else []
    return labels[0].split(" of ", 1)[1] if labels and " of " in labels[0] else None


def _day_and_place(ctx: DocContext, view: View, dates: list[DateSpan], iri: URIRef, end: int) -> None:
    f, s, masked = ctx.findings, view.sentence, view.masked
    own = [d for d in dates if d.kind not in BACKGROUND and d.end is None
           and not CLAUSE.search(masked, *sorted((min(masked_pos(view, d.center), len(masked)), end)))]
    day = min(own, key=lambda d: abs(masked_pos(view, d.center) - end), default=None)
    if day is not None:
        f.add(iri, SDO.startDate, day.start, s)
    if (held := HELD_IN.match(masked[end:])) is not None and (place := view.mention(held.group("i")).entity) is not None:
        f.add(iri, SDO.location, ctx.entity_iri(place), s)
    elif (at := AT_VENUE.match(masked[end:])) is not None:
        f.add(iri, SDO.location, venue(ctx, unmask(at.group("v"), view.mentions), s), s)
    elif (place := re.match(r"^\s+at\s+(?:the\s+)?⟦place:(\d+)⟧", masked[end:])) is not None and \
            (entity := view.mention(place.group(1)).entity) is not None:
        f.add(iri, SDO.location, ctx.entity_iri(entity), s)


def _organisers(ctx: DocContext, view: View, iri: URIRef, orgs: str) -> None:
    f, s = ctx.findings, view.sentence
    for name in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+|(?=⟦org))", re.sub(r"^the\s+", "", orgs)):
        name = re.sub(r"\s*\((?:[^()]{1,40})\)$", "", name.strip())
        known = re.fullmatch(r"⟦org:(\d+)⟧", name)
        if known and (entity := view.mention(known.group(1)).entity) is not None:
            f.add(iri, SDO.organizer, ctx.entity_iri(entity), s)
        elif not known and re.fullmatch(rf"[A-Z][^⟦⟧]*\b(?:{ORG_HEADS})(?:\s+[A-Z][\w'&-]*)*", name := unmask(name, view.mentions)):
            f.add(iri, SDO.organizer, ctx.org(name, s), s)

