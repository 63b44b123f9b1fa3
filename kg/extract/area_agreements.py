"""The field an agreement's name gives it: "a Memorandum of Understanding on Financial Co-operation", "an MoU on
promoting two-way trade and investment", "the Agreement on Tourism Promotion between A and B".

The subject of an agreement the text tells (:mod:`kg.extract.agreements` has read its name) is a field the two
places co-operate in. Only known areas count, and only where the name states the field itself: a known label
narrowed by the words before it ("Cruise Tourism Promotion", "Elderly Care Talent Development") or only modifying
the words after it ("Green Shipping Corridor", "authorised economic operators") names no area. Another pair's
agreements are not the mechanism's.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DCTERMS

from kg.extract.area_cues import FIRMS, names_another
from kg.extract.area_items import unnarrowed
from kg.extract.areas import AreaMatcher, _embedded
from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies

# The subject after one agreement's head: "... on (Co-operation in) X", "... for X", up to its parties or signatories (a
# batch's summary, "agreements on A and B", is left to the lists of kg.extract.areas).
SUBJECT = re.compile(r"\b(?:Agreement|Arrangement|Memorandum(?:\s+of\s+(?:Understanding|Co-?operation))?|MoU|MOU"
                     r"|Letter\s+of\s+Intent|Accord|Protocol|agreement|arrangement|memorandum(?:\s+of\s+(?:understanding|co-?operation))?"
                     r"|letter\s+of\s+intent)\s+(?:\([A-Za-z]{2,6}\)\s+)?(?:on|for)\s+(?P<subject>[^⟦;,()]{3,120}?)"
                     r"(?=\s+(?:between|by|among|with|signed|at|was|were|is|are|will|would|to|and\s+(?:an?|the)|in\s+(?:the\s+)?presence"
                     r"|today|yesterday|tomorrow|(?:this|last|next)\s+\w+|on\s+(?:\d|[A-Z])|in\s+(?:\d|[A-Z]))\b|\s*[(;,.⟦]|$)")
LEAD = re.compile(r"^(?:the\s+)?(?:(?:co-?operation|collaboration|exchanges?|partnership)\s+(?:in|on)\s+(?:the\s+)?)?", re.I)
# "Memorandum ... on Co-operation in Urban Regeneration": title case, read in lower case (acronyms kept)
TITLE_WORD = re.compile(r"\b[A-Z][a-z][\w'’-]*")


def _subjects(masked: str) -> list[tuple[int, str]]:
    """The field parts of the agreements' names a sentence gives, in lower case: "co-operation in elderly care" ->
    "elderly care"."""
    out = []
    for match in SUBJECT.finditer(masked):
        subject = TITLE_WORD.sub(lambda m: m.group(0).lower(), match.group("subject"))
        out.append((match.start(), subject[LEAD.match(subject).end():]))
    return out


def agreement_fields(ctx: DocContext, view: View, matcher: AreaMatcher, agreements: list[URIRef]) -> None:
    """Record the known areas the names of a sentence's agreements state, as the subjects of those agreements."""
    if not agreements or " on " not in view.masked and " for " not in view.masked or other_bodies(view) or names_another(view.masked):
        return
    f, s = ctx.findings, view.sentence
    for start, subject in _subjects(view.masked):
        if FIRMS.search(view.masked, 0, start):
            continue  # "the two firms signed an MoU on logistics": a firm's business
        known = [k for k in matcher.find(subject) if not _embedded(subject, k[0], k[1])]
        for _, _, area in unnarrowed(subject, known):
            concept = ctx.entity_iri(area)
            f.mention(concept, s)
            for agreement in dict.fromkeys(agreements):
                f.add(agreement, DCTERMS.subject, concept, s)
