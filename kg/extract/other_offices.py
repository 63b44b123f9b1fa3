"""Another owner's office in a city ("her firm's Shanghai office", "their Shanghai office"): written in lower case
after a possessive that is not the Government's, the words name that owner's branch, not the HKSAR Government's
office that the reference data also calls so ("the Shanghai Office")."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention

POSSESSIVE = re.compile(r"(?:['’]s|\b(?:his|her|their|my|your))\s+$")
GOVERNMENTS = re.compile(r"(?i)\b(?:government|HKSAR|SAR|Hong\s+Kong)['’]s\s+$")


def others_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without an organisation's "<City> office" that a possessive gives another owner.

    >>> m = Mention("org", 22, 37, "Shanghai office")
    >>> others_offices("She opened her firm's Shanghai office.", [m]) == []
    True
    >>> others_offices("The Government's Shanghai office", [Mention("org", 17, 32, "Shanghai office")]) != []
    True
    """
    if " office" not in text:
        return mentions
    return [m for m in mentions if not (m.kind == "org" and m.surface.endswith(" office")
                                        and POSSESSIVE.search(text, max(0, m.start - 40), m.start)
                                        and not GOVERNMENTS.search(text, max(0, m.start - 40), m.start))]
