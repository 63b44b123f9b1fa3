"""An opening ceremony and the event it opens: "the opening ceremony of the 9th Harbour Law Forum in
Hangzhou".

The ceremony is part of the event and held where the event is: a sentence names the pair; once the
document is read, a ceremony the text gave no place of its own is given the event's.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.namespaces import HKSH

OF_THE = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
OPENING = re.compile(r"(?i)^(?:the\s+)?(?:grand\s+)?opening(?:\s+ceremony)?$")


def link_openings(ctx: DocContext, view: View, hits: list) -> None:
    """Record "the opening ceremony of/for <event>" named in the sentence as a pair."""
    ordered = sorted(hits, key=lambda h: h.start)
    for first, second in zip(ordered, ordered[1:]):
        if first.iri == second.iri or not OF_THE.fullmatch(view.masked[first.end:second.start]):
            continue
        label = str(next(iter(ctx.findings.objects(first.iri, RDFS.label)), ""))
        if (first.iri, RDF.type, HKSH.Ceremony) in ctx.findings.triples and OPENING.match(label):
            ctx.findings.add(first.iri, SDO.superEvent, second.iri, view.sentence)
            ctx.openings.append((first.iri, second.iri))


def share_openings(ctx: DocContext) -> None:
    """Once the document is read: a ceremony with no place of its own is where the event it opens is.
    (Giving the event the ceremony's venue and day was tried and dropped: a festival or a programme runs
    longer and wider than its opening.)"""
    f = ctx.findings
    for ceremony, event in dict.fromkeys(ctx.openings):
        if not f.has(ceremony, SDO.location):
            for place in f.objects(event, SDO.location):
                f.add(ceremony, SDO.location, place, min(f.triples[(event, SDO.location, place)]))
