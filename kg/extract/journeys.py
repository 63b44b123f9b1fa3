"""A group's journey named by its travellers and destination: "during a four-day mission of Hong Kong
manufacturers to the city led by its Chairman, Mr A", "A five-day study tour of 40 youth leaders to Shanghai,
organised by the B Federation, ended today (August 20)"; and its days told again later: "The mission, which ran
from 8 to 11 June, brought together ...".

Releases name a group's journey so, as the frame of the day they tell (a signing "during" it) or as their
news. The journey is an event labelled as named ("Mission of <group> to <place>"), held at its destination (for
"the city", the sentence's place before it), attended by whom it is "led by", organised by whom it is
"organised by", on the days the sentence gives: a range, or its last day ("ended today") with its first
counted back by its length. Only a group ends the phrase (manufacturers, students, leaders ...): "a tour of
the plant to ..." names no journey.
"""

from __future__ import annotations

import re
from datetime import timedelta

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import event_label, record_event
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import NOT_HELD, ORG_HEADS, count

GROUP = (r"manufacturers|executives|entrepreneurs|businesspeople|industrialists|investors|traders|merchants|members"
         r"|leaders|students|teachers|principals|educators|officials|civil\s+servants|legislators|lawmakers|delegates"
         r"|representatives|professionals|youths|young\s+people|companies|firms|enterprises|start-ups|startups"
         r"|journalists|experts|scholars|academics|researchers|athletes|artists|practitioners")
JOURNEY = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)\s+(?:(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})-day\s+)?"
    r"(?P<kind>(?:(?:study|business|trade|exchange|fact-finding|investment|learning)\s+)?(?:mission|tour|trip|visit))\s+(?:of|by)\s+"
    rf"(?P<who>(?:\d{{1,4}}\s+)?(?:(?:⟦(?:place|org):\d+⟧|[A-Za-z][\w'-]*)\s+){{0,5}}?(?:{GROUP}))"
    r"(?:\s+from\s+⟦(?:place|org):\d+⟧)?\s+to\s+(?:⟦place:(?P<place>\d+)⟧|the\s+(?P<city>city))")
# The leaders named right after the journey, not one who met it ("led by the Council and welcomed by Mr A").
LED = re.compile(r"^\s*,?\s*(?:(?:which\s+(?:was|is)\s+)?(?:led|headed)\s+by)\s+(?P<who>(?:(?!\bby\b)[^,;.])*?(?:⟦person:\d+⟧))")
# Its organisers right after it or after its leaders, not an organiser of what the group did there.
ORGANISED = re.compile(r"^(?:\s*,?\s*(?:which\s+(?:was|is)\s+)?(?:led|headed)\s+by\s+[^,;.]{0,80}?)?\s*,?\s*(?:and\s+)?"
                       r"(?:which\s+(?:was|is)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|arranged)\s+by\s+(?:the\s+)?(?:⟦org:(?P<o>\d+)⟧"
                       rf"|(?P<n>[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){{0,5}}?\s+(?:{ORG_HEADS})\b))")
# Its own end, not one of a thing reported ("Members of a tour ... said the exhibition ended on Sunday").
ENDED = re.compile(r"(?:(?!\b(?:said|says|told|that|where|when|saw|seen)\b)[^.;]){0,160}?\b(?:ended|ends|concluded|concludes|wrapped\s+up|wraps\s+up|will\s+end|will\s+conclude)\b")
# The journey named again with its days: "The mission, which ran from 8 to 11 June, ...".
AGAIN = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<kind>mission|tour|trip|visit),\s+which\s+"
                   r"(?:ran|lasted|took\s+place|was\s+held|runs|will\s+run)\s+from\b")
# A clause of another thing after the journey ("..., the group visited the Expo, which runs from ..."): its days.
OTHER_CLAUSE = re.compile(r"\b(?:which|that|where)\b")
TO = re.compile(r",?\s*(?:to|until|till|–|-)\s+(?:[A-Z][a-z]+day,?\s+)?")


