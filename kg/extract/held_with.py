"""Who holds an event with whom: "Ms A yesterday held a working meeting in Shanghai with the city's Vice Mayor,
Mr B, to prepare for ...". The person who holds the meeting (or hosts the dinner) is at it, and so are the
people it is held with; the event itself is found by kg.extract.events. A person only reporting that others
held one ("A said the Board held a meeting") is no subject of the verb, and nobody after "with" is taken from
a clause beyond the one the event is told in.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View

# The holder, the words that may stand between the name and the verb (a title in commas, a day), and the verb.
HOLDER = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,\s+[^,;.⟦]{2,80},)?,?(?:\s+(?:also|jointly|today|yesterday|tomorrow|this\s+"
                    r"(?:morning|afternoon|evening)|on\s+[A-Z]\w+(?:\s+\d{1,2})?|\([^()⟦]{1,30}\)))*"
                    r",?\s+(?:held|hosted|convened|co-chaired|chaired|will\s+(?:also\s+)?(?:hold|host|chair|co-chair))\s+$")
# "with" after the event, perhaps after its place or venue, and the words up to the end of its clause.
WITH = re.compile(r"(?:\s+(?:in|at)\s+(?:⟦place:\d+⟧|the\s+[A-Z][^,;.⟦]{0,60}?))?(?:,)?\s+with\s+(?P<who>[^.;]*)")
# Where the clause of "with" ends: a purpose, a relative clause or another verb's clause.
CLAUSE_END = re.compile(r",?\s+(?:to|in\s+order\s+to|which|where|who|during\s+which|after\s+which|and\s+(?:the|they|he|she|both)"
                        r"|while|before|after|as|said|says)\b")


def find_held_with(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The holder of each event a sentence tells as held by a person, and those it is held with."""
    masked = view.masked
    if "⟦person" not in masked:
        return
    for hit in hits:
        holder = HOLDER.search(masked, 0, hit.start)
        if holder is None or view.mention(holder.group("p")).ref is None:
            continue
        people = [view.mention(holder.group("p")).ref]
        if (partners := WITH.match(masked, hit.end)) is not None:
            who = partners.group("who")
            end = CLAUSE_END.search(who)
            people += [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", who[:end.start() if end else len(who)])]
        for person in people:
            if person is not None:
                ctx.findings.add(hit.iri, SDO.attendee, person, view.sentence)
