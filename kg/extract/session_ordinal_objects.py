"""A session named by its ordinal alone, as the object of a co-chair's verb or of preparations for it.

Features and reports go on from a named session to the next by its ordinal only: "... Gong Zheng, Mayor of
Shanghai, who also co-chaired the sixth with Chief Executive John Lee", "exchanged views on the consensus of the
sixth plenary session and on preparing the seventh, to be held in Shanghai next year". In a text that has named the
mechanism and told one of its sessions, and names no other body, an ordinal with no noun of its own after a chairing
verb (its "with" partner a co-chair too) or after words of preparation (with its own "held" clause) is that session.
What the sentence gave the other sessions from those words (the partner, the clause's day and city) is theirs no more.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import other_bodies
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.extract.sessions import conference_iri, session

CHAIRED = re.compile(rf"(?P<who>⟦person:\d+⟧)(?:(?:(?!⟦person)[^.;]){{0,160}}?,\s+who)?\s+(?:also\s+|jointly\s+)*(?:co-chaired|chaired|co-hosted)"
                     rf"\s+the\s+(?i:{ORDINAL})(?:(?P<with>\s+with\s+[^.;,⟦]{{0,60}}?⟦person:\d+⟧)|(?=\s*[.;]|\s*$))")
PREPARED = re.compile(rf"\b(?:prepar(?:e|es|ed|ing|ations?)\s+(?:for\s+)?|ahead\s+of\s+|(?:the\s+)?run-up\s+to\s+)the\s+(?i:{ORDINAL}),\s+"
                      r"(?P<rest>(?:to\s+be|which\s+(?:will|is\s+to)\s+be|(?:which\s+is\s+)?(?:expected|scheduled|due|set)\s+to\s+be)\s+held\b[^;.,]*)")
AT = re.compile(r"\b(?:at|in)\s+⟦place:(?P<i>\d+)⟧")


def ordinal_objects(ctx: DocContext, view: View, dates: list[DateSpan], sessions: list[URIRef]) -> None:
    """Record the sessions a sentence names by a bare ordinal in these shapes, taking their facts from the others."""
    masked = view.masked
    if "the " not in masked or ("chaired" not in masked and "co-hosted" not in masked and "prepar" not in masked
                                and "ahead of" not in masked and "run-up" not in masked):
        return
    if conference_iri(ctx) not in ctx.findings.mentions or ctx.last_event("session") is None or other_bodies(view):
        return
    told, named = ctx.last_event("session"), False
    for match in CHAIRED.finditer(masked):
        if (number := ordinal_value(match.group("ord"))) is None:
            continue
        iri, named = session(ctx, number, view), True
        partners = view.people(match.group("with") or "")
        for person in view.people(match.group("who")) + partners:
            ctx.findings.add(iri, SDO.attendee, person, view.sentence)
        _take_back(ctx, view, [s for s in sessions if s != iri], SDO.attendee, partners)
    for match in PREPARED.finditer(masked):
        if (number := ordinal_value(match.group("ord"))) is None:
            continue
        iri, named = session(ctx, number, view), True
        start, end = match.span("rest")
        said = [d.start for d in dates if start <= masked_pos(view, d.start_char) < end]
        places = [ctx.entity_iri(e) for m in AT.finditer(masked, start, end)
                  if (e := view.mention(m.group("i")).entity) is not None and e.kind == "place"]
        for day in said[:1]:
            ctx.findings.add(iri, SDO.startDate, day, view.sentence)
        for place in places:
            ctx.findings.add(iri, SDO.location, place, view.sentence)
        others = [s for s in sessions if s != iri]
        _take_back(ctx, view, others, SDO.startDate, said)
        _take_back(ctx, view, others, SDO.location, places)
    if named:
        ctx.remember_event("session", told)  # the session the text tells stays the one "the session" means


def _take_back(ctx: DocContext, view: View, sessions: list[URIRef], predicate, values: list) -> None:
    """Discard what this sentence alone gave other sessions from the words that are the bare ordinal's."""
    for iri in sessions:
        for value in values:
            if ctx.findings.triples.get((iri, predicate, value)) == {view.sentence.index}:
                ctx.findings.discard(iri, predicate, value)
