"""The rows of a rundown: a table of a day's programme, each row a time, what is done and where ("09:30 |
Arrival of the delegation and welcoming ceremony | Main Lawn, Government House", "15:00 | Mr A, accompanied by
Ms B, visits the Riverton Science Park | Sha Tin"), made one sentence a row by kg.text.schedules.

A row is an event where it names one (a ceremony, a luncheon, a meet-the-media) or says who visits, tours, meets or
calls on what: "Visit to <site>". The plenary session it belongs to is told elsewhere, and a group photo or opening
remarks are no events. The row's people attend; its venue cell is its place, and a room alone ("Ballroom") is in
the building an earlier row named. The row's day is the one its "Date:" line gives.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import event_label, record_dates, record_event
from kg.extract.event_words import HEAD_WORD
from kg.extract.mentions import View
from kg.extract.gazetteer import unmask
from kg.extract.organisers import add_organisers
from kg.extract.titled_hosts import title_after
from kg.extract.venues import BODY, BUILDING, site, venue

# "09:30 | <programme> | <venue>.", as kg.text.schedules writes a rundown's row; "2017-09-12 | <programme>." a
# programme's item under its day.
ROW = re.compile(r"^(?:(?i:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday)"
                 r"(?:\s*(?:-|–|to)\s*[\w.:]{1,9})?|(?:19|20)\d\d-\d\d-\d\d)\s\|\s(?P<what>[^|]+?)(?:\s\|\s(?P<where>[^|]*?))?\.$")
# An event the row names by more than HEAD_WORD's words.
MORE_HEADS = re.compile(r"(?i:meet-the-media|press\s+conference|media\s+session|briefing|photo\s+exhibition)")
# Rows that tell the session itself, or its parts that are no events.
NOT_EVENT = re.compile(r"(?i:plenary|⟦conf|group\s+photo|photo\s+session|remarks|speech|address|\bdepart(?:ure|s)?\b"
                       r"|^panel\b|^end\s+of\b|free\s+time|break|registration|on\s+(?:your|their|one's)?\s*own|self-arranged|own\s+arrangements?|at\s+leisure)")
VERBS = {"visits": "Visit to {}", "tours": "Visit to {}", "calls on": "Call on {}", "meets": "Meeting with {}",
         "meets with": "Meeting with {}", "attends": "{}"}
VERB = re.compile(r"(?:^|,\s+|\s)(?P<verb>visits|tours|calls\s+on|meets\s+with|meets|attends)\s+(?:the\s+)?(?P<obj>.+)$")
# Where the thing's name ends: who witnesses, officiates or goes along.
CLAUSE = re.compile(r",\s+(?:witnessed|officiated|attended|accompanied|followed)\s+by\b|\s+\((?i:closed|open)[^()]*\)")
# A venue's name: capitalised words ("Government House", "Sha Tin", "Riverton Civic Centre").
NAME = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|the|for)){0,7}")
ROOM = re.compile(r"^(?:[A-Z]\w*\s+){0,2}(?:Ballroom|Room|Lawn|Staircase|Stairs|Steps|Entrance|Lobby|Foyer|Atrium|Courtyard"
                  r"|Suite|Salon)(?:\s+\w{1,3})?$")


# "Speech at the X Seminar": the row's event is the one spoken at.
SPOKEN_AT = re.compile(r"^(?i:(?:keynote\s+)?(?:speech|address|remarks|keynote))\s+at\s+(?:the\s+)?(?=\S)")
# "Site visit: Qiantan District, Pudong", "Company visit: X Group, Y Campus, Hangzhou": the thing visited, then where.
VISIT_COLON = re.compile(r"^(?P<kind>(?i:(?:site|company|field|factory|study|school|campus)\s+)?visits?):\s+(?P<obj>[^,;]+)(?P<rest>(?:,[^;]*)?)")
# "co-organised by X and Y", "hosted by the Z Association": the bodies who hold the row's event.
HELD_BY = re.compile(r"\b(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|presented)\s+(?:jointly\s+)?by\s+(?P<orgs>[^;|]+)")


# Where an item of a dated programme, which has no venue cell, says it is: "Briefing at the X headquarters, Y
# Tower" (the last part), "Visit to the Z Centre in Kowloon Bay" (a place the text knows).
ITEM_PLACE = re.compile(r"(?:,\s+|\s+in\s+)(?P<where>(?:the\s+)?(?:⟦place:\d+⟧|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}))$")
# The last part of a venue cell that is a district, a road or a town, not the building the parts before are in:
# "Shanghai Centre, Jing'an District", "Waigaoqiao, Pudong" (a place the text knows), "Harbour Tower, 12 Quay Road".
AREA = re.compile(r"⟦place:\d+⟧|(?:[A-Z][\w'’-]*\s+){0,3}(?:Road|Avenue|Street|Lane|Boulevard|District|Town|Village|New\s+Area|Bund)")


def rundown_row(view: View) -> re.Match | None:
    """The row, where the sentence is a rundown's."""
    masked = view.masked
    if not masked[:1].isdigit() and masked[:1] not in "Nn" or " | " not in masked:
        return None
    return ROW.match(masked)


