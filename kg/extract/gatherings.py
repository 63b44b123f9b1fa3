"""A gathering someone attends that the text names only by its kind: "Mr A spoke at a business roundtable jointly
organised by X and Y", "He attended a networking reception in Shanghai", "Mr A will meet young people working in
Shanghai at a lunch hosted by X".

The words for it ("business roundtable", "networking reception") are its label; met at it, the people met name it
("Lunch with young people working in Shanghai"). The subject attends; bodies that organise or host it are its
organisers, a person hosting it attends. It is on the day the sentence or the narrative gives, in the place named
right after it. A gathering not attended ("was unable to attend", "did not join"), or one another rule has read,
is left alone.
"""

from __future__ import annotations

import re


from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_event
from kg.extract.itinerary import when_said
from kg.extract.mentions import View
from kg.extract.venues import locate_at_venue

CUES = ("roundtable", "round-table", "round table", "lunch", "breakfast", "reception", "seminar", "symposium", "workshop",
        "sharing session", "networking session", "gathering", "dialogue", "dinner")
_HEAD = (r"(?P<head>round-?table|round\s+table|lunch|luncheon|breakfast|dinner|reception|seminar|symposium|workshop"
         r"|(?:sharing|networking|exchange)\s+session|gathering|dialogue)")
_VERB = (r"(?:(?:will|would)\s+(?:also\s+)?)?(?:attend(?:s|ed)?|sp(?:eak|eaks|oke)\s+at|address(?:es|ed)?|join(?:s|ed)?"
         r"|t(?:ake|akes|ook)\s+part\s+in|participat(?:e|es|ed)\s+in|officiat(?:e|es|ed)\s+at)")
# "<person> ... spoke at a business roundtable": the verb, then the gathering told by its kind alone.
ATTENDED = re.compile(rf"\b{_VERB}\s+(?:a|an)\s+(?P<mods>(?:[a-z][a-z-]+\s+){{0,2}}?){_HEAD}\b(?!\s+(?:of|on)\s+(?:the\s+)?[A-Z⟦])")
# "<person> will meet <people> at a lunch": the gathering named by those met.
MET_AT = re.compile(rf"\b(?:meets?|met|(?:will|would)\s+(?:also\s+)?meet)\s+(?P<who>[^,;.]{{3,80}}?)\s+at\s+(?:a|an)\s+"
                    rf"(?P<mods>(?:[a-z][a-z-]+\s+){{0,2}}?){_HEAD}\b")
DENIED = re.compile(r"\b(?:not|never|n't|unable\s+to|declined\s+to|no\s+longer|instead\s+of|cancel(?:led|ed)?)\s+(?:\w+\s+){0,3}$")
ORGANISED = re.compile(r"^\s*,?\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|held)\s+"
                       r"(?:jointly\s+)?by\s+(?:the\s+)?(?P<who>(?:⟦(?:org|person):\d+⟧|[A-Z][\w'’&-]*)(?:(?:\s+|,\s+(?:and\s+)?(?:the\s+)?)"
                       r"(?:⟦(?:org|person):\d+⟧|[A-Z][\w'’&-]*|of|and|the|for)){0,14})")
# "encouraged enterprises to attend", "hoped to attend": others are urged, or it is only wished for.
URGED = re.compile(r"\b(?:(?:hop(?:e|es|ed|ing)|wish(?:es|ed)?|plan(?:s|ned)?|intend(?:s|ed)?|want(?:s|ed)?)\s+"
                   r"|(?:encourag|invit|urg|appeal|call)\w*\s+(?:on\s+|to\s+)?(?:[\w'’-]+\s+){1,5}?)to\s+$")
IN_PLACE = re.compile(r"^\s+in\s+⟦place:(?P<i>\d+)⟧")


def find_gatherings(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The gatherings a sentence tells by their kind, with who attends and organises them."""
    lowered = view.sentence.text.lower()
    if not any(cue in lowered for cue in CUES):
        return []
    found: list[EventHit] = []
    for pattern in (MET_AT, ATTENDED):
        for match in pattern.finditer(view.masked):
            head = match.start("head")
            if any(h.start <= head < h.end for h in hits + found) or DENIED.search(view.masked, max(0, match.start() - 40), match.start()) \
                    or URGED.search(view.masked, max(0, match.start() - 60), match.start()):
                continue
            clause = max(view.masked.rfind(c, 0, match.start()) for c in (";", ". ", ": ")) + 1
            people = view.people(view.masked[clause:match.start()])
            if not people or not match.group("mods") and pattern is ATTENDED:  # "a seminar" alone names nothing
                continue
            found.append(_gathering(ctx, view, dates, match, people))
    return found


def _gathering(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match, people: list) -> EventHit:
    f, s, masked = ctx.findings, view.sentence, view.masked
    words = f"{match.group('mods')}{match.group('head')}"
    label = event_label(view, f"{words} with {match.group('who')}" if "who" in match.groupdict() else words)
    start, _ = when_said(ctx, view, dates, match.start("head"))
    iri = record_event(ctx, view, label, "event", False, None if start is None else DateSpan(0, 0, start))
    if start is not None:
        f.add(iri, SDO.startDate, start, s)
    for person in people:
        f.add(iri, SDO.attendee, person, s)
    end = match.end()
    if (place := IN_PLACE.match(masked[end:])) is not None and (entity := view.mention(place.group("i")).entity) is not None:
        f.add(iri, SDO.location, ctx.entity_iri(entity), s)
        end += place.end()
    if (by := ORGANISED.match(masked[end:])) is not None:
        for kind, i in re.findall(r"⟦(org|person):(\d+)⟧", by.group("who")):
            mention = view.mention(i)
            if kind == "person" and mention.ref is not None:
                f.add(iri, SDO.attendee, mention.ref, s)
            elif kind == "org" and mention.entity is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(mention.entity), s)
        end += by.end()
    locate_at_venue(ctx, view, iri, end)
    ctx.remember_event("event", iri)
    return EventHit(iri, match.start("head"), match.end())



