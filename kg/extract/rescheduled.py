"""Events moved to another day: "The X Forum, originally scheduled for April 15, has been rescheduled to May 20",
"... has been postponed to May 20", "... was moved from April 15 to May 20", "..., first set for April 15, will now
be held on May 20".

The new day is the event's and the old one, a plan not kept, is not; without this the event kept the old day or none
(no verb of holding follows its name). "The rescheduled forum" after it is the same forum, not one of its own.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan, find_dates
from kg.extract.event_record import record_dates
from kg.extract.mentions import View, masked_pos

# The words between the name and its new day: an aside ("originally scheduled for April 15"), the verb of moving and
# the old day it is moved from.
MOVED_TO = re.compile(r"(?:\s*,[^,.;]{0,120},|\s+(?:(?:originally|initially|first|earlier)\s+)?(?:scheduled|planned|set|slated|due)"
                      r"\s+(?:for|to|on|in)\b[^,.;]{0,60}?)?\s*"
                      r"(?:(?:(?:has|have|had)\s+(?:now\s+|also\s+)?been|was|were|is|are|will\s+(?:now\s+)?be)\s+"
                      r"(?:rescheduled|postponed|deferred|moved|pushed\s+back|put\s+back|brought\s+forward|delayed|re-?arranged)"
                      r"(?:\s+from\s+[^,.;]{1,40}?(?=\s+(?:to|until|till)\b))?(?:\s+(?:to|until|till|for))?"
                      r"|will\s+now\s+(?:be\s+held|take\s+place|open|run)(?:\s+in\s+[^,.;]{1,40}?)?(?:\s+(?:on|in|from))?)\s*(?:the\s+)?$")

CUES = ("reschedul", "postpone", "defer", "moved", "pushed back", "put back", "brought forward", "delayed", "arranged", "will now")

# "the rescheduled forum": a word of moving before an event word, which names no event of its own.
MOVED_MODS = re.compile(r"\b(?:rescheduled|postponed|deferred|relocated|delayed|re-?arranged|moved)\b", re.I)


def moved_to(ctx: DocContext, view: View, iri: URIRef, end: int, dated: list[tuple[int, DateSpan]]) -> None:
    """Give the event named up to ``end`` the day it is moved to, in place of any it was given."""
    masked = view.masked
    if not any(cue in masked for cue in CUES):
        return
    for _, span in sorted(dated, key=lambda d: d[1].start_char):
        begins = masked_pos(view, span.start_char)
        if begins < end or begins - end > 240:
            continue
        if MOVED_TO.match(masked[end:begins]) is None:
            continue
        for prop in (SDO.startDate, SDO.endDate):
            for old in ctx.findings.objects(iri, prop):
                ctx.findings.discard(iri, prop, old)
        if span.kind == "range" and masked[end:begins].rstrip().endswith(("moved", "rescheduled", "postponed", "deferred")):
            span = DateSpan(span.start_char, span.end_char, span.end, None, "md")  # "moved from April 15 to May 20"
        record_dates(ctx, view, iri, _ahead(ctx, view, span))
        return


def _ahead(ctx: DocContext, view: View, span: DateSpan) -> DateSpan:
    """A day an event is moved to lies ahead of a page that tells of the move ("has been postponed to May 20" is
    not the May 20 just past), unless the page gives its year."""
    if ctx.published is None or str(span.start) >= ctx.published.isoformat()[:len(str(span.start))]:
        return span
    again = find_dates(view.sentence.text, ctx.published, ahead=True)
    return next((d for d in again if d.start_char == span.start_char and str(d.start) > str(span.start)), span)
