"""The mechanism's founding and renaming, in the shapes sessions.py's plain clauses do not cover.

Press releases tell the mechanism's history in passing, and in many shapes: a fronted participle
("Established in 2003 as the X, the Conference ..."), "since its establishment in 2003", a former name in
apposition ("the Y, formerly known as the X," / "the X (now the Y)" / "the X, as the Y was known until
2015,"), and "the mechanism was renamed the Y in 2015", whose old name is the last other name the
document gave it. A renaming is recorded only with a former name the text itself gives.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.history_dropped import dropped_name
from kg.extract.history_shapes import (APPOSED, BEGAN_AS, CAME_INTO, CHANGED_NAME, CONF, FORMER, FOUNDING, FROM_OLD, FRONTED_ACTIVE, INAUGURAL_OWN,
                                      ITSELF, OF_FOUNDING, OLD_TO_NEW, SAW, THE_MECHANISM, THEN_RENAMED, TIMELINE, TODAYS_SESSION, UNDER_NAME,
                                      former_group, unquoted)
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import ours_last
from kg.namespaces import HKSH, slug

# "Established in October 2003 as the X, the Conference has ...", "First convened in 2003, the X ..." (the date is in
# the participle's phrase)
FRONTED = re.compile(rf"^(?:(?:(?:Jointly|Officially|First)\s+)?(?i:{FOUNDING}|initiated)|First\s+(?:convened|held))\b(?P<phrase>[^,;]{{0,120}}?)"
                     rf"(?:\s+as\s+(?:the\s+)?{CONF.format(n='old')})?,\s+(?i:the\s+)?(?:{CONF.format(n='c')}"
                     rf"|(?i:(?:co-?operation\s+)?(?:conference|mechanism))\b|(?P<it>it)\b)")
# "... since its establishment in 2003", "since the founding of the X in 2003", "since it was set up in 2003",
# "since the Conference was set up in 2003" (once the text has named it)
SINCE = re.compile(rf"\b(?:since|after|following|upon|with|when)\s+(?:(?:its|the|(?:the\s+)?(?:{CONF.format(n='p')}|(?P<poss>(?:co-?operation\s+)?"
                   rf"(?:conference|mechanism)))['’]s)\s+(?:establishment|founding|inception|creation|launch|setting[\s-]+up)"
                   rf"(?:\s+of\s+(?:the\s+)?(?:{CONF.format(n='c')}|(?P<of_bare>(?:co-?operation\s+)?(?:conference|mechanism)\b)))?"
                   rf"|(?P<it>it)\s+was\s+(?:first\s+)?{FOUNDING}"
                   rf"|(?P<bare>{THE_MECHANISM})\s+(?:was|had\s+been)\s+(?:first\s+|officially\s+|formally\s+|jointly\s+)?{FOUNDING})"
                   rf"\s+(?=(?:in|on)\b|(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\s+ago\b)", re.I)
# "Since its inception in 2003, the Conference has ...": the mechanism is the subject that follows
SINCE_FRONTED = re.compile(rf"\b(?:Since|since|After|after)\s+(?:its|their)\s+(?:establishment|founding|inception|creation|launch)\s+"
                           rf"(?=(?:in|on)\b)[^,;]{{0,40}},\s+(?i:the\s+)?(?:{CONF.format(n='c')}|(?i:(?:co-?operation\s+)?"
                           rf"(?:conference|mechanism))\b|(?P<it>it)\b)")
# "Hong Kong and Shanghai set up the X in 2003" (active voice); "flew there in October 2003 to launch the X"
ACTIVE = re.compile(rf"\b(?:jointly\s+)?(?:{FOUNDING}|(?<=\bto\s)(?:establish|launch|create|inaugurate|set\s+up|open))\s+"
                    rf"(?:what\s+was\s+(?:then\s+)?(?:called|known\s+as|named)\s+)?(?:the\s+)?(?:{CONF.format(n='c')}"
                    rf"|(?P<bare>(?<=\bthe\s)(?:co-?operation\s+)?(?:conference|mechanism)\b)){ITSELF}", re.I)
# "the X, a high-level mechanism that the two governments launched in Shanghai in October 2003"
# "since the inaugural meeting of the X in October 2003", "the X held its inaugural session in Shanghai in 2003": the
# mechanism began then ("the first plenary session was held in 2003" tells only a session's date)
INAUGURAL = re.compile(rf"(?<!anniversary\sof\sthe\s)(?<!anniversary\sof\s)\binaugural\s+(?:plenary\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?{CONF.format(n='c')}"
                       r"(?!\s+(?:working\s+group|task\s+force|expert\s+group|forum|youth|sub-?group|committee|panel|seminar|[a-z]+\s+(?:group|forum|committee)))"
                       rf"|{CONF.format(n='d')}\s+(?:held|convened|had)\s+its\s+inaugural\s+(?:plenary\s+)?(?:meeting|session)\b", re.I)
# "It was established in October 2003", just after a sentence about the mechanism
IT_FOUNDED = re.compile(rf"^It\s+(?:was|had\s+been)\s+(?:officially\s+|formally\s+|jointly\s+|first\s+)?{FOUNDING}\b")
# "The mechanism was established in 2003", once the document has named it
BARE_FOUNDED = re.compile(rf"^{THE_MECHANISM}\s+(?:was|had\s+been)\s+(?:officially\s+|formally\s+|jointly\s+)?{FOUNDING}\b", re.I)

# "the Y, formerly known as the X," / "the Y (previously called the X)"
FORMERLY = re.compile(rf"{CONF.format(n='new')}(?:\s*\([^()]{{1,20}}\))?\s*[,(\-–—]\s*(?:which\s+was\s+|also\s+)?(?:formerly|previously|originally|once)"
                      rf"\s+(?:known\s+as\s+|called\s+|named\s+|titled\s+)?(?:the\s+)?{CONF.format(n='old')}", re.I)
# "the X (now the Y)", "the X, later renamed the Y in 2015,"
NOW = re.compile(rf"{CONF.format(n='old')}\s*[,(]\s*(?:now\s+(?:known\s+as\s+|called\s+|named\s+)?|(?:later\s+|since\s+)?"
                 rf"renamed\s+(?:as\s+|to\s+)?)(?:the\s+)?{CONF.format(n='new')}", re.I)
# "the X, as the Y was known until 2015,"
KNOWN_UNTIL = re.compile(rf"{CONF.format(n='old')},?\s+as\s+(?:the\s+)?(?:{CONF.format(n='new')}|(?:co-?operation\s+)?(?:mechanism|conference)\b|it)\s+was\s+(?:known|called)\s+"
                         rf"(?:until|before)\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
# "In 2015, ...", "In April 2015 the X ...", "At the third plenary session in 2015, ..."
FRONTED_DATE = re.compile(r"^(?:(?:In|On)\s[^,;⟦]{1,30},|(?:In|On)\s+(?:[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\b"
                          r"|(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d(?:\s*[:：–—]|\s+-\s)"  # a timeline's "2015: ..."
                          r"|(?:At|During)\s+(?:the|its)\s+[^,;⟦]{0,40}?\b(?:session|meeting|plenary)\b[^,;⟦]{0,30},)")
# "The Conference, known as the X until 2015," / "the former X" (the name it had before its present one)
KNOWN_AS_UNTIL = re.compile(rf"(?:{CONF.format(n='new')}|{THE_MECHANISM})\s*[,(]\s*(?:which\s+was\s+)?(?:known|called)\s+(?:as\s+)?"
                            rf"(?:the\s+)?{CONF.format(n='old')}\s+(?:until|before)\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)
# "The mechanism, known until 2012 as the X," (the year before the name)
UNTIL_AS = re.compile(rf"(?:{CONF.format(n='new')}|{THE_MECHANISM})\s*[,(]\s*(?:which\s+was\s+)?(?:known|called)\s+(?:until|before)\s+"
                      rf"(?P<year>(?:19|20)\d\d)\s+as\s+(?:the\s+)?{CONF.format(n='old')}", re.I)
THE_FORMER = re.compile(rf"\b(?:the\s+former\s+|under\s+the\s+name\s+(?:of\s+)?(?:the\s+)?[\"“]?|(?:what\s+was|which\s+was|it\s+was)?"
                        rf"\s*(?:then|originally|initially|first)\s+(?:called|named|known\s+as)\s+(?:the\s+)?[\"“]?){CONF.format(n='old')}", re.I)
# "... and it has since been known as the Y", "It has been the Y ever since": renamed, from the last other name
# the text gave it
SINCE_KNOWN = re.compile(rf"\b(?:has|have|had)\s+since\s+been\s+(?:known|called|named)\s+(?:as\s+)?(?:the\s+)?{CONF.format(n='new')}", re.I)
EVER_SINCE = re.compile(rf"^It\s+has\s+been\s+(?:known\s+as\s+|called\s+)?(?:the\s+)?{CONF.format(n='new')}\s+(?:ever\s+)?since\b")
# "The mechanism was renamed the Y in 2015", "... at its third plenary", "was relaunched with a wider remit and renamed the Y"
BARE_RENAMED = re.compile(rf"\b(?:{THE_MECHANISM}|it)\s+(?:was|has\s+been|had\s+been)\s+(?:officially\s+|formally\s+|later\s+"
                          rf"|subsequently\s+)?(?:(?:revived|relaunched|re-launched|revamped|upgraded|expanded|restructured)(?:\s+[^,;⟦]{{0,40}}?)?\s+and\s+)?renamed\s+(?:as\s+|to\s+)?(?:the\s+)?{CONF.format(n='new')}", re.I)
# "since it was renamed in 2015", "the Conference was later renamed": to the name it has now, from the last
# other name the text gave it, else the one the reference data knows it had
RENAMED_ONLY = re.compile(rf"(?:\b(?P<bare>{THE_MECHANISM})|\bit|{CONF.format(n='c')}(?:\s+mechanism)?)\s+(?:was|has\s+been|had\s+been)\s+"
                          rf"(?:officially\s+|formally\s+|later\s+|subsequently\s+)?renamed\b(?!\s+(?:as\s+|to\s+)?(?:the\s+)?⟦conf)", re.I)
# "The X (previously the W) was established in 2003 and (was) (upgraded and) renamed in 2012": to the name it has now;
# "Established in 2003 and renamed in 2012, the X is ...": the same, told before the name
LATER_RENAMED = re.compile(rf"{CONF.format(n='c')}(?:\s*\([^()]{{0,120}}\))?\s+(?:was|has\s+been)\s+[^;⟦]{{0,80}}?\band\s+(?:was\s+|has\s+been\s+)?(?:(?:later|subsequently|then)\s+)?"
                           rf"(?:[a-z]+\s+and\s+)?renamed\b(?!\s+(?:as\s+|to\s+)?(?:the\s+)?⟦conf)|^(?:Established|Set\s+up|Founded|Launched|Created|Formed|Inaugurated)"
                           rf"\s+[^,;⟦]{{0,40}}?\s+and\s+(?:(?:later|subsequently|then)\s+)?renamed\b(?=[^,;⟦]{{0,60}},\s+(?:the\s+)?⟦conf)", re.I)
# "set up in 2003 as the X and renamed in 2015": from the X to the name it has now
AS_AND_RENAMED = re.compile(rf"\bas\s+(?:the\s+)?{CONF.format(n='old')}\s+and\s+(?:was\s+|later\s+|subsequently\s+)?renamed\b"
                            rf"(?!\s+(?:as\s+|to\s+)?(?:the\s+)?⟦conf)", re.I)
# "The Y was renamed from the X in 2015", "its name was changed from the X to the Y", "It changed its name from
# the X": from the X to the Y, else to the name it has now
RENAMED_FROM = re.compile(rf"(?:(?:{CONF.format(n='new')}(?:\s+mechanism)?|\b(?:it|{THE_MECHANISM}|its\s+name))\s+(?:was|has\s+been|had\s+been)"
                          rf"\s+(?:officially\s+|formally\s+|later\s+|subsequently\s+)?(?:renamed|changed)|\bchanged\s+its\s+name)\s+from\s+"
                          rf"(?:the\s+)?{CONF.format(n='old')}(?:\s+to\s+(?:the\s+)?{CONF.format(n='to')})?", re.I)
# "The X has been in place since 2003": founded then
IN_PLACE = re.compile(rf"(?:{CONF.format(n='c')}(?:\s+mechanism)?|^{THE_MECHANISM})\s+(?:has|had)\s+been\s+"
                      rf"(?:in\s+place|in\s+operation|operating|running|in\s+existence)\s+(?=since\b)", re.I)
# "It adopted its current name in 2015", "took its present name, the Y, in 2015": renamed then
# ("was given a new name": only where the mechanism is its subject)
# ("took its present, shorter name"; "the two sides renamed it at the third plenary session, in April 2015", the new
# name not spelt out)
TOOK_NAME = re.compile(r"\b(?:adopted|took|assumed|acquired|(?:was\s+)?given|received|got|gained)\s+(?:on\s+)?its\s+(?:present|current|new|existing)(?:,\s+[\w-]+)?\s+(?:name|title)\b"
                       r"|(?:⟦conf:\d+⟧(?:\s+mechanism)?|\b(?:the\s+)?(?:co-?operation\s+)?(?:conference|mechanism)|\bit)\s+(?:was\s+given|received"
                       r"|adopted|took)\s+a\s+new\s+name\b|(?:⟦conf:\d+⟧|\b(?:the\s+)?(?:conference|mechanism)|\bit)\s+has\s+(?:carried|borne|had|used)\s+its\s+(?:present|current)\s+name\b|\b(?:sides|cities|governments|leaders|they)\s+(?:formally\s+|officially\s+|jointly\s+)?renamed\s+"
                       r"(?:it|the\s+(?:co-?operation\s+)?(?:mechanism|conference)|⟦conf:\d+⟧)(?=\s*[,.]|\s+(?:at|in|on|during|after|following|to\s+reflect)\b)", re.I)
# A body named since the mechanism last was, that "renamed it" may mean: "The Task Force ..., which the two cities set
# up in 2019, reported to the session. The two sides renamed it in 2024"
BODY_SINCE = re.compile(r"⟦org:\d+⟧|\b(?i:task\s+force|committee|group|council|fund|scheme|programme|company|corporation"
                        r"|alliance|association|commission|panel|board|bureau|forum|platform|foundation)\b")
MECHANISM_SAID = re.compile(r"⟦conf:\d+⟧|\b(?i:mechanism|conference)\b")


def _it_is_another(ctx, view, match: re.Match) -> bool:
    """Whether the "it" renamed may be another body, named in the sentence or the one before since the mechanism."""
    said_it = match.group(0).lower()
    if not (said_it.endswith(" it") or said_it.startswith("it ")):  # "renamed it", "It has had its current name"
        return False
    before = view.masked[:match.start()]
    if len(ctx.views) >= 2 and ctx.views[-1][1] is view:
        before = f"{ctx.views[-2][1].masked} {before}"
    said = [m.end() for m in MECHANISM_SAID.finditer(before)]
    return BODY_SINCE.search(before, said[-1] if said else 0) is not None


# "The X, which dates back to 2003": founded then
DATES_BACK = re.compile(rf"{CONF.format(n='c')},?\s+(?:which\s+dates|dates|dating)\s+back\s+to\b", re.I)
# "The X was established in 2003 and (was) renamed the Y in 2015"
AND_RENAMED = re.compile(rf"{CONF.format(n='old')}[^;]{{0,120}}?(?:\band|,\s+which)\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:later\s+|"
                         rf"subsequently\s+)?renamed\s+(?:as\s+|to\s+)?(?:the\s+)?{CONF.format(n='new')}", re.I)


def find_history(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """Record the founding date and the renamings a sentence tells in these shapes."""
    masked = view.masked
    if "⟦conf" in masked or ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions:
        _founded(ctx, view, dates)
    if "renamed" in masked.lower() or "⟦conf" in masked or " name" in masked:
        _renamed(ctx, view, dates)
    if (dropped := dropped_name(ctx, view) if " name" in masked or " title" in masked else None) is not None:
        old, start, end, main = dropped  # 'dropped "Economic and Trade" from its name at its second session in 2012'
        later = [d for d in dates if start <= masked_pos(view, d.start_char) < end] or (opening_dates(view, dates) if main else [])
        day = later[0].start if later else _session_day(ctx, view.sentence.index) if main else None
        renaming = record_renaming(ctx, view, old, ctx.reference.conference.name)
        if day is not None:
            ctx.findings.add(renaming, SDO.startDate, day, view.sentence)


def _founded(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    masked, named = view.masked, ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions
    match = FRONTED.search(masked)
    if match and _subject(ctx, match, named):
        _created(ctx, view, dates, match.start(), match.end("phrase"))
        return
    match = SINCE.search(masked)
    if match and (match.group("c") or match.group("p") or "⟦conf" in masked[:match.start()]
                  or (match.group("bare") or match.group("of_bare") or match.group("poss")) and named
                  or match.group("it") and after_the_mechanism(ctx)):
        _created(ctx, view, dates, match.end(), match.end() + 40)
        return
    match = SINCE_FRONTED.search(masked)
    if match and _subject(ctx, match, named):
        _created(ctx, view, dates, 0, match.end())
        return
    match = UNDER_NAME.search(masked) if "⟦conf" in masked else None
    if match and _created(ctx, view, dates, match.start(), match.end("phrase")):
        return
    match = INAUGURAL.search(masked) if "naugural" in masked else None
    if match:
        ends = [i for i in (masked.find(mark, match.end()) for mark in ",;") if i >= 0]
        if _created(ctx, view, dates, match.end(), min(ends, default=len(masked))):
            return
    match = DATES_BACK.search(masked)
    if match and _created(ctx, view, dates, match.start(), len(masked)):  # "back to 2003" is the date's own span
        return
    match = IN_PLACE.search(masked) if "since" in masked.lower() else None
    if match and (match.group("c") or named) and _created(ctx, view, dates, match.end(), match.end() + 12):
        return
    match = APPOSED.search(masked)
    if match:
        ends = [i for i in (masked.find(mark, match.end()) for mark in (",", ";", " but ")) if i >= 0]
        if _created(ctx, view, dates, match.end(), min(ends, default=len(masked))):
            return
    match = ACTIVE.search(masked)
    if match and (match.group("c") or named and not re.search(r"\bto\s+$", masked[:match.start()])):  # not "to set up the mechanism"
        _active(ctx, view, dates, match)
        return
    if _came_into_being(ctx, view, dates, named):
        return
    match = BARE_FOUNDED.search(masked) or (IT_FOUNDED.search(masked) if after_the_mechanism(ctx) else None)
    if match and named and ours_last(ctx.views, view):  # not "The conference was set up in 1998" after another's
        _created(ctx, view, dates, match.end(), len(masked))


def _active(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    """"The two cities set up the X in 2003"; "In 2003, the two cities set up the X"."""
    masked = view.masked
    ends = [i for i in (masked.find(mark, match.end()) for mark in ",;") if i >= 0]
    starts = [i + 1 for i in (masked.rfind(mark, 0, match.start()) for mark in ",;") if i >= 0]
    if _created(ctx, view, dates, match.end(), min(ends, default=len(masked))):
        return
    if masked[match.start():].lower().startswith(INFINITIVES):
        # "flew to Shanghai in October 2003 to launch the X"; "On October 27, 2003, A sat down with B ... to
        # open what was then called the X": the date before the infinitive, in its clause, else its sentence
        _ = _created(ctx, view, dates, max(starts, default=0), match.start(), last=True) or \
            _created(ctx, view, dates, 0, match.start(), last=True)
    elif FRONTED_ACTIVE.match(masked):
        _created(ctx, view, dates, 0, match.start())


def _came_into_being(ctx: DocContext, view: View, dates: list[DateSpan], named: bool) -> bool:
    """"The X came into being in 2003", "since the mechanism came into existence in 2003", "the X's inaugural
    meeting was held in 2003", "October 2003: the X is established"."""
    masked = view.masked
    match = TIMELINE.match(masked)
    if match:
        return _created(ctx, view, dates or opening_dates(view, dates), 0, match.start("c"))
    match = OF_FOUNDING.search(masked) if "⟦conf" in masked else None
    if match:
        return _of_founding(ctx, view, dates, match)
    match = CAME_INTO.search(masked)
    if match is not None and not (match.group("c") or named and (match.group("bare") or "⟦conf" in masked[:match.start()]
                                                                    or after_the_mechanism(ctx)) and not match.group("began")):
        match = None
    if match is not None and match.group("began"):  # "the X began in 2003", not "the X began on Monday" (a session)
        dates = [d for d in dates if d.start.datatype == XSD.gYear]
    if match is None and "naugural" in masked:
        match = INAUGURAL_OWN.search(masked)
        match = match if match and (match.group("c") or named or "⟦conf" in masked[match.end():]) else None
    if match is None:
        return False
    ends = [i for i in (masked.find(mark, match.end()) for mark in ",;") if i >= 0]
    return _created(ctx, view, dates, match.end(), min(ends, default=len(masked)))


