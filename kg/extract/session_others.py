"""Another pair's conference counts its plenary meetings too: after "the 24th Plenary Meeting of the Hong
Kong/Guangdong Co-operation Joint Conference", a bare "the 25th Plenary Meeting" is that conference's, not a
session of ours (whose sessions the text may have named before, in another release of the same page).
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL, ordinal_value

# A numbered plenary meeting of a body that is not ours: "the 24th Plenary Meeting of the Joint Conference"
# (a pair named by its places: "of the ⟦place:0⟧/Guangdong Co-operation Joint Conference")
OTHERS_PLENARY = re.compile(r"(?i)\bplenary\s+meetings?\s+of\s+(?:the\s+)?(?!⟦conf|(?:co-?operation\s+)?(?:mechanism|conference)\b)"
                            r"(?:(?:⟦place:\d+⟧|[\w/&'’-])+\s+){0,6}?(?:conference|forum|commission|committee)\b")
BACK = 12  # sentences looked back over
# Ours are plenary sessions too, so a bare "the 25th Plenary Session" is another's only where it goes on from the
# numbered session of another body told last ("the 24th Plenary Session of the Hong Kong/Guangdong ...")
OTHERS_NUMBERED = re.compile(rf"(?i)\b{ORDINAL}\s+plenary\s+sessions?\s+of\s+(?!(?:the\s+)?(?:⟦conf|(?:co-?operation\s+)?(?:mechanism|conference)\b))(?:the\s+)?"
                             r"(?:(?:⟦place:\d+⟧|[\w/&'’-])+\s+){0,6}?(?:conference|forum|commission|committee)\b")


def others_meeting(ctx: DocContext, view: View, match: re.Match) -> bool:
    """Whether a bare numbered "plenary meeting" is another conference's: the sentence names none of ours, and
    one of the last sentences named another body's plenary meetings, with ours not named since."""
    if "⟦conf" in view.masked:
        return False
    if "meeting" not in match.group(0).lower():
        return _goes_on(ctx, view, match)
    for _, before, _ in reversed(ctx.views[-BACK:]):
        if before is view:
            continue
        if "⟦conf" in before.masked and not OTHERS_PLENARY.search(before.masked):
            return False
        if "lenary" in before.masked and OTHERS_PLENARY.search(before.masked):
            return True
    return False


def _goes_on(ctx: DocContext, view: View, match: re.Match) -> bool:
    """Whether a bare numbered plenary session goes on from another body's numbered one told in the last sentences
    (the same number or the next), with ours not named since."""
    number = ordinal_value(match.group("ord") or "")
    for _, before, _ in reversed(ctx.views[-BACK:]):
        if before is view or "lenary" not in before.masked:
            continue
        theirs = [ordinal_value(m.group("ord")) for m in OTHERS_NUMBERED.finditer(before.masked)]
        if theirs:
            return number is not None and number in (theirs[-1], theirs[-1] + 1)
        if "⟦conf" in before.masked:
            return False
    return False

