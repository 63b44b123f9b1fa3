"""Who spoke at a plenary session, as a speech's heading tells it, and whom the speech greets.

The Government publishes speeches under "Following is the speech by the Chief Executive, Mr A, at the
Seventh Plenary Session of the X today (May 8):", then a salutation, "Mayor B (Mayor of Shanghai, Mr B),
distinguished guests, ladies and gentlemen,". The speaker and those greeted are at the session (the
events' rule reads the same heading for events other than sessions).
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_words import GREETED, SPEECH_BY
from kg.extract.mentions import View

# The session's own name after "at the": its words, "of the ⟦conf⟧" and a day, up to the salutation's colon
NAME_TO_COLON = re.compile(r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?(?:\s+(?:in|at)\s+⟦place:\d+⟧)?(?:\s+(?:today|yesterday|on\s+[^:;.⟦]{3,20}))?"
                           r"(?:\s+\([^()]{3,30}\))?\s*:")


# "the transcript of remarks by A at a media session after the Eighth Plenary Session": A spoke as one who sat there
MEDIA_AFTER = re.compile(r"\b(?:remarks|speech|statement|comments)\s+(?:made\s+)?by\s+[^.;]*?⟦person:(?P<p>\d+)⟧[^.;⟦]*?\s+at\s+(?:a|the)\s+"
                         r"(?:joint\s+)?(?:media\s+(?:session|stand-?up|briefing)|press\s+(?:conference|briefing)|meet-the-media\s+session)"
                         r"\s+(?:(?:held\s+)?(?:right\s+|shortly\s+)?(?:after|following)|at\s+the\s+close\s+of)\s+(?:the\s+)?$", re.I)


def speech_at(ctx: DocContext, view: View, session: URIRef, start: int, end: int) -> None:
    """The speaker of a speech "by A at" the session named between ``start`` and ``end``, and whom it greets."""
    masked = view.masked
    if "by " not in masked[:start]:
        return
    if (after := MEDIA_AFTER.search(masked[:start])) and (speaker := view.mention(after.group("p")).ref) is not None:
        ctx.findings.add(session, SDO.attendee, speaker, view.sentence)
    if (speech := SPEECH_BY.search(masked[:start])) is None:
        return
    speaker = view.mention(speech.group("p")).ref
    people = [speaker] if speaker is not None else []
    if (name := NAME_TO_COLON.match(masked, end)) and (greeting := GREETED.match(masked, name.end() - 1)):
        people += view.people(greeting.group("who"))
    for person in people:
        ctx.findings.add(session, SDO.attendee, person, view.sentence)
