"""The rows of a schedule of engagements: "10am — chairs a meeting of the Policy Unit, Central Government
Offices", "3pm — meets the Consul General of X, Ms A, Government House", "9.30am — media session before ...".

A schedule tells one person's engagements, named in its lead-in ("The Chief Executive, Mr A, will attend the
following public engagements"); each row is an event that person attends, named by what the row says is done:
"Meeting with ..." for "meets", "Visit to ..." for "visits" or "tours", "Call on ..." for "calls on", else the
thing attended, chaired, hosted or received ("a luncheon for ...", "a courtesy call from ..."). The venue is the
row's last part after a comma, or "at"/"in" a place at its end; the people met or "with" the person attend too, and
so do those the next sentence says "will also attend" or "will co-officiate". The row's day is its heading's
(kg.text.schedules), given by kg.extract.posted_days. A row whose verb is none of these is left alone.

A government diary has no lead-in: each row names whose engagement it is ("9.30am — The Secretary for X, Mr A,
chairs a meeting of ..."), and a "Venue:" line under it gives its place.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_words import HEAD_WORD
from kg.extract.event_record import EventHit, event_label, record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import ORG_HEADS
from kg.extract.notice_blocks import venue_line_places
from kg.extract.venues import BODY, BUILDING, site, venue
from kg.text.schedules import TIME_ROW, VENUE_LINE, WEEKDAY_HEADING

# The lead-in naming whose engagements follow.
LEAD_IN = re.compile(r"\b(?:will\s+(?:attend|undertake|officiate\s+at|join|have)\s+the\s+following\s+(?:[a-z]+\s+){0,2}"
                     r"(?:engagements?|events?|functions?|activities|programmes?)"
                     r"|(?:itinerary|programme|schedule)\s+(?:is|will\s+be)\s+as\s+follows)\b")
# What the row says is done, and the label it gives the event: "{}" is the thing done.
VERBS = {"meets with": "Meeting with {}", "meets": "Meeting with {}", "calls on": "Call on {}", "visits": "Visit to {}",
         "tours": "Visit to {}", "inspects": "Visit to {}", "chairs": "{}", "attends": "{}", "officiates at": "{}",
         "speaks at": "{}", "addresses": "{}", "hosts": "{}", "joins": "{}", "receives": "{}", "presides over": "{}",
         "officiates at and speaks at": "{}", "attends and speaks at": "{}", "attends and addresses": "{}"}
_VERBS = "|".join(sorted(map(re.escape, VERBS), key=len, reverse=True))
VERB = re.compile(rf"(?P<verb>{_VERBS})\s+")
_CAP = r"(?:⟦place:\d+⟧|[A-Z][\w'’&.-]*)"
# The venue after the last comma ("..., Government House"), or a place at the end ("... at Victoria Park").
TRAILING_VENUE = re.compile(rf",\s+(?:the\s+)?(?P<v>{_CAP}(?:\s+(?:{_CAP}|of|and|for|the)){{0,7}})\s*$")
END_PLACE = re.compile(rf"\s+(?:at|in)\s+(?:the\s+)?(?P<v>{_CAP}(?:\s+(?:{_CAP}|of|and|for|the)){{0,7}})\s*$")
# Where the thing done ends: a clause on who organises it or who joins, another thing done.
CLAUSE = re.compile(r",\s+(?:(?:jointly\s+|co-)?organi[sz]ed\s+by|hosted\s+by|with|where|followed\s+by|together\s+with)\b"
                    r"|\s+and\s+(?:meets|visits|tours|attends|speaks|hosts|officiates|calls)\b|\s+by\s+video\s+link\b")
ORGANISED = re.compile(r",\s+(?:jointly\s+|co-)?organi[sz]ed\s+by\s+(?P<who>[^;]*?)(?=,\s+with\b|$)")
# A body the reference data lacks, named in full: "the Innovation, Technology and Industry Bureau", "the X Commission of Y".
ORGANISER = re.compile(rf"[A-Z][\w'&-]*(?:,?\s+(?:(?:of|and|for|&)\s+)?(?:[A-Z][\w'&-]*|⟦place:\d+⟧)){{0,10}}?\s+(?:{ORG_HEADS})"
                       r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w'&-]*|⟦place:\d+⟧)(?:\s+[A-Z][\w'&-]*)?)?")
ALSO = re.compile(r"\bwill\s+(?:also\s+(?:attend|be\s+present|join)|co-officiate|also\s+officiate)\b")
# A lead-in ending in a colon, or run on into its first timed row: another list than the schedule.
ANOTHER_LIST = re.compile(r":\s*$|:\s+(?=\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b)", re.I)
# Whose engagement a diary's row is, before what is done: "The Secretary for X, ⟦person⟧, chairs", "⟦person⟧ calls on".
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Professor)\s+"
SUBJECT = re.compile(rf"(?P<who>(?:⟦person:\d+⟧,\s+|[A-Z][^—;.⟦]{{2,80}}?(?:,\s+|\s+(?={_HONORIFIC})))?(?:{_HONORIFIC})?⟦person:\d+⟧),?"
                     rf"\s+(?=(?:{_VERBS})\s)")
# A row that names the event itself, by its word ("Welcome dinner ...", "Roundtable with ...", "Visit to ...").
NAMED_ROW = re.compile(r"(?=[A-Z])(?:[\w'-]+\s+){0,2}" + HEAD_WORD.pattern)
OPENING = re.compile(r"^opening\s+of\s+(?:the\s+)?")


def find_schedule_rows(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The event of a schedule's row, with who attends, where, and who organises; and the lead-in's people."""
    masked, first = view.masked, view.masked[:1]
    if "following" in masked or "as follows" in masked:
        if (lead := LEAD_IN.search(masked)) is not None and (people := view.people(masked[:lead.start()])):
            ctx.schedule = (people, None)
        return []
    if view.sentence.paragraph < 0:
        return []
    if not ctx.schedule[0]:
        return diary_row(ctx, view, dates, hits)
    if not (first.isdigit() or first in ("N", "n", "T")) or (row := TIME_ROW.match(masked)) is None:
        if ANOTHER_LIST.search(masked) and not WEEKDAY_HEADING.match(masked):  # another list's lead-in: schedule ended
            ctx.schedule = ((), None)
            return []
        if ctx.schedule[1] is not None and ALSO.search(masked):
            for person in view.people(masked[:ALSO.search(masked).start()]):
                ctx.findings.add(ctx.schedule[1], SDO.attendee, person, view.sentence)
        return []
    ctx.schedule = (ctx.schedule[0], None)
    return _row(ctx, view, dates, hits, row.end())


