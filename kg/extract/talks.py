"""Talks told by the noun rather than by "met": "Talks between A and B were held at X yesterday", "A and B
held talks in X on Monday", "A had talks with B", "A will hold talks with B". Each is one meeting,
"Talks between A and B", with both sides as attendees, on the clause's day, at the place it names."""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.meetings import OTHER_SUBJECT, record_meeting
from kg.extract.mentions import View, masked_pos
from kg.extract.venues import venues_after

GAP = r"(?:[^;.⟦]|⟦(?:org|place):\d+⟧)"
PGAP = r"(?:[^;.⟦]|⟦(?:org|place|person):\d+⟧)"
# "A had talks with B", "A will hold bilateral talks with B" ("A held talks with B" is kg.extract.meetings').
WITH = re.compile(rf"(?P<subj>⟦person:\d+⟧){GAP}{{0,120}}?(?<!\bto)(?<!\bwould)(?<!\bcould)(?<!\bmay)(?<!\bmight)\s(?:had|has|have|hold|holds|will\s+(?:also\s+)?(?:hold|have)|(?:is|are)\s+to\s+hold"
                  rf"|held\s+(?!talks\b)(?=[\w-]+\s))\s*(?:[\w-]+\s+){{0,2}}?(?<![\w-])(?P<talks>talks)\s+with\b(?P<obj>[^;]*)(?P<call>(?!))?")
# The words that make a meeting one kg.extract.events names ("a working meeting", "a bilateral meeting").
NAMED_MEETING = (r"(?:working|joint|bilateral|preparatory|annual|regular|consultative|co-?ordination|coordination|follow-up|liaison"
                 r"|review|high-level)")
# "A had a (very useful) meeting with B", "I have just had a meeting with B", "A held a bilateral meeting with B": the
# noun told with its article, as a spoken account tells a meeting; its label is a meeting's, not talks'.
HAD = re.compile(rf"(?P<subj>⟦person:\d+⟧){GAP}{{0,120}}?(?<!\bto)(?<!\bwould)(?<!\bcould)(?<!\bmay)(?<!\bmight)\s(?P<talks_at>(?:had|held|will\s+(?:also\s+)?(?:hold|have))"
                 rf"\s+(?:also\s+)?an?\s+(?:(?!{NAMED_MEETING}\b)[a-z][\w-]*\s+){{0,3}}?meeting)\s+with\b(?P<obj>[^;]*)(?P<call>(?!))?(?P<talks>(?!))?")
# "A spoke to the media after his meeting with B", a transcript's heading "by A at a media session after his meeting
# with B at <venue> today": the meeting A had before.
AFTER_OWN = re.compile(rf"(?P<subj>⟦person:\d+⟧){GAP}{{0,160}}?\b(?:after|following)\s+(?P<talks_at>(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}?meeting)"
                       r"\s+with\b(?P<obj>[^;]*)(?P<call>(?!))?(?P<talks>(?!))?")
# A plan or a past told in passing: "hoped to have talks with B", "A, who had talks with B in 2019, ...".
ASIDE = re.compile(r",\s+(?:who|which|whose)\s|\b(?:hope[sd]?|plan(?:s|ned)?|wish(?:es|ed)?|expect(?:s|ed)?)\s+to\s")
# Talks not held ("did not hold talks", "had no talks", "have yet to hold talks") or told by a speaker
# ("A said that B and C held talks": A is not at them).
NOT_HELD = re.compile(r"\b(?:not|no|never|yet\s+to|unable|cancel\w*|said|says|told|tells|added|adds|noted|notes|stated"
                      r"|recalled|recalls|denied|denies|announced|revealed|stressed|explained)\b|n't\b")
# "A and B held talks (in X) (on Monday)": both sides the subject, no one after "with".
BOTH = re.compile(rf"(?P<subj>⟦person:\d+⟧)(?P<obj>{PGAP}{{0,160}}?⟦person:\d+⟧){GAP}{{0,40}}?"
                  rf"\s(?:held|hold|holds|had|will\s+(?:also\s+)?hold)\s+(?:[\w-]+\s+){{0,2}}?(?P<talks>talks)\b(?!\s+with)(?P<rest>[^;]*)(?P<call>(?!))?")
# "Talks between A and B were held at X": both sides after "between", and the talks held.
BETWEEN = re.compile(rf"\b(?P<talks>[Tt]alks)\s+between\s+{GAP}{{0,80}}?(?P<subj>⟦person:\d+⟧)(?P<obj>{PGAP}{{0,160}}?⟦person:\d+⟧)"
                     rf"{GAP}{{0,40}}?\s(?:were|was|will\s+be|are\s+to\s+be)\s+held\b(?P<rest>[^;]*)(?P<call>(?!))?")
IN_PLACE = re.compile(r"^[^;]*?\bin\s+⟦place:(?P<i>\d+)⟧")
HELD_AT = re.compile(r"^\s*(?:in\s+⟦place:\d+⟧\s+)?(?=at\s)")


def find_talks(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A meeting for each "talks" told as held between people, when the sentence names "talks", and for each
    meeting told as had or held with someone."""
    lower = view.sentence.text.lower()
    if "meeting with" in lower:
        _had_meetings(ctx, view, dates)
    if "talks" not in lower:
        return
    for regex in (WITH, BOTH, BETWEEN):
        for match in regex.finditer(view.masked):
            if regex is not BETWEEN and OTHER_SUBJECT.search(view.masked, match.end("subj"), match.start("obj")) \
                    or _aside(view.masked, match, regex is BETWEEN) \
                    or regex is not WITH and not re.search(r"\band\s", match.group("obj")):
                continue
            opened = view.masked.rfind(";", 0, match.start()) + 1
            own = [d for d in dates if opened <= masked_pos(view, d.center) < match.end()]
            iri = record_meeting(ctx, view, own, match)
            if iri is not None and regex is not WITH:
                _held_where(ctx, view, iri, match)


def _had_meetings(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A meeting for each "A had a meeting with B" held, not planned, reported or told in passing."""
    for match in [*HAD.finditer(view.masked), *AFTER_OWN.finditer(view.masked)]:
        start, end = match.start(), match.start("talks_at")
        if OTHER_SUBJECT.search(view.masked, match.end("subj"), match.start("obj")) \
                or ASIDE.search(view.masked, start, end) or NOT_HELD.search(view.masked, start, end):
            continue
        opened = view.masked.rfind(";", 0, match.start()) + 1
        record_meeting(ctx, view, [d for d in dates if opened <= masked_pos(view, d.center) < match.end()], match)


def _aside(masked: str, match: re.Match, between: bool) -> bool:
    """Whether the words joining the sides to the talks tell them as planned, past in passing, not held or
    reported: before "talks" for "A (and B) held talks", after the sides for "Talks between A and B were held"."""
    start, end = (match.end("obj"), match.start("rest")) if between else (match.start(), match.start("talks"))
    return bool(ASIDE.search(masked, start, end) or NOT_HELD.search(masked, start, end))


def _held_where(ctx: DocContext, view: View, iri, match: re.Match) -> None:
    """The place said after the talks are held: "in ⟦place⟧", "at <venue>"."""
    rest = match.group("rest")
    if (where := IN_PLACE.match(rest)) is not None:
        place = view.mention(where.group("i")).entity
        if place is not None and place.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    if (at := HELD_AT.match(rest)) is not None:
        for venue in venues_after(ctx, view, match.start("rest") + at.end()):
            ctx.findings.add(iri, SDO.location, venue, view.sentence)
