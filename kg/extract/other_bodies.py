"""Another pair's co-operation conference or forum a sentence names, in one place for every rule that asks.

By words ("the Hong Kong/Guangdong Co-operation Joint Conference", "the Boao Forum") or by places other than Hong
Kong and Shanghai ("the ⟦Beijing⟧-⟦Hong Kong⟧ Economic and Trade Co-operation Conference"). Its numbered meetings
are not the mechanism's sessions (kg.extract.session_context), a list of sessions ends at it
(kg.extract.session_lists), and a consensus on areas it reached is not the last session's (kg.extract.areas).
"""

from __future__ import annotations

import re

from kg.extract.patterns import ORDINAL
from kg.text.chronology import OTHER_BODY

PLACED_BODY = re.compile(r"(?:⟦place:(\d+)⟧[\s/–-]*(?:and\s+)?)+(?:(?:Co-?operation|Joint|Economic|and|Trade|&)\s+)*+Conference\b")
OURS = ("/place/hong-kong", "/place/shanghai")
OUR_IDS = ("hong-kong", "shanghai")
REACH = 200  # characters before "Conference" a name of places may start: a sentence of many places costs no more


def placed_bodies(masked: str, start: int) -> list[re.Match]:
    """Conferences named by places ("⟦place⟧/⟦place⟧ Co-operation Conference") in the 200 characters before
    ``start``."""
    return list(PLACED_BODY.finditer(masked, max(0, start - REACH), start))


# Another pair's conference named short, in lower case, by its other place: "The ⟦Fujian⟧ conference, the youngest, ...;
# its second plenary in Fuzhou ..."
PLACE_CONFERENCE = re.compile(r"\b[Tt]he\s+⟦place:(\d+)⟧\s+(?:co-?operation\s+)?conference\b")


def other_bodies(view) -> list[tuple[int, int]]:
    """(start, end) in the masked sentence of each other body it names, in order."""
    masked = view.masked
    if "Conference" not in masked and "Forum" not in masked:
        return _place_conferences(view) if " conference" in masked else []
    spans = [m.span() for m in OTHER_BODY.finditer(masked)] + _place_conferences(view)
    if "⟦place" in masked:
        for word in re.finditer(r"\bConference\b", masked):
            placed = next((m for m in placed_bodies(masked, word.end()) if m.end() == word.end()), None)
            places = [str(view.mention(i).ref) for i in re.findall(r"⟦place:(\d+)⟧", placed.group(0))] if placed else []
            if any(not place.endswith(OURS) for place in places):
                spans.append(placed.span())
    return sorted(spans)


def _place_conferences(view) -> list[tuple[int, int]]:
    """Spans of "the ⟦place⟧ conference" where the place is neither Hong Kong nor Shanghai."""
    return [m.span() for m in PLACE_CONFERENCE.finditer(view.masked)
            if (place := view.mention(m.group(1)).entity) is not None and place.id not in OUR_IDS] if "⟦place" in view.masked else []


def before(bodies: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """The last body that ends before ``position``."""
    return max((b for b in bodies if b[1] <= position), key=lambda b: b[1], default=None)


def ours_last(views, view) -> bool:
    """Whether the body named last before a sentence (``views``: the text's (sentence, view, dates) so far) is ours,
    not another ("The Hong Kong/Guangdong Co-operation Joint Conference met in June. The conference was established
    in 1998.")."""
    for _, earlier, _ in reversed(views):
        if earlier is view:
            continue
        bodies, ours = other_bodies(earlier), earlier.masked.rfind("⟦conf")
        if bodies or ours >= 0:
            return ours > (bodies[-1][0] if bodies else -1)
    return False


def two_cities_only(view) -> bool:
    """Whether a sentence names no place but the two cities ("Hong Kong and Shenzhen signed ... under the
    co-operation mechanism, which was set up in 2004" tells another pair's mechanism)."""
    places = [view.mention(i).entity for i in re.findall(r"⟦place:(\d+)⟧", view.masked)]
    return all(p is not None and p.id in ("hong-kong", "shanghai") for p in places)


# "Hong Kong and Shanghai ... renaming their joint mechanism at its second plenary session": the mechanism, named by
# what it is of the two cities, and its session
THEIR_ITS = re.compile(rf"\btheir\s+(?:joint\s+|own\s+)?(?:co-?operation\s+)?(?:mechanism|conference)\b[^.;⟦]{{0,60}}?"
                       rf"\b(?i:its\s+{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting|plenary))\b")


def both_cities(view) -> bool:
    """Whether a sentence names both Hong Kong and Shanghai: "Hong Kong and Shanghai ... their co-operation
    conference" is the mechanism, though the text never names it in full."""
    ids = {m.entity.id for m in view.mentions if m.kind == "place" and m.entity is not None}
    return {"hong-kong", "shanghai"} <= ids


def their_sessions(view, told: set[int]) -> list[re.Match]:
    """The sessions (with the ordinal as group ``ord``) of the mechanism a sentence of the two cities alone names as
    theirs ("their joint mechanism at its second plenary session"), but those ending where one ``told`` ends."""
    if "their " not in view.masked or not both_cities(view) or not two_cities_only(view):
        return []
    return [m for m in THEIR_ITS.finditer(view.masked) if m.end() not in told]
