"""Dates of a person's career told in a clause about them ("Sam, who took office in December 2024, arrived in
Shanghai on Tuesday"): the clause dates an appointment, not what the sentence reports, so no rule reads them."""

from __future__ import annotations

import re

from kg.extract.dates import DateSpan

# ", who <career verb> ... ," or "(who ...)": the clause ends at the next comma, bracket or full stop.
WHO_CLAUSE = re.compile(r"[,(]\s*who\s+[^,()]*")
CAREER = re.compile(r"\b(?:(?:took|takes|assumed|assumes)\s+(?:up\s+)?office|took\s+up\s+(?:the|his|her|this|that)\s+post"
                    r"|(?:was|were)\s+(?:first\s+)?(?:appointed|elected|sworn\s+in|re-?elected)|retired|stepped\s+down"
                    r"|(?:has|have|had)\s+(?:served|been\s+in\s+(?:office|post))\s+since)\b")


def outside_careers(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """``dates`` without those inside a who-clause telling the person's appointment or retirement.

    >>> from rdflib import Literal
    >>> text = "Sam, who took office in December 2024, arrived on Tuesday."
    >>> spans = [DateSpan(24, 37, Literal("2024-12")), DateSpan(50, 57, Literal("2026-04-21"))]
    >>> [str(d.start) for d in outside_careers(text, spans)]
    ['2026-04-21']
    """
    if not dates or "who " not in text:
        return dates
    spans = [m.span() for m in WHO_CLAUSE.finditer(text) if CAREER.search(m.group(0))]
    if not spans:
        return dates
    return [d for d in dates if not any(a <= d.start_char and d.end_char <= b for a, b in spans)]
