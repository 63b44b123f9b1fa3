"""Who holds an event with whom: "Ms A yesterday held a working meeting in Shanghai with the city's Vice Mayor,
Mr B, to prepare for ...". The person who holds the meeting (or hosts the dinner) is at it, and so are the
people it is held with; bodies that hold one ("The X Department will hold a forum in Shanghai next month with
the Y Association", "X and Y jointly held the Z Seminar") organise it, named in the reference data or not. The
event itself is found by kg.extract.events. A person only reporting that others held one ("A said the Board
held a meeting") is no subject of the verb, and nobody after "with" is taken from beyond the event's clause.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext, is_session
from kg.extract.event_record import EventHit
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.organisers import OF_FIELD
from kg.extract.patterns import ORG_HEADS
from kg.extract.body_held import HABIT
from kg.extract.titled_hosts import a_title
from kg.text.salutations import HONORIFIC

# The holder, the words that may stand between the name and the verb (a title in commas, a day), and the verb.
HOLDER = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,\s+[^,;.⟦]{2,80},)?,?(?:\s+(?:also|jointly|today|yesterday|tomorrow|this\s+"
                    r"(?:morning|afternoon|evening)|on\s+[A-Z]\w+(?:\s+\d{1,2})?|\([^()⟦]{1,30}\)))*"
                    r",?\s+(?:held|hosted|convened|co-chaired|chaired|will\s+(?:also\s+)?(?:hold|host|chair|co-chair))\s+$")
# Bodies as the subject of the verb: "The X Department will hold", "the X Chamber and the Y Federation jointly held".
WORD = r"(?:[A-Z][\w'&-]*|⟦place:\d+⟧)"
BODY = rf"(?:⟦org:\d+⟧|{WORD}(?:\s+(?:(?:of|the|and|for|&)\s+)*{WORD}){{0,10}}?)"
BODY_HOLDER = re.compile(rf"(?:^|[,;]\s+|\b[Tt]he\s+)(?P<a>{BODY})(?:\s+and\s+(?:the\s+|(?=⟦org))(?P<b>{BODY}))?\s+(?:(?:also|jointly)\s+)?"
                         r"(?:held|hosted|co-hosted|will\s+(?:also\s+)?(?:jointly\s+)?(?:hold|host|co-host))\s+$")
PARTNER = re.compile(rf"\s*(?:the\s+)?({BODY})(?=\s*(?:,|$))")
PEOPLE_OF = re.compile(r"(?:[Tt]he\s+)?(?:Representatives|Members|Staff|Officials|Delegates|Delegations?|Officers|Students|Teachers)\s+of\b")
BODY_NAME = re.compile(rf"(?:[A-Z][\w'&-]*\s+(?:(?:of|the|and|for|&)\s+)*)*(?:{ORG_HEADS}){OF_FIELD}")
# "with" after the event, perhaps after its place or venue and its time, and the words up to the end of its clause.
WITH = re.compile(r"(?:\s+(?:in|at)\s+(?:⟦place:\d+⟧|the\s+[A-Z][^,;.⟦]{0,60}?))?(?:\s+(?:next|this|later\s+this)\s+[a-z]+)?"
                  r"(?:,)?\s+with\s+(?P<who>[^.;]*)")
# The people "with" is followed by, each perhaps after a title ("the city's Vice Mayor, Mr B, and ..."); not
# people named further on, nor those whose help or staff it is held with ("with the support of Mr B").
PERSON = rf"(?![^⟦,;.]*?\b(?i:support|help|assistance|sponsorship|staff|representatives|members|officials)\b)(?:[^⟦,;.]{{0,80}}?,?\s+)?(?:{HONORIFIC}\s+)?⟦person:\d+⟧"
MET_PEOPLE = re.compile(rf"{PERSON}(?:,?\s+(?:and\s+)?{PERSON})*")
# Where the clause of "with" ends: a purpose, a relative clause or another verb's clause.
CLAUSE_END = re.compile(r",?\s+(?:to|in\s+order\s+to|which|where|who|during\s+which|after\s+which|and\s+(?:the|they|he|she|both)"
                        r"|while|before|after|as|said|says)\b")


def find_held_with(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The holder of each event a sentence tells as held by a person, and those it is held with; or the bodies
    that hold it."""
    masked = view.masked
    if not hits or not ("held" in masked or "hold" in masked or "host" in masked or "chair" in masked or "convened" in masked):
        return
    if HABIT.search(masked):
        return  # "held a forum on school management every year": a habit, not an event held
    for hit in hits:
        if is_session(hit.iri):
            continue  # "A and B held the meeting on the sidelines of the first plenary session": the session rules seat people
        if (holder := HOLDER.search(masked, 0, hit.start)) is not None and view.mention(holder.group("p")).ref is not None:
            partners = MET_PEOPLE.match(_with(masked, hit))
            people = [view.mention(i).ref for i in [holder.group("p")] + re.findall(r"⟦person:(\d+)⟧", partners.group(0) if partners else "")]
            for person in people:
                if person is not None:
                    ctx.findings.add(hit.iri, SDO.attendee, person, view.sentence)
        elif (bodies := BODY_HOLDER.search(masked, 0, hit.start)) is not None:
            partner = PARTNER.match(_with(masked, hit))
            for name in (bodies.group("a"), bodies.group("b"), partner.group(1) if partner else None):
                if name:
                    _organise(ctx, view, hit, name.strip())


def _with(masked: str, hit: EventHit) -> str:
    """The words after "with" up to the end of the event's clause."""
    if (partners := WITH.match(masked, hit.end)) is None:
        return ""
    who = partners.group("who")
    end = CLAUSE_END.search(who)
    return who[:end.start() if end else len(who)]


def _organise(ctx: DocContext, view: View, hit: EventHit, name: str) -> None:
    if PEOPLE_OF.match(name):
        return  # "Members of the Legislative Council held a seminar": people, not a body
    if (known := re.fullmatch(r"⟦org:(\d+)⟧", name)) is not None:
        if view.mention(known.group(1)).entity is not None:
            ctx.findings.add(hit.iri, SDO.organizer, ctx.entity_iri(view.mention(known.group(1)).entity), view.sentence)
    elif "⟦" not in re.sub(r"⟦place:\d+⟧", "", name) and BODY_NAME.fullmatch(name := unmask(re.sub(r"^[Tt]he\s+", "", name), view.mentions)) \
            and " " in name and not a_title(name):  # "the Government" is no name; "the Chief Executive of X": a person
        ctx.findings.add(hit.iri, SDO.organizer, ctx.org(name, view.sentence), view.sentence)
