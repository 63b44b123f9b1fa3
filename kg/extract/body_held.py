"""An event a body holds, named by its kind alone: "The Education Bureau (EDB) and the Riverton Education
Commission jointly held a ceremony today (May 6) at the Lakeside Education Centre for 30 new pairs of sister
schools", "the Bureau hosted a sharing session on STEM education".

A bare "a ceremony" names no event by its words: what it is "for" or "on" does ("Ceremony for 30 new pairs of
sister schools"), else its host does ("Ceremony held by the EDB"). The bodies that held it organised it; its
day is the sentence's or the narrative's, its place a venue named right after it. An event already read in
the words ("a sharing session") gets the bodies as organisers and, undated, the day; so does one named in full right
after the verb ("the IPD and the SIPA jointly organised the Hong Kong-Shanghai IP Seminar"), whose bodies may be short
names the text defined.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_event
from kg.extract.itinerary import when_said
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import ORG_HEADS
from kg.extract.venues import locate_at_venue

VERBS = ("held", "hosted", "organised", "organized", "staged")
KINDS = (r"ceremony|(?:sharing|briefing|matching|exchange|information)\s+session|seminar|forum|workshop"
         r"|round-?table|symposium|exhibition|conference|competition|friendly|tournament|gala|concert|drill|exercise")
HELD = re.compile(rf"\s+(?:(?:jointly|also|today|yesterday|then|later)(?:\s*\([^()]{{1,30}}\))?\s+){{0,2}}"
                  rf"(?:held|hosted|organi[sz]ed|co-organi[sz]ed|staged)\s+(?:(?:a|an)|(?P<their>their|its))\s+"
                  rf"(?P<kind>(?:[\w-]+\s+){{0,2}}?(?:{KINDS}|(?<=their\s)(?:[\w-]+\s+){{0,2}}?meeting))\b")
# "the IPD and the SIPA jointly organised the Hong Kong-Shanghai IP Seminar": the event named right after
HELD_THE = re.compile(r"\s+(?:(?:jointly|also|then|later)\s+){0,2}(?:held|hosted|organi[sz]ed|co-organi[sz]ed|co-hosted|staged)\s+the\s+(?P<kind>)")
# Words between "the" and an event read without them: "held the first financial co-operation working meeting",
# "the first ⟦place⟧/⟦place⟧ innovation and technology co-operation working meeting" (no clause of its own between).
MODIFIERS = re.compile(r"(?:(?!(?:in|at|on|of|for|to|with|after|before|during|which|that|was|were|is|are)\s)(?:[\w'’-]+|⟦place:\d+⟧(?:[/-]⟦place:\d+⟧)?)\s+){1,6}")
# "a travel trade seminar and business-matching session": one event told in two, which the bodies' holding leaves alone.
PAIRED = re.compile(rf"\s+and\s+(?:[\w-]+\s+){{0,3}}?(?:{KINDS}|session)\b")
# "A working meeting between A and B was held": the two bodies organised it.
BETWEEN = re.compile(r"\b(?P<kind>meeting)\s+between\s+(?P<who>[^,;.]{3,200}?)\s+(?:was|were)\s+held\b")
# The subject's clause starts after a comma, a semicolon or a dash: "Following the ceremony, the EDB hosted ...";
# or after a paper's paragraph number and status tag: "6. The FSTB and ... held", "2.43 (Ongoing) The EDB held".
CLAUSE_START = re.compile(r".*(?:[,;]\s+|\s[-–—]\s+|^(?:(?:\d{1,2}\.\d{1,2}\.?|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+)?(?:\([A-Z][a-z]{2,10}\)\s+)?)", re.S)
# "Representatives of the Bureau", "Members of the Council": people of a body, not one.
PEOPLE_OF = (r"(?!(?:Representatives?|Members?|Officials?|Officers?|Staff|Students?|Delegates?|Delegations?|Leaders?|Heads?"
             r"|Teachers?|Experts?|Scholars?|Colleagues?|Friends?|Partners?|Chairm[ae]n|Directors?)\s)")
# One body of the subject: a mention, a name ending in a body's word (and what it is for: "Centre for Food Safety"),
# or an abbreviation the text defined; its short name ("(Shanghai AMR)") and the department it belongs to ("(CFS) of
# the ⟦org⟧") are no bodies of their own.
BODY = re.compile(rf"(?:[Tt]he\s+)?(?:⟦org:(?P<i>\d+)⟧|(?P<name>(?:⟦place:\d+⟧\s+)?{PEOPLE_OF}[A-Z][\w'&-]*(?:\s+(?:of|and|for|the|&|[A-Z][\w'&-]*)){{0,8}}?\s+{ORG_HEADS}"
                  r"(?:\s+for\s+[A-Z][\w'&-]*(?:\s+(?:and\s+)?[A-Z][\w'&-]*){0,3})?)"
                  r"|[A-Z]{2,8})(?:\s*\((?P<short>(?:(?:⟦place:\d+⟧|[A-Z][a-z]+)\s)?[A-Z][\w&-]{1,10})\)"
                  rf"(?:\s+of\s+(?:the\s+)?(?:⟦org:\d+⟧|[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){{0,5}}?\s+{ORG_HEADS})(?:\s*\([A-Z][\w&-]{{1,10}}\))?)?)?")
# Its day right after it: "a ceremony today (May 6)".
DAY = re.compile(r"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening))(?:\s*\([^()]{1,30}\))?")
AT = re.compile(r"\s+at\s+(?:the\s+)?(?:[A-Z][\w'’&-]*|⟦(?:place|org):\d+⟧)(?:\s+(?:of\s+|and\s+)?(?:[A-Z][\w'’&-]*|⟦(?:place|org):\d+⟧)){0,8}")
# What it is for: "for 30 new pairs of sister schools", "on STEM education", to the end of the clause.
FOR = re.compile(r"\s+(?P<what>(?:for|on)\s+(?!(?:the|a|an|this|that|its|their|his|her)\s+(?:occasion|day|evening|morning|afternoon)\b)"
                 r"(?:[^,;.()⟦]|⟦place:\d+⟧){3,100}?)(?=\s*[,;.(]|\s+(?:at|in|which|where|to|with|attended|during|after|before|following|today|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b|$)")
# "Following the ceremony, the EDB hosted ...": on the day of the event told.
AFTER = re.compile(r"^(?:Following|After)\s+the\s+(?P<head>ceremony|forum|seminar|reception|exhibition|conference|workshop|symposium),")
# Not held, or held as a habit: "has never held a ceremony", "hosts a seminar every year".
DENIED = re.compile(r"\b(?:not|never|n't|no\s+longer)\s+(?:\w+\s+){0,3}$")
# "a public consultation exercise": a consultation, not an event held.
CONSULTED = re.compile(r"(?i)\bconsultation\b")
HABIT = re.compile(r"\b(?:every|each)\s+(?:year|month|week)\b|\bannually\b|\bregularly\b")


def find_body_held(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The events bodies held that the sentence names by kind alone; bodies as organisers of one read already."""
    masked = view.masked
    if " between " in masked and (between := BETWEEN.search(masked)):
        told = next((h for h in hits if h.start <= between.start("kind") < h.end), None)
        if told is not None and (bodies := _bodies(ctx, view, between.group("who"))):
            _organised(ctx, view, dates, told.iri, bodies, between)
            locate_at_venue(ctx, view, told.iri, between.end())
    if hits and " the " in masked:
        _held_the(ctx, view, dates, hits)
    if not any(f" {verb} a" in masked or f" {verb} their" in masked or f" {verb} its" in masked for verb in VERBS):
        return []
    found = []
    for match in HELD.finditer(masked):
        bodies = _bodies(ctx, view, CLAUSE_START.sub("", masked[:match.start()], count=1))
        if not bodies or CONSULTED.search(match.group("kind")) or HABIT.search(masked, match.end()) \
                or DENIED.search(masked, max(0, match.start() - 30), match.start("kind")):
            continue
        told = next((h for h in hits if h.start <= match.start("kind") < h.end), None)
        if told is not None or match.group("their"):  # "held their 13th working meeting": the meeting named
            if told is not None and not PAIRED.match(masked, told.end):
                _organised(ctx, view, dates, told.iri, bodies, match)
            continue
        found.append(EventHit(_held(ctx, view, dates, match, bodies), match.start("kind"), match.end()))
    return found


