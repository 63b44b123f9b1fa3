"""When a visit ends: the visitor "will return ... tomorrow (June 26)", "concluded her visit to X today",
goes "before returning to Hong Kong in the afternoon", moves on to the next city on the release's day, or
the last day of "a three-day visit"."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.visit_length import length_dates
from kg.namespaces import HKSH

RETURN = re.compile(r"⟦person:(?P<p>\d+)⟧,?\s+(?:will\s+)?(?:return|returns|returned|is\s+returning|will\s+conclude|concluded"
                    r"|(?:concludes|wrapped\s+up|wraps\s+up|completed|completes)(?=\s+(?:his|her|their)\s+(?:(?!(?:of|the|on|for|about)\b)[\w-]+\s+){0,3}?(?:visit|trip)\b))\b"
                    # "<person> arrived in Shanghai yesterday (May 7) and will return to Hong Kong tomorrow (May 9)"
                    r"|⟦person:(?P<p3>\d+)⟧\s+(?:arrived|arrives)\b[^.;]{0,100}?\band\s+(?:will\s+)?(?:return|returns|leave|leaves)\b"
                    # "<person> is leading a delegation on a three-day visit to <place>, which ends tomorrow (May 9)", "... that ends on Friday"
                    r"|⟦person:(?P<p2>\d+)⟧[^.;]*?\b(?:visit|trip|tour)\b[^.;]*?(?:,\s+which|\s+(?:which|that))\s+(?:ends|will\s+end|concludes|will\s+conclude)\b")
# Away from home: "<person> will return to Hong Kong", "... before leaving for Ningbo", "during Mr Lam's absence".
# The programme's last item, then home: "Tomorrow (May 9), Mr A will visit X before returning to Hong Kong in
# the afternoon", "... before leading the delegation back to Shanghai on Saturday".
LEAVING = re.compile(r"⟦person:(?P<p>\d+)⟧[^.;]*?\bbefore\s+(?:returning|leaving|departing"
                     r"|leading\s+(?:the|his|her|its)\s+delegation\s+back)\b(?P<rest>[^.;]*)")
SAME_DAY = re.compile(r"\s+(?:(?:to|for)\s+)?⟦place:\d+⟧\s+(?:in\s+the\s+(?:afternoon|evening)|later\s+(?:that|the\s+same)\s+day)\b")
# Leaving for the next city on the sentence's day: "Tomorrow, Mr A will attend a luncheon before leaving for Ningbo".
ONWARD = re.compile(r"\s+for\s+⟦place:(?P<place>\d+)⟧\s*(?:[.;]|$)")
# "a three-day visit", "her two-day official visit": the visit's length.
DAYS = re.compile(r"\b(?P<n>[2-7]|(?i:two|three|four|five|six|seven))-day\s+(?:(?:official|duty|working|study)\s+)?(?:visit|trip)\b")
VISIT_TO = re.compile(r"\bvisit\s+to\s+⟦place:(?P<place>\d+)⟧")
RETURN_TO = re.compile(r"\b(?:(?:return(?:s|ed|ing)?|back)\s+to|(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+for)\s+⟦place:(?P<place>\d+)⟧")


def visit_of(ctx: DocContext, person: URIRef) -> URIRef | None:
    """The person's visit to a place, rather than one item of its programme (kg.extract.itinerary)."""
    visits = visits_of(ctx, person)
    return next((v for v in visits if "/visit-of-" in str(v)), visits[0] if visits else None)


def visits_of(ctx: DocContext, person: URIRef) -> list[URIRef]:
    """Every visit the person went on, programme items included, in the order first stated."""
    return [s for s in ctx.findings.subjects(SDO.attendee, person) if ctx.findings.has(s, RDF.type, HKSH.Visit)]


def visit_ends(ctx: DocContext) -> None:
    """A visit ends when the visitor "will return ... tomorrow (June 26)", "concluded her visit to X
    today", goes "before returning to Hong Kong in the afternoon" (on the sentence's day) or "before
    leaving Hong Kong on Saturday"; else, a visit whose first day is known and which the text calls "a
    three-day visit" ends on its third day."""
    for sentence, view, dates in ctx.views:
        match = RETURN.search(view.masked)
        leaving = None if match else _leaving(ctx, view, dates)
        if leaving is not None and not ctx.findings.objects(leaving[0], SDO.endDate):
            ctx.findings.add(leaving[0], SDO.endDate, leaving[1], sentence)
        if match and dates:
            later = match.group("p2") or match.group("p3")  # the end is the date said after "which ends", "and will return"
            ends = [d for d in dates if masked_pos(view, d.start_char) >= match.end()] if later else dates
            visit = _ending_visit(ctx, view, view.mention(match.group("p") or later).ref) if ends else None
            if visit is not None:
                ctx.findings.add(visit, SDO.endDate, ends[0].start, sentence)
    _moving_on(ctx)
    for _, view, dates in ctx.views:
        match = DAYS.search(view.masked)
        people = re.findall(r"⟦person:(\d+)⟧", view.masked[:match.start()]) if match else []
        visit = _ending_visit(ctx, view, view.mention(people[-1]).ref, whole=True) if people else None
        if visit is not None:
            length_dates(ctx, visit, match, view, dates)


