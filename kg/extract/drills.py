"""A drill or exercise a visiting delegation watches or a service stages: "In the morning, the delegation observed a
high-rise firefighting and rescue drill at a residential block in Minhang District", "the two corps held a joint
maritime search and rescue exercise".

Releases of disciplined services name these by their kind and purpose alone, which the named-event rules read
as no name. The words before "drill" or "exercise" must say what is rehearsed (rescue, firefighting, evacuation,
...), so that "a consultation exercise" or "the exercise of powers" stays no event. Those who watch or take part
attend; its day is the sentence's or the narrative's; its place, a venue or district named right after it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_event
from kg.extract.itinerary import programme_actor, when_said
from kg.extract.mentions import View
from kg.extract.venues import locate_at_venue

CUE = re.compile(r"\b(?:drill|exercise)s?\b")
RESCUE = (r"rescue|firefighting|fire-fighting|fire|evacuation|emergency|flood(?:-control)?|anti-terrorism|counter-terrorism"
          r"|search|contingency|disaster|earthquake|typhoon|maritime|marine|oil-spill|pollution|epidemic|chemical|cross-boundary")
WATCHED = r"observed|observes|observe|watched|watches|watch|witnessed|witness|viewed|view|took\s+part\s+in|take\s+part\s+in|joined|join|participated\s+in"
DRILL = re.compile(rf"\b(?:(?:also|then|later|will)\s+)?(?P<verb>{WATCHED}|held|hold|conducted|conduct|staged|stage|carried\s+out|carry\s+out)"
                   rf"\s+(?:a|an|the)\s+(?P<name>(?:(?:[a-z][\w-]*|and)\s+){{0,5}}?(?:{RESCUE})(?:\s+(?:[a-z][\w-]*|and)){{0,3}}?"
                   r"\s+(?P<head>drill|exercise))\b(?!s)")
PLACE_AFTER = re.compile(r"(?:\s+at\s+[^,;.⟦]{1,60}?)?\s+in\s+⟦place:(?P<i>\d+)⟧")


def find_drills(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The drills and exercises a sentence tells as watched or staged (none already read as an event)."""
    if not CUE.search(view.sentence.text):
        return []
    found = []
    for match in DRILL.finditer(view.masked):
        if any(h.start <= match.start("head") < h.end for h in hits + found):
            continue
        found.append(EventHit(_drill(ctx, view, dates, match), match.start("name"), match.end()))
    return found


def _drill(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> URIRef:
    f, s = ctx.findings, view.sentence
    label = event_label(view, match.group("name"))
    start, end = when_said(ctx, view, dates, match.start())
    iri = record_event(ctx, view, label, match.group("head"), False, None)
    if start is not None:
        f.add(iri, SDO.startDate, start, s)
    if end is not None:
        f.add(iri, SDO.endDate, end, s)
    if re.fullmatch(WATCHED, match.group("verb")):
        for person in dict.fromkeys(programme_actor(ctx, view, view.masked[:match.start()])):
            f.add(iri, SDO.attendee, person, s)
    locate_at_venue(ctx, view, iri, match.end())
    district = PLACE_AFTER.match(view.masked, match.end())
    entity = view.mention(district.group("i")).entity if district else None
    if entity is not None and entity.kind == "place":
        f.add(iri, SDO.location, ctx.entity_iri(entity), s)
    ctx.remember_event(match.group("head"), iri)
    return iri