def read_rundown_row(ctx: DocContext, view: View, dates: list[DateSpan], row: re.Match) -> bool:
    """The event of a rundown's row, with its day, place and people; False for a row of another shape, left to
    the rules of sentences."""
    dated = row.group(0)[4:5] == "-"  # headed by a day in figures, not a time
    if dated and not _programme_item(ctx, row):
        return False
    what, where = row.group("what").strip(), (row.group("where") or "").strip()
    what = SPOKEN_AT.sub("", what, count=1)
    if not where and dated and (at := ITEM_PLACE.search(what)) is not None:
        what, where = what[:at.start()], at.group("where")  # a dated programme's item, its place in its own words
    places = _places(ctx, view, where)
    if NOT_EVENT.search(what):
        return True
    if (seen := VISIT_COLON.match(what)) is not None:
        return _visit_row(ctx, view, dates, seen, places)
    verb = VERB.search(what)
    if verb is not None and verb.start() > 0 and "⟦person" not in what[:verb.start()]:
        verb = None
    if verb is not None:
        obj = CLAUSE.split(verb.group("obj"))[0].strip()
        label = VERBS[re.sub(r"\s+", " ", verb.group("verb"))].format(obj)
        if verb.group("verb") in ("visits", "tours") and (visited := _site(ctx, view, obj)) is not None:
            places = [visited, *places]
    elif (head := HEAD_WORD.search(what) or MORE_HEADS.search(what)) and "⟦person" not in what[:head.start()]:
        label = CLAUSE.split(what.split(";")[0])[0].strip()  # "Luncheon hosted by ...", not "Mr A officiates at the ceremony"
    else:
        return False
    if not label or label.startswith("⟦person"):
        return False
    when = DateSpan(0, 0, ctx.day) if ctx.day is not None else None
    head = "visit" if verb is not None else _head(label)
    if verb is None and dated and _told_that_day(ctx, head):
        return True
    iri = record_event(ctx, view, event_label(view, label), head, False, when)
    ctx.remember_event(head, iri)
    _fill(ctx, view, dates, iri, what, places)
    return True


def _programme_item(ctx: DocContext, row: re.Match) -> bool:
    """Whether a row headed by a day in figures is a dated programme's item, as :func:`kg.text.schedules.day_rows`
    writes one (no venue cell, on the day its paragraph was given): a chronology's table row ("2031-10-27 | First
    Plenary Session | Shanghai.") is left to the rules of tables."""
    return row.group("where") is None and ctx.day is not None and str(ctx.day) == row.group(0)[:10]


def _told_that_day(ctx: DocContext, head: str) -> bool:
    """Whether a dated programme's item repeats an event the text told before, of its head word and on its day
    ("Seminar at the library" under the day of "the seminar held today"); a day has many visits and meetings."""
    return ctx.day is not None and head not in ("event", "visit", "meeting", "call") and any(
        h == head and ctx.day in set(ctx.findings.objects(iri, SDO.startDate))
        for h, iri in ctx.events)


