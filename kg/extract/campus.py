"""The place of a visit to a school, university or hospital: the institution's own grounds.

"Dr Lee then visited Riverton University": a body named like a school or hospital is visited where it
stands, so the visit is placed at it (a venue of its name; not a body the reference data knows, which is an
organisation, where a location must be a place), which the rule for sites leaves out because the name reads like a body's.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.venues import venue

CAMPUS = r"(?:University|College|School|Hospital)"
# One institution, known ("⟦org:3⟧") or named ("the Riverton ⟦place:1⟧ School"); two joined by "and".
NAMED = rf"(?:(?:[A-Z][\w'’&.-]*|⟦place:\d+⟧)\s+){{1,6}}{CAMPUS}"
ONE = re.compile(rf"(?:the\s+)?(?:(?P<org>⟦org:\d+⟧)|(?P<name>{NAMED}))")
TWO = re.compile(rf"(?P<a>(?:the\s+)?(?:⟦org:\d+⟧|{NAMED}))\s+and\s+(?P<b>(?:the\s+)?(?:⟦org:\d+⟧|{NAMED}))")


def campuses(ctx: DocContext, view: View, obj: str) -> list[URIRef]:
    """The institutions a visit's object names ("Riverton University", "the A Hospital and the B School")."""
    obj = obj.strip()
    two = TWO.fullmatch(obj)
    parts = [two.group("a"), two.group("b")] if two else [obj]
    out = []
    for part in parts:
        match = ONE.fullmatch(part.strip())
        if match is None or match.group("org"):
            return []  # a known body is an organisation, and a location must be a place (ontology/shapes.ttl)
        out.append(venue(ctx, unmask(match.group("name"), view.mentions), view.sentence))
    return out
