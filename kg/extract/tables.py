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
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kg.extract.agreement_words import NUMBERS
from kg.extract.context import DocContext
from kg.extract.dates import find_dates
from kg.extract.gazetteer import Mention
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, ORDINAL_WORDS, is_name, normalise_title, ordinal_value
from kg.extract.posts import holds
from kg.extract.presence import attend
from kg.extract.sessions import session
from kg.extract.venues import BODY, BUILDING, venue
from kg.namespaces import HKSH, slug
from kg.text.tables import ROW

NUMBER = re.compile(r"(?i)^(?:(?:plenary\s+)?(?:session|meeting)|plenary)?\s*(?:no\.?|number|#|ordinal)?$")
SESSION_WORD = re.compile(r"(?i)\b(?:session|plenary)\b")
# A table numbered only "No." is a session's where the few sentences before it speak of sessions.
LEAD_IN = 6
PLENARY_LEAD = re.compile(r"(?i)\bsessions\b|\bplenar(?:y|ies)\b")
# Columns of a table of something else: a forum's programme, agreements, statistics.
OTHER_COLUMNS = re.compile(r"(?i)\b(?:topics?|speakers?|time|programme|agreements?|parties|signator\w*|visitors|figures?"
                           r"|amount|terms?)\b")
# A column that counts the agreements each session signed ("Agreements signed: 12"): the row is still a session's,
# and the count is the session's batch of agreements.
COUNT_COLUMN = re.compile(r"(?i)^(?:(?:number|no\.?)\s+of\s+)?(?:co-?operation\s+)?(?:agreements|documents)(?:\s+signed)?$")
COUNT = re.compile(r"\d{1,3}")
VENUE = re.compile(BUILDING)  # a named building in a venue's cell: "Government House"
DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})")
DATE = re.compile(r"(?i)\b(?:date|year|held\s+on|when)\b")
PLACE = re.compile(r"(?i)\b(?:venue|place|location|city|host(?:\s+city)?|held\s+in|where)\b")
PEOPLE = re.compile(r"(?i)\b(?:co-?chairs?|chair(?:ed\s+by|s|men|persons?)?|attendees?|participants?|leaders?|led\s+by|heads?)\b")
GLOSS = re.compile(r"\(([^()]+)\)\s*$")
GLOSS_SPLIT = re.compile(r"\s+/\s+|\s*;\s*")
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
    counted = [(head, value) for head, value, _ in cells if COUNT_COLUMN.match(head.strip()) and COUNT.fullmatch(value.strip())]
    if numbered is None or OTHER_COLUMNS.search(" | ".join(head for head, value, _ in cells if (head, value) not in counted)):
        return False
    named, number = numbered
    if not any(m.kind == "conf" for _, seen, _ in ctx.views for m in seen.mentions):
        return False
    if not SESSION_WORD.search(named) and not PLENARY_LEAD.search(_lead_in(ctx)) and not PLENARY_LEAD.search(_caption(ctx, view)):
        return False
    told = len(ctx.events)
    iri = session(ctx, number, view)
    del ctx.events[told:]  # a table's row is no session the narrative goes on to tell of
    for head, value, cell in cells:
        if (head, value) in counted:
            _signed(ctx, view, iri, number, int(value))
        elif DATE.search(head):
            _date(ctx, view, iri, value)
        elif PLACE.search(head):
            for place in _places(ctx, view, cell):
                ctx.findings.add(iri, SDO.location, place, view.sentence)
        elif (post := _post(ctx, head)) is not None or PEOPLE.search(head):
            people = _people(ctx, view, cell)
            attend(ctx, view, iri, people)
            for person in people if post is not None else ():
                holds(ctx, view, person, post)
            if post is None:
                _glossed_posts(ctx, view, head, cell, people)
    return True


def _glossed_posts(ctx: DocContext, view: View, head: str, cell: str, people: list[URIRef]) -> None:
    """The posts a people column's gloss gives in order ("Co-chairs (Chief Executive / Mayor of Shanghai)"), one to
    each person of a cell parted the same way ("Tung Chee-hwa / Han Zheng"); a cell parted otherwise is left."""
    gloss = GLOSS.search(head)
    if gloss is None:
        return
    posts = [_post(ctx, part) for part in GLOSS_SPLIT.split(gloss.group(1).strip())]
    parts = GLOSS_SPLIT.split(cell.strip())
    if len(posts) < 2 or None in posts or len(parts) != len(posts) or len(people) != len(posts):
        return
    for part, post in zip(parts, posts):
        found = _people(ctx, view, part)
        if len(found) == 1:
            holds(ctx, view, found[0], post)


