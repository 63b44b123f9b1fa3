"""A meeting with people named by where they are from: "will meet with Hong Kong people working and
studying in Shanghai", "met Shanghai entrepreneurs"; with "the delegation", whose members the document
names; and where, "met the delegation at the Riverton Exhibition Center".

A city before a noun for people is not the place visited but who the people are, so the programme item is
a meeting with them; where they work or study ("... in Shanghai") is part of how they are named. Meeting
them "at a luncheon" is the luncheon, an event of its own.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.event_words import GROUP_NOUNS, STAYING_IN, STAYING_VERB
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.venues import venues_after

GROUP = re.compile(rf"(?:the\s+)?⟦place:\d+⟧\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{GROUP_NOUNS}\b(?P<staying>\s+{STAYING_VERB})?")
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
    if staying and group.group("staying"):
        return None if AT_EVENT.match(masked, staying.end()) else staying.end()
    return None if AT_EVENT.match(masked, group.end()) else group.end()


# "met the delegation", "received the Hong Kong delegation": the delegation the document tells of.
THE_DELEGATION = re.compile(r"(?:the|our|their|his|her)\s+(?:⟦place:\d+⟧\s+)?delegation")


def met_with(ctx: DocContext, view: View, obj: str, end: int) -> tuple[list[URIRef], list[URIRef]]:
    """The people a meeting's object stands for (the members of "the delegation") and the named venue
    right after it."""
    people = list(ctx.delegation) if THE_DELEGATION.fullmatch(obj.strip()) else []
    return people, venues_after(ctx, view, end)


# The delegation met with the person who leads it, after the title they bear: "met Mr B, Secretary for X of Y, and
# his delegation at the Lotus Hotel", "met Mr B and the Riverton delegation at Government House".
AND_DELEGATION = re.compile(r"(?:,(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){1,140})?,?\s+and\s+(?:his|her|their|the)\s+"
                            r"(?:(?:⟦place:\d+⟧|[\w-]+)\s+){0,3}?delegation\b")


def venue_after_people(ctx: DocContext, view: View, start: int, end: int) -> list[URIRef]:
    """The named venue right after the last person met, or after the delegation met with them: "met with Mr B at
    the Lotus Hotel", "met Mr B and his delegation at the Lotus Hotel"."""
    last = None
    for last in re.finditer(r"⟦person:\d+⟧", view.masked[start:end]):
        pass
    if last is None:
        return []
    at = start + last.end()
    if "delegation" in view.masked[at:end] and (group := AND_DELEGATION.match(view.masked, at)) is not None:
        at = group.end()
    return venues_after(ctx, view, at)


# "met (in Hong Kong) a delegation of the X Commission led by its Deputy Director, Mr Y": the delegation.
LED_DELEGATION = re.compile(r"^\s*(?:in\s+⟦place:(?P<i>\d+)⟧\s+)?(?P<d>(?:a|an|the)\s+(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){0,120}?\bdelegation\b"
                            r"(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){0,80}?\s+(?:led|headed)\s+by)\s+(?P<who>[^;.]*)")


def led_delegation(view: View, obj: str) -> tuple[str, list[URIRef], re.Match] | None:
    """The delegation met ("a delegation of X led by") and its leaders, when whom a person met is one."""
    match = LED_DELEGATION.match(obj)
    who = re.split(r",\s+and\s|\s+at\s|\s+(?:today|yesterday|on|in)\s", match.group("who"), maxsplit=1)[0] if match else ""
    leaders = list(dict.fromkeys(view.people(who)))
    if not leaders:
        return None
    words = re.sub(r"\s+", " ", unmask(match.group("d"), view.mentions)).strip()
    return re.sub(r"\s*\([^()]*\)", "", words), leaders, match


# Where a meeting was: "in <place>" closing the clause after whom it was with, before its day or purpose if any.
MET_IN = re.compile(r"(?:^|,|(?<=⟦person:\d⟧)|(?<=⟦person:\d\d⟧)|(?<=\sdelegation))\s+in\s+⟦place:(?P<i>\d+)⟧(?=\s*(?:[,.;]|$)|\s+(?:on|yesterday|today|tonight|last|this|during|to)\b)")
RELATIVE = re.compile(r",\s+(?:who|whom|whose|which)\b")


def met_in(obj: str) -> re.Match | None:
    """Where a meeting was, read from whom it was with; not from a clause telling of the person met
    ("met Mr B, who headed the Shanghai delegation in Hangzhou last year"), though a comma closing
    that clause may lead to it ("met Mr B, who ..., in Hong Kong today")."""
    for match in MET_IN.finditer(obj):
        opened = None
        for opened in RELATIVE.finditer(obj, 0, match.start()):
            pass
        if opened is None or match.group(0).startswith(",") or "," in obj[opened.end():match.start()]:
            return match
    return None
