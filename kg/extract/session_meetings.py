"""Meetings a text tells that are not plenary sessions, so that "the meeting" later is not the session.

A release about a steering committee's meeting, a working meeting or a follow-up meeting names a session in
passing ("chaired the third meeting of the Steering Committee ... to review the preparations for the Second
Plenary Session", "a follow-up item of the Fourth Plenary Session ... Before the signing, the two sides held a
working meeting"): "Attending the meeting were ..." and "Joining A at the meeting were ..." are of that
meeting. A session the text named only after that meeting may still be "the meeting".
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.mentions import View

ORDINALS = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)")
OURS = r"(?:⟦conf|(?i:co-?operation\s+)?(?:conference|mechanism)\b)"
# A meeting held, or one the sentence's own events come before, after or at: not "it was a fruitful meeting", "agreed
# to hold a working meeting every year", "set up a regular meeting mechanism"
HELD = r"(?i:held|holds|had|convened|chaired|co-chaired|attended|hosted|joined|after|before|following|during|at)\s+(?:also\s+)?"
OTHER_MEETING = re.compile(
    rf"\b{HELD}(?:an?|(?:the|its|their)\s+(?:{ORDINALS}|annual|regular|working|preparatory|follow-up|bilateral|liaison))\s+"
    rf"(?:(?!plenary\b|session\b)[\w-]+\s+){{0,2}}?meeting\b(?!\s+mechanism\b|\s+of\s+(?:the\s+)?{OURS}|\s+(?:was|will\s+be)\s+(?:held|convened)\s+(?:in|at)\b)"
    r"|\bmeeting\s+of\s+(?:the\s+)?(?:⟦org:\d+⟧|[A-Z][\w-]*\s+(?:[\w/&⟦⟧:-]+\s+){0,6}?(?:Committee|Group|Task\s+Force|Council|Board|Panel|Commission)\b)")


def note_meetings(ctx: DocContext, view: View) -> None:
    """Remember the last sentence that brought in a meeting of its own."""
    if "meeting" in view.masked and OTHER_MEETING.search(view.masked):
        ctx.meeting_at = view.sentence.index


def meeting_is_other(ctx: DocContext, session: URIRef | None) -> bool:
    """Whether "the meeting" is a meeting brought in since the session the text tells was first named."""
    first = min(ctx.findings.mentions.get(session, ()), default=None) if session is not None else None
    return first is not None and ctx.meeting_at >= first