def _signed(ctx: DocContext, view: View, session_iri: URIRef, number: int, count: int) -> None:
    """The batch of agreements a row counts as its session's ("Agreements signed: 12"), told again later as "the 12
    agreements"."""
    if count == 0:
        return
    spelt = next((w for w, n in NUMBERS.items() if n == count and " " not in w), str(count))
    ordinal = next((w for w, n in ORDINAL_WORDS.items() if n == number and w != "inaugural"), f"No. {number}")
    label = f"{spelt[:1].upper()}{spelt[1:]} agreements signed at the {ordinal} plenary session"
    iri = ctx.iri("agreement", f"{slug(label)}-{str(ctx.findings.doc).rsplit('/', 1)[-1]}")
    f = ctx.findings
    f.add(iri, RDF.type, HKSH.Agreement, view.sentence)
    f.add(iri, RDFS.label, Literal(label, lang="en"), view.sentence)
    f.add(iri, HKSH.documentCount, Literal(count, datatype=XSD.integer), view.sentence)
    f.add(iri, SDO.recordedAt, session_iri, view.sentence)
    ctx.batches.setdefault(count, iri)


def _lead_in(ctx: DocContext) -> str:
    """The few sentences before the table's rows (this one is the last of those read)."""
    told = [seen.masked for _, seen, _ in ctx.views[:-1] if not ROW.match(seen.sentence.text)]
    return " ".join(told[-LEAD_IN:])


def _caption(ctx: DocContext, view: View) -> str:
    """The heading over the table a row belongs to ("Plenary sessions"), found above its first row: a reference
    article captions its table so and says nothing else of what it lists."""
    paragraph = view.sentence.paragraph
    texts = {s.paragraph: s.text for s in ctx.sentences}
    while paragraph not in ctx.section_heads and ROW.match(texts.get(paragraph - 1, "")):
        paragraph -= 1
    return ctx.section_heads.get(paragraph, "")


def _number(value: str) -> int | None:
    """A session's number as a cell gives it: "3", "3rd", "Third", "Third Plenary Session"."""
    value = re.sub(r"(?i)\s+(?:plenary\s+)?(?:session|meeting|plenary)$", "", value.strip())
    return int(value) if re.fullmatch(r"\d{1,2}", value) else ordinal_value(value)


def _date(ctx: DocContext, view: View, iri: URIRef, value: str) -> None:
    """The row's date, where the text has not dated the session already (a table's is often a month or year)."""
    if ctx.findings.objects(iri, SDO.startDate):
        return
    found = find_dates(value, ctx.published)
    if (dotted := DOTTED.fullmatch(value.strip())) is not None:
        _dotted(ctx, view, iri, *map(int, dotted.groups()))
    elif found:
        ctx.findings.add(iri, SDO.startDate, found[0].start, view.sentence)
    elif year := YEAR.search(value):
        ctx.findings.add(iri, SDO.startDate, Literal(year.group(0), datatype=XSD.gYear), view.sentence)


def _places(ctx: DocContext, view: View, cell: str) -> list[URIRef]:
    """The places a venue's cell names: the city, and a named building before it ("Government House, Hong Kong")."""
    places = [ctx.entity_iri(view.mention(i).entity) for i in re.findall(r"⟦place:(\d+)⟧", cell) if view.mention(i).entity is not None]
    if not places:
        return []
    for part in re.split(r"\s*,\s*", cell.strip()):
        if "⟦" not in part and VENUE.fullmatch(part) and not BODY.search(part):
            places.insert(0, venue(ctx, part, view.sentence))
    return places


def _dotted(ctx: DocContext, view: View, iri: URIRef, first: int, second: int, year: int) -> None:
    """A date written with dots, day first as Hong Kong writes it ("27.10.2003"), month first only where the
    second number cannot be a month."""
    day, month = (second, first) if second > 12 >= first else (first, second)
    try:
        ctx.findings.add(iri, SDO.startDate, Literal(date(year, month, day), datatype=XSD.date), view.sentence)
    except ValueError:
        return


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
