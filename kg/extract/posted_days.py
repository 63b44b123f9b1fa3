"""Events told in a paragraph that has a day of its own: a live blog's post under its time stamp ("10.32am",
"14:05 HKT"), on the blog's day; a caption under its date line.

A post tells a step of the day ("The signing ceremony has just concluded", "Mr Lee arrived at the Tower for
a luncheon"): an event it first names, which no rule dated, is on the post's day, unless the sentence looks
ahead ("will attend a dinner tonight" is still that day's, but "will be held next month" is not; a sentence
with a date of its own is dated by it, though not by the day of a chronology's heading joined to its line) or the
event runs for days (an exhibition, a festival).
"""

from __future__ import annotations

from datetime import date

from rdflib import Literal
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import on_the_narratives_day
from kg.extract.narrative import LONG_RUNNING


def date_posted(ctx: DocContext, paragraph_days: dict[int, date]) -> None:
    """Give each undated short event first named in a paragraph with its own day that day."""
    if not paragraph_days:
        return
    f = ctx.findings
    views = {sentence.index: (sentence, dates) for sentence, _, dates in ctx.views}
    for event in [s for s, o in f.pairs(RDF.type) if o == SDO.Event]:
        if f.has(event, SDO.startDate) or set(f.objects(event, RDF.type)) & LONG_RUNNING or "/event/" not in str(event):
            continue
        first = min(f.mentions.get(event, {-1}))
        sentence, dates = views.get(first, (None, []))
        day = paragraph_days.get(sentence.paragraph) if sentence is not None else None
        own = [d for d in dates if str(d.start) != day.isoformat()] if day is not None else dates  # not the heading's day
        if day is None or own or not on_the_narratives_day(sentence.text):
            continue
        f.add(event, SDO.startDate, Literal(day.isoformat(), datatype=XSD.date), first)