def row_venue(ctx: DocContext, view: View) -> bool:
    """Whether the sentence is the venue line under a schedule's row ("Venue: Conference Room, X Building"): its
    places are the row's event's (or, where no row rule read it, the first event the row names), and it names no
    event of its own."""
    if (line := VENUE_LINE.match(view.masked)) is None or view.sentence.index < 1:
        return False
    if not TIME_ROW.match(ctx.sentences[view.sentence.index - 1].text):
        return False
    row = view.sentence.index - 1
    told = (e for _, e in ctx.events if row in ctx.findings.mentions.get(e, ()))
    if (event := ctx.schedule[1] or next(told, None)) is not None:  # the row's event, or the first another rule read in it
        for place in venue_line_places(ctx, view, view.masked[line.end():].rstrip(" .")):
            ctx.findings.add(event, SDO.location, place, view.sentence)
    return True


def diary_row(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """A diary's row that names whose engagement it is ("9.30am — The Secretary for X, Mr A, chairs a meeting of
    ..."), read as a schedule's row with that person as its lead-in's; and the venue line under it ("Venue: ...")."""
    masked = view.masked
    ctx.schedule = ((), None)
    if not (masked[:1].isdigit() or masked[:1] == "T") or (row := TIME_ROW.match(masked)) is None:
        return []
    if (subject := SUBJECT.match(masked, row.end())) is None or not (people := view.people(subject.group("who"))):
        if not NAMED_ROW.match(masked, row.end()) or "lenary" in masked:
            return []
        return _row(ctx, view, dates, hits, row.end())  # "6.30pm — Welcome dinner hosted by ..., X Hotel": no one named
    ctx.schedule = (tuple(people), None)
    found = _row(ctx, view, dates, hits, subject.end())
    ctx.schedule = ((), ctx.schedule[1])
    return found


def _row(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit], at: int) -> list[EventHit]:
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", view.masked[at:].rstrip(" ."))
    places, rest = _venue(ctx, view, rest)
    verb = VERB.match(rest)
    if verb is None and not any(HEAD_WORD.match(w) for w in rest.split()[:3]):
        return []  # a row with a verb the schedule rules do not know, not an event's name ("media session before ...")
    start = verb.end() if verb else 0
    end = (clause.start() if (clause := CLAUSE.search(rest, start)) else len(rest))
    thing = re.sub(r"^(?:the|a|an)\s+", "", rest[start:end])
    if not thing or thing.startswith("⟦person"):
        return []
    offset = at + view.masked[at:].find(thing) if thing in view.masked[at:] else at
    opening = OPENING.match(thing)
    told = [h for h in hits if offset - 4 <= h.start <= offset or opening and offset + opening.end() - 4 <= h.start <= offset + opening.end()]
    found: list[EventHit] = []
    if told:
        iri = told[0].iri
    else:
        label = VERBS[verb.group("verb")].format(thing) if verb else thing
        when = DateSpan(0, 0, ctx.day) if ctx.day is not None else None
        head = "meeting" if verb and verb.group("verb").startswith(("meets", "calls")) else "event"
        iri = record_event(ctx, view, event_label(view, label), head, False, when)
        ctx.remember_event(head, iri)
        found.append(EventHit(iri, offset, offset + len(thing)))
    _facts(ctx, view, iri, rest, verb.group("verb") if verb else "", thing, places)
    if dates and not ctx.findings.has(iri, SDO.startDate):
        record_dates(ctx, view, iri, dates[0])
    elif ctx.day is not None and not ctx.findings.has(iri, SDO.startDate):
        ctx.findings.add(iri, SDO.startDate, ctx.day, view.sentence)
    ctx.schedule = (ctx.schedule[0], iri)
    return found