def find_journeys(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A group's journey named in the sentence, or its days told again."""
    masked = view.masked
    if not any(k in masked for k in ("mission", "tour", "trip", "visit")):
        return
    if (again := AGAIN.match(masked)) is not None:
        journey = next((iri for head, iri in reversed(ctx.events) if head == "journey:" + again.group("kind")), None)
        span = _range(view, dates)
        if journey is not None and span is not None and not ctx.findings.objects(journey, SDO.startDate):
            ctx.findings.add(journey, SDO.startDate, span[0], view.sentence)
            ctx.findings.add(journey, SDO.endDate, span[1], view.sentence)
        return
    if " of " not in masked and " by " not in masked or NOT_HELD.search(masked):
        return
    for match in JOURNEY.finditer(masked):
        _journey(ctx, view, dates, match)


def _journey(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    place = match.group("place") or _city_before(view, match.start())
    entity = view.mention(place).entity if place is not None else None
    if entity is None or entity.kind != "place":
        return
    if _told(ctx, match.group("kind").split()[-1], entity.name):
        return
    label = event_label(view, f"{match.group('kind')} of {match.group('who')} to ⟦place:{place}⟧")
    iri = record_event(ctx, view, label, match.group("kind").split()[-1], False, None)
    f, s, rest = ctx.findings, view.sentence, view.masked[match.end():]
    ctx.remember_event("journey:" + match.group("kind").split()[-1], iri)
    f.add(iri, SDO.location, ctx.entity_iri(entity), s)
    if (led := LED.match(rest)) is not None:
        for person in view.people(led.group("who")):
            f.add(iri, SDO.attendee, person, s)
    if (org := ORGANISED.match(rest)) is not None:
        if org.group("n") is not None:
            f.add(iri, SDO.organizer, ctx.org(org.group("n"), s), s)
        elif (body := view.mention(org.group("o")).entity) is not None:
            f.add(iri, SDO.organizer, ctx.entity_iri(body), s)
    _days(ctx, view, dates, match, iri)


def _days(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match, iri: URIRef) -> None:
    """A range the sentence gives, or the last day an "ended" gives and the first counted back by the length."""
    f, s = ctx.findings, view.sentence
    other = OTHER_CLAUSE.search(view.masked, match.end() + 3)
    span = _range(view, dates, other.start() if other is not None else None)
    if span is not None:
        f.add(iri, SDO.startDate, span[0], s)
        f.add(iri, SDO.endDate, span[1], s)
        return
    ended = ENDED.match(view.masked, match.end())
    n = match.group("n")
    if ended is None or n is None:
        return
    after = [d for d in dates if masked_pos(view, d.start_char) >= ended.end() and d.end is None and d.start.datatype == XSD.date]
    if not after:
        return
    last = after[0].start.toPython()
    days = count(n)
    f.add(iri, SDO.startDate, Literal(last - timedelta(days=days - 1), datatype=XSD.date), s)
    f.add(iri, SDO.endDate, after[0].start, s)


def _told(ctx: DocContext, kind: str, place: str) -> bool:
    """Whether the document recorded a journey of the kind to the place before ("the Chamber's Business Mission
    to Shanghai"): the phrase tells that one again."""
    ending = f"{kind} to {place}".lower()
    return any(str(label).lower().endswith(ending) for _, iri in ctx.events for label in ctx.findings.objects(iri, RDFS.label))


def _range(view: View, dates: list[DateSpan], before: int | None = None) -> tuple[Literal, Literal] | None:
    """The first range of days the sentence gives (before the masked position ``before`` if given)."""
    text = view.sentence.text
    if before is not None:
        dates = [d for d in dates if masked_pos(view, d.start_char) < before]
    ranges = [(d.start, d.end) for d in dates if d.end is not None]
    ranges += [(a.start, b.start) for a, b in zip(dates, dates[1:]) if TO.fullmatch(text, a.end_char, b.start_char)
               and "from" in text[max(0, a.start_char - 20):a.start_char]]
    return ranges[0] if ranges else None


def _city_before(view: View, end: int) -> str | None:
    """The place the sentence names last before ``end`` ("in Shanghai on Tuesday, during a mission ... to the city")."""
    found = re.findall(r"⟦place:(\d+)⟧", view.masked[:end])
    return found[-1] if found else None