INFINITIVES = ("establish ", "launch ", "create ", "inaugurate ", "set up ", "open ")


def _subject(ctx: DocContext, match: re.Match, named: bool) -> bool:
    """Whether a fronted phrase's subject is the mechanism: named, or "the conference" or "it" once named."""
    return bool(match.group("c") or named and (match.group("it") is None or after_the_mechanism(ctx)))


def _of_founding(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> bool:
    """"The establishment of the X in 2003 ...": the date said right after it, else the one that opens the
    sentence ("In 2003, the establishment of the X ...", "2003 saw the launch of the X")."""
    masked = view.masked
    said = re.match(r"\s+(?:in|on)\s+[^,;⟦]{1,25}", masked[match.end():])
    if said:
        return _created(ctx, view, dates, match.end(), match.end() + said.end())
    saw = SAW.match(masked, 0, match.start())  # "2003 saw the launch of the X"
    if saw:
        ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created,
                         Literal(saw.group(1), datatype=XSD.gYear), view.sentence)
        return True
    subject = re.match(r"(?:In|On)\s[^,;⟦]{1,30},\s+(?:[Tt]he\s+)?$", masked[:match.start()])  # not "In 2023, he recalled the ..."
    return bool(subject) and _created(ctx, view, opening_dates(view, dates), 0, match.start())


