"""A session held "here" or "in the city", said around its name rather than in its own "was held here" clause.

"The X held its ninth plenary session here today", "the ninth plenary session opened here on Monday", "the X met in
the city today for its eleventh plenary session": "here" is the dateline's city, "the city" the last one named.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.session_places import dateline_place, the_city

WHEN = r"(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+[A-Z][a-z]+day)\s+)?"
# right after the name: "... session here", "... session of the X opened here on Monday" (not "... held in the city":
# a session to come is held in a city the sentence need not have named)
AFTER = re.compile(rf"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?,?\s+(?:(?:which\s+)?(?:was|is|will\s+be)\s+)?(?:(?:held|convened|opened|took\s+place|"
                   r"opens|began|begins|kicked\s+off|got\s+under\s+way)\s+)?(?P<where>here)\b")
# before it, the verb of its holding: "met here today for its ninth session", "met in the city on Monday for the ..."
BEFORE = re.compile(rf"\b(?:met|convened|gathered|were|was)\s+(?P<where>here|in\s+the\s+city)\s+{WHEN}(?:for|at)\s+(?:the|its|their)\s+"
                    r"[\w-]+\s+(?:plenary\s+)?(?:session|meeting|plenary)$")
# the holding denied: "did not hold its ninth plenary session here", "never met here for its ..."
DENIED = re.compile(r"\b(?:not|never|cannot|failed\s+to)\b|n['’]t\b", re.I)


def held_here(ctx: DocContext, view: View, begin: int, end: int) -> URIRef | None:
    """The city a session was held in, where the words around its name say "here" (or, before it, "in the city")."""
    masked = view.masked
    if " here" not in masked and "the city" not in masked:
        return None
    match = AFTER.match(masked, end) or BEFORE.search(masked, max(0, begin - 80), end)
    if match is None or DENIED.search(masked, max(0, min(begin, match.start()) - 40), max(end, match.end())):
        return None
    if match.group("where") == "here":
        return dateline_place(ctx)
    return the_city(ctx, view, match.start())
