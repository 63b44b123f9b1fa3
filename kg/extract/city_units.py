"""A city government's unit named short, as the city's own texts and their readers name it.

"Director of the city's Hong Kong and Macao Affairs Office", "Director of the Municipal Hong Kong and Macao
Affairs Office" (or "the municipal ..."): the unit of the municipal government of a city the document has named ("Hong Kong and Macao
Affairs Office of the Shanghai Municipal Government"), not the national office of the same short name. Read
only where the reference data knows that city's unit, and the city is the place named last before it (Hong
Kong and Macao aside): "In Guangzhou he met the Director of the city's X" is no Shanghai unit.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.gazetteer import Mention, mask
from kg.extract.patterns import ORG_HEADS
from kg.reference import Entity
from kg.text.sentences import Sentence

CITYS = re.compile(r"\b[Tt]he\s+city['’]s\s+⟦org:(?P<i>\d+)⟧")
# The parties, named in many units' names ("Hong Kong and Macao Affairs Office"), tell no city of a unit.
HOME = ("hong-kong", "macao")
MUNICIPAL = re.compile(rf"\b[Tt]he\s+(?P<name>[Mm]unicipal(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]*))+?\s+(?-i:{ORG_HEADS}))\b")


def units_of_cities(text: str, mentions: list[Mention], ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The mentions, a unit named "the city's X" or "the Municipal X" made the city government's unit."""
    if "city's" not in text and "city’s" not in text and "unicipal " not in text:
        return mentions
    out, masked = list(mentions), mask(text, mentions)
    for match in CITYS.finditer(masked):
        m = mentions[int(match.group("i"))]
        city = _last_city(ctx, sentence, text[:m.start])
        unit = _unit(ctx, city, lambda o, place, short=m.surface: o.name.startswith(f"{re.sub(r'^the ', '', short)} of "))
        if unit is not None:
            out[int(match.group("i"))] = Mention("org", m.start, m.end, m.surface, unit)
    for match in MUNICIPAL.finditer(text):
        name = match.group("name")
        city = _last_city(ctx, sentence, text[:match.start()])
        unit = _unit(ctx, city, lambda o, place: f"{place} M{name[1:]}" in o.all_names())
        start, end = match.span("name")
        inside = [m for m in out if start <= m.start and m.end <= end and m.kind == "org"]  # the national office's name
        if unit is not None and all(m.end <= start or end <= m.start for m in out if m not in inside):
            out = [m for m in out if m not in inside] + [Mention("org", start, end, name, unit)]
    return sorted(out, key=lambda m: m.start)


def _last_city(ctx: DocContext, sentence: Sentence, before: str) -> set[str]:
    """The ids of the place named last before a unit, and of the place it is in."""
    names = {n: p for p in ctx.reference.places if p.id not in HOME and p.data.get("in") not in HOME
             for n in p.all_names() if n.isascii()}
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")
    for text in (before, *(s.text for s in reversed(ctx.sentences) if s.index < sentence.index)):
        if found := list(pattern.finditer(text)):
            place = names[found[-1].group()]
            return {place.id, place.data.get("in") or place.id}
    return set()


def _unit(ctx: DocContext, city: set[str], fits) -> Entity | None:
    """The one unit of the municipal government of the city named last that fits."""
    found = []
    for government in ctx.reference.orgs:
        place = ctx.reference.get("place", government.data.get("jurisdiction") or "")
        if place is None or "Municipal" not in government.name or place.id not in city:
            continue
        found += [o for o in ctx.reference.orgs if o.data.get("parent") == government.id and fits(o, place.name)]
    return found[0] if len(found) == 1 else None
