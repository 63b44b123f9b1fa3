"""What a question asks is not told: "Did you meet the Mayor yesterday?", "will the Secretary tell us whether he
met Shanghai officials after the session?", "Will you visit Shanghai soon?".

A reporter's, an interviewer's or a Member's question presumes or asks about a meeting, a visit or an event; it
says no more that one was held than a hope or an announcement does. An event the converter first meets in a
sentence that asks yes or no, or asks someone ("you", "whether"), is taken back, with its facts; a plenary session is kept
(a Member's question names the session it asks about: "the sixth plenary session held in Shanghai in November
last year"), and so is an event the text told before (its facts from elsewhere stand).
"""

from __future__ import annotations

import re

from rdflib import RDF
from rdflib.namespace import SDO

from kg.extract.context import DocContext, is_session
from kg.extract.mentions import View

ASKED = re.compile(r"\?[\"'”’)\]]*\s*$")
# A yes-or-no question, or one put to someone: "Did you ...?", "Mr Lee, will the Government ...?", "... tell us
# whether he met ...?". (A question of what or when, "What is the Hong Kong Week?", a page may answer at once.)
YES_NO = re.compile(r"^\s*(?:[^,?]{1,40},\s+)?(?:Did|Will|Would|Can|Could|Have|Has|Had|Is|Are|Was|Were|Do|Does|Shall|Should)\b"
                    r"|\b(?:whether|you|your)\b", re.I)


def asks(view: View) -> bool:
    """Whether the sentence asks yes or no, or asks someone."""
    text = view.sentence.text
    return ASKED.search(text) is not None and YES_NO.search(text) is not None


def events_now(ctx: DocContext) -> set:
    """The events recorded so far."""
    return set(ctx.findings.subjects(RDF.type, SDO.Event))


def withdraw_asked(ctx: DocContext, before: set) -> None:
    """Take back the events (not sessions) recorded since ``before``, as a question named them."""
    for iri in events_now(ctx) - before:
        if not is_session(iri):
            withdraw(ctx, iri)


def withdraw(ctx: DocContext, iri) -> None:
    """Take back one event with its facts: it was not held."""
    f = ctx.findings
    for triple in [t for t in f.triples if t[0] == iri or t[2] == iri]:
        f.discard(*triple)
    f.mentions.pop(iri, None)
    ctx.events[:] = [(h, e) for h, e in ctx.events if e != iri]
