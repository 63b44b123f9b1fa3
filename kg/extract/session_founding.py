"""The first session as the mechanism's founding: "the First Plenary Session ..., held in Shanghai on October 27
last year ..., had marked the establishment of the Conference", "The first plenary session in 2003 saw the launch
of the mechanism": the mechanism was created on the session's day. A later session that "marked" a new stage
("the second session marked the launch of the mechanism's youth committee") founds nothing.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View

MARKED = re.compile(r"\b(?:marked|saw|signalled|signaled|heralded|witnessed)\s+the\s+(?:official\s+|formal\s+)?"
                    r"(?:establishment|founding|launch|birth|inauguration|creation)\s+of\s+(?:the\s+)?"
                    r"(?:⟦conf:\d+⟧|(?i:co-?operation\s+)?(?:[Cc]onference|mechanism)\b)(?!['’]s\b|\s+(?:task|working|youth|committee|panel)\b)")


def first_session_founds(ctx: DocContext, view: View, first: URIRef | None, first_end: int) -> None:
    """The mechanism's creation on the first session's day, where the sentence says the session marked it."""
    if first is None or ctx.findings.objects(ctx.entity_iri(ctx.reference.conference), DCTERMS.created):
        return
    match = MARKED.search(view.masked, first_end)
    day = next(iter(ctx.findings.objects(first, SDO.startDate)), None)
    if match is not None and day is not None and ";" not in view.masked[first_end:match.start()]:
        ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created, day, view.sentence)
