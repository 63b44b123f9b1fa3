"""A text about one session recalls the earlier ones in passing: "The first session was held in Shanghai that
October; ... and the last time the two sides sat around the same table was the fourth session, in Hong Kong in
2018." Its "the session" later is still the one it is about (told first, and later than those it recalls), not
the last one recalled. A recap names two earlier sessions at least; a single one recalled ("The fifth session
was held in 2021. The session agreed ...") may be the one "the session" means next. A session or a renaming named only to count from ("The meeting was the first at this
level since the conference's second session") is recalled too: the event told before it stays the one told.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL
from kg.namespaces import HKSH

ORD = ORDINAL.replace("(?P<ord>", "(?:")
# a session's name, and the same after "since": "since the conference's second session", "since its third plenary meeting"
NAMED = re.compile(rf"(?i:\b{ORD}\s+(?:plenary\s+)?(?:session|meeting|plenary)\b)")
SINCE = re.compile(rf"\bsince\s+(?:the|its)\s+(?:(?:⟦conf:\d+⟧|(?i:conference|mechanism))['’]s\s+)?(?i:{ORD}\s+(?:plenary\s+)?(?:session|meeting|plenary)\b)")


def keep_subject(ctx: DocContext, before: URIRef | None, found: list[URIRef], *, recalled: bool = False) -> None:
    """After a sentence that recalls earlier sessions (or picks out one of those it counted, ``recalled``:
    "The seventh was held in Shanghai last year."), remember again the session the text is about."""
    if before is None or len(set(found)) < (1 if recalled else 2) or before in found:
        return
    first = next((iri for head, iri in ctx.events if head == "session"), None)
    subject = _number(ctx, before)
    if first == before and subject is not None and all((n := _number(ctx, iri)) is not None and n < subject for iri in found):
        ctx.remember_event("session", before)


def _number(ctx: DocContext, iri: URIRef) -> int | None:
    return next((int(n) for n in ctx.findings.objects(iri, HKSH.sessionNumber)), None)

# "..., the first since the third plenary session in Shanghai in 2015": a session counted from, in lower case (not
# "Since the third session, trade has doubled", which may tell it)
SINCE_AT = re.compile(r"\bsince\s+(?:(?:the|its)\s+)?$")


def counted_from(ctx: DocContext, view: View, named: list[tuple[int, int]], starts: dict[int, int]) -> tuple[list, list]:
    """Split off the named sessions (number, end) a sentence about the session told before, or named before in it,
    only counts from ("A and B co-chaired the session, held in Hong Kong on Tuesday and the first since the third
    plenary session in Shanghai in 2015", "The fourth session, the first since the third session held in Shanghai
    in 2015, was held on ..."): the sentence's other words stay the told session's."""
    last = ctx.last_event("session")
    if "since " not in view.masked:
        return named, []
    after_since = [(n, end) for n, end in named if SINCE_AT.search(view.masked, max(0, starts[end] - 12), starts[end])]
    told = _number(ctx, last) if last is not None else None
    counted = [(n, end) for n, end in after_since if last is not None and n != told
               or any(e <= starts[end] and m != n for m, e in named if (m, e) not in after_since)]
    return [item for item in named if item not in counted], counted


SINCE_RENAMED = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:co-?operation\s+)?(?:mechanism|conference)|it|⟦conf:\d+⟧)\s+(?:was|had\s+been)\s+"
                           r"(?:officially\s+|formally\s+)?renamed\b", re.I)


def keep_before_since(ctx: DocContext, view: View, last: URIRef | None, found: list[URIRef]) -> None:
    """After a sentence whose only session is one it counts from ("the first ... since the second session"),
    remember again the event told before it (a working meeting, a visit); forget a renaming it counts from."""
    if " since " not in view.masked:
        return
    if ctx.events and ctx.events[-1][0] == "renaming" and SINCE_RENAMED.search(view.masked):
        ctx.events.pop()  # "the first since the mechanism was renamed in 2012": counted from, not told
    if last is None or last in found or len(set(found)) != 1:
        return
    if len(SINCE.findall(view.masked)) == len(NAMED.findall(view.masked)) == 1:
        ctx.events.append(next((head, iri) for head, iri in reversed(ctx.events) if iri == last))


def keep_told(ctx: DocContext, view: View, told: tuple[URIRef | None, URIRef | None], found: list[URIRef], *,
              recalled: bool) -> None:
    """After a sentence, the session and the event the text tells (``told``: the last session and the last event
    before it) stay told where the sentence only recalled others."""
    keep_subject(ctx, told[0], found, recalled=recalled)
    keep_before_since(ctx, view, told[1], found)
