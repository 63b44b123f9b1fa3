"""Events named only by their length and kind: "to begin a three-day duty visit", "after a five-day study tour".

Such a phrase names no event of its own: it describes the visit or tour the sentence or the headline tells, which
another rule records under its leader's or its own name. An event so labelled that no fact but its label and type
holds, where the document records another visit or tour, is the same one told twice and is taken back.
"""

from __future__ import annotations

import re

from rdflib import RDF, RDFS
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.namespaces import HKSH

LENGTH_ONLY = re.compile(r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2})-day"
                         r"(?:\s+(?:official|duty|working|study|business|exchange|fact-finding))?\s+(?:visit|tour|trip|mission)")
JOURNEY = re.compile(r"\b(?:visit|tour|trip|mission)\b", re.I)
BARE = {RDF.type, RDFS.label}


def drop_length_only(ctx: DocContext) -> None:
    """Take back each event labelled only "<n>-day <visit>" that holds no fact, when another journey is recorded."""
    f = ctx.findings
    labelled = [(s, str(o)) for s, o in f.pairs(RDFS.label) if str(s) in _events(ctx)]
    if "-day " not in " ".join(label for _, label in labelled):
        return
    for iri, label in labelled:
        if not LENGTH_ONLY.fullmatch(label) or not _bare(ctx, iri):
            continue
        if not any(other != iri and JOURNEY.search(text) for other, text in labelled):
            continue
        for (s, p, o) in [t for t in f.triples if t[0] == iri]:
            f.discard(s, p, o)
        f.mentions.pop(iri, None)
        ctx.events[:] = [(h, e) for h, e in ctx.events if e != iri]


def _events(ctx: DocContext) -> set[str]:
    return {str(s) for s in ctx.findings.subjects(RDF.type, SDO.Event)} | \
        {str(s) for s in ctx.findings.subjects(RDF.type, HKSH.Visit)}


def _bare(ctx: DocContext, iri) -> bool:
    """No fact but the event's type and label, and no other node pointing at it."""
    triples = ctx.findings.triples
    return all(p in BARE for (s, p, _) in triples if s == iri) and not any(o == iri for (_, _, o) in triples)
