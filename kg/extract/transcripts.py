"""The heading of a transcript: "Following is the transcript of remarks by A and B at the joint press
conference after <event> in <place> today (October 27):", "... of the media session by A after <event> at
<venue> this afternoon (March 5):".

The press conference or media session is itself an event: on the day the heading gives, where the event it
follows was, and its speakers (the people named before "after",
"following" or "before", or else those the "by" phrase names) attend it. The event it follows is on that day too, and they attended it;
the one it comes before ("a media session before the Executive Council meeting") they are not said to attend.
So do those whose speaker lines ("Chief Executive: ...") the transcript gives, where the heading names no one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import URIRef
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, record_dates, record_event
from kg.extract.mentions import View
from kg.text.sentences import Sentence

TRANSCRIPT = re.compile(r"^(?:Following|Below)\s+is\s+(?:the\s+|a\s+)?(?:full\s+)?transcript\s+of\s+", re.I)
# (A media stand-up is doorstep remarks to the press: the record keeps no event of it.)
PRESS = re.compile(r"(?i:(?:joint\s+)?(?:press|media|news)\s+(?:conference|session|briefing|encounter|availability))")
# Where the speakers end and what the press event follows begins.
AFTER = re.compile(r"\b(?:after|following|before|on\s+the\s+sidelines\s+of)\s+")
GAP = re.compile(r"(?:(?:the|a|an|his|her|their)\s+)?")
# The remarks are by the people named after "by", up to where the heading goes on to tell where, when or about
# what ("by A at a media session today on the visit of B": B is no speaker).
BY = re.compile(r"\bby\s+")
BY_END = re.compile(r",?\s+(?:at|on|in|during|after|following|before|today|yesterday|this|tonight|regarding|about)\b|\s*[(:]")


def find_transcript(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The press event a transcript's heading names, with its day, place and speakers."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    if s.paragraph < 0 or not TRANSCRIPT.match(masked):
        return []
    press = PRESS.search(masked)
    if press is None:
        return []
    event = next((h for h in hits if h.start <= press.start() < h.end or press.start() <= h.start < press.end()), None)
    found = []
    if event is None:
        label = press.group(0)[:1].upper() + press.group(0)[1:].lower()
        event = EventHit(record_event(ctx, view, label, "conference", False, None), press.start(), press.end())
        ctx.remember_event("conference", event.iri)
        found.append(event)
    after = AFTER.search(masked, event.end)
    followed = next((h for h in hits if after and h.start >= after.end() and h.iri != event.iri
                     and GAP.fullmatch(masked[after.end():h.start])), None)
    speakers = view.people(masked[:speakers_end(masked, after)])
    days = [d for d in dates if d.end is None and d.start.datatype == XSD.date]
    ahead = after is not None and after.group(0).startswith("before")
    for iri in [event.iri] + ([followed.iri] if followed else []):
        for person in speakers if iri == event.iri or not ahead else ():
            f.add(iri, SDO.attendee, person, s)
        if len(days) == 1 and not f.has(iri, SDO.startDate):
            record_dates(ctx, view, iri, days[0])
    for place in f.objects(followed.iri, SDO.location) if followed else ():
        f.add(event.iri, SDO.location, place, s)
    ctx.press_event = event.iri
    return found


# A transcript's title: "Transcript of remarks by CE at media session before ExCo meeting": what follows "at" names
# the event, the words before it none ("CE at media session").
TITLED = re.compile(r"^Transcript\s+of\s+(?:the\s+)?(?:(?:remarks|speech|comments)\s+by\s+[^:;]{1,80}?\s+(?:at|after|before)\s+)?", re.I)


def untitled(title: Sentence | None) -> Sentence | None:
    """A transcript's title without the words that tell it is one: the event it names is read alone."""
    if title is None or not title.text.startswith(("Transcript", "TRANSCRIPT")):
        return title
    match = TITLED.match(title.text)
    return replace(title, text=title.text[match.end():]) if match and match.end() < len(title.text) else title


def press_speaker(ctx: DocContext, view: View, speaker: URIRef) -> None:
    """A speaker line of a press event's transcript: its speaker attends the press event."""
    if ctx.press_event is not None:
        ctx.findings.add(ctx.press_event, SDO.attendee, speaker, view.sentence)


def speakers_end(masked: str, after: re.Match[str] | None) -> int:
    """Where the heading's speakers end: at "after" the event, or else where the "by" phrase ends."""
    if after is not None:
        return after.start()
    by = BY.search(masked)
    named = masked.find("⟧", by.end()) if by else -1  # past the first speaker's title ("Commission on Poverty")
    end = BY_END.search(masked, named if named >= 0 else by.end()) if by else None
    return end.start() if end else len(masked)
