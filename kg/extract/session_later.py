"""A session dated by how long after the one before it came: "Three years later, the sixth session was held
in Hong Kong", "The following year, the third plenary session ...".

Histories step from session to session this way. The year is the one the sentence before dated things in
(or the sessions it named), counted on; only when that sentence said one year (of two years, which it steps from is unsure) and this
sentence dates the session no other way.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, COUNT
from kg.extract.mentions import View
from kg.extract.patterns import count as count_of

LATER = re.compile(rf"^(?:(?i:{COUNT})\s+years?\s+later|(?P<one>(?:A|One)\s+year\s+later|The\s+(?:following|next)\s+year))\s*,?\s+(?![^.;]*\b(?:19|20)\d\d\b)")


def later_session(ctx: DocContext, view: View, found: list[URIRef]) -> None:
    """Date the sentence's first session N years after the one year the sentence before said."""
    if not found or len(ctx.views) < 2 or (match := LATER.match(view.masked)) is None:
        return
    if ctx.findings.has(found[0], SDO.startDate):
        return
    years = {str(d.start)[:4] for d in ctx.views[-2][2] if d.kind not in BACKGROUND} or _told_before(ctx, view)
    if len(years) != 1:
        return
    word = (match.group("n") or "1").lower()
    count = 1 if match.group("one") else count_of(word)
    if count:
        year = Literal(str(int(years.pop()) + count), datatype=XSD.gYear)
        ctx.findings.add(found[0], SDO.startDate, year, view.sentence)


def _told_before(ctx: DocContext, view: View) -> set[str]:
    """The years of the sessions the sentence before named ("Three years later, the sixth ... . The following
    year, the seventh ...")."""
    before = view.sentence.index - 1
    sessions = [iri for head, iri in ctx.events if head == "session" and before in ctx.findings.mentions.get(iri, ())]
    return {str(d)[:4] for iri in dict.fromkeys(sessions) for d in ctx.findings.objects(iri, SDO.startDate)}
