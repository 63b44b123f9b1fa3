"""A meal someone hosts: "The Chairman of X, Mr A, hosted a dinner for the delegation", "The Standing Committee
gave a luncheon in honour of the visitors", "the delegation attended a dinner at the Peninsula Hotel", "A attended a dinner hosted by the Director of X, Mr B".

A bare "a dinner" names no event by its words; its host (or its venue) does: "Dinner hosted by <host>" ("Dinner at
<venue>"), on the day the sentence or the narrative gives. A person hosting is there; a body hosting organised it.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_event
from kg.extract.itinerary import when_said
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC
from kg.extract.venues import locate_at_venue, venues_after

MEALS = ("dinner", "luncheon", "lunch", "banquet", "breakfast", "reception")
HOST = r"(?P<host>⟦(?:person|org):\d+⟧|(?:[Tt]he\s+)(?:[A-Z][\w'’-]*\s+){0,4}(?:Committee|Council|Association|Office|Bureau|Government|Department|Commission|Chamber|Federation|Society))"
# Not the meal but what was given over it: "gave a breakfast talk", "a luncheon speech".
NOT_MEAL = r"(?:talks?|speech(?:es)?|address|presentations?|briefings?|lectures?|remarks|keynote|seminars?|sessions?|meetings?)\b"
# Not held, or held as a habit: "never attended a dinner at ...", "hosts a luncheon for students every year".
DENIED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+){0,3}$")
HABIT = re.compile(r"\b(?:every|each)\s+(?:year|month|week|spring|summer|autumn|winter)\b|\bannually\b|\bregularly\b")
HOSTED = re.compile(rf"{HOST}(?:\s*\([^)]{{1,40}}\))?,?\s+(?:also\s+|then\s+|later\s+)?(?:hosted|gave|hosts|gives|will\s+host|offered)\s+"
                    r"(?:a|an)\s+(?P<kind>(?:welcome|welcoming|farewell|working|gala|official)\s+)?(?P<head>dinner|luncheon|lunch|banquet|breakfast)\b"
                    r"(?P<guests>\s+(?:for|in\s+honou?r\s+of)\s+(?:[^,;.⟦]|⟦place:\d+⟧){1,60}?(?=\s+(?:in|at|on|this|that|today|tonight|yesterday|during|after|before"
                    r"|last|next|every|each|and|to|with|where|which|who)\b|[,;.]|$))?(?=\s+(?!" + NOT_MEAL + r")|[,;.]|$)")
AT_VENUE = re.compile(r"\b(?:attended|joined|had|hosted|gave|followed\s+by|(?<=,\s)at)\s+(?:a|an)\s+(?P<kind>(?:welcome|welcoming|farewell|working|gala|official)\s+)?"
                      r"(?P<head>dinner|luncheon|lunch|banquet|breakfast|reception)\s+at\s+(?P<venue>(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}"
                      r"(?:Hotel|Club|House|Restaurant|Hall|Centre|Center|Tower|Guesthouse|Guest\s+House))\b")

# A guest's meal told by its host: "A attended a dinner hosted by the Director of X, Mr B, at which ...", "A was
# guest of honour at a dinner given by the Y Association at the Z Hotel". The host's title (or body) names it.
GUEST_AT = re.compile(r"\b(?:attended|joined|will\s+attend|went\s+to|(?:was|were)\s+(?:the\s+)?guests?(?:\s+of\s+honou?r)?\s+at)\s+"
                      r"(?:a|an)\s+(?P<kind>(?:welcome|welcoming|farewell|working|gala|official)\s+)?(?P<head>dinner|luncheon|lunch|banquet|breakfast)"
                      r"\s+(?P<verb>hosted|given|offered)\s+by\s+(?P<host>(?:the\s+)?(?:⟦(?:person|org):\d+⟧|[A-Z][\w'’-]*)(?:\s+(?:of|the|and|for|in"
                      r"|[A-Z][\w'’-]*|⟦(?:org|place):\d+⟧)){0,10}?)(?:,\s+" + HONORIFIC + r"\s+(?P<named>⟦person:\d+⟧))?"
                      r"(?=\s*[,;.]|\s+(?:at|on|where|which|to|this|that|today|tonight|yesterday)\b|$)")
# The guest: the person the clause opens with, just before its verb.
GUEST = re.compile(r"⟦person:(?P<i>\d+)⟧(?:\s*\([^()]{1,30}\))?,?\s+(?:also\s+|then\s+|later\s+)?$")


def find_hosted_meals(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The meals a sentence tells by their host or venue alone, as events (none already read as one)."""
    lowered = view.sentence.text.lower()
    if not any(meal in lowered for meal in MEALS):
        return []
    found = []
    for pattern in (HOSTED, AT_VENUE, GUEST_AT):
        for match in pattern.finditer(view.masked):
            if any(h.start <= match.start("head") < h.end for h in hits + found):
                continue  # an event read already ("a dinner hosted by the Director of X")
            if DENIED.search(view.masked, max(0, match.start() - 30), match.start("head")) or (
                    HABIT.search(view.masked, match.end())):
                continue
            found.append(EventHit(_meal(ctx, view, dates, match), match.start("head"), match.end()))
    return found


def _meal(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> URIRef:
    """The meal's event, with its host, venue and day."""
    f, s, masked = ctx.findings, view.sentence, view.masked
    words = f"{match.group('kind') or ''}{match.group('head')}"
    if "host" in match.groupdict():
        host = re.sub(r"^[Tt]he\s+", "the ", match.group("host"))
        label = event_label(view, f"{words} {match.groupdict().get('verb') or 'hosted'} by {host}{match.groupdict().get('guests') or ''}")
    else:
        label = event_label(view, f"{words} at {match.group('venue')}")
    start, _ = when_said(ctx, view, dates, match.start("head"))
    iri = record_event(ctx, view, label, match.group("head").lower(), False, None if start is None else _Day(start))
    if start is not None:
        f.add(iri, SDO.startDate, start, s)
    mention = re.fullmatch(r"⟦(person|org):(\d+)⟧", match.groupdict().get("host") or "")
    if mention and mention.group(1) == "person" and view.mention(mention.group(2)).ref is not None:
        f.add(iri, SDO.attendee, view.mention(mention.group(2)).ref, s)
    elif mention and view.mention(mention.group(2)).entity is not None:
        f.add(iri, SDO.organizer, ctx.entity_iri(view.mention(mention.group(2)).entity), s)
    guest = GUEST.search(masked, max(0, match.start() - 60), match.start()) if "verb" in match.groupdict() else None
    for i in (match.group("named") if guest is not None or "named" in match.groupdict() else None, guest and guest.group("i")):
        if i and (person := view.mention(re.sub(r"\D", "", i)).ref) is not None:
            f.add(iri, SDO.attendee, person, s)
    if "venue" in match.groupdict():  # "a banquet at Government House": the building the meal is named by
        for place in venues_after(ctx, view, match.end("head"), building=True):
            f.add(iri, SDO.location, place, s)
    locate_at_venue(ctx, view, iri, match.end())
    ctx.remember_event(match.group("head").lower(), iri)
    return iri


class _Day:
    """The day an unnamed event is keyed by."""

    def __init__(self, start: Literal) -> None:
        self.start = start
