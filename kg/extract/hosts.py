"""Who hosts an event and whom it is for: "Chief Executive A hosted a welcome dinner for Mayor B at ...",
"A will host a luncheon in honour of B". The host is there, and so are the guests named after "for".

The host is the sentence's subject, right before the verb: "A said the city was honoured to host X" is
the city's hosting, not A's.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.events import EventHit
from kg.extract.mentions import View

HOSTS = re.compile(r"⟦person:\d+⟧(?:(?:,\s+|\s+and\s+)⟦person:\d+⟧)*(?:\s*,[^,;.⟦]{1,60},)?\s+"
                   r"(?:(?:also|jointly|yesterday|today|later|then|will|(?:this|tomorrow)\s+(?:morning|afternoon|evening))\s+)*"
                   r"(?:hosted|hosts|host)\s+(?=(?:a|an|the)\s)")
GUESTS = re.compile(r"\s+(?:for|in\s+honou?r\s+of|to\s+welcome)\s+(?P<who>[^;.]*?)"
                    r"(?=\s+(?:at|in|on|yesterday|today|tonight|this|to\s+mark|to\s+celebrate)\b|\s*[;.,]|\s*$)")


def find_hosts(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The host of the event named right after "hosted", and its guests, attend it."""
    for match in HOSTS.finditer(view.masked):
        event = next((h for h in sorted(hits, key=lambda h: h.start) if h.start >= match.end()), None)
        if event is None or view.masked[match.end():event.start].strip() not in ("", "a", "an", "the"):
            continue
        people = view.people(view.masked[match.start():match.end()])
        if guests := GUESTS.match(view.masked, event.end):
            people += view.people(guests.group("who"))
        for person in people:
            ctx.findings.add(event.iri, SDO.attendee, person, view.sentence)
