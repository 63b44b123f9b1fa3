"""A unit of a body named after the title with "at" (or a comma and) its body: "director of the Centre for Asian Studies at
Riverton University", "head of the School of Law at the University of X".

Academic and research posts are written so; the post is the unit's of that body ("Director of Centre for Asian
Studies of Riverton University"), not of a unit that many bodies have by the same name.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import unmask
from kg.extract.patterns import ORG_HEADED

# The unit's last head word: a part of a university or an institute, never a body on its own.
UNIT = re.compile(r"(?:Centre|Center|Department|School|Faculty|Institute|Laboratory|Lab|Division|Programme)"
                  r"(?:\s+(?:of|for)\s+[^,;()]+)?$")
AT_PARENT = re.compile(rf"\s+at\s+(?:the\s+)?(?P<parent>⟦org:\d+⟧|{ORG_HEADED})(?=\s*[,.;)]|\s+[a-z]|\s*$)")
# Or after a comma, as rosters give it: "Dean of the School of Law, Riverton University" (a list's next body
# ends at "and", so "the School of Law, the Riverton Council and ..." is no unit of the council).
COMMA_PARENT = re.compile(rf",\s+(?:the\s+)?(?P<parent>⟦org:\d+⟧|{ORG_HEADED})(?=\s*[,.;)]|\s*$)")


def unit_at_parent(masked: str, end: int, g: dict, mentions: list) -> dict:
    """The match's groups with the unit's body added to its new organisation's name, when "at <body>" follows."""
    unit = g.get("neworg1")
    if not unit or masked[end:end + 4] != " at " and masked[end:end + 2] != ", " or not UNIT.search(unit):
        return g
    at = (AT_PARENT if masked[end] == " " else COMMA_PARENT).match(masked, end)
    if at is None:
        return g
    parent = re.sub(r"^[Tt]he\s+", "", unmask(at.group("parent"), mentions))
    return {**g, "neworg1": f"{unit} of {parent}"}
