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
GOING = re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?P<qual>(?:[^\s.;]+\s+){{0,4}}?)delegation\b(?P<gap>[^.;]{{0,200}}?)\b{HOME}")
# "it"/"they" as the subject, when the sentence before told of the delegation.
PRONOUN = re.compile(rf"(?:^|[,;)]\s*|\b(?:[Tt]omorrow|[Tt]oday)\s+)(?:it|they)\s+(?P<gap>(?:will\s+)?[a-z][^.;]{{0,200}}?)\b{HOME}")
# A going home not told as done or set: "did not return", "would return ... if", "plans to leave for".
NOT_GOING = re.compile(r"\b(?:not|never|would|could|might|may|if|unless|plans?\s+to|hopes?\s+to|wish(?:es)?\s+to)\b|n't\b")


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
        if match is None or not _own_going(view, match):
            continue
        after = [d for d in dates if masked_pos(view, d.start_char) >= match.end("home")]
        home = view.mention(match.group("home")).entity
        if not after or home is None or home.kind != "place":
            continue
        visit = _only_visit(ctx, ctx.entity_iri(home), after[0].start) if after[0].start.datatype == XSD.date else None
        if visit is not None:
            ctx.findings.add(visit, SDO.endDate, after[0].start, sentence)


def _own_going(view, match: re.Match) -> bool:
    """Whether the going home is told as done or set, of this delegation: not another one named on the way
    ("met members of the Hong Kong delegation that will leave for X"), nor one of another place ("The
    Guangdong delegation will return to Guangzhou")."""
    if NOT_GOING.search(match.group("gap")) or "delegation" in match.group("gap"):
        return False
    home = view.mention(match.group("home")).entity
    return all(view.mention(i).entity == home for i in re.findall(r"⟦place:(\d+)⟧", match.groupdict().get("qual") or ""))


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
