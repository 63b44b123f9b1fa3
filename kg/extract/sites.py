"""The places of a visit to several sites at once: "visited Ruijin Hospital and the Riverton Centre for
Disease Control and Prevention", "will tour the Hong Kong Science Park and the West Kowloon Cultural District".

A programme item that names two or more sites in one object is one visit (the way releases tell it), held
at each site it names, when it names every one properly: a known place inside a city, or a venue the text gives a proper name. The
object is split only where a new name begins ("and the ...", "and <known place>", ", the ..."), so that an
"and" inside a name ("Centre for Disease Control and Prevention") stays in it.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.campus import campuses
from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.venues import site
from kg.reference import Entity

SPLIT = re.compile(r"\s*,\s+(?:and\s+)?(?=the\s|⟦place)|\s+and\s+(?=the\s|⟦place)")
KNOWN = re.compile(r"(?:the\s+)?⟦place:(?P<i>\d+)⟧")


def is_site(ctx: DocContext, place: Entity | None) -> bool:
    """A known place inside a city ("the Hong Kong Science Park"), which a programme visits as an item."""
    within = place.data.get("in") if place is not None else None
    outer = ctx.reference.get("place", within) if within else None
    return outer is not None and (outer.data.get("in") is None or outer.id in ("hong-kong", "shanghai"))


def listed_sites(ctx: DocContext, view: View, obj: str) -> list[URIRef]:
    """The places of each site a visit's object lists; none for an object that names one thing."""
    if " and " not in obj and "," not in obj:
        return []
    parts = [p.strip() for p in SPLIT.split(obj.strip()) if p.strip()]
    if len(parts) < 2:
        return []
    out = []
    for part in parts:
        found = _place_of(ctx, view, part)
        if not found:
            return []  # "the Harbour Pavilion and the booths of ...": not a list of sites, nor placed by one of them
        out += found
    return out


def _place_of(ctx: DocContext, view: View, part: str) -> list[URIRef]:
    known = KNOWN.fullmatch(part)
    if known:
        entity = view.mention(known.group("i")).entity
        return [ctx.entity_iri(entity)] if entity is not None and is_site(ctx, entity) else []
    place = site(ctx, view, part)
    return [place] if place is not None else campuses(ctx, view, part)
