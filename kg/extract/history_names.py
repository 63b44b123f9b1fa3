"""The mechanism's former name, in shapes history.py does not read: the name it had "until" a year, the body it
"replaced", "it was formerly known as", and "It" that answers a question about it.

"Until 2012, the mechanism was known as the X", "It was called the X until 2012", "The Y, which replaced the X in
2012, ...", "the X was succeeded by the Y", "[the Conference was] renamed in 2012; it was formerly known as the X";
a FAQ's "When was the Y set up?" then "It was set up in 2003". Each needs the former name said in the sentence.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import DCTERMS, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.history import after_the_mechanism, record_renaming, same_name
from kg.extract.history_shapes import CONF, FOUNDING, THE_MECHANISM
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import ours_last

KNOWN = r"(?:was|had\s+been)\s+(?:known\s+as|called|named)\s+(?:the\s+)?"
YEAR = r"(?P<year>(?:19|20)\d\d)\b"
SUBJECT = rf"(?:{CONF.format(n='new')}|(?P<bare>{THE_MECHANISM})|(?P<it>\bit))"
# "It was known as the X until 2012", "Until 2012, the mechanism was called the X"
UNTIL = re.compile(rf"(?:^|[;,]\s+(?:and\s+)?){SUBJECT}\s+{KNOWN}{CONF.format(n='old')}\s+(?:until|till|up\s+to)\s+{YEAR}", re.I)
UNTIL_FRONT = re.compile(rf"^(?:Until|Till|Up\s+to)\s+{YEAR},?\s+{SUBJECT}\s+{KNOWN}{CONF.format(n='old')}", re.I)
# "The Y, which replaced the X in 2012", "the Y succeeded the X"; "the X was replaced by the Y"
REPLACED = re.compile(rf"{CONF.format(n='new')}(?:\s+mechanism)?,?\s+(?:which\s+|that\s+)?(?:(?:has|had)\s+)?(?:replaced|succeeded|superseded"
                      rf"|took\s+over\s+from)\s+(?:the\s+)?{CONF.format(n='old')}"
                      rf"|{CONF.format(n='was')}(?:\s+mechanism)?\s+(?:was|had\s+been)\s+(?:later\s+|subsequently\s+)?(?:replaced|succeeded"
                      rf"|superseded)\s+by\s+(?:the\s+)?{CONF.format(n='by')}", re.I)
# "...; it was formerly known as the X" (to the name it has now; dated by "renamed in 2012" in the sentence)
FORMERLY_KNOWN = re.compile(rf"(?:^|[;,]\s+(?:and\s+)?){SUBJECT}\s+(?:was|had\s+been)\s+(?:formerly|previously|originally)\s+"
                            rf"(?:known\s+as|called|named)\s+(?:the\s+)?{CONF.format(n='old')}", re.I)
# "the two sides agree that the Conference will be known from that day as the Y", "From today it will be known as the
# Y": from the last other name the text gave it, on the day said, else that of the session just told
KNOWN_FROM = re.compile(rf"(?P<front>\b(?:From\s+(?:today|now\s+on|this\s+day|tomorrow)|Henceforth),?\s+)?\b(?:{THE_MECHANISM}|it)\s+(?:will|would|should|shall)\s+(?:henceforth\s+|thereafter\s+)?be\s+(?:known|called)"
                        rf"\s+(?:(?:from\s+(?:that|this|the\s+same)\s+day|from\s+then\s+on|henceforth|thereafter)\s+)?as\s+(?:the\s+)?{CONF.format(n='new')}", re.I)
# founded under a name it no longer has: "our two cities founded the X", "The X is set up": a former name, undated
FOUNDED_OLD = re.compile(rf"\b(?:{FOUNDING})\s+(?:what\s+was\s+then\s+)?(?:the\s+)?{CONF.format(n='old')}(?!['’]s)"
                         rf"|{CONF.format(n='was')}\s+(?:is|was)\s+(?:officially\s+|formally\s+|jointly\s+)?(?:{FOUNDING})\b", re.I)
# "a high-level mechanism set up in 2003 as the X": founded then (history_shapes.BEGAN_AS reads the former name)
FOUNDED_AS = re.compile(rf"\b(?:{FOUNDING})\s+(?P<when>(?:in|on)\s+[^,;⟦]{{1,25}}?)\s+as\s+(?:the\s+)?{CONF.format(n='c')}", re.I)
# "It was called the X then", "The conference, the X, as it was called then": a former name the text does not date
THEN = r"(?:then|at\s+the\s+time|back\s+then|in\s+those\s+days|at\s+first|originally)\b"
CALLED_THEN = re.compile(rf"(?:^|[;,]\s+(?:and\s+)?)(?:(?P<bare>{THE_MECHANISM})|(?P<it>\bit))\s+(?:was|had\s+been)\s+(?:known\s+as|called|named)\s+"
                         rf"(?:the\s+)?{CONF.format(n='old')}\s+{THEN}|{CONF.format(n='as')},?\s+as\s+(?:it|{THE_MECHANISM})\s+was\s+(?:known|called)\s+{THEN}", re.I)
RENAMED_IN = re.compile(r"\brenamed\s+(?=(?:in|on)\s)", re.I)
CUES = ("established", "founded", "set up", "launched", "created", "inaugurated", "be known", "be called", "until", "till", "up to", "replaced", "succeeded", "superseded", "took over", "formerly", "previously", "originally", "called", "known as")


def find_former_names(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """Record the renamings a sentence tells in these shapes."""
    masked = view.masked
    lowered = masked.lower()
    if "⟦conf" not in masked or not any(cue in lowered for cue in CUES):
        return
    present = ctx.reference.conference.name
    for pattern in (UNTIL, UNTIL_FRONT, REPLACED, FORMERLY_KNOWN):
        for match in pattern.finditer(masked):
            if not _the_mechanism(ctx, match):
                continue
            old = view.mention(match.group("old") or match.group("was")).surface
            new_id = match.group("new") or ("by" in pattern.groupindex and match.group("by"))
            new = view.mention(new_id).surface if new_id else present
            if re.search(r"\bConference\b", old) is None or same_name(old, new):
                continue
            renaming = record_renaming(ctx, view, old, new)
            day = _day(view, dates, pattern, match)
            if day is not None:
                ctx.findings.add(renaming, SDO.startDate, day, view.sentence)
    if (match := KNOWN_FROM.search(masked)) is not None:
        _known_from(ctx, view, dates, match)
    _founded_old(ctx, view, dates)
    if (match := CALLED_THEN.search(masked)) is not None and (match.group("as") or ours_last(ctx.views, view)):
        old = view.mention(match.group("old") or match.group("as")).surface
        if re.search(r"\bConference\b", old) and not same_name(old, present):
            record_renaming(ctx, view, old, present)


def _founded_old(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The name it was founded under, where that is not its present one; the date "set up in 2003 as the X" gives."""
    masked, present = view.masked, ctx.reference.conference.name
    renamed = str(ctx.reference.conference.data.get("renamed", ""))
    for match in FOUNDED_OLD.finditer(masked) if not (ctx.published and ctx.published.isoformat() < renamed) else ():
        old = view.mention(match.group("old") or match.group("was")).surface
        if re.search(r"\bConference\b", old) and not same_name(old, present):
            record_renaming(ctx, view, old, present)
    if (match := FOUNDED_AS.search(masked)) is not None:
        said = [d for d in dates if match.start("when") <= masked_pos(view, d.start_char) < match.end("when")]
        if said:
            ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created, said[0].start, view.sentence)


