"""When a delegation's visit ends, told of the delegation rather than of a person: "The delegation arrived
in Hong Kong on 17 March and will leave for Shanghai tomorrow", "Accompanied by Dr A, the delegation will
visit X on Thursday and will return to Shanghai on Friday (October 17)", and, after a sentence on the
delegation, "Tomorrow it will visit X before returning to Shanghai on Thursday"."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.mentions import masked_pos
from kg.namespaces import HKSH

# The delegation, then its going home: "will return to ⟦place⟧", "before returning to ⟦place⟧", "leave for ⟦place⟧".
HOME = (r"(?:(?:will\s+|is\s+to\s+)?(?:return|returns|leave\s+for|leaves\s+for|depart\s+for|departs\s+for)"
        r"|before\s+(?:returning|leaving|departing)(?:\s+for)?)\s+(?:to\s+)?⟦place:(?P<home>\d+)⟧")
GOING = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:[^\s.;]+\s+){{0,4}}?delegation\b[^.;]{{0,200}}?\b{HOME}")
# "it"/"they" as the subject, when the sentence before told of the delegation.
PRONOUN = re.compile(rf"(?:^|[,;)]\s*|\b(?:[Tt]omorrow|[Tt]oday)\s+)(?:it|they)\s+(?:will\s+)?[a-z][^.;]{{0,200}}?\b{HOME}")


def delegation_ends(ctx: DocContext) -> None:
    """A delegation's visit ends on the day said after its going home, when one visit of the document is
    underway then, to a place other than the one it goes home to."""
    before = ""
    for sentence, view, dates in ctx.views:
        low, masked = sentence.text.lower(), view.masked
        told, before = before, low
        if not dates or not any(w in low for w in ("return", "leav", "depart")):
            continue
        match = GOING.search(masked) if "delegation" in low else None
        if match is None and "delegation" in told:
            match = PRONOUN.search(masked)
        if match is None:
            continue
        after = [d for d in dates if masked_pos(view, d.start_char) >= match.end("home")]
        home = view.mention(match.group("home")).entity
        if not after or home is None or home.kind != "place":
            continue
        visit = _only_visit(ctx, ctx.entity_iri(home), after[0].start) if after[0].start.datatype == XSD.date else None
        if visit is not None:
            ctx.findings.add(visit, SDO.endDate, after[0].start, sentence)


def _only_visit(ctx: DocContext, home: URIRef, day) -> URIRef | None:
    """The one whole visit without an end, not to ``home``, begun by ``day``; None when not just one."""
    found = []
    for visit in ctx.findings.subjects(RDF.type, HKSH.Visit):
        if "/visit-of-" not in str(visit) or ctx.findings.objects(visit, SDO.endDate) \
                or ctx.findings.has(visit, SDO.location, home):
            continue
        starts = ctx.findings.objects(visit, SDO.startDate)
        if starts and all(s.datatype == XSD.date and s.toPython() <= day.toPython() for s in starts):
            found.append(visit)
    return found[0] if len(set(found)) == 1 else None
