"""A row of a table of plenary sessions, as :func:`kg.text.tables.linearise` writes it ("Session: 1st |
Date: 27 October 2003 | Venue: Shanghai | Co-chairs: Tung Chee-hwa, Han Zheng."): the session its number
names, with the row's date, venue and people. A column headed by a post ("Chief Executive", "Mayor of
Shanghai") seats its people and gives them the post.

A row is a session's only in a document that has named the mechanism, where its number's column says so
("Session", "Plenary") or, headed only "No."/"#", the sentence before the table says it lists plenary
sessions; never in a table with columns of something else (a forum's topics and speakers, agreements and
their parties, figures): a working group's meetings or a list of Chief Executives is no table of sessions.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import find_dates
from kg.extract.gazetteer import Mention
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, is_name, normalise_title, ordinal_value
from kg.extract.posts import holds
from kg.extract.presence import attend
from kg.extract.sessions import session
from kg.text.tables import ROW

NUMBER = re.compile(r"(?i)^(?:(?:plenary\s+)?(?:session|meeting)|plenary)?\s*(?:no\.?|number|#|ordinal)?$")
SESSION_WORD = re.compile(r"(?i)\b(?:session|plenary)\b")
# A table numbered only "No." is a session's where the few sentences before it speak of sessions.
LEAD_IN = 6
PLENARY_LEAD = re.compile(r"(?i)\bsessions\b|\bplenar(?:y|ies)\b")
# Columns of a table of something else: a forum's programme, agreements, statistics.
OTHER_COLUMNS = re.compile(r"(?i)\b(?:topics?|speakers?|time|programme|agreements?|parties|signator\w*|visitors|figures?"
                           r"|amount|terms?)\b")
DATE = re.compile(r"(?i)\b(?:date|year|held\s+on|when)\b")
PLACE = re.compile(r"(?i)\b(?:venue|place|location|city|host(?:\s+city)?|held\s+in|where)\b")
PEOPLE = re.compile(r"(?i)\b(?:co-?chairs?|chair(?:ed\s+by|s|men|persons?)?|attendees?|participants?|leaders?|led\s+by|heads?)\b")
ITEM_SPLIT = re.compile(r"\s*(?:,|;|/|\band\b|&)\s*")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def find_table_row(ctx: DocContext, view: View) -> bool:
    """Record the session a table's row describes; whether it described one (and so nothing else)."""
    if " | " not in view.sentence.text or not ROW.match(view.sentence.text):
        return False
    raw = view.sentence.text[:-1].split(" | ")
    masked = view.masked.rstrip(".").split(" | ")
    if len(raw) != len(masked):
        return False
    cells = [(*r.split(": ", 1), m.split(": ", 1)[-1]) for r, m in zip(raw, masked)]
    numbered = next(((head, n) for head, value, _ in cells if NUMBER.match(head.strip()) and (n := _number(value))), None)
    if numbered is None or OTHER_COLUMNS.search(" | ".join(head for head, _, _ in cells)):
        return False
    named, number = numbered
    if not any(m.kind == "conf" for _, seen, _ in ctx.views for m in seen.mentions):
        return False
    if not SESSION_WORD.search(named) and not PLENARY_LEAD.search(_lead_in(ctx)):
        return False
    told = len(ctx.events)
    iri = session(ctx, number, view)
    del ctx.events[told:]  # a table's row is no session the narrative goes on to tell of
    for head, value, cell in cells:
        if DATE.search(head):
            _date(ctx, view, iri, value)
        elif PLACE.search(head):
            place = next((view.mention(i).entity for i in re.findall(r"⟦place:(\d+)⟧", cell)), None)
            if place is not None:
                ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
        elif (post := _post(ctx, head)) is not None or PEOPLE.search(head):
            people = _people(ctx, view, cell)
            attend(ctx, view, iri, people)
            for person in people if post is not None else ():
                holds(ctx, view, person, post)
    return True


def _lead_in(ctx: DocContext) -> str:
    """The few sentences before the table's rows (this one is the last of those read)."""
    told = [seen.masked for _, seen, _ in ctx.views[:-1] if not ROW.match(seen.sentence.text)]
    return " ".join(told[-LEAD_IN:])


def _number(value: str) -> int | None:
    """A session's number as a cell gives it: "3", "3rd", "Third", "Third Plenary Session"."""
    value = re.sub(r"(?i)\s+(?:plenary\s+)?(?:session|meeting|plenary)$", "", value.strip())
    return int(value) if re.fullmatch(r"\d{1,2}", value) else ordinal_value(value)


def _date(ctx: DocContext, view: View, iri: URIRef, value: str) -> None:
    """The row's date, where the text has not dated the session already (a table's is often a month or year)."""
    if ctx.findings.objects(iri, SDO.startDate):
        return
    found = find_dates(value, ctx.published)
    if found:
        ctx.findings.add(iri, SDO.startDate, found[0].start, view.sentence)
    elif year := YEAR.search(value):
        ctx.findings.add(iri, SDO.startDate, Literal(year.group(0), datatype=XSD.gYear), view.sentence)


def _post(ctx: DocContext, head: str) -> tuple[URIRef, str, URIRef] | None:
    """The post a column's heading names ("Chief Executive", "Mayor of Shanghai"), where one post has it."""
    key = normalise_title(head)
    found = [p for p in ctx.reference.posts if key in {normalise_title(t) for t in [p.label, *p.bare_titles]}]
    if len(found) != 1:
        return None
    return ctx.iri("post", found[0].id), found[0].label, ctx.iri("org", found[0].org)


def _people(ctx: DocContext, view: View, cell: str) -> list[URIRef]:
    """The people a cell names: those found already, and names alone between commas or "and"."""
    people = view.people(cell)
    bare = re.sub(r"\([^)]*\)|⟦[^⟧]*⟧", ",", cell)
    for item in ITEM_SPLIT.split(bare):
        name = re.sub(rf"^{HONORIFIC}\s+", "", item.strip())
        if name and is_name(name) and re.fullmatch(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}", name):
            people.append(ctx.person(Mention("person", 0, 0, name), view.sentence))
    return people
