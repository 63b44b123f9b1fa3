"""Company at an event: "At <event>, Mr A was joined by B", "Mr A attended <event>, where he was joined by
B", "Mr A was accompanied by B at <event>". Those who join or accompany the subject are at the event the
subject is at: the one named right after ("at <event>"), else one named before that the subject (or, for "he",
"she", "they", someone) attends.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC

CUES = ("joined by", "accompanied by", "flanked by")
JOINED = re.compile(r"(?P<subj>⟦person:\d+⟧|\b(?:he|she|they)\b)(?:\s+and\s+⟦person:\d+⟧)*\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?"
                    r"(?:joined|accompanied|flanked)\s+by\s+(?P<who>[^;.]*?)"
                    r"(?=\s+(?:at|during|on|when|while|to|for)\b|\s+in\s+(?!⟦)|\s*[;.]|\s*$)")
AT_EVENT = re.compile(r"\s+(?:at|during)\s+")
ARTICLE = re.compile(r"(?:the|a|an)\s+")
# What may part an event named before from the company clause: a day or place ("on March 3", "in ⟦place⟧"), a
# comma, "where" or "at which"; a clause of its own ("and then left for Hangzhou, where", "and in the afternoon
# he") tells another time or place.
_TOKEN = r"(?:⟦\w+:\d+⟧|[A-Z0-9][\w'’-]*)"
BETWEEN = re.compile(rf"(?:\s+(?:on|in|at)\s+{_TOKEN}(?:\s+{_TOKEN}){{0,3}})?\s*,?\s*(?:(?:where|at\s+which|during\s+which)\s+)?"
                     rf"(?:{HONORIFIC}\s+)?")


def find_company(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The people who join or accompany someone at an event the sentence names."""
    if not hits or not any(cue in view.masked for cue in CUES):
        return
    for match in JOINED.finditer(view.masked):
        guests = view.people(match.group("who"))
        subject = view.people(match.group(0)[:match.end("subj") - match.start()]) if match.group("subj").startswith("⟦") else []
        at = AT_EVENT.match(view.masked, match.end())
        after = [h for h in hits if at and (h.start == at.end() or ARTICLE.fullmatch(view.masked, at.end(), h.start))]
        before = [h for h in hits if h.end <= match.start() and (not subject or any(
            ctx.findings.has(h.iri, SDO.attendee, p) for p in subject) or view.masked[h.end:match.start()].strip(" ,") == "")]
        before = [h for h in before[-1:] if BETWEEN.fullmatch(view.masked, h.end, match.start())]
        for hit in after or before:
            for person in guests + subject:
                ctx.findings.add(hit.iri, SDO.attendee, person, view.sentence)