def _visit_row(ctx: DocContext, view: View, dates: list[DateSpan], seen: re.Match, places: list[URIRef]) -> bool:
    """A row that names a visit by its kind and the thing visited ("Site visit: X, Pudong"): the thing is a place
    where it is one, and the names after it say where it is."""
    obj = seen.group("obj").strip()
    label = f"{seen.group('kind')}: {obj}"
    visited = _site(ctx, view, obj) if "⟦org" not in obj else None
    around = _places(ctx, view, seen.group("rest").lstrip(", "), every=True) if seen.group("rest") else []
    iri = record_event(ctx, view, event_label(view, label), "visit", False, DateSpan(0, 0, ctx.day) if ctx.day is not None else None)
    ctx.remember_event("visit", iri)
    _fill(ctx, view, dates, iri, seen.group(0), [*([visited] if visited is not None else []), *around, *places])
    return True


def _fill(ctx: DocContext, view: View, dates: list[DateSpan], iri: URIRef, what: str, places: list[URIRef]) -> None:
    """The row's people, bodies, places and day; the delegation whose programme it is goes to each item."""
    f, s = ctx.findings, view.sentence
    for person in [*view.people(what), *ctx.delegation]:
        f.add(iri, SDO.attendee, person, s)
    if (held := HELD_BY.search(what)) is not None and not title_after(what, held.start("orgs")):
        add_organisers(ctx, view, iri, held.group("orgs"))
    for place in dict.fromkeys(places):
        f.add(iri, SDO.location, place, s)
    if dates:
        record_dates(ctx, view, iri, dates[0])
    elif ctx.day is not None:
        f.add(iri, SDO.startDate, ctx.day, s)


def _head(label: str) -> str:
    """The row's event word ("ceremony"), so that "the signing ceremony" later is the row's event."""
    word = re.search(r"[\w-]*(?:" + HEAD_WORD.pattern + r")[\w-]*", label)
    return word.group(0).lower() if word is not None else "event"


def _site(ctx: DocContext, view: View, obj: str) -> URIRef | None:
    known = re.fullmatch(r"⟦place:(\d+)⟧", obj)
    if known is not None and (entity := view.mention(known.group(1)).entity) is not None:
        return ctx.entity_iri(entity)
    return site(ctx, view, obj)


def _places(ctx: DocContext, view: View, where: str, *, every: bool = False) -> list[URIRef]:
    """The venue cell's places: each part that names one where the last is a district, road or town ("Waigaoqiao,
    Pudong"; the road of "Office building, 200 Renmin Avenue"), else the last part ("Main Lawn, Government House"),
    known or named; a room alone is in the building an earlier row named."""
    parts = [re.sub(r"^\d+[A-Za-z]?\s+(?=[A-Z])", "", p.strip()) for p in where.split(", ") if p.strip()]
    if len(parts) < 2 or not every and not AREA.fullmatch(re.sub(r"^the\s+", "", parts[-1])):
        return _place(ctx, view, where)
    out = [place for part in parts for place in _place(ctx, view, part)]
    if out and re.fullmatch(BUILDING, re.sub(r"^the\s+", "", parts[-1])):
        ctx.rundown_building = out[-1]
    return out


def _place(ctx: DocContext, view: View, where: str) -> list[URIRef]:
    """The place of a venue cell's last part, known or named; a room alone is in the building an earlier row named."""
    last = re.sub(r"^the\s+", "", where.rsplit(", ", 1)[-1].strip())
    if ROOM.match(last):
        return [ctx.rundown_building] if ctx.rundown_building is not None else []
    known = re.fullmatch(r"⟦place:(\d+)⟧", last)
    if known is not None and (entity := view.mention(known.group(1)).entity) is not None:
        place = ctx.entity_iri(entity)
    elif known is None and NAME.fullmatch(last) and (re.fullmatch(BUILDING, last) or not BODY.search(last)):
        place = venue(ctx, unmask(last, view.mentions), view.sentence)
    else:
        return []
    if ", " in where or re.fullmatch(BUILDING, last):
        ctx.rundown_building = place  # "Main Lawn, Government House": the rooms of later rows are in it
    return [place]
