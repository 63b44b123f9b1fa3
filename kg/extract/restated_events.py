"""An event told first by its kind alone, then by its full name: a lead's "officials said after a working meeting
on Sept. 12", then "The pilot was announced at the first meeting of the X Working Group ...". Both phrases tell one
meeting, so the bare one is folded into the named one rather than counted as a second event. It is folded only
where one named event of the document has its head word and its very day (and no other place).
"""

from __future__ import annotations

import re

from rdflib import RDFS, URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext

# "Working meeting", "Bilateral meeting", "Forum": a kind with at most two common words before it.
BARE = re.compile(r"(?:(?:working|technical|bilateral|joint|annual|high-level|preparatory|closed-door|special|regular)\s+){0,2}"
                  r"(?P<head>meeting|session|forum|seminar|conference|symposium|workshop|summit|briefing)")


def fold_restated_events(ctx: DocContext) -> None:
    """Fold each event named by its kind alone into the one named event of its head word and day."""
    while (pair := _restated(ctx)) is not None:
        bare, named = pair
        f = ctx.findings
        for label in f.objects(bare, RDFS.label):
            f.discard(bare, RDFS.label, label)
        f.rename(bare, named)
        ctx.events[:] = [(h, named if e == bare else e) for h, e in ctx.events]


def _restated(ctx: DocContext) -> tuple[URIRef, URIRef] | None:
    """An event named by its kind alone and the one named event it restates, if any."""
    f = ctx.findings
    events = list(dict.fromkeys(iri for _, iri in ctx.events))
    labels = {e: [str(o).lower() for o in f.objects(e, RDFS.label)] for e in events}
    for bare in events if len(events) > 1 else ():
        match = BARE.fullmatch(labels[bare][0]) if len(labels[bare]) == 1 else None
        days = set(f.objects(bare, SDO.startDate)) if match else set()
        if not days:
            continue
        named = [e for e in events if e != bare and labels[e] and re.search(rf"\b{match.group('head')}\b", labels[e][0])
                 and not BARE.fullmatch(labels[e][0]) and set(f.objects(e, SDO.startDate)) == days and _within(ctx, bare, e)]
        if len(named) == 1:
            return bare, named[0]
    return None


def _within(ctx: DocContext, bare: URIRef, named: URIRef) -> bool:
    """The bare telling comes first (a lead's) and holds no place or person the named one does not."""
    f = ctx.findings
    if min(f.mentions.get(bare, {0})) >= min(f.mentions.get(named, {0})):
        return False
    if not set(f.objects(bare, SDO.attendee)) <= set(f.objects(named, SDO.attendee)):
        return False
    places, others = set(f.objects(bare, SDO.location)), set(f.objects(named, SDO.location))
    return not places or not others or bool(places & others)
