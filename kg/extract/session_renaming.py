"""The mechanism's renaming a sentence tells: "the X was renamed as the Y after the 3rd Plenary Session in 2015"
(the old and new names both said), and the act, "the two sides agreed to rename the mechanism the Y" (the old name
the one the text last gave it); its date, and the session it followed.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.session_context import not_its_date
from kg.extract.history import opening_dates, record_renaming, same_name
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import ordinal_value
from kg.namespaces import HKSH

RENAMED = re.compile(
    r"⟦conf:(?P<old>\d+)⟧\s+(?:was|is|had been)\s+(?:officially\s+|formally\s+)?renamed\s+(?:as\s+|to\s+)?(?:the\s+)?⟦conf:(?P<new>\d+)⟧"
    r"(?:\s+(?P<when>after|following|at)\s+(?:the\s+)?(?P<ord>\S+)\s+plenary\s+session)?",
    re.I,
)


def conference_iri(ctx: DocContext) -> URIRef:
    return ctx.entity_iri(ctx.reference.conference)


def session_iri(ctx: DocContext, number: int) -> URIRef:
    return ctx.iri("session", f"{ctx.reference.conference.id}-{number}")


def find_renaming(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A renaming the sentence tells, with both names, its date and the session it followed."""
    match = RENAMED.search(view.masked)
    if not match:
        _renaming_act(ctx, view, dates)
        return
    old, new = view.mention(match.group("old")), view.mention(match.group("new"))
    iri = record_renaming(ctx, view, old.surface, new.surface)
    f, s = ctx.findings, view.sentence
    number = ordinal_value(match.group("ord") or "")
    if number:
        f.add(iri, HKSH.followed, session_iri(ctx, number), s)
    after = [d for d in dates if masked_pos(view, d.start_char) >= match.start()] or opening_dates(view, dates)
    if after:
        f.add(iri, SDO.startDate, after[0].start, s)


# "the two sides agreed to rename the mechanism the Hong Kong/Shanghai Co-operation Conference": the old
# name is the one the document last gave it.
RENAME_ACT = re.compile(
    r"(?:\b(?:agreed|decided|resolved)\b[^.;]{0,80}?\bto\s+rename|\b(?:sides|cities|governments|leaders|they|meeting|session)\s+(?:formally\s+|officially\s+)?renamed)\s+(?:the\s+)?(?:(?:co-?operation\s+)?(?:mechanism|body)|⟦conf:(?P<old>\d+)⟧|it)"
    r"\s+(?:from\s+(?:the\s+)?[\"“']?⟦conf:(?P<source>\d+)⟧[\"”']?\s+to\s+|as\s+|to\s+)?(?:the\s+)?[\"“']?"
    r"(?:⟦conf:(?P<new>\d+)⟧|(?P<present>(?:its|the)\s+(?:present|current|existing)\s+name))", re.I)


# "The revival came in 2012, when the two governments renamed ...": the date of the clause "when" hangs on
WHEN = re.compile(r"[^,;⟦]{1,25}?,?\s+when\s+(?:the\s+)?[\w ]{0,30}?")


# A narrative's renaming without the verb "rename" to the new name: "The second plenary session, in Hong Kong in January
# 2012, renamed the body", "the session at which the conference took its present name", "They agreed that day to drop
# "Economic and Trade" from the name", "the mechanism ... should henceforth be called the Y"
RENAMED_SO = re.compile(
    r"\b(?:session|meeting|sitting|plenary)\b(?:,[^.;]{0,60}?,)?\s+renamed\s+(?:the\s+)?(?:body|mechanism|conference)\b"
    r"|\bat\s+which\s+(?:the\s+)?(?:conference|mechanism|body|it)\s+(?:took|adopted|acquired|gained|got)\s+its\s+(?:present|current)\s+name"
    r"|\bto\s+drop\s+(?:the\s+words\s+)?[\"“']?Economic\s+and\s+Trade[\"”']?\s+from\s+(?:the|its)\s+(?:name|title)"
    r"|\b(?:should|would)\s+(?:henceforth\s+|thereafter\s+|from\s+then\s+on\s+)?be\s+(?:called|known\s+as)\s+(?:the\s+)?⟦conf:(?P<new>\d+)⟧", re.I)
THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+day\b", re.I)


def _renamed_so(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A renaming told by the session it was made at, or by the name dropped: on the sentence's own day, "that day"
    (the narrative's), or the day of the session this sentence or the one before named."""
    match = RENAMED_SO.search(view.masked)
    if match is None:
        return
    new = view.mention(match.group("new")).surface if match.group("new") else ctx.reference.conference.name
    old = next((n for n in reversed(ctx.conf_names) if not same_name(n, new)), None)
    if old is None or same_name(old, new):
        return
    iri = record_renaming(ctx, view, old, new)
    f, s, last = ctx.findings, view.sentence, ctx.last_event("session")
    recent = last is not None and bool({s.index, s.index - 1} & ctx.findings.mentions.get(last, set()))
    own = [d for d in dates if not not_its_date(view.masked, masked_pos(view, d.start_char))]
    that_day = any(THAT_DAY.search(v.masked) for _, v, _ in ctx.views[-2:])  # "a change of name. The two sides agreed that ..."
    day = own[0].start if own else ctx.day if that_day and ctx.day is not None else \
        next(iter(f.objects(last, SDO.startDate)), None) if recent else None
    if recent:
        f.add(iri, HKSH.followed, last, s)
    if day is not None and not f.objects(iri, SDO.startDate):
        f.add(iri, SDO.startDate, day, s)


def _renaming_act(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    match = RENAME_ACT.search(view.masked)
    if not match:
        _renamed_so(ctx, view, dates)
        return
    # "... from the X to its present name": the name the mechanism goes by now
    new = view.mention(match.group("new")).surface if match.group("new") else ctx.reference.conference.name
    named = match.group("source") or match.group("old")
    if named:
        old = view.mention(named).surface
    else:
        old = next((n for n in reversed(ctx.conf_names) if not same_name(n, new)), None)
    if old is None or same_name(old, new):
        return
    iri = record_renaming(ctx, view, old, new)
    f, s = ctx.findings, view.sentence
    own = [d for d in dates if masked_pos(view, d.start_char) >= match.start()]
    at_session = re.search(r"(?i)\b(?:at|during|after)\s+(?:the|its)\s+(?:\w+\s+)?(?:plenary\s+)?(?:session|meeting|plenary)\b", view.masked)
    last = ctx.last_event("session") if at_session else None
    if last is not None:
        f.add(iri, HKSH.followed, last, s)
    own = own or [d for d in dates if (at := masked_pos(view, d.start_char)) < match.start() and WHEN.fullmatch(view.masked, at, match.start())]
    own = own or opening_dates(view, dates)  # "In January 2012, at a working meeting, the two sides agreed to rename it ..."
    day = own[0].start if own else next(iter(f.objects(last, SDO.startDate)), None) if last is not None else None
    if day is not None:
        f.add(iri, SDO.startDate, day, s)
