"""Visits: who went where.

"<person> visited / arrived in / will proceed to <place>", "X will lead a delegation to <place>" (its
members, as the document names them, go too), "during his visit to <place>". Meetings between people are
read in kg.extract.meetings; once the whole document is read, kg.extract.visit_links ends the visits and
makes the visitor's meetings part of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rdflib import URIRef
from rdflib.namespace import RDF, SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, FUTURE, DateSpan, unsaid_time
from kg.extract.event_record import person_name, record_dates, record_event
from kg.extract.event_words import NOT_BEFORE
from kg.extract.homeward import homeward
from kg.extract.mentions import View, masked_pos
from kg.extract.visit_length import begun
from kg.namespaces import HKSH
from kg.text.prefiltered import prefiltered

# Leading people to a place is visiting it: "X will tomorrow lead a delegation to <place>", "X led an
# eleven-member delegation ... to visit <place>", "X led members of ... to continue their visit to <place>".
LEAD = (r"(?:will\s+(?:[a-z]+\s+)?)?(?:lead|leads|led|is\s+leading|heads|headed)\s+(?:a|an|the|members)\b[^.;]*?\s+to"
        r"(?:\s+(?:(?P<cont>continue|resume)|begin|start)\s+(?:their|the|his|her)\s+visit\s+to|\s+visit)?")
# Going somewhere on a programme: "will proceed to Nanjing tomorrow", "arrived in Hangzhou", "started their
# visit to Shanghai".
MOVE = (r"arrived\s+in|arrives\s+in|(?:will\s+)?arrive\s+in|proceeded\s+to|proceeds\s+to|(?:will\s+)?proceed\s+to"
        r"|travelled\s+to|traveled\s+to|(?:will\s+)?travel\s+to|left\s+for|(?:will\s+)?leave\s+for|departed\s+for"
        r"|(?:before|after)\s+(?:leaving|departing)\s+for|(?:before|after)\s+(?:proceeding|travelling|heading)\s+to"
        r"|(?:will\s+)?depart\s+for|flew\s+to|flies\s+to|(?:will\s+)?fly\s+to|(?:started|began|begins|starts|will\s+start|will\s+begin)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to")
# Ending a visit tells it too, and its last day, which kg.extract.visit_ends reads: "concluded his
# three-day visit to Shanghai today".
ENDED = r"(?:concluded|concludes|will\s+conclude|wrapped\s+up|wraps\s+up|completed|completes)\s+(?:a|an|his|her|their)\s+(?:(?!(?:of|the|on|for|about)\b)[\w-]+\s+){0,3}?(?:visit|trip)\s+to"
VISIT = re.compile(
    r"(?:(?:delegation|team)\s+led\s+by\s+(?:\w+\s+)?⟦person:(?P<leader>\d+)⟧[^.;]*?\s|⟦person:(?P<p>\d+)⟧[^.;]*?\s|^(?P<abbr>[A-Z]{2,3})\s+)"
    rf"(?P<verb>visited|visits|is\s+visiting|will\s+visit|(?P<move>{MOVE})|(?P<lead>{LEAD})|(?P<ended>{ENDED}))\s+⟦place:(?P<place>\d+)⟧"
)
# VISIT behind the word prefilter: its matches are the pattern's own, so "match.re is VISIT" still tells them.
VISIT_SEARCHED = prefiltered(VISIT)
# A group, not a person, sets out: "Three bureau heads started their visit to Shanghai".
GROUP_VISIT = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:heads|officials|officers|secretaries|ministers|legislators|lawmakers|members|delegates"
    r"|delegation|team|group|mission)\b[^.;⟦]*?\b(?P<verb>started|began|begins|starts|kicked\s+off|continued|continues)"
    r"\s+(?:their|its|the)\s+(?:official\s+|duty\s+)?visit\s+to\s+⟦place:(?P<place>\d+)⟧")
# Not going after all: "was unable to lead a delegation to", "could not travel to".
UNABLE = re.compile(r"(?:\b(?:unable|failed|declined|refused)\s+to|\b(?:cannot|could\s+not|couldn['’]t))\s+(?:(?:personally|then|also)\s+)?$")
# Asking someone else to come is no visit of one's own: "invited Mr Chen to lead a delegation to visit Hong Kong".
INVITED = re.compile(r"\b(?:invit|encourag|urg|ask)(?:e|es|ed|ing|s)?\s+(?!to\b|by\b)[^.;]*?\bto\b")
# ... in the clause that governs the visit, not one set off by commas ("Ms A, who urged firms to invest, arrived in").
ASIDE = re.compile(r",\s+(?:who|whom|whose|which|having|after|while|when)\b[^,;.]*,")
VISIT_NOUN = re.compile(r"\b(?:this|his|her|the|their)\s+(?:official\s+)?visit\s+to\s+⟦place:(?P<place>\d+)⟧[^.;]*?⟦person:(?P<p>\d+)⟧")
# Meeting someone "and his delegation in <place>": the person is on a visit there with a delegation, begun
# on some other day ("Mayor X met with Secretary Y, ..., and his delegation in Shanghai on Tuesday"). The
# place comes straight after "delegation" (or after a day: "and his delegation on Tuesday in Shanghai"), and
# what stands between the person and "and" is a title in commas, not a clause of its own ("X, returned to
# Hong Kong today and his delegation will stay in Hangzhou"; "X and his delegation met investors in Y").
DAY_BETWEEN = (r"(?:\s+(?:today|yesterday|tonight|(?:this|tomorrow)\s+(?:morning|afternoon|evening)"
               r"|on\s+(?:\w+\s+)?\w+(?:\s+\d{4})?)(?:\s*\([^()]{1,20}\))?)?")
WITH_DELEGATION = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,(?P<title>(?:[^.;⟦]|⟦(?:org|place):\d+⟧)*?),|,)?"
                             rf"\s+and\s+(?:his|her|their)\s+delegation{DAY_BETWEEN}\s+in\s+⟦place:(?P<place>\d+)⟧")
VERB = re.compile(r"\b(?:[a-z]+ed|will|is|was|has|had|are|were)\b")
# Arriving somewhere as a delegation's leader leads it there: "arrived in Shanghai at the head of a delegation".
# (In the visitor's own clause: not "..., where the university is heading a delegation to Europe".)
HEADING = re.compile(r"\b(?:at\s+the\s+head\s+of|leading|heading)\s+(?:a|an|the|his|her)\b[^.;⟦]*?\bdelegation\b")
CLAUSE_END = re.compile(r"[;.]|,\s+(?:where|which|who|whom|whose|while|when|whereas|but|and)\b|\s(?:while|whereas)\s")
IN_PLACE = re.compile(r"\bin\s+⟦place:(?P<i>\d+)⟧")


def find_visits(ctx: DocContext, view: View, dates: list[DateSpan], abbreviations: Callable[[DocContext], dict]) -> None:
    """A visit: "<person> visited <place> from ... to ...", "<delegation led by X> visited ...", "CS visits
    <place>" (``abbreviations(ctx)`` maps short titles to this document's post holders)."""
    match = VISIT_SEARCHED.search(view.masked) or VISIT_NOUN.search(view.masked) or next(
        (m for m in WITH_DELEGATION.finditer(view.masked) if not VERB.search(m.group("title") or "")), None)
    if not match or match.re is VISIT and INVITED.search(ASIDE.sub(" ", view.masked[match.start():match.start("place")])):
        _group_visit(ctx, view, dates)
        return
    if match.re is VISIT and (NOT_BEFORE.search(view.masked, 0, match.start("verb")) or UNABLE.search(view.masked, 0, match.start("verb"))):
        return  # "had never visited Shanghai", "was unable to lead a delegation to Shanghai"
    if match.re is VISIT and match.group("abbr"):
        person = abbreviations(ctx).get(match.group("abbr"))
    else:
        relative = _relative(view.masked, match)
        person = view.mention(match.groupdict().get("leader") or relative or match.group("p")).ref
        if relative is not None:  # "met A, who will lead a delegation to X next month": not the meeting's day
            who = view.masked.rfind(", who ", match.start(), match.start("verb"))
            dates = [d for d in dates if masked_pos(view, d.start_char) > who]
    place = view.mention(match.group("place"))
    if person is None or place.entity is None or place.entity.kind != "place":
        return
    if match.re is VISIT and match.group("move") and homeward(ctx, view, match, person, dates):
        return
    place_iri = ctx.entity_iri(place.entity)
    continued = match.re is VISIT and (match.group("cont") or match.group("ended")) is not None or match.re is WITH_DELEGATION
    dates = begun(view, dates)
    when = None if continued else dates[0] if dates else _dated_presence(ctx, person, place_iri)
    if when is None and match.re is VISIT and match.group("move") and ctx.day is not None and not FUTURE.search(view.masked) \
            and not unsaid_time(view.masked):
        when = (DateSpan(0, 0, ctx.day), view.sentence)  # "arrived in Hangzhou in the evening": the narrative's day
    label = f"Visit of {person_name(ctx, person, short=True)} to {place.entity.name}"
    iri = record_event(ctx, view, label, "visit", False, None)  # one visit per visitor and place in a document
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Visit, s)
    f.add(iri, SDO.location, place_iri, s)
    f.add(iri, SDO.attendee, person, s)
    if isinstance(when, tuple):
        span, sentence = when
        f.add(iri, SDO.startDate, span.start, sentence)
    elif when is not None:
        record_dates(ctx, view, iri, when)
    led = match.re is WITH_DELEGATION or match.re is VISIT and (match.group("lead") or _heading(view.masked, match))
    if led and iri not in ctx.led_visits:
        ctx.led_visits.append(iri)
    ctx.remember_event("visit", iri)


