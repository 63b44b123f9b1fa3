"""Who hosts an event and whom it is for: "Chief Executive A hosted a welcome dinner for Mayor B at ...",
"A will host a luncheon in honour of B". The host is there, and so are the guests named after "for".

The host is the sentence's subject, right before the verb: "A said the city was honoured to host X" is
the city's hosting, not A's. A meal with no name of its own ("A hosted a breakfast for B") is named by
its host and guests, as a press release's reader would name it: "Breakfast hosted by A for B".
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_words import FOR_DELEGATION, WITH_GUESTS
from kg.extract.event_record import EventHit, record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos, nearest, same_clause
from kg.extract.patterns import HONORIFIC, LIST_END
from kg.extract.venues import locate_at_venue
from kg.extract.event_record import person_name

SUBJECT_TO_VERB = (r"(?:\s*,[^,;.⟦]{1,60},)?\s+"
                   r"(?:(?:also|jointly|yesterday|today|later|then|will|(?:this|tomorrow)\s+(?:morning|afternoon|evening))\s+)*"
                   r"(?:hosted|hosts|host)\s+")
HOSTS = re.compile(r"⟦person:\d+⟧(?:(?:,\s+|\s+and\s+)⟦person:\d+⟧)*" + SUBJECT_TO_VERB + r"(?=(?:a|an|the)\s)")
GUESTS = re.compile(r"\s+(?:for|in\s+honou?r\s+of|to\s+welcome)\s+(?!the\s+(?:first|second|last)\s+time\b)(?P<who>[^;.]*?)"
                    rf"(?=\s+(?:at|in|on|yesterday|today|tonight|this|last|next|every|each|to\s+mark|to\s+celebrate)\b|\s*[;.,]|\s*$|{LIST_END})")
# A meal given as a habit, not an event: "hosts a luncheon for visiting students every year".
HABIT = re.compile(r"\b(?:every|each)\s+(?:year|month|week|spring|summer|autumn|winter)\b|\bannually\b")
# A meal given by a person or a body, with no word of its own before it: "A hosted a dinner for B".
MEAL = re.compile(r"(?P<host>⟦(?:person|org):\d+⟧(?:(?:,\s+|\s+and\s+)⟦person:\d+⟧)*)" + SUBJECT_TO_VERB
                  + r"(?P<det>a|an)\s+(?P<meal>breakfast|lunch|luncheon|dinner|supper|banquet|reception)\b(?!\s+(?:hosted|given|organi[sz]ed)\b)")


def find_hosts(ctx: DocContext, view: View, hits: list[EventHit], dates: list[DateSpan]) -> list[EventHit]:
    """The host of the event named right after "hosted", and its guests, attend it. Returns the meals the
    sentence names only by who gives them, which are events of the sentence too (the caller adds them)."""
    meals = _hosted_meals(ctx, view, hits, dates)
    hits = hits + meals
    for match in HOSTS.finditer(view.masked):
        event = next((h for h in sorted(hits, key=lambda h: h.start) if h.start >= match.end()), None)
        if event is None or view.masked[match.end():event.start].strip() not in ("", "a", "an", "the"):
            continue
        people = view.people(view.masked[match.start():match.end()])
        if guests := GUESTS.match(view.masked, event.end):
            people += view.people(guests.group("who"))
        for person in people:
            ctx.findings.add(event.iri, SDO.attendee, person, view.sentence)
    _placed_after_guests(ctx, view, hits)
    return meals


def _placed_after_guests(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """"hosted a dinner for Shanghai business leaders at the Lotus Hotel": the venue after the guests a
    meal's name includes is its place; so is the venue after the guests a hosted meal's name leaves out
    ("hosted a welcome dinner for the delegation at the Lotus Hotel")."""
    if " for " not in view.masked and " with " not in view.masked:
        return
    for hit in hits:
        if ctx.findings.objects(hit.iri, SDO.location):
            continue
        if WITH_GUESTS.search(view.masked, hit.start, hit.end) or FOR_DELEGATION.search(view.masked, hit.start, hit.end):
            locate_at_venue(ctx, view, hit.iri, hit.end)
        elif _hosted_meal(view, hit) and (guests := GUESTS.match(view.masked, hit.end)):
            locate_at_venue(ctx, view, hit.iri, guests.end())


MEAL_WORDS = re.compile(r"\b(?:breakfast|lunch|luncheon|dinner|supper|banquet|reception)$", re.I)
HOSTING = re.compile(r"\b(?:hosted|hosts|host|gave|gives|offered)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}$")


def _hosted_meal(view: View, hit: EventHit) -> bool:
    """Whether the event is a meal the sentence says someone hosts or gives ("A hosted a welcome dinner")."""
    return MEAL_WORDS.search(view.masked, hit.start, hit.end) is not None and (
        HOSTING.search(view.masked[max(0, hit.start - 60):hit.start]) is not None)


def _hosted_meals(ctx: DocContext, view: View, hits: list[EventHit], dates: list[DateSpan]) -> list[EventHit]:
    """Meals named by no words of their own, recorded as "<Meal> hosted by <host> [for <guests>]"."""
    found = []
    for match in MEAL.finditer(view.masked):
        if any(h.start <= match.start("meal") < h.end for h in hits):
            continue  # already an event ("a dinner hosted by ..." read by kg.extract.events)
        if HABIT.search(view.masked, match.end()):
            continue
        guests = GUESTS.match(view.masked, match.end())
        the = "the " if match.group("host").startswith("⟦org") and re.search(r"(?i)\bthe\s+$", view.masked[:match.start()]) else ""
        label = f"{match.group('meal').capitalize()} hosted by {the}{_names(ctx, view, match.group('host'))}"
        if guests:  # the guests by their names where the text names them, else as it tells them
            people = [person_name(ctx, p) for p in view.people(guests.group("who"))]
            label += f" for {' and '.join(people) if people else _names(ctx, view, guests.group('who'))}"
        dated = [(masked_pos(view, d.center), d) for d in dates]
        span = nearest(dated, match.end(), key=lambda d: d[0])
        when = span[1] if span and same_clause(view.masked, match.end(), span[0]) else None
        iri = record_event(ctx, view, label, match.group("meal"), False, when)
        ctx.remember_event(match.group("meal"), iri)
        if when is not None:
            record_dates(ctx, view, iri, when)
        host = re.match(r"⟦org:(\d+)⟧", match.group("host"))
        if host and view.mention(host.group(1)).entity is not None:
            ctx.findings.add(iri, SDO.organizer, ctx.entity_iri(view.mention(host.group(1)).entity), view.sentence)
        end = guests.end() if guests else match.end()
        locate_at_venue(ctx, view, iri, end)
        found.append(EventHit(iri, match.start("det"), match.end()))
    return found


def _names(ctx: DocContext, view: View, masked: str) -> str:
    """Words of a masked span as a label says them: people by their names, without honorifics."""
    masked = re.sub(rf"\b{HONORIFIC}\s+(?=⟦person:)", "", masked)
    return re.sub(r"\s+", " ", unmask(re.sub(r"⟦person:(\d+)⟧", lambda m: _person(ctx, view, m.group(1)), masked),
                                       view.mentions)).strip()


def _person(ctx: DocContext, view: View, index: str) -> str:
    ref = view.mention(index).ref
    return person_name(ctx, ref) if ref is not None else f"⟦person:{index}⟧"
