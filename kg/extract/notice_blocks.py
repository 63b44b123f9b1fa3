"""A media invitation or programme notice told as blocks of fields: "Event 1: Signing ceremony of ...",
"Date: June 18 (Thursday)", "Time: 10am", "Venue: Grand Ballroom, The Lotus Hotel, 12 Harbour Road, Xuhui
District", "Officiating guests: Mr A and Vice Mayor B" (or "Signatories:", "Witnessed by:", "Speakers:").

Each "Event N:" line opens one event, named by the whole line; the fields under it give its day, its
place (the venue, not the room or street address, and the known places the line names) and the people
who officiate or speak at it. Fields with no "Event" line above them belong to the event the notice last
named, when its lead-in opens them ("... will officiate at the opening ceremony of X. Details are as
follows:"); a page's metadata lines under an article ("Date: ...", "Location: ...") belong to none. The
people who "will attend the following events" attend each event of the notice.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_words import HEAD_WORD
from kg.extract.event_record import EventHit, record_dates, record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.venues import venue
from kg.text.notices import NOTICE_FIELD

HEADING = re.compile(r"^(?:Event|Item|Function|Activity)\s*(?:\d{1,2}|[A-H])?\s*[:：]\s*(?P<label>\S.{2,160}?)\.?$")
DAY = re.compile(r"^Dates?\s*[:：]")
PLACE = re.compile(r"^(?:Venue|Location)\s*[:：]\s*(?P<v>\S.*?)\.?$")
GUESTS = re.compile(r"^(?:Officiating\s+guests?|Guests?(?:\s+of\s+honou?r)?|Speakers?|Attendees?|Participants?|Signatories"
                    r"|Witness(?:es|ed\s+by)|Hosts?|Officiated\s+by)\s*[:：]")
# What minutes do with an item: confirm it, follow it up, report or brief on it.
AGENDA_WORDS = re.compile(r"(?i:follow[\s-]*up|reports?|progress|confirmation|matters|briefing|adoption|discussion|review|update"
                          r"|preparations?|date|any\s+other|opening|closing|welcome)\b")
LOWER_WORD = re.compile(r"\b(?!(?:of|and|for|the|on|in|to|at|with|by|from|a|an)\b)[a-z]")
# "Mr A will attend the following events", "... will officiate at the following functions".
FOLLOWING = re.compile(r"\bwill\s+(?:attend|officiate\s+at|speak\s+at|join)\s+the\s+following\s+(?:events?|functions?|activities)\b")
# The parts of a venue line that are no venue: a room or floor, a street address.
ROOM = re.compile(r"(?i:\b(?:room|ballroom|floor|level|suite|lounge|foyer|lobby)\b|/F\b)|^\d|^(?:Grand|Main|Function|Banquet|Lecture|Multi-purpose)\s+Hall\b|\bHall\s+\d|\b(?:Road|Street|Avenue|Boulevard|Lu)\b")


def find_notice_fields(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The event a notice's heading line opens, and the facts its field lines give."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    if FOLLOWING.search(masked):
        ctx.notice_people = view.people(masked[:FOLLOWING.search(masked).start()])
        return []
    heading = HEADING.match(masked)
    if heading and s.paragraph >= 0 and not _agenda_item(heading):
        return [_open(ctx, view, heading, hits)]
    event = ctx.notice or (ctx.last_event() if _led_in(ctx, s.index) else None)
    if event is None or s.paragraph < 0:
        return []
    if DAY.match(masked) and dates and not f.has(event, SDO.startDate):
        record_dates(ctx, view, event, dates[0])
    elif (place := PLACE.match(masked)) is not None:
        for part in venue_line_places(ctx, view, place.group("v")):
            f.add(event, SDO.location, part, s)
    elif GUESTS.match(masked):
        for person in view.people(masked):
            f.add(event, SDO.attendee, person, s)
    return []


def _agenda_item(heading: re.Match) -> bool:
    """Whether an "Item N:" line is an agenda item of minutes, not an event: what was done about something
    ("Confirmation of the minutes", "Follow-up to the Seventh Plenary Session", "Any other business"), or a
    topic told in lower case; an item that is an event is named as one ("Item 3: Harbour Youth Camp 2026")."""
    if not heading.group(0).startswith("Item"):
        return False
    label = re.sub(r"⟦\w+:\d+⟧", "X", heading.group("label"))
    return bool(AGENDA_WORDS.match(label) or LOWER_WORD.search(label))


def _led_in(ctx: DocContext, index: int) -> bool:
    """Whether a field line is of a block that the notice's lead-in opens ("... Details are as follows:"), the
    lines between being fields too: a page's metadata lines under an article belong to no event."""
    before = index - 1
    while 0 <= before < len(ctx.sentences) and NOTICE_FIELD.match(ctx.sentences[before].text):
        before -= 1
    return 0 <= before < len(ctx.sentences) and ctx.sentences[before].text.rstrip().endswith((":", "："))


def _open(ctx: DocContext, view: View, heading: re.Match, hits: list[EventHit]) -> EventHit:
    """A new event named by the heading line, which is also every event phrase the line holds."""
    f, s = ctx.findings, view.sentence
    label = re.sub(r"\s+", " ", unmask(heading.group("label"), view.mentions)).strip()
    head = next((h.group(0).lower() for h in HEAD_WORD.finditer(label)), "event")
    iri = record_event(ctx, view, label[:1].upper() + label[1:], head, False, None)
    for hit in [h for h in hits if h.start >= heading.start("label")]:
        old = hit.iri
        for kind in f.objects(old, RDF.type):
            f.add(iri, RDF.type, kind, s)
        for name in f.objects(old, RDFS.label):
            f.discard(old, RDFS.label, name)
        f.rename(old, iri)
        ctx.events = [(h, iri if e == old else e) for h, e in ctx.events]
        hit.iri = iri
    ctx.remember_event(head, iri)
    ctx.notice = iri
    for person in ctx.notice_people:
        f.add(iri, SDO.attendee, person, s)
    return EventHit(iri, heading.start("label"), heading.end("label"))


def venue_line_places(ctx: DocContext, view: View, line: str) -> list[URIRef]:
    """The venue a venue line names (its first part that is neither a room nor an address, unless a
    later part is, when the first is a room) and the known places it names."""
    out: list[URIRef] = []
    parts = [p.strip() for p in line.split(",") if p.strip()]
    for n, part in enumerate(parts):
        known = re.fullmatch(r"(?:the\s+)?⟦place:(\d+)⟧", part)
        entity = view.mention(known.group(1)).entity if known else None
        if entity is not None and entity.kind == "place":
            out.append(ctx.entity_iri(entity))
        elif not out and not ROOM.search(part) and re.match(r"(?:The\s+)?[A-Z⟦]", part) and "⟦person" not in part:
            out.append(venue(ctx, unmask(part, view.mentions), view.sentence))
    return list(dict.fromkeys(out))