def _relative(masked: str, match: re.Match) -> str | None:
    """The visitor a relative clause tells of: the person right before ", who" ("A and B, who is leading a
    delegation to <place>": B), not the first person of the sentence."""
    if match.re is not VISIT or match.group("p") is None or ", who " not in masked[match.start():match.start("verb")]:
        return None
    who = masked.rfind(", who ", match.start(), match.start("verb"))
    last = re.search(r"⟦person:(\d+)⟧[^⟦,]{0,3}$", masked[match.start():who])
    return last.group(1) if last else None


def _heading(masked: str, match: re.Match) -> bool:
    """Whether the visitor's own clause says they head a delegation, before or after the verb."""
    start = max((m.end() for m in CLAUSE_END.finditer(masked, 0, match.start())), default=0)
    end = CLAUSE_END.search(masked, match.end())
    return HEADING.search(masked, start, end.start() if end else len(masked)) is not None


def _dated_presence(ctx: DocContext, person: URIRef, place: URIRef) -> tuple[DateSpan, object] | None:
    """The date of a sentence that puts the visitor in the place: "X today (June 25) ... in Shanghai"."""
    for sentence, view, dates in ctx.views:
        if not dates or not any(m.ref == person for m in view.mentions):
            continue
        for m in IN_PLACE.finditer(view.masked):
            entity = view.mention(m.group("i")).entity
            if entity is not None and ctx.entity_iri(entity) == place:
                return dates[0], sentence
    return None


def _group_visit(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """"Three bureau heads started their visit to Shanghai with legislators today": a visit of the group,
    whose members are the people the document says join or make up the delegation (none when it names
    nobody)."""
    match = GROUP_VISIT.search(view.masked)
    place = view.mention(match.group("place")).entity if match else None
    if place is None or place.kind != "place":
        return
    iri = record_event(ctx, view, f"Visit to {place.name}", "visit", False, None)
    ctx.findings.add(iri, RDF.type, HKSH.Visit, view.sentence)
    ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    days = [d for d in dates if d.end is None and d.kind not in BACKGROUND]
    if match.group("verb") in ("started", "began", "begins", "starts", "kicked off") and len(days) == 1:
        record_dates(ctx, view, iri, days[0])
    if iri not in ctx.led_visits:
        ctx.led_visits.append(iri)
    ctx.remember_event("visit", iri)
