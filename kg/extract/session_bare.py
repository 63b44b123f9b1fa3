"""A session named by its ordinal alone, in a text about the mechanism, where its own words say it met.

Histories and features name a session without "plenary" or the mechanism's name, before they have told
any: "The fifth session, which was held by video conference in August 2021, was co-chaired by A and B",
"the fourth session was held in Hong Kong". It is the mechanism's only where the text has named the
mechanism and told no event of another kind (a forum's "third session was chaired by Professor A" is a
panel of the forum), and the sentence names no other body whose session it could be.

A wire story names its session by the mechanism's latest meeting and gives the ordinal after a comma: "at the
latest round of the X, the sixth since the mechanism was set up in 2003" (not "the first since the pandemic").
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.patterns import ORDINAL

MET = r"(?:was|were|had\s+been)\s+(?:held|convened|co-chaired|chaired|co-hosted|hosted)\b"
BARE_HELD = re.compile(rf"\b[Tt]he\s+(?i:{ORDINAL})\s+session\b(?=,\s+(?:which|that)\s+{MET}|\s+{MET})")
OTHER_BODY = re.compile(r"(?i)\b(?:forum|seminar|summit|symposium|workshop|panel|congress|committee|council|assembly|expo|"
                        r"course|training|league|tournament|parliament)\b")
OWN_KINDS = {"session", "renaming", "visit", "meeting"}


def bare_sessions(ctx: DocContext, masked: str, has_conf: bool) -> list[re.Match]:
    """The matches (with the ordinal as group ``ord``) of sessions a sentence names by ordinal alone."""
    if not has_conf or "ession" not in masked or OTHER_BODY.search(masked):
        return []
    if any(head not in OWN_KINDS for head, _ in ctx.events):
        return []
    return list(BARE_HELD.finditer(masked))


LATEST = r"(?:latest|most\s+recent|newest|this\s+year['’]s)"
APPOSED = re.compile(rf"\b(?:the|its)\s+{LATEST}\s+(?:round|meeting|session|plenary(?:\s+session)?)\s+of\s+(?:the\s+)?⟦conf:\d+⟧,\s+"
                     rf"(?:the|its)\s+(?i:{ORDINAL})(?:\s+(?:such\s+)?(?:meeting|session|plenary|round|one))?(?=\s+since\s+(?:(?:the|its)\s+)?(?:mechanism|⟦conf|conference|establishment|launch|inception|founding|creation|it\s+was)\b|\s*[,;.]|\s*$)")


def apposed_sessions(masked: str) -> list[re.Match]:
    """The matches (with the ordinal as group ``ord``) of "the latest round of the X, the sixth"."""
    return list(APPOSED.finditer(masked)) if "⟦conf" in masked and ("latest" in masked or "recent" in masked
                                                                      or "newest" in masked or "year" in masked) else []
