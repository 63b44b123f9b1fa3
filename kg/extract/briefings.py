"""Briefings on a visit programme: "the delegation received a briefing from Mr A, Deputy Director of X" is a
programme item of its own ("Briefing by A, Deputy Director of X", A there, on the day told); "visited the Science
City, where it was briefed by Dr B" puts B at that visit, which the briefing is part of."""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import event_label, record_event
from kg.extract.itinerary import when_said
from kg.extract.mentions import View

RECEIVED = re.compile(r"\b(?:received|attended|was\s+given|were\s+given|had)\s+an?\s+(?:[a-z]+\s+)?briefing\s+(?:from|by)\s+"
                      r"(?P<who>(?:(?:the\s+)?[^,;.⟦]{0,80}?,\s+)?(?:[A-Z][a-z]{1,3}\.?\s+)?⟦person:\d+⟧)"
                      r"(?P<title>,\s+(?=(?:the\s+)?(?:[A-Z]|⟦(?:org|place)))(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){3,80}?(?=,|\s+(?:on|at|in|about|regarding)\b|[.;]|$))?")
WHERE_BRIEFED = re.compile(r",\s+where\s+(?:it|they|he|she|the\s+delegation|members|⟦person:\d+⟧)\s+(?:was|were)\s+(?:also\s+)?"
                           r"briefed\s+by\s+(?P<who>(?:(?!\b(?:on|about|regarding|concerning)\b)[^;.⟦]){0,80}?⟦person:\d+⟧)")
# "had not received a briefing from ...": none was given.
DENIED = re.compile(r"\b(?:not|never|n't)\s+(?:\w+\s+)?$")


def find_briefings(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A briefing received as an item of its own, and a briefer at the visit the briefing was part of."""
    if "brief" not in view.sentence.text:
        return
    f, s, masked = ctx.findings, view.sentence, view.masked
    for match in RECEIVED.finditer(masked):
        people = view.people(match.group("who"))
        if not people or DENIED.search(masked, max(0, match.start() - 20), match.start()):
            continue
        label = event_label(view, f"Briefing by {match.group('who')}{match.group('title') or ''}")
        label = re.sub(r"^Briefing by (?:the\s+|[A-Z][a-z]{1,3}\.?\s+)", "Briefing by ", label)
        start, _ = when_said(ctx, view, dates, match.start())
        iri = record_event(ctx, view, label, "meeting", False, None)
        f.add(iri, SDO.attendee, people[-1], s)
        if start is not None:
            f.add(iri, SDO.startDate, start, s)
        ctx.remember_event("meeting", iri)
    where = WHERE_BRIEFED.search(masked)
    visit = ctx.last_event("visit") if where else None
    if visit is not None and s.index in f.mentions.get(visit, ()):  # the visit this sentence tells
        for person in view.people(where.group("who"))[-1:]:
            f.add(visit, SDO.attendee, person, s)