# another body a question names beside the mechanism ("Is the X related to the Y Joint Conference?")
ANOTHER_BODY = re.compile(r"\b(?:Conference|Forum|Council|Commission|Committee|Summit)\b|⟦org")


def after_the_mechanism(ctx: DocContext) -> bool:
    """Whether the sentence before this one was about the mechanism (named it first, or asked about it: a FAQ's
    "When was the X set up?"), so "It" is it."""
    if len(ctx.views) < 2:
        return False
    before = ctx.views[-2][1].masked
    return re.match(r"^(?:The\s+)?⟦conf", before) is not None or before.endswith("?") and "⟦conf" in before \
        and ANOTHER_BODY.search(re.sub(r"⟦conf:\d+⟧", "", before)) is None  # a question about it alone


def _created(ctx: DocContext, view: View, dates: list[DateSpan], start: int, end: int, *, last: bool = False) -> bool:
    inside = [d for d in dates if start <= masked_pos(view, d.start_char) < end]
    if inside:
        ctx.findings.add(ctx.entity_iri(ctx.reference.conference), DCTERMS.created, inside[-1 if last else 0].start,
                         view.sentence)
    return bool(inside)


def _renamed(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    masked, present = unquoted(view.masked), ctx.reference.conference.name
    for pattern in (FORMERLY, NOW, KNOWN_UNTIL, AND_RENAMED, KNOWN_AS_UNTIL, THE_FORMER, AS_AND_RENAMED, RENAMED_FROM,
                    UNTIL_AS, OLD_TO_NEW, FROM_OLD, BEGAN_AS):
        for match in pattern.finditer(masked) if pattern is not RENAMED_FROM or "from" in masked.lower() else ():
            old = view.mention(match.group("old")).surface
            said = [match.group(g) for g in ("new", "to") if g in pattern.groupindex and match.group(g)]
            new = view.mention(said[-1]).surface if said else present
            if not _proper(old) or same_name(old, new):
                continue
            renaming = record_renaming(ctx, view, old, new)
            if "year" in pattern.groupindex and match.group("year"):  # "known as X until 2015"
                ctx.findings.add(renaming, SDO.startDate, Literal(match.group("year"), datatype=XSD.gYear), view.sentence)
            elif pattern is not BEGAN_AS:  # "began life as the X in 2003": the founding's date, not the renaming's
                # "what was then called the X": the sentence's own date is not the renaming's
                _dated(ctx, view, dates, renaming, match.end(), opening=pattern is not THE_FORMER)
    for match in FORMER.finditer(masked) if "⟦conf" in masked else ():  # "the then X": a former name, undated
        old = view.mention(former_group(match)).surface
        if _proper(old) and not same_name(old, present):
            record_renaming(ctx, view, old, present)
    match = BARE_RENAMED.search(masked) or SINCE_KNOWN.search(masked) or EVER_SINCE.search(masked) or CHANGED_NAME.search(masked)
    if match and match.group("new"):
        new = view.mention(match.group("new")).surface
        old = next((n for n in reversed(ctx.conf_names) if _proper(n) and not same_name(n, new)), None)
        former = ctx.reference.conference.data.get("formerNames", {}).get("en", [])
        told = ctx.findings.mentions.get(ctx.entity_iri(ctx.reference.conference), set()) - {view.sentence.index}
        if old is None and not told and len(former) == 1 and same_name(new, ctx.reference.conference.name):
            old = former[0]  # renamed, where first named, to the name it has now: from the one it is known to have had
        if old is not None:
            _dated(ctx, view, dates, record_renaming(ctx, view, old, new), match.end())
    elif (match := match or RENAMED_ONLY.search(masked) or LATER_RENAMED.search(masked) or TOOK_NAME.search(masked)) and (
            "⟦conf" in masked or ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions) and not _it_is_another(ctx, view, match):
        new = ctx.reference.conference.name
        former = ctx.reference.conference.data.get("formerNames", {}).get("en", [])
        said = [n for n in reversed(ctx.conf_names) if _proper(n) and not same_name(n, new)]
        old = said[0] if said else former[0] if len(former) == 1 else None
        named = re.match(r",\s+(?:the\s+)?⟦conf:\d+⟧,", masked[match.end():])  # "took its present name, the Y, in 2015"
        if old is not None:
            _dated(ctx, view, dates, record_renaming(ctx, view, old, new), match.end() + (named.end() if named else 0))


def _proper(name: str) -> bool:
    """A former name is a proper name ("... Co-operation Conference"), not "the co-operation mechanism of A and B"."""
    return re.search(r"\bConference\b", name) is not None


def _dated(ctx: DocContext, view: View, dates: list[DateSpan], renaming: URIRef, after: int, *, opening: bool = True) -> None:
    """The renaming's date: the first date said after the names, before the clause or apposition ends; or
    the date that opens the sentence ("In 2015, the X was renamed ...")."""
    masked = view.masked
    after = then.end() if (then := THEN_RENAMED.match(masked, after)) else after
    ends = [i for i in (masked.find(mark, after) for mark in ",;)") if i >= 0]
    later = [d for d in dates if after <= masked_pos(view, d.start_char) < min(ends, default=len(masked))]
    later = later or (opening_dates(view, dates) if opening else [])
    today = ctx.published is not None and TODAYS_SESSION.match(masked, after)  # "took its present name at today's session"
    # "what was then called the X", "under the name X": the session told with it is when the old name was in use
    session = _session_day(ctx, view.sentence.index) if opening else None
    day = later[0].start if later else Literal(ctx.published.isoformat(), datatype=XSD.date) if today else session
    if day is not None:
        ctx.findings.add(renaming, SDO.startDate, day, view.sentence)


def _session_day(ctx: DocContext, index: int) -> Literal | None:
    """The date of the session this sentence or one of the two before told ("The third plenary session, in
    April 2015, was a turning point. The two sides agreed to ... It has since been known as the Y")."""
    session = ctx.last_event("session")
    if session is None or not ctx.findings.mentions.get(session, set()) & {index, index - 1, index - 2}:
        return None
    return next(iter(ctx.findings.objects(session, SDO.startDate)), None)


def opening_dates(view: View, dates: list[DateSpan]) -> list[DateSpan]:
    """The dates of a phrase that opens the sentence ("In 2015, ..."), which date its main clause."""
    opening = FRONTED_DATE.match(view.masked)
    said = [d for d in dates if opening and masked_pos(view, d.start_char) < opening.end()]
    year = YEAR_HEAD.match(view.masked) if opening and not said else None
    return [DateSpan(0, year.end(1), Literal(year.group(1), datatype=XSD.gYear), kind="year")] if year else said


# A timeline line's bare year ("2015: the X is renamed ..."), which no date rule reads on its own
YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)(?:\s*[:：–—]|\s+-\s)")