def _facts(ctx: DocContext, view: View, iri: URIRef, rest: str, verb: str, thing: str, places: list[URIRef]) -> None:
    f, s = ctx.findings, view.sentence
    people = list(ctx.schedule[0])
    if verb.startswith(("meets", "calls", "receives")):
        people += view.people(thing)
    if (joined := re.search(r",\s+(?:together\s+)?with\s+(?P<who>.*)$", rest)) is not None:
        people += view.people(joined.group("who"))
    for person in people:
        f.add(iri, SDO.attendee, person, s)
    named = re.match(r"[Vv]isit\s+to\s+", thing)
    if (verb in ("visits", "tours") or named) and (visited := site(ctx, view, thing[named.end():] if named else thing)) is not None:
        places = [visited, *places]
    for place in places:
        f.add(iri, SDO.location, place, s)
    if (organised := ORGANISED.search(rest)) is not None:
        for name in re.split(r"(?:,\s+|\s+)and\s+the\s+|,\s+(?:and\s+)?(?=⟦org)", re.sub(r"^the\s+", "", organised.group("who"))):
            if (known := re.fullmatch(r"⟦org:(\d+)⟧", name)) is not None and (org := view.mention(known.group(1)).entity) is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(org), s)
            elif known is None and "⟦person" not in name and ORGANISER.fullmatch(name):
                f.add(iri, SDO.organizer, ctx.org(unmask(name, view.mentions), s), s)


def _venue(ctx: DocContext, view: View, rest: str) -> tuple[list[URIRef], str]:
    """The row's venue (a known place, or a named building), and the row without it."""
    for pattern in (TRAILING_VENUE, END_PLACE):
        if (match := pattern.search(rest)) is None:
            continue
        words = match.group("v")
        if (known := re.fullmatch(r"⟦place:(\d+)⟧", words)) is not None:
            entity = view.mention(known.group(1)).entity
            return ([ctx.entity_iri(entity)] if entity is not None else []), rest[:match.start()]
        name = unmask(words, view.mentions)
        if len(words.split()) >= 2 and (re.fullmatch(BUILDING, words) or not BODY.search(name)):
            return [venue(ctx, name, view.sentence)], rest[:match.start()]
    return [], rest
