"""The meeting before or after the one a text tells: "Its previous meeting was held in Shanghai in November
2024", "since the last meeting, held in Hangzhou last September", "Its next session will take place in Hong
Kong".

A working group's release recalls where and when its previous meeting was, or says where the next one
will be: that is an event of its own, with a place and (where the clause gives one) a date, labelled
"Previous meeting" or "Next meeting". Not where the body is the mechanism itself: its meetings are plenary
sessions, which kg.extract.sessions reads.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import record_dates, record_event
from kg.extract.mentions import View, masked_pos

OTHER = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:(?P<before>previous|last)|(?P<after>next))\s+(?P<head>meeting|session)"
    r"(?(before)(?:,\s+(?:which\s+was\s+)?held|\s+(?:was|had\s+been)\s+held|\s+took\s+place)"
    r"|(?:,\s+to\s+be\s+held|\s+(?:will|is\s+to|is\s+scheduled\s+to)\s+(?:be\s+held|take\s+place)))"
    r"\s+in\s+⟦place:(?P<i>\d+)⟧(?P<rest>(?:(?!\b(?:[Ii]ts|[Tt]heir|[Tt]he)\s+(?:previous|last|next)\s)[^;])*)")
# The mechanism as the subject just before: "The Conference was set up in 2003. Its last session ...".
MECHANISM_FIRST = re.compile(r"^(?:The\s+)?⟦conf")
# The bodies a sentence names, the first of which (its subject's) "Its" in the next stands for ("... said the
# Conference had achieved fruitful results. Its next session ...", not "The working meeting was set up under
# the Conference mechanism. Its last session ..."); "the Conference" once the document named the mechanism.
BODY = re.compile(r"⟦(?:conf|org):\d+⟧|\b[Tt]he\s+Conference\b|\b(?:[Gg]roup|[Tt]ask\s+[Ff]orce|[Cc]ommittee|[Cc]ouncil"
                  r"|[Cc]ommission|[Pp]anel|[Bb]oard|[Ff]orum|[Mm]eeting)\b")
# Years the words give outright: a previous meeting dated by a month or day alone is not after the writing.
YEAR_GIVEN = frozenset({"mdy", "dmy", "md_year", "my", "year", "since", "years_ago", "rel_year"})
CLAUSE_END = re.compile(r",\s+(?:and|but|while|which|where)\b|\s+and\s+(?:is|was|will|has|had)\b")


def find_other_meetings(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """The previous or next meeting a sentence places, as an event with its place and date."""
    masked = view.masked
    if "meeting" not in masked and "session" not in masked or "plenary" in masked.lower():
        return []
    found = []
    for match in OTHER.finditer(masked):
        place = view.mention(match.group("i")).entity
        if place is None or place.kind != "place" or _of_mechanism(ctx, view, match):
            continue
        if match.group("head") == "session" and match.group(0)[:3].lower() == "the":
            continue  # "The next session will take place in ...": a part of a forum's programme
        end = match.start("rest") + (m.start() if (m := CLAUSE_END.search(match.group("rest"))) else len(match.group("rest")))
        span = next((d for d in dates if match.start("rest") <= masked_pos(view, d.center) < end
                     and d.kind not in ("since", "years_ago")), None)
        if span is not None and match.group("before"):
            span = _not_after(span, ctx.published)
        label = f"{'Previous' if match.group('before') else 'Next'} {match.group('head')}"
        iri = record_event(ctx, view, label, "meeting", False, span)
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
        if span is not None:
            record_dates(ctx, view, iri, span)
        found.append(iri)
    return found


def _of_mechanism(ctx: DocContext, view: View, match: re.Match) -> bool:
    """Whether "its"/"the" meeting is the mechanism's: it is named in the sentence before the phrase, or opens
    the sentence before a sentence that says "Its"."""
    if "⟦conf" in view.masked[:match.start()]:
        return True
    if not match.group(0)[:3].lower() == "its" or len(ctx.views) < 2:
        return False
    before = ctx.views[-2][1].masked
    if MECHANISM_FIRST.match(before):
        return True
    first = BODY.search(before)
    named = any("⟦conf" in v.masked for _, v, _ in ctx.views[:-1])
    return first is not None and (first.group(0).startswith("⟦conf") or named and first.group(0).endswith("Conference"))


def _not_after(span: DateSpan, published: date | None) -> DateSpan:
    """A previous meeting's month or day, a year earlier where the sentence's other words ("..., which will
    report to ... in August,") made it one still to come."""
    if published is None or span.kind in YEAR_GIVEN or str(span.start)[:4] != str(published.year):
        return span
    text = str(span.start)
    if text[5:] <= published.isoformat()[5:len(text)]:
        return span
    earlier = Literal(f"{published.year - 1}{text[4:]}", datatype=span.start.datatype)
    return replace(span, start=earlier, end=None)
