"""A signing told as part of an event the text has named: "At the ceremony, A and B signed the Memorandum ...,
witnessed by C and D", "On the sidelines of the forum, A and B signed ...". The signing is a moment of that
ceremony (or forum, or meeting), not an event of its own: the signatories and the witnesses are at that event, and
so are those a later "The arrangement was signed by ..." names."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_slots import by_month_or_year, told_last
from kg.extract.mentions import View

AT_EVENT = re.compile(r"^(?:At|During|On\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+(?:(?:opening|launch|closing|inauguration)\s+)?"
                      r"(?P<head>ceremony|forum|meeting|reception|dinner|banquet|luncheon|event|conference|seminar|symposium)\s*,")
# The witnesses, to the first clause that is not one of them: "..., in memory of Mr D".
WITNESSED = re.compile(r",\s+witnessed\s+by\s+(?P<who>(?:[^;.,]|,(?=\s+(?:[A-Z⟦]|and\b|the\b)))*)")


# The head under which the event a signing was a moment of is told again, for the sentences that refer back to it.
WITHIN = "signed-within"


def _is_signing(head: str, iri: URIRef) -> bool:
    return head == WITHIN or "signing" in str(iri).rsplit("/", 1)[-1]


def last_signing(ctx: DocContext) -> URIRef | None:
    """The signing the document told last, or the event the last signing told was a moment of."""
    return next((iri for head, iri in reversed(ctx.events) if _is_signing(head, iri)), None)


def signing_last_told(ctx: DocContext) -> URIRef | None:
    """That signing (or event), when nothing else was told after it: what "It was signed by ..." means."""
    if not ctx.events:
        return None
    head, iri = ctx.events[-1]
    return iri if _is_signing(head, iri) else None


def fronting_event(ctx: DocContext, view: View, *, latest: bool = True) -> URIRef | None:
    """The event the sentence opens with ("During the symposium, ..."): the last one of its kind the text told,
    when (``latest``) none other was told since."""
    match = AT_EVENT.match(view.masked)
    if match is None:
        return None
    head = match.group("head")
    event = next((iri for h, iri in reversed(ctx.events) if h == head and "/signing-" not in str(iri)), None)
    if event is None or by_month_or_year(ctx, event):
        return None  # "... held the opening ceremony last year": recalled, not the story's
    if latest and any(told_last(ctx, iri) > told_last(ctx, event) for _, iri in ctx.events
           if "/signing-" not in str(iri) and not by_month_or_year(ctx, iri)):
        return None  # another event told since ("Today, they held the Joint Meeting.")
    return event


def signed_at(ctx: DocContext, view: View, people: list[URIRef], *, meetings: bool = True) -> bool:
    """Whether the sentence's signing is part of the event it opens with; if so, its people are put there. A signing
    the parties do "at the meeting" is told apart from it, unless ``meetings``."""
    match = AT_EVENT.match(view.masked)
    event = fronting_event(ctx, view) if match is not None and (meetings or match.group("head") != "meeting") else None
    if event is None:
        return False
    witnessed = WITNESSED.search(view.masked)
    for person in dict.fromkeys(people + (view.people(witnessed.group("who")) if witnessed else [])):
        ctx.findings.add(event, SDO.attendee, person, view.sentence)
    ctx.remember_event(WITHIN, event)
    return True
