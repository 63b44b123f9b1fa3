"""Who attended a plenary session, as a clause "after attending" it tells in passing.

Transcripts are headed "Following is the transcript of remarks by the Chief Executive, Mr A, at a media
session after attending the Eighth Plenary Session of the X ...", and reports front the clause: "Speaking to
the media after attending the plenary session, the Chief Executive, Mr A, said ...". The one who attended is
the clause's subject: the people right after a fronted clause's comma, else the sentence's first person, where
no other person stands between ("Mr A thanked Mr B for coming after attending ..." may be B's). A session said
to be later ("after attending the plenary session next year") is not the one the text tells.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HEADING
from kg.extract.presence import PEOPLE, attend, session_told

ATTENDING = re.compile(r"\b(?:[Aa]fter|[Bb]efore|[Uu]pon|[Ww]hile|[Ww]hen)\s+(?:attending|co-chairing|chairing|taking\s+part\s+in)"
                       r"\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?P<noun>plenary(?:\s+session|\s+meeting)?+|session|meeting)\b(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧|(?!\s+of\s))")
# What may open a sentence before a fronted clause: "Speaking to the media", "Meeting the press"
OPENER = re.compile(r"(?:[A-Z][a-z]+ing\b[^,;⟦]{0,40}?\s+)?$")
# The main clause's subject after the fronted clause: "the Chief Executive, Mr A, said"
SUBJECT = re.compile(rf",\s+(?P<who>(?:(?:the\s+)?(?:[A-Z][\w'-]*|⟦place:\d+⟧|of)(?:\s+|,\s+(?=[A-Z⟦]))){{0,8}}{PEOPLE}),?\s+[a-z]")
# A time that puts the session after the one the text tells: "after attending the plenary session next year"
LATER = re.compile(r"\s+(?:(?:to\s+be\s+)?held\s+)?(?:next\s+(?:year|month|week|time)|later\s+this\s+(?:year|month)"
                   r"|(?:the\s+)?(?:following|coming)\s+(?:year|month)|in\s+(?:the\s+)?future)\b")
RELATIVE = re.compile(r"\b(?:who|whom|whose|which|that)\b")
Spot = tuple[URIRef, int, int]


def attending(ctx: DocContext, view: View, spots: list[Spot]) -> None:
    """The subject of an "after attending <session>" clause attended that session: the one the sentence names
    right there, else (for "the plenary session") the one the text tells."""
    masked = view.masked
    if "attending" not in masked and "chairing" not in masked and "taking part" not in masked:
        return
    for match in ATTENDING.finditer(masked):
        session = next((iri for iri, end, _ in spots if match.start() < end <= match.end()), None)
        if session is None and match.group("noun") != "meeting" and not spots and not LATER.match(masked, match.end()):
            session = session_told(ctx)
        if session is not None:
            attend(ctx, view, session, _subject(view, match))


def _subject(view: View, match: re.Match) -> list[URIRef]:
    """Who the clause is said of: the people after it when it opens the sentence, else the first person before
    it with no other person or relative clause between."""
    masked = view.masked
    if OPENER.fullmatch(masked, 0, match.start()):  # the subject right after the clause's comma
        after = SUBJECT.match(masked, masked.find(",", match.end())) if "," in masked[match.end():] else None
        return view.people(after.group("who")) if after and not re.search(r"⟦person|[.;]", masked[match.end():after.start()]) else []
    before = masked[:match.start()]
    people = re.findall(r"⟦person:\d+⟧", before)
    if not people or RELATIVE.search(before, before.find(people[0])):
        return []
    return view.people(people[0]) if len(people) == 1 or HEADING.match(masked) else []
