"""A city government's unit named short, as the city's own texts and their readers name it.

"Director of the city's Hong Kong and Macao Affairs Office", "Director of the Municipal Hong Kong and Macao
Affairs Office": the unit of the municipal government of a city the document has named ("Hong Kong and Macao
Affairs Office of the Shanghai Municipal Government"), not the national office of the same short name. Read
only where the reference data knows that city's unit, and the document names the city.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.gazetteer import Mention, mask
from kg.extract.patterns import ORG_HEADS
from kg.reference import Entity

CITYS = re.compile(r"\b[Tt]he\s+city['’]s\s+⟦org:(?P<i>\d+)⟧")
MUNICIPAL = re.compile(rf"\b[Tt]he\s+(?P<name>Municipal(?:\s+(?:and\s+)?(?-i:[A-Z][\w'’-]*))+?\s+(?-i:{ORG_HEADS}))\b")


def units_of_cities(text: str, mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """The mentions, a unit named "the city's X" or "the Municipal X" made the city government's unit."""
    if "city's" not in text and "city’s" not in text and "Municipal " not in text:
        return mentions
    out, masked = list(mentions), mask(text, mentions)
    for match in CITYS.finditer(masked):
        m = mentions[int(match.group("i"))]
        unit = _unit(ctx, lambda o, place, short=m.surface: o.name.startswith(f"{re.sub(r'^the ', '', short)} of "))
        if unit is not None:
            out[int(match.group("i"))] = Mention("org", m.start, m.end, m.surface, unit)
    for match in MUNICIPAL.finditer(text):
        name = match.group("name")
        unit = _unit(ctx, lambda o, place: f"{place} {name}" in o.all_names())
        if unit is not None and all(m.end <= match.start("name") or match.end("name") <= m.start for m in out):
            out.append(Mention("org", match.start("name"), match.end("name"), name, unit))
    return sorted(out, key=lambda m: m.start)


def _unit(ctx: DocContext, fits) -> Entity | None:
    """The one unit of a named city's municipal government that fits."""
    found = []
    for government in ctx.reference.orgs:
        place = ctx.reference.get("place", government.data.get("jurisdiction") or "")
        if place is None or "Municipal" not in government.name or not any(place.name in s.text for s in ctx.sentences):
            continue
        found += [o for o in ctx.reference.orgs if o.data.get("parent") == government.id and fits(o, place.name)]
    return found[0] if len(found) == 1 else None
