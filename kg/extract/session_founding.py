"""The first session as the mechanism's founding: "the First Plenary Session ..., held in Shanghai on October 27
last year ..., had marked the establishment of the Conference", "The first plenary session in 2003 saw the launch
of the mechanism": the mechanism was created on the session's day. A later session that "marked" a new stage
("the second session marked the launch of the mechanism's youth committee") founds nothing. The sentence after
the first session may tell it too: "Mr A co-chaired the meeting, which formally set up the conference".
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


# "co-chaired the meeting, which formally set up the conference": the session the sentence before named
WHICH_FOUNDED = re.compile(r"\bthe\s+(?:plenary\s+)?(?:meeting|session),\s+which\s+(?:formally\s+|officially\s+|jointly\s+)?"
                           r"(?:set\s+up|established|launched|founded|created|inaugurated)\s+(?:the\s+)?"
                           r"(?:⟦conf:\d+⟧|(?i:co-?operation\s+)?(?:[Cc]onference|mechanism)\b)(?!['’]s\b|\s+(?:task|working|youth|committee|panel)\b)")


def first_session_founds(ctx: DocContext, view: View, first: URIRef | None, first_end: int, session_one: URIRef | None = None) -> None:
    """The mechanism's creation on the first session's day, where the sentence says the session marked it."""
    if ctx.findings.objects(ctx.entity_iri(ctx.reference.conference), DCTERMS.created):
        return
    if first is None:
        told = ctx.findings.mentions.get(session_one, set()) if session_one is not None else set()
        back = ctx.last_event("session") == session_one and told & {view.sentence.index - 1} and WHICH_FOUNDED.search(view.masked)
        day = next(iter(ctx.findings.objects(session_one, SDO.startDate)), None) if back else None
        if day is not None:
            ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created, day, view.sentence)
        return
    match = MARKED.search(view.masked, first_end)
    day = next(iter(ctx.findings.objects(first, SDO.startDate)), None)
    if match is not None and day is not None and ";" not in view.masked[first_end:match.start()]:
        ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created, day, view.sentence)
