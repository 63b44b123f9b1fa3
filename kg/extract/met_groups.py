"""A meeting with people named by where they are from: "will meet with Hong Kong people working and
studying in Shanghai", "met Shanghai entrepreneurs".

A city before a noun for people is not the place visited but who the people are, so the programme item is
a meeting with them; where they work or study ("... in Shanghai") is part of how they are named. Meeting
them "at a luncheon" is the luncheon, an event of its own.
"""

from __future__ import annotations

import re

from kg.extract.event_words import GROUP_NOUNS, STAYING_IN

GROUP = re.compile(rf"(?:the\s+)?⟦place:\d+⟧\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{GROUP_NOUNS}\b(?:\s+(?:working|studying|living"
                   r"|operating|based|doing\s+business)(?:\s+and\s+(?:working|studying|living))?)?")
STAYING = re.compile(rf"{STAYING_IN}|\s+in\s+⟦place:\d+⟧")
# Met "at a luncheon organised by ...": the meal is the event, which kg.extract.events reads.
AT_EVENT = re.compile(r"\s+at\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:luncheon|lunch|dinner|breakfast|reception|banquet|gathering"
                      r"|forum|seminar|ceremony|conference|symposium|event|party)\b")


def group_met(masked: str, start: int, end: int) -> int | None:
    """Where the object of "met (with)" ends when it names a group of people from a city (with where they
    stay), else None."""
    group = GROUP.match(masked, start)
    if group is None or group.end() < end:
        return None
    staying = STAYING.match(masked, group.end())
    if staying and re.search(r"(?:working|studying|living|operating|based|business)$", group.group(0)):
        return None if AT_EVENT.match(masked, staying.end()) else staying.end()
    return None if AT_EVENT.match(masked, group.end()) else group.end()
