"""The occasion a speech's heading names in common words: "Following is the speech by the Chief Executive, Mr A,
at a luncheon jointly hosted by the X Council and the Y Association at the Z Hotel in Shanghai today (June 23):",
"... at the dinner reception for the Shanghai delegation this evening (August 20):".

A named occasion ("at the Hong Kong-Shanghai Financial Forum") is read as any event; one told by its kind alone
(a dinner, a reception, a ceremony) is an event too, the speech's own: labelled by its words ("Luncheon jointly
hosted by ..."), on the heading's day, at the venue and city after it; the speaker attends, and so do its hosts
(a body hosting organises it) and the guests the salutation greets. The title ("Speech by CE at dinner ...") then
names no second event.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import EventHit, event_label, record_dates, record_event
from kg.extract.event_words import GREETED
from kg.extract.mentions import View, masked_pos
from kg.extract.venues import locate_at_venue

HEADS = r"dinner|luncheon|lunch|banquet|breakfast|reception|ceremony|gala|celebration|gathering|function|party"
OCCASION = re.compile(
    r"^(?:Following|Below)\s+is\s+(?:the\s+|a\s+)?(?:full\s+text\s+of\s+the\s+)?(?:(?:opening|welcome|closing|keynote|toast)\s+)?"
    r"(?:speech|remarks|address|toast)\s+(?:delivered\s+|made\s+)?by\s+(?:[^.;:⟦]|⟦\w+:\d+⟧){0,120}?⟦person:(?P<p>\d+)⟧[^.;:⟦]{0,60}?,?\s+at\s+"
    rf"(?P<occ>(?:the|a|an)\s+(?:(?:[\w'’-]+|⟦org:\d+⟧)\s+){{0,4}}?(?P<head>{HEADS})\b"
    r"(?P<tail>(?:[^.;:⟦(]|⟦(?:org|person|place):\d+⟧|\([A-Z]{2,8}\))*?))"
    r"(?=\s+(?:at|in)\s+(?:the\s+)?(?:⟦place|[A-Z])|\s+(?:today|this|tonight|yesterday|on)\b|\s*(?::|\((?![A-Z]{2,8}\))))")
# A speech's title: "Speech by CE at dinner ...", "CE's speech at luncheon in Shanghai (English only)".
TITLE = re.compile(r"^(?:[A-Z][\w-]*['’]s\s+)?(?:(?:opening|welcome|closing|keynote|toast)\s+)?(?:speech|remarks|address)\b", re.I)
HOSTED = re.compile(r"\b(?:(?:jointly\s+|co-)?(?:hosted|organi[sz]ed|given|held)\s+by|in\s+honou?r\s+of)\s+")


def find_speech_occasion(ctx: DocContext, view: View, dates: list[DateSpan], hits: list[EventHit]) -> list[EventHit]:
    """The occasion a speech's heading names by its kind alone, as the speech's event (none already read there)."""
    if view.sentence.index > 3 or (match := OCCASION.match(view.masked)) is None:
        return []
    speaker = view.mention(match.group("p")).ref
    if speaker is None or any(h.start < match.end("occ") and match.start("occ") < h.end for h in hits):
        return []
    masked, f, s = view.masked, ctx.findings, view.sentence
    occasion = masked[match.start("occ"):match.end("occ")]
    label = event_label(view, re.sub(r"^(?:the|a|an)\s+", "", occasion))
    day = next((d for d in dates if masked_pos(view, d.start_char) >= match.end("occ") and d.start.datatype == XSD.date
                and ":" not in masked[match.end("occ"):masked_pos(view, d.start_char)]), None)
    iri = record_event(ctx, view, label, match.group("head"), False, day)
    if day is not None:
        record_dates(ctx, view, iri, day)
    locate_at_venue(ctx, view, iri, match.end("occ"))
    f.add(iri, SDO.attendee, speaker, s)
    tail = match.group("tail")
    if (hosted := HOSTED.search(tail)) is not None:
        for kind, i in re.findall(r"⟦(org|person):(\d+)⟧", tail[hosted.end():]):
            host = view.mention(i)
            if kind == "person" and host.ref is not None:
                f.add(iri, SDO.attendee, host.ref, s)
            elif kind == "org":
                f.add(iri, SDO.organizer, ctx.entity_iri(host.entity) if host.entity else ctx.org(host.surface, s), s)
    greeting = GREETED.match(masked, match.end("occ"))
    for person in view.people(greeting.group("who")) if greeting else ():
        f.add(iri, SDO.attendee, person, s)
    ctx.remember_event(match.group("head"), iri)
    ctx.speech_occasion = iri
    return [EventHit(iri, match.start("occ"), match.end("occ"))]
