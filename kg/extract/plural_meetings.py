"""A meeting told of a plural subject that names nobody: "The two leaders met in Shanghai this afternoon",
"Both officials also held talks on Monday". Its people are those the sentence before names as a pair (or as
many as the subject counts): "The Chief Executive, A, and the Mayor of Shanghai, B, have agreed ... The two
leaders met ..." is a meeting of A and B. A sentence before naming more or fewer people than that tells no
meeting: whom "the two" are is then unsure.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import person_name, record_dates, record_event
from kg.extract.met_groups import met_in
from kg.extract.mentions import View
from kg.namespaces import HKSH

PLURAL_MET = re.compile(r"^(?:(?:On|Earlier|Later|In)\b[^,;.⟦]{0,40},\s+)?(?:[Tt]he\s+(?P<n>two|three)|[Bb]oth)\s+"
                        r"(?:leaders|officials|mayors|secretaries|ministers|heads|men|women)\s+(?:(?:also|then|later|first)\s+)?"
                        r"(?:met|held\s+(?:a\s+meeting|talks))\b(?P<rest>[^;.]*)")
COUNT = {"two": 2, "three": 3, None: 2}


def find_plural_meetings(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The meeting of "the two leaders" told before, on the sentence's day, where it says in which place."""
    match = PLURAL_MET.match(view.masked)
    if match is None:
        return
    people = _told_before(ctx, view, COUNT[match.group("n")])
    if not people:
        return
    for head, known in reversed(ctx.events):
        if head == "meeting" and set(people) <= set(ctx.findings.objects(known, SDO.attendee)):
            return  # the meeting already told: "A met B today. The two leaders met ..."
    when = dates[0] if len(dates) == 1 and dates[0].start.datatype != XSD.gYear else None
    names = [person_name(ctx, p) for p in people]
    iri = record_event(ctx, view, f"Meeting of {', '.join(names[:-1])} and {names[-1]}", "meeting", False, when)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Meeting, s)
    for person in people:
        f.add(iri, SDO.attendee, person, s)
    if when is not None:
        record_dates(ctx, view, iri, when)
    if (where := met_in(match.group("rest"))) is not None:
        place = view.mention(where.group("i")).entity
        if place is not None and place.kind == "place":
            f.add(iri, SDO.location, ctx.entity_iri(place), s)
    ctx.remember_event("meeting", iri)


def _told_before(ctx: DocContext, view: View, count: int) -> list:
    """The people of the nearest sentence before, in this paragraph or the one before, that names two or more;
    none unless it names as many as counted."""
    paragraph = view.sentence.paragraph
    for sentence, before, _ in reversed(ctx.views[:-1] if ctx.views and ctx.views[-1][1] is view else ctx.views):
        if sentence.paragraph < paragraph - 1 or sentence.paragraph > paragraph:
            return []
        people = list(dict.fromkeys(m.ref for m in before.mentions if m.kind == "person" and m.ref is not None))
        if len(people) >= 2:
            return people if len(people) == count else []
    return []