def _moving_on(ctx: DocContext) -> None:
    """A visitor who goes on to another city ("arrived in Hangzhou in the evening to continue the visit")
    on the release's own day ends their visit to the one before that day."""
    people = {p for v in ctx.findings.subjects(RDF.type, HKSH.Visit) for p in ctx.findings.objects(v, SDO.attendee)}
    for person in sorted(people, key=str):
        visits = [v for v in visits_of(ctx, person) if "/visit-of-" in str(v)]
        for visit, following in zip(visits, visits[1:]):
            starts, begun = ctx.findings.objects(following, SDO.startDate), ctx.findings.objects(visit, SDO.startDate)
            if len(starts) != 1 or starts[0].toPython() != ctx.published or ctx.findings.objects(visit, SDO.endDate):
                continue  # moving on today, as the release tells it; a move planned for later may yet change
            if all(b.datatype == XSD.date and b.toPython() <= starts[0].toPython() for b in begun):
                sentence = min(ctx.findings.triples[(following, SDO.startDate, starts[0])])
                ctx.findings.add(visit, SDO.endDate, starts[0], sentence)


def _leaving(ctx: DocContext, view: View, dates: list[DateSpan]) -> tuple[URIRef, Literal] | None:
    """The visit a programme's last item ends and its day: "Tomorrow (May 9), Mr A will visit X before
    returning to Hong Kong in the afternoon", "... in Nanjing today, before returning to Hong Kong
    tomorrow" (the visit to a place the sentence names first), "Tomorrow, Mr A will attend a luncheon
    before leaving for Ningbo" (a city the visit goes on to)."""
    match = LEAVING.search(view.masked)
    if match is None:
        return None
    person, rest = view.mention(match.group("p")).ref, match.group("rest")
    after = [d for d in dates if masked_pos(view, d.start_char) >= match.start("rest")]
    onward = ONWARD.match(rest)
    onward = onward and _next_stop(ctx, person, view.mention(onward.group("place")).entity)
    if len(after) == 1 and len(dates) <= 2:
        day = after[0].start
    elif (SAME_DAY.match(rest) or onward) and len(dates) == 1:
        day = dates[0].start
    else:
        return None
    before = {ctx.entity_iri(e) for i in re.findall(r"⟦place:(\d+)⟧", view.masked[:match.start("rest")])
              if (e := view.mention(i).entity) is not None and e.kind == "place"}
    visits = [v for v in visits_of(ctx, person) if "/visit-of-" in str(v)
              and any(ctx.findings.has(v, SDO.location, place) for place in before)]
    visit = visits[0] if visits else _ending_visit(ctx, view, person, whole=True)
    return (visit, day) if visit is not None else None


def _next_stop(ctx: DocContext, person: URIRef | None, place) -> bool:
    """Whether the person also visits the place they leave for: the programme's next city, not one of the
    mechanism's two (home, or the city the visit is to)."""
    return place is not None and place.kind == "place" and place.id not in ("hong-kong", "shanghai") and any(
        ctx.findings.has(v, SDO.location, ctx.entity_iri(place)) for v in visits_of(ctx, person) if "/visit-of-" in str(v))


def _ending_visit(ctx: DocContext, view: View, person: URIRef | None, whole: bool = False) -> URIRef | None:
    """The visit a sentence ends: the person's visit to the place it names ("concluded her visit to
    Shanghai"), not one to the place they return to ("returned to Hong Kong"), else their first visit (a
    whole visit only, not one item of its programme, when ``whole``)."""
    if person is None:
        return None
    visits = [v for v in visits_of(ctx, person) if "/visit-of-" in str(v)]
    for regex, wanted in ((VISIT_TO, True), (RETURN_TO, False)):
        match = regex.search(view.masked)
        entity = view.mention(match.group("place")).entity if match else None
        if entity is not None and entity.kind == "place":
            place = ctx.entity_iri(entity)
            visits = [v for v in visits if ctx.findings.has(v, SDO.location, place) == wanted] or visits
    return visits[0] if visits else None if whole else visit_of(ctx, person)
