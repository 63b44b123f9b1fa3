"""The day of an event the text puts people at without dating it, read from the narrative around it.

News tells a day in order: "Chief Executive Carrie Lam today visited Shanghai ... At noon, Mrs Lam met
... In the evening, she attended the opening ceremony". An event someone attended, met at or spoke at
takes the single day its own sentence gives, else the day the narrative is on when that sentence opens
(unless the sentence looks ahead: a plan is not dated by the day it was announced). Exhibitions and
festivals run for days, and a day someone was there is not their start, so they are left undated; so
is a whole visit.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kg.extract.captions import MARKER
from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, FUTURE, on_the_narratives_day
from kg.namespaces import HKSH

# The year an edition's name carries, first or last: "the 2010 World Expo", "Spring Reception 2031" (not a
# range such as "Work Plan (2012-2014)", nor a signing, visit or meeting named after what it is about, nor a
# programme, whose year names its intake rather than dates it).
EDITION_YEAR = re.compile(r"^(?:The\s+)?(?P<a>(?:19|20)\d\d)\s+[A-Z]|\s(?P<b>(?:19|20)\d\d)$")
NOT_AN_EDITION = re.compile(r"^(?:Signing|Visit|Meeting|Call|Tour)\b|\d{4}\s*[–-]\s*\d{2,4}|\b(?i:programmes?|programs?|schemes?)\b"
                            r"|\b(?:Vision|Agenda|Plan|Target|Goal)s?\b")  # a year aimed at, not held in: "the 2035 Vision Forum"
# A sentence that looks ahead, as one telling of an edition of a later year must ("will be held", "looks
# forward to"); told in the past ("spoke at", "had attended"), a later year in its name is no date of it.
AHEAD = re.compile(r"\blook(?:s|ed|ing)?\s+forward\s+to\b|\b(?:next|coming)\s+(?:year|edition)\b|\bprepar\w+\s+for\b", re.I)
LONG_RUNNING = {SDO.ExhibitionEvent, SDO.Festival, HKSH.PlenarySession, HKSH.Renaming}


def date_attended(ctx: DocContext) -> None:
    """Give each attended, undated, short event the day of the sentence that first puts someone there."""
    triples = ctx.findings.triples
    types: dict[URIRef, set] = {}
    dated, attended = set(), {}
    rdf_type, start, attendee = RDF.type, SDO.startDate, SDO.attendee  # looked up once, not per triple
    for (s, p, o), where in triples.items():
        if p == rdf_type:
            types.setdefault(s, set()).add(o)
        elif p == start:
            dated.add(s)
        elif p == attendee:
            attended.setdefault(s, set()).update(where)
    views = {sentence.index: (sentence, dates) for sentence, _, dates in ctx.views}
    for event, indices in sorted(attended.items(), key=lambda item: str(item[0])):
        if event in dated or SDO.Event not in types.get(event, ()) or types[event] & LONG_RUNNING:
            continue
        if "/visit-of-" in str(event):
            continue  # a whole visit starts when kg.extract.events says, not on a day someone was there
        for index in sorted(indices):  # a photo caption may come first, with no day a rule can read
            day = _day_of(ctx, views, index)
            if day is not None:
                ctx.findings.add(event, SDO.startDate, day, index)
                break


def _day_of(ctx: DocContext, views: dict, index: int):
    """The single day a sentence gives, else the narrative's day when it opens, unless it looks ahead."""
    sentence, dates = views.get(index, (None, []))
    if sentence is None or sentence.paragraph < 0:
        return None
    if not dates and MARKER.match(sentence.text):
        return None  # a photo caption is not on the day the narrative above it had reached
    days = {d.start for d in dates if d.end is None and d.kind not in BACKGROUND and d.start.datatype == XSD.date}
    if len(days) == 1:
        return days.pop()
    if not dates and ctx.day_before.get(index) is not None and on_the_narratives_day(sentence.text):
        return ctx.day_before[index]
    return None


def date_by_name(ctx: DocContext) -> None:
    """An event still undated whose name carries the year of an edition the document recalls or looks
    ahead to ("the 2010 World Expo", in 2004 or in 2015) is in that year. An edition of the document's own
    year is one it reports, whose days it tells (or, undated, leaves unresolved): its name does not date it;
    nor does a later year's, unless a sentence telling the event looks ahead to it."""
    f = ctx.findings
    if ctx.published is None:
        return
    for (event, p, label), where in list(f.triples.items()):
        if p != RDFS.label or "/event/" not in str(event) or f.has(event, SDO.startDate) or NOT_AN_EDITION.search(str(label)):
            continue
        match = EDITION_YEAR.search(str(label))
        year = (match.group("a") or match.group("b")) if match else None
        if year is None or int(year) == ctx.published.year or int(year) > ctx.published.year and not _ahead(ctx, where):
            continue
        f.add(event, SDO.startDate, Literal(year, datatype=XSD.gYear), min(where))


def _ahead(ctx: DocContext, where) -> bool:
    """Whether a sentence telling the event looks ahead to it."""
    return any(s.index in where and (FUTURE.search(s.text) or AHEAD.search(s.text)) for s in ctx.sentences)