def _known_from(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    """"... will be known from that day as the Y": renamed from the last other name the text gave, on the day the
    sentence says, else on the day of the session told in it or the two sentences before."""
    new = view.mention(match.group("new")).surface
    old = next((n for n in reversed(ctx.conf_names) if re.search(r"\bConference\b", n) and not same_name(n, new)), None)
    if old is None:
        return
    renaming = record_renaming(ctx, view, old, new)
    said = [d for d in dates if masked_pos(view, d.start_char) >= match.end()]
    said = said or [d for d in dates if match.group("front") and match.start() <= masked_pos(view, d.start_char) < match.end("front")]
    session = ctx.last_event("session")
    recent = session is not None and ctx.findings.mentions.get(session, set()) & set(range(view.sentence.index - 2, view.sentence.index + 1))
    day = said[0].start if said else next(iter(ctx.findings.objects(session, SDO.startDate)), None) if recent else None
    if day is not None:
        ctx.findings.add(renaming, SDO.startDate, day, view.sentence)


def _the_mechanism(ctx: DocContext, match: re.Match) -> bool:
    groups = match.re.groupindex
    if "it" in groups and match.group("it"):  # "It" after a sentence about it; "...; it" in one about it
        opens = re.match(rf"^(?:{THE_MECHANISM}|(?:the\s+)?⟦conf)", match.string, re.I) is not None
        return after_the_mechanism(ctx) if match.start("it") == 0 else opens
    return not ("bare" in groups and match.group("bare")) or ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions


def _day(view: View, dates: list[DateSpan], pattern: re.Pattern, match: re.Match) -> Literal | None:
    """The renaming's date: the year "until" names; after "replaced the X", the date in its clause; "renamed in"."""
    if pattern in (UNTIL, UNTIL_FRONT):
        return Literal(match.group("year"), datatype=XSD.gYear)
    masked = view.masked
    if pattern is REPLACED:
        end = min([i for i in (masked.find(m, match.end()) for m in ",;") if i >= 0], default=len(masked))
        said = [d for d in dates if match.end() <= masked_pos(view, d.start_char) < end]
        return said[0].start if said else None
    renamed = RENAMED_IN.search(masked)
    said = [d for d in dates if renamed and 0 <= masked_pos(view, d.start_char) - renamed.end() <= 3]  # "in 2012", "2012"
    return said[0].start if said else None
