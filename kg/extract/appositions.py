"""Events named and then said to be events by an apposition: "Riverton Style 2031, a four-day promotion
organised by X, opened today at Y", "Design Week, an annual showcase of brands, runs until 12 May".

Releases often give a promotion's own name without an event word in it ("Hong Kong Style Shanghai 2017",
"Design Riverton") and say what it is in the apposition after the comma. The name is capitalised words (a
year, places and bodies among them) and the apposition is "a"/"an" with at most three lower-case words
before an event noun; what follows it in the sentence says who organised it ("organised by X"), when it opened
and where ("opened today at the Y Centre"), and until when it runs. A length in days ("a four-day
promotion") and its first day give its last, unless the sentence states its end ("was extended until 10
May"). A person or body described by an apposition ("Mr X, a former mayor", "the council, an organiser of
fairs") is no event: the name holds no person, and the noun follows at most adjectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_words import DAY_KINDS, FUNCTION, TOKEN, WHERE
from kg.extract.event_record import EventHit, record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.organisers import organisers
from kg.extract.patterns import count
from kg.extract.venues import locate_at_venue

KINDS = {"promotion": SDO.Event, "showcase": SDO.ExhibitionEvent, "exhibition": SDO.ExhibitionEvent,
         "expo": SDO.ExhibitionEvent, "fair": SDO.ExhibitionEvent, "festival": SDO.Festival,
         "carnival": SDO.Festival, "celebration": SDO.Festival, "forum": SDO.BusinessEvent,
         "conference": SDO.BusinessEvent, "summit": SDO.BusinessEvent, "seminar": SDO.EducationEvent,
         "symposium": SDO.EducationEvent, "workshop": SDO.EducationEvent, "roadshow": SDO.BusinessEvent,
         "concert": SDO.MusicEvent, "performance": SDO.Event, "gala": SDO.SocialEvent,
         "competition": SDO.Event, "contest": SDO.Event, "event": SDO.Event, "campaign": SDO.Event,
         "series": SDO.Event, "week": SDO.Festival, "marathon": SDO.Event, "race": SDO.Event}
# The name and its apposition: "<Name>, a four-day promotion" (then who organised it, or the verb).
APPOSED = re.compile(
    rf"(?<![\w⟧\"'’-])(?!(?:{FUNCTION}|The|A|An|Mr|Mrs|Ms|Dr|Professor)\b)(?P<name>{TOKEN}(?:\s+(?:(?:of|and|for|the|in|&)\s+)?{TOKEN}){{1,8}})"
    rf",\s+(?:a|an)\s+(?P<desc>(?:(?!(?:of|the|by|in|and|for|to|with|at|on)\b)[a-z\d][\w'-]*\s+){{0,3}}?)(?P<kind>{'|'.join(KINDS)})\b"
    r"(?=\s*[,;.(]|\s+(?:jointly|co-organi[sz]ed|organi[sz]ed|held|hosted|presented|staged|that|which|of|on|for|to|featuring|with"
    r"|in|at|showcasing|celebrating|marking|running|from|bringing|themed|titled)\b)")
# The sentence's own verb after the apposition: "..., opened today at", "..., will be held in".
OPENED = re.compile(r",\s+(?:(?:has|have|had|will|is\s+to)\s+(?:be\s+|been\s+)?)?(?:also\s+)?(?:opened|opens|open|kicked\s+off|kicks\s+off|kick\s+off"
                    r"|began|begins|begin|started|starts|start|was\s+held|is\s+held|held|takes?\s+place|took\s+place|runs|ran|run"
                    r"|was\s+launched|launched|was\s+staged|staged|is\s+being\s+held|returns|returned|return)\b")
RUNS_UNTIL = re.compile(r"\b(?:[Rr]unning|runs|will\s+run|which\s+runs|lasting|open|(?:be\s+|been\s+)?extended)\s+(?:until|till|through|to)\s+$")
# An end the sentence states in any words ("..., opened on 3 May and will close on 10 May"): a length in days gives way to it.
STATED_END = re.compile(r"\b(?:until|till|through|closes?\s+on|closed\s+on|close\s+on|ends?\s+on|ended\s+on)\s+$")
LENGTH = re.compile(r"^(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-day\b")
# "Running until 24 September, the event brings together ...": the end of the event the sentence names.
FRONT_UNTIL = re.compile(r"^(?:Running|Lasting|Open(?:\s+to\s+the\s+public)?)\s+(?:until|till|through|to)\s+")


@dataclass
class _At:
    """A span standing for an event phrase where the organiser rules read after it."""
    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last


def find_appositions(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """Events a sentence names by an apposition, with their organisers, place and dates."""
    masked, found = view.masked, []
    _ends_first(ctx, view, dates, hits)
    if ", a" not in masked:
        return found
    for match in APPOSED.finditer(masked):
        name = match.group("name")
        if any(h.start < match.end("name") and match.start() < h.end for h in hits) or "⟦person" in name:
            continue
        if re.fullmatch(r"⟦(?:place|org):\d+⟧|(?:19|20)\d\d", name.strip()) or not re.search(r"[A-Za-z⟦]", name):
            continue
        label = re.sub(r"\s+", " ", unmask(name, view.mentions)).strip()
        iri = record_event(ctx, view, label, match.group("kind"), True, None)
        ctx.findings.add(iri, RDF.type, KINDS[match.group("kind")], view.sentence)
        ctx.remember_event(match.group("kind"), iri)
        found.append(EventHit(iri, match.start("name"), match.end()))
        _facts(ctx, view, iri, match, dates)
    return found


def _ends_first(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> None:
    """"Running until 24 September, the event ...": the last day of the event named after it."""
    front = FRONT_UNTIL.match(view.masked)
    day = next((d for d in dates if d.end is None and masked_pos(view, d.start_char) == front.end()), None) if front else None
    event = next((h.iri for h in sorted(hits, key=lambda h: h.start) if day is not None and h.start > front.end()), None)
    if event is not None:
        ctx.findings.add(event, SDO.endDate, day.start, view.sentence)


def _facts(ctx: DocContext, view: View, iri, match: re.Match, dates: list[DateSpan]) -> None:
    """Who organised it, where and when it opened, until when it runs."""
    masked = view.masked
    close = masked.find(";", match.end())
    close = len(masked) if close < 0 else close
    by = re.search(r"\s+(?:(?:jointly\s+|co-)?organi[sz]ed|(?:jointly\s+)?hosted|presented)\s+(?:jointly\s+)?by\b", masked[match.end():close])
    if by is not None:
        organisers(ctx, view, iri, _At(match.start("name"), match.end() + by.start()))
    verb = OPENED.search(masked, match.end(), close)
    spans = sorted(((masked_pos(view, d.start_char), d) for d in dates), key=lambda p: p[0])
    if verb is not None:
        place = WHERE.match(masked[verb.end():close])
        if place and view.mention(place.group("i")).entity is not None:
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(view.mention(place.group("i")).entity), view.sentence)
        at = verb.end()
        for pos, d in spans:  # "opened today at the X Centre": the venue after the day
            if pos >= at and not masked[at:pos].strip():
                at = max(at, masked_pos(view, d.end_char))
        locate_at_venue(ctx, view, iri, at)
        day = next((d for at, d in spans if verb.end() <= at < close and d.kind in DAY_KINDS
                    and not RUNS_UNTIL.search(masked[:at])), None)
        if day is not None:
            record_dates(ctx, view, iri, day)
    until = next((d for at, d in spans if at >= match.end() and RUNS_UNTIL.search(masked[:at]) and d.end is None), None)
    if until is not None:
        ctx.findings.add(iri, SDO.endDate, until.start, view.sentence)
    stated = any(at >= match.end() and STATED_END.search(masked[:at]) for at, _ in spans)
    _length(ctx, view, iri, match, stated)


def _length(ctx: DocContext, view: View, iri, match: re.Match, stated: bool) -> None:
    """"a four-day promotion" that opened on a day of its own ends three days later, unless the sentence
    states its end in other words ("..., was extended until 10 May")."""
    length = LENGTH.match(match.group("desc"))
    starts = [s for s in ctx.findings.objects(iri, SDO.startDate) if s.datatype == XSD.date]
    if length is None or len(starts) != 1 or stated or ctx.findings.has(iri, SDO.endDate):
        return
    n = count(length.group("n"))
    if n >= 2:
        last = date.fromisoformat(str(starts[0])) + timedelta(days=n - 1)
        ctx.findings.add(iri, SDO.endDate, Literal(last.isoformat(), datatype=XSD.date), view.sentence)
