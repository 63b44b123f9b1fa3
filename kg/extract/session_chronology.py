"""A chronology's line: a numbered session after its date, then its city ("27 October 2003: First Plenary Session,
Shanghai", "2003-10-27 | First Plenary Session | Shanghai", "2012 – Second Plenary Session (Hong Kong)").

kg.text.chronology keeps such lines; the session's name is read as any other, but its date comes before it, as a
cell of its own, and its city after it without "in". Both are the session's only where the text has not dated or
placed it otherwise.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import find_dates
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.namespaces import HKSH
from kg.text.chronology import DATE_HEAD

LINE = re.compile(rf"^(?:[*•·▪◦‣-]\s+)?(?P<head>{DATE_HEAD})\s*(?:[:|]|\s[–—-])\s*(?i:the\s+)?(?i:{ORDINAL})\s+"
                  r"(?i:plenary\s+)?(?i:session|meeting)\b(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?(?P<rest>[^.;]*)")
# the city: a cell of its own after the session's name, or said "(held) in" it
CELL_PLACE = re.compile(r"^\s*(?:[,|(]|\s[–—-])\s*(?:(?:held\s+)?(?:in|at)\s+)?⟦place:(?P<i>\d+)⟧(?=\s*(?:[,|)]|$))")
ISO = re.compile(r"^(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?$")


def chronology_line(ctx: DocContext, view: View, sessions: list[URIRef]) -> None:
    """The date and city of the session a chronology's line names, where the text gave it neither."""
    masked = view.masked
    if not sessions or not masked[:1].isalnum() or (line := LINE.match(masked)) is None:
        return
    number = ordinal_value(line.group("ord"))
    iri = next((s for s in sessions if number in {int(n) for n in ctx.findings.objects(s, HKSH.sessionNumber)}), None)
    if iri is None:
        return
    f = ctx.findings
    day = _day(line.group("head"), ctx)
    if day is not None and not f.objects(iri, SDO.startDate):
        f.add(iri, SDO.startDate, day, view.sentence)
    cell = CELL_PLACE.match(line.group("rest"))
    entity = view.mention(cell.group("i")).entity if cell else None
    if entity is not None and entity.kind == "place" and not f.objects(iri, SDO.location):
        f.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)


def _day(head: str, ctx: DocContext) -> Literal | None:
    """The head's date: as the text writes dates, else ISO ("2003-10-27", "2003-10"), else a year alone."""
    found = find_dates(head, ctx.published)
    if found:
        return found[0].start
    if (iso := ISO.match(head)) is not None:
        return Literal(iso.group(0), datatype=XSD.date if iso.group("d") else XSD.gYearMonth)
    return Literal(head, datatype=XSD.gYear) if re.fullmatch(r"(?:19|20)\d\d", head) else None
