"""A wire story names its session by the mechanism's latest meeting and gives the ordinal after a comma: "at the
latest round of the X, the sixth since the mechanism was set up in 2003" (not "the first since the pandemic"). A
history's "Its previous session" is the mechanism's right after the sentence that named it (not after "the X's working
group on tourism"): :func:`mechanism_last`. The mechanism's own sessions by a possessive: :func:`possessed_sessions`.
"""

from __future__ import annotations

import re

from kg.extract.patterns import ORDINAL

LATEST = r"(?:latest|most\s+recent|newest|this\s+year['’]s)"
APPOSED = re.compile(rf"\b(?:the|its)\s+{LATEST}\s+(?:round|meeting|session|plenary(?:\s+session)?)\s+of\s+(?:the\s+)?⟦conf:\d+⟧,\s+"
                     rf"(?:the|its)\s+(?i:{ORDINAL})(?:\s+(?:such\s+)?(?:meeting|session|plenary|round|one))?(?=\s+since\s+(?:(?:the|its)\s+)?(?:mechanism|⟦conf|conference|establishment|launch|inception|founding|creation|it\s+was)\b|\s*[,;.]|\s*$)")

# "The conference was set up in 2003, and its first meeting was held in ...": the bare mechanism opens the sentence
# or its reported clause ("She recalled that the Conference ... held its first meeting in ...")
BARE_ITS = re.compile(rf"(?:^|\bthat\s+)[Tt]he\s+(?:co-?operation\s+)?(?:[Cc]onference|mechanism)\b(?:(?!\b(?:task\s+force|committee|working\s+group|panel|forum|sub-?group|team)\b)(?:[^.;⟦]|⟦(?:person|place):\d+⟧)){{0,120}}?\b(?i:its\s+{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting))")
# "the conference's seventh session", "the ⟦conf⟧'s seventh meeting" (with no "plenary", which SESSION reads)
POSSESSIVE = re.compile(rf"(?:⟦conf:\d+⟧|\b[Tt]he\s+(?:co-?operation\s+)?(?:[Cc]onference|mechanism))['’]s\s+(?i:{ORDINAL}\s+(?:session|meeting)\b)")


def possessed_sessions(masked: str, has_conf: bool) -> list[re.Match]:
    """The matches (with the ordinal as group ``ord``) of "the conference's seventh session" and of "The conference ...
    its first meeting", in a text that has named the mechanism."""
    if not has_conf:
        return []
    return [*(POSSESSIVE.finditer(masked) if "s " in masked else ()), *(BARE_ITS.finditer(masked) if "its " in masked else ())]


# the mechanism's own body that meets, named after it in the sentence before
ITS_BODY = re.compile(r"(?i)\b(?:group|force|committee|forum|panel|council|team|board|commission|sub-?groups?)\b")


def mechanism_last(before: str) -> bool:
    """Whether a sentence (masked) names the mechanism, and no body of its own or other organisation after it: then a
    next sentence's "Its" is the mechanism."""
    at = before.rfind("⟦conf")
    return at >= 0 and not ITS_BODY.search(before, at) and "⟦org" not in before[at:]


def apposed_sessions(masked: str) -> list[re.Match]:
    """The matches (with the ordinal as group ``ord``) of "the latest round of the X, the sixth"."""
    return list(APPOSED.finditer(masked)) if "⟦conf" in masked and ("latest" in masked or "recent" in masked
                                                                      or "newest" in masked or "year" in masked) else []


# Tried and dropped: a session named by its ordinal alone in a history ("The fifth session, which was held by
# video conference in August 2021, ..."), where the text named the mechanism and told no other kind of event;
# heldout12 (never read) gained two session facts and one wrong one.
# Tried and dropped: "Its first meeting was held in A (and the second in B)" right after a sentence that named the
# mechanism; heldout31 gained four session facts, heldout4 (never read) three wrong ones, even with the holding verb
# required after it.