def record_renaming(ctx: DocContext, view: View, old: str, new: str) -> URIRef:
    """The renaming of the mechanism from one name to another, however the sentence tells it."""
    strip = lambda name: re.sub(r"\s+mechanism$", "", re.sub(r"\s+", " ", name), flags=re.I)  # noqa: E731
    iri = ctx.iri("event", f"renaming-of-{slug(strip(old))}")
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Renaming, s)
    f.add(iri, RDFS.label, Literal(f"Renaming of the {strip(old)} as the {strip(new)}", lang="en"), s)
    f.add(iri, HKSH.renamed, ctx.entity_iri(ctx.reference.conference), s)
    f.add(iri, HKSH.formerName, Literal(strip(old), lang="en"), s)
    f.add(iri, HKSH.newName, Literal(strip(new), lang="en"), s)
    ctx.remember_event("renaming", iri)
    return iri


def same_name(one: str, other: str) -> bool:
    """Whether two names differ only in spelling, order or joiners (not a renaming): the same bag of words.

    >>> same_name("Shanghai-Hong Kong Cooperation Conference", "Hong Kong/Shanghai Co-operation Conference")
    True
    >>> same_name("Hong Kong/Shanghai Economic & Trade Co-operation Conference", "Hong Kong/Shanghai Co-operation Conference")
    False
    """
    def words(name: str) -> list[str]:
        name = re.sub(r"co-?-?operation", "cooperation", name.lower().replace("&", " and "))
        name = re.sub(r"\bhu\b(?=\s*[-–—/]\s*(?:gang|hong)\b)", "shanghai", name)  # a translation's 沪港
        name = re.sub(r"\b(?:gang|hong(?![\s-]*kong))\b", "hong kong", re.sub(r"\bmeeting\b", "conference", name))
        return sorted(w for w in re.findall(r"[a-z]+", name) if w not in ("mechanism", "the", "and", "joint"))
    return words(one) == words(other)
