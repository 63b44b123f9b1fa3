"""Programmes that bodies set up or hold: "HKSTP and the Riverton Park will launch a cross-boundary
soft-landing programme for start-ups in January next year", "Riverton University will hold an open day
for the group on Wednesday", "we will organise a summer camp in Shanghai next July".

A programme, camp, summer school or open day that someone launches, organises, holds or sets up is an event of the
text, named as written ("Exchange programme for young financial professionals"): a bare noun phrase, not a
name (a named "Youth Exchange Programme" is read in kg.extract.events). Its organisers are the bodies that
are the verb's subject, its place a city right after its name, its start the first date said after it.
Only a programme introduced by "a", "an" or a number is new: "the programme" refers to one named before.
A "scheme" is left out: launching "a waste charging scheme" is a policy, not an event; so is a rate ("at least
one exchange programme a year"), an arrangement that stands.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.events import record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos

STOP = r"(?:to|in|on|at|from|later|next|this|each|every|with|which|who|that|starting|offering|and|or|by)\b"
LAST = r"(?:a|an|the|of|for)\b"  # words a name does not end with
PROGRAMME = re.compile(
    r"\b(?:launch|launches|launched|organi[sz]e|organi[sz]es|organi[sz]ed|hold|holds|held|set\s+up|sets\s+up|arrange|arranges"
    r"|arranged|introduce|introduces|introduced)\s+(?:a|an|(?:at\s+least\s+)?(?:one|two|three|four|five|six|\d+))\s+"
    r"(?P<name>(?:(?:[a-z][\w'’-]*|⟦place:\d+⟧(?:-⟦place:\d+⟧)?)\s+){0,4}?"
    r"(?:programmes?|programs?|summer\s+camps?|winter\s+camps?|summer\s+schools?|open\s+days?|training\s+courses?))\b"
    rf"(?P<tail>\s+for\s+(?:(?!{STOP})[\w'’-]+\s+){{0,8}}?(?!{STOP}|{LAST})[\w'’-]+(?=\s*[,;.]|\s*$|\s+{STOP}))?")
# The subject's clause starts after a semicolon, a colon or the sentence's start.
CLAUSE_START = re.compile(r".*[;:]\s+", re.S)
RATE = re.compile(r"\s+(?:a|each|every|per)\s+year\b|\s+annually\b")
IN_PLACE = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧(?![\w'’-])")


def find_programmes(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """An event for each programme the sentence says is launched, organised, held or set up."""
    masked = view.masked
    if not re.search(r"program|camp|school|open\s+day|course", masked):
        return []
    found = []
    for match in PROGRAMME.finditer(masked):
        if RATE.match(masked, match.end()):
            continue  # "at least one exchange programme a year": a standing arrangement, not an event
        words = re.sub(r"\s+", " ", unmask(match.group("name") + (match.group("tail") or ""), view.mentions)).strip()
        label = words[:1].upper() + words[1:]
        own = [d for d in dates if d.kind not in ("since", "years_ago")]
        after = [d for d in own if masked_pos(view, d.start_char) >= match.start("name")]
        when = after[0] if after else own[-1] if own else None  # "In January next year, X will launch ..."
        iri = record_event(ctx, view, label, "programme", False, when)
        if when is not None:
            record_dates(ctx, view, iri, when)
        subject = CLAUSE_START.sub("", masked[:match.start()], count=1)
        if "⟦person" not in subject:
            for i in re.findall(r"⟦org:(\d+)⟧", subject):
                entity = view.mention(i).entity
                if entity is not None:
                    ctx.findings.add(iri, SDO.organizer, ctx.entity_iri(entity), view.sentence)
        where = IN_PLACE.match(masked, match.end())
        place = view.mention(where.group("i")).entity if where else None
        if place is not None and place.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
        ctx.remember_event("programme", iri)
        found.append(iri)
    return found
