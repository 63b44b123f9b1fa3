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


def _renaming_act(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    match = RENAME_ACT.search(view.masked)
    if not match:
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