def _held_the(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> None:
    """Bodies (a short name the text defined among them) that held the event the sentence names right after."""
    for match in HELD_THE.finditer(view.masked):
        told = next((h for h in hits if h.start <= match.end() <= h.start + 4
                     or h.start > match.end() and MODIFIERS.fullmatch(view.masked, match.end(), h.start)), None)  # with its "the" or without
        bodies = _bodies(ctx, view, CLAUSE_START.sub("", view.masked[:match.start()], count=1)) if told else []
        if bodies and not DENIED.search(view.masked, max(0, match.start() - 30), match.start()):
            _organised(ctx, view, dates, told.iri, bodies, match)


def _bodies(ctx: DocContext, view: View, subject: str) -> list[URIRef]:
    """The bodies a subject names ("The Education Bureau (EDB) and the ⟦org⟧"), none if any part is not one."""
    out, carried = [], ""
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+(?=the\s|⟦)", subject.strip()):
        part = f"{carried} and {part}" if carried else part  # "the Financial Services and the Treasury Bureau"
        body = BODY.fullmatch(part)
        if body is None:
            carried = part
            continue
        carried = ""
        if body.group("i") is not None:
            if (entity := view.mention(body.group("i")).entity) is None or entity.kind != "org":
                return []
            out.append(ctx.entity_iri(entity))
        elif body.group("name") is not None:
            out.append(ctx.org(unmask(body.group("name"), view.mentions), view.sentence))
        elif part.strip().removeprefix("the ").removeprefix("The ") in ctx.short_names:
            out.append(ctx.org(part.strip(), view.sentence))
        else:
            return []
    return [] if carried else out


def _held(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match, bodies: list[URIRef]) -> URIRef:
    """The event, labelled by what it is for (else by who held it), with its organisers, day and venue."""
    masked = view.masked
    day = DAY.match(masked, match.end())
    after = day.end() if day else match.end()
    venue = AT.match(masked, after)
    purpose = FOR.match(masked, venue.end() if venue else after) or FOR.match(masked, after)
    kind = match.group("kind")
    who = re.sub(r"^[Tt]he\s+", "the ", CLAUSE_START.sub("", view.masked[:match.start()], count=1).strip())
    words = f"{kind} {purpose.group('what')}" if purpose else f"{kind} held by {who}"
    head = "ceremony" if kind.endswith("ceremony") else kind.split()[-1].lower()
    start, _ = when_said(ctx, view, dates, match.start("kind"))
    iri = record_event(ctx, view, event_label(view, words), head, False, None if start is None else _Day(start))
    _organised(ctx, view, dates, iri, bodies, match)
    locate_at_venue(ctx, view, iri, after)
    ctx.remember_event(head, iri)
    return iri


def _organised(ctx: DocContext, view: View, dates: list[DateSpan], iri: URIRef, bodies: list[URIRef], match: re.Match) -> None:
    """The bodies organised the event, which is on the day told when it has none."""
    f, s = ctx.findings, view.sentence
    for body in bodies:
        f.add(iri, SDO.organizer, body, s)
    if f.has(iri, SDO.startDate):
        return
    after = AFTER.match(view.masked)
    told = next((e for h, e in reversed(ctx.events) if h == after.group("head") and "/signing-" not in str(e)), None) if after else None
    days = list(f.objects(told, SDO.startDate)) if told is not None else []
    for start in days or [d for d in [when_said(ctx, view, dates, match.start("kind"))[0]] if d is not None]:
        f.add(iri, SDO.startDate, start, s)


class _Day:
    """The day an unnamed event is keyed by."""

    def __init__(self, start: Literal) -> None:
        self.start = start
