"""Meetings between people: "<person> met (with) <person>", "A called on B", "A held talks with B"; a
meeting of both sides, on the sentence's day, at the place it names."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import person_name, record_dates, record_event
from kg.extract.mentions import View, masked_pos
from kg.extract.met_titles import as_written
from kg.extract.met_groups import led_delegation, met_in, venue_after_people
from kg.extract.patterns import FRONT_IN, TITLED_SECOND
from kg.namespaces import HKSH
from kg.text.salutations import HONORIFIC

MET = re.compile(r"(?P<subj>⟦person:\d+⟧(?:\s+and\s+(?:[A-Z]\w*\s+){0,3}⟦person:\d+⟧)*)[^;.]*?\b(?:met|meets|will\s+(?:also\s+)?meet|(?P<call>called\s+on|calls\s+on|will\s+(?:also\s+)?call\s+on|(?:paid|pays|will\s+(?:also\s+)?pay)\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on)|(?P<talks>held\s+talks\s+with))\b(?:\s+with)?(?P<obj>[^;]*)")

VERB = re.compile(r"\b(?:(?:also|jointly|together)\s+)*(?:met|meets|will|called|calls|paid|pays|held)\b")
# A clause of another subject between the person and the verb: "A was back in 2012, when the session met in X
# under B" (the session met, not A).
OTHER_SUBJECT = re.compile(r"\b(?:when|where|while|after|before|as)\s+(?:the|a|an|its|their|both|two|all)\s+[^⟦,;]*$")

# A meeting supposed, not told: "When Mr Lee next meets Mr Gong, ...", "If A meets B ...", "each time A meets B".
SUPPOSED = re.compile(rf"\b(?i:when(?:ever)?|if|once|unless|until|(?:the\s+)?next\s+time|each\s+time|every\s+time)\s+(?:{HONORIFIC}\s+)?$")
NOT_PAST = re.compile(r"\s*(?:next\s+|again\s+|first\s+)?(?:meets|will\s+(?:also\s+)?meet)\b")


def find_meetings(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A meeting between the people named on both sides of "met (with)", in each part a semicolon ends
    (a list of "- on 9 July, I met A; - on 17 October, B met C")."""
    for match in MET.finditer(view.masked):
        if OTHER_SUBJECT.search(view.masked, match.end("subj"), match.start("obj")):
            continue
        if NOT_PAST.match(view.masked, match.end("subj")) and SUPPOSED.search(view.masked, 0, match.start()):
            continue
        opened = view.masked.rfind(";", 0, match.start()) + 1
        _meeting(ctx, view, [d for d in dates if opened <= masked_pos(view, d.center) < match.end()], match)


def record_meeting(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> URIRef | None:
    """The meeting a match with groups subj, obj, call and talks tells (kg.extract.talks), or None."""
    told = len(ctx.events)
    _meeting(ctx, view, dates, match)
    return ctx.events[-1][1] if len(ctx.events) > told else None


def _meeting(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    subj = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", match.group("subj"))]
    verb = VERB.search(view.masked, match.end("subj"), match.start("obj"))
    if verb and (second := TITLED_SECOND.match(view.masked[:verb.start()], match.end("subj"))):
        subj += view.people(second.group("p"))  # "A, Secretary of X, and Mayor B met C"
    obj = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", match.group("obj"))]
    people = list(dict.fromkeys(p for p in subj + obj if p is not None))
    if not subj or not obj or len(people) < 2:
        return
    # A year alone is another event's ("... five years after the World Expo in 2010"), not the meeting's day.
    when = dates[0] if len(dates) == 1 and dates[0].start.datatype != XSD.gYear else None
    for head, known in reversed(ctx.events):
        if head == "meeting" and set(people) <= set(ctx.findings.objects(known, SDO.attendee)) and not _other_day(ctx, known, when):
            return  # the same meeting told again, as a headline tells it
    label = _meeting_label(ctx, view, match, people, len(list(dict.fromkeys(p for p in subj if p is not None))))
    if (led := led_delegation(view, match.group("obj"))) and not match.group("call"):  # "Meeting of A with a delegation of X led by B"
        label = f"Meeting of {_and([person_name(ctx, p) for p in people if p not in led[1]])} with {led[0]} {_and([person_name(ctx, p) for p in led[1]])}"
    iri = record_event(ctx, view, label, "meeting", False, when)
    ctx.findings.add(iri, RDF.type, HKSH.Meeting, view.sentence)
    for person in people:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    if when is not None:
        record_dates(ctx, view, iri, when)
    led_in = led[2] if led and led[2].group("i") else None  # "met in Hong Kong a delegation ..."
    if where := met_in(match.group("obj")) or FRONT_IN.match(view.masked) or led_in:
        place = view.mention(where.group("i")).entity
        if place is not None and place.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    for venue in venue_after_people(ctx, view, match.start("obj"), match.end("obj")):
        ctx.findings.add(iri, SDO.location, venue, view.sentence)
    ctx.remember_event("meeting", iri)


def _other_day(ctx: DocContext, known: URIRef, when: DateSpan | None) -> bool:
    """Whether a meeting told before is on another day than this one ("On Tuesday, B held talks with C" after
    "A met C on Wednesday, B was present" is a meeting of its own)."""
    days = [str(d) for d in ctx.findings.objects(known, SDO.startDate)]
    return when is not None and when.start.datatype == XSD.date and bool(days) and str(when.start) not in days


def _meeting_label(ctx: DocContext, view: View, match: re.Match, people: list[URIRef], callers: int) -> str:
    """A meeting named as the text's verb tells it: "A called on B" is a call of A on B, "A held talks
    with B" talks between them, and "A met B" a meeting of both; the one called on or met named as the text
    names them, by title too ("Call of A on the Mayor of X, Mr B"), when it gives one title and name."""
    names = [person_name(ctx, p) for p in people]
    written = as_written(view, match.group("obj"), after_name=False) if 0 < callers == len(names) - 1 and not match.group("talks") else None
    if written:
        return f"{'Call' if match.group('call') else 'Meeting'} of {_and(names[:callers])} {'on' if match.group('call') else 'with'} {written}"
    if match.group("call") and 0 < callers < len(names):
        return f"Call of {_and(names[:callers])} on {_and(names[callers:])}"
    return f"{'Talks between' if match.group('talks') else 'Meeting of'} {_and(names)}"


def _and(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]
