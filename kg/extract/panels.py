"""Panels: who sat on one and the event that featured it.

"The panellists were the CEO of X, Mr A; the Partner of Y, Ms B; and ..." lists people at the panel the text
last named (one person per item: the titled name that ends it, not a firm the title names). "The forum
featured a panel discussion on ..." makes the panel part of the forum, and whoever sat on the panel was at the
forum too.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View

PANEL_HEADS = ("panel discussion", "roundtable", "round-table")
LISTED = re.compile(r"\b(?:[Tt]he\s+(?:other\s+)?)?(?:panell?ists|panel\s+members|speakers\s+on\s+the\s+panel)\s+"
                    r"(?:were|are|included|include|will\s+be)\s+(?P<list>.*)")
# Where the list runs on into a clause about someone else: "..., who were introduced by Mr C", "..., and the
# Secretary, Mr C, gave closing remarks".
RUN_ON = re.compile(r",\s+(?:who|whom|which|while|whereas|but)\b|,\s+and\s+(?=[^;]{0,200}?\b(?:gave|said|delivered|moderated|introduced"
                    r"|chaired|spoke|added|noted|was|were|is|are|will|had|has)\b)")
FEATURED = re.compile(r"^\s+(?:also\s+)?(?:featured|features|will\s+feature|included|includes|will\s+include)\s+(?:(?:a|an|the)\s+)?$")


def find_panellists(ctx: DocContext, view: View, hits: list) -> None:
    """The people "The panellists were ..." lists, at the last panel named (not at another event's: "At the
    Trade Fair, the panellists were ...")."""
    if "panel" not in view.sentence.text.lower():
        return
    listed = LISTED.search(view.masked)
    panels = {iri for h, iri in ctx.events if h in PANEL_HEADS}
    if listed is None or any(h.start < listed.start() and h.iri not in panels for h in hits):
        return
    panel = next((iri for h, iri in reversed(ctx.events) if h in PANEL_HEADS), None)
    if panel is None:
        return
    for person in listed_people(view, listed.group("list")):
        ctx.findings.add(panel, SDO.attendee, person, view.sentence)


def listed_people(view: View, told: str) -> list[URIRef]:
    """The people of a list of panellists or speakers, up to a clause about someone else; one person per item of a
    semicolon list (the titled name that ends it, not a person its title names)."""
    run_on = RUN_ON.search(told)
    told = told[:run_on.start()] if run_on else told
    items = told.split(";")
    people = [ps[-1] for ps in (view.people(item) for item in items) if ps] if len(items) > 1 else view.people(told)
    return list(dict.fromkeys(people))


def featured_panels(ctx: DocContext, view: View, hits: list) -> None:
    """"<event> featured a panel discussion ...": the panel is part of that event."""
    if "panel" not in view.sentence.text.lower() and "roundtable" not in view.sentence.text.lower():
        return
    panels = {iri for h, iri in ctx.events if h in PANEL_HEADS}
    for first, second in zip(hits, hits[1:]):
        if second.iri in panels and first.iri not in panels and FEATURED.match(view.masked[first.end:second.start]):
            ctx.findings.add(second.iri, SDO.superEvent, first.iri, view.sentence)


def share_panellists(ctx: DocContext) -> None:
    """Whoever sat on a panel attended the event that featured it."""
    f = ctx.findings
    panels = {iri for h, iri in ctx.events if h in PANEL_HEADS}
    for panel in sorted(panels):
        for larger in f.objects(panel, SDO.superEvent):
            for person in sorted(set(f.objects(panel, SDO.attendee))):
                where = f.triples.get((panel, SDO.attendee, person), ())
                f.add(larger, SDO.attendee, person, min(where) if where else None)
