"""A renaming told as words dropped from the name: 'It dropped "Economic and Trade" from its name at its second session
in 2012', 'we dropped "Economic and Trade" from the name at the second, in Hong Kong in 2012'.

The words dropped must be in a name the text gave the mechanism and not in the name it has now: "its name" is
otherwise another body's ("The council dropped 'Trade' from its name"). The renaming is from that name to the
present one, dated by the first date after the words in their clause, else the date that opens the sentence, else
the day of the session the sentence or the two before it told ("At that session the two sides dropped ...").
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import before, other_bodies

DROPPED = re.compile(r"\b(?:dropped|removed|deleted|took)\s+(?:the\s+words?\s+)?[\"“‘'](?P<words>[A-Za-z&][\w&\s-]{0,40}?)[\"”’']"
                     r"\s+(?:out\s+)?(?:from|of)\s+(?:its|the|their|the\s+(?:mechanism|conference)['’]s|⟦conf:\d+⟧['’]s)\s+(?:name|title)\b")
NOT_MADE = re.compile(r"\b(?:not|never|n['’]t|should|would|could|might|may|must)\s+(?:(?:have|yet|been)\s+)*$")
SAID = re.compile(r"\b(?:said|says|recalled|recalls|told|noted|added|explained|wrote|remembered)\b")
OF_TIME = re.compile(r"\b(?:after|since|before|until|ago|when|once)\b[^,;]*$")


def dropped_name(ctx: DocContext, view: View) -> tuple[str, int, int, bool] | None:
    """The name a sentence tells words were dropped from, where the clause that may date it starts and ends, and
    whether the rest of the sentence or the session told may date it."""
    masked = view.masked
    if not any(word in masked for word in ("dropped", "removed", "deleted", "took")) or (match := DROPPED.search(masked)) is None:
        return None
    body = before(other_bodies(view), match.start())
    if body is not None and "⟦conf" not in masked[body[1]:match.start()] or NOT_MADE.search(masked, max(0, match.start() - 40), match.start()):
        return None
    words = re.sub(r"\s+", " ", match.group("words")).lower()
    if words in ctx.reference.conference.name.lower():
        return None
    old = next((n for n in reversed(ctx.conf_names) if words in re.sub(r"\s+", " ", n).lower()), None)
    said = SAID.search(masked, match.end())
    ends = [i for i in (masked.find(";", match.end()), said.start() if said else -1) if i >= 0]
    return None if old is None else (old, match.end(), min(ends, default=len(masked)), not OF_TIME.search(masked, 0, match.start()))
