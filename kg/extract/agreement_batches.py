"""Batches of agreements that are not the mechanism's, or not a batch told before.

"Twelve agreements were signed at the Hong Kong/Macao Co-operation High Level Meeting": another pair's meeting,
named by a pair of places one of which is neither Hong Kong nor Shanghai, signed them. "32 pairs of sister
schools signed agreements": a plural with no article after the verb is a new batch, not "the agreements" of the
text's ceremony told again.
"""

from __future__ import annotations

import re

from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies

OURS = ("hong-kong", "shanghai")
NAME_WORD = r"(?:⟦place:\d+⟧|[A-Z][\w'’&]*+(?:-[\w'’&]++)*+)"  # a hyphened word is one: "Co-operation"
# after the batch, in its clause: "were signed at the <name> Meeting"
AT_BODY = re.compile(rf"[^.;⟦]{{0,60}}?\bsigned\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+the\s+"
                     rf"(?P<name>{NAME_WORD}(?:(?:\s+|\s*[/–-]\s*){NAME_WORD}){{0,8}}?\s+"
                     r"(?:Meeting|Conference|Forum|Summit|Dialogue|Talks))\b")
# "⟦Hong Kong⟧/Macao", "Guangdong/Macao", "Macao-⟦Hong Kong⟧" (not "High-Level")
PAIR = re.compile(r"(?<![\w⟧-])(?P<a>⟦place:\d+⟧|[A-Z][a-z]+)(?P<sep>\s*[/–-]\s*)(?P<b>⟦place:\d+⟧|[A-Z][a-z]+)(?![\w-])")


def signed_elsewhere(view: View, end: int) -> bool:
    """Whether the batch ending at ``end`` was signed at another pair's meeting, named by its places."""
    masked = view.masked
    if "signed" not in masked or (match := AT_BODY.match(masked, end)) is None:
        return False
    name = match.group("name")
    places = [view.mention(i).entity for i in re.findall(r"⟦place:(\d+)⟧", name)]
    pairs = [(a, b) for a, sep, b in (p.group("a", "sep", "b") for p in PAIR.finditer(name))
             if "/" in sep or a.startswith("⟦") or b.startswith("⟦")]
    return any(p is None or p.id not in OURS for p in places) or any(not w.startswith("⟦") for pair in pairs for w in pair)


# the sentence opens on the meeting the batch was signed at: "At the Twentieth Plenary of the ⟦Hong Kong⟧/⟦Guangdong⟧ ...
# Conference in ⟦Guangzhou⟧, seven agreements were signed"
FRONTED_AT = re.compile(r"^(?:At|During|On\s+the\s+(?:sidelines|margins)\s+of)\s")


def fronted_elsewhere(view: View, start: int) -> bool:
    """Whether the batch starting at ``start`` follows a fronted "At <another pair's conference>, ..." in a sentence
    that does not name the mechanism."""
    masked = view.masked
    if not FRONTED_AT.match(masked) or "⟦conf:" in masked:
        return False
    return any(end <= start for _, end in other_bodies(view))


# the other party, right after the paper: "a co-operation agreement with ⟦Hangzhou⟧ Xiaoshan International Airport",
# "a separate memorandum with a science park in ⟦Hangzhou⟧", "similar agreements with the ⟦Guangzhou⟧ and ⟦Shenzhen⟧ institutes"
WITH = re.compile(r"\s*(?:(?:on|for|of)\s+[^,;.⟦]{1,40}?\s+)?with\s+(?P<with>(?:[^,;.⟦]|⟦(?:org|place):\d+⟧){1,100})")


def with_other_city(view: View, end: int) -> bool:
    """Whether the paper ending at ``end`` was signed with a body of another city only (Hangzhou, Guangzhou, Macao):
    not under the mechanism."""
    if "with" not in view.masked or (match := WITH.match(view.masked, end)) is None:
        return False
    places = [view.mention(i).entity for i in re.findall(r"⟦place:(\d+)⟧", match.group("with"))]
    return bool(places) and all(p is not None and p.id not in OURS and p.data.get("in") not in OURS for p in places)


def new_batch(masked: str, start: int) -> bool:
    """Whether an unnumbered plural is the object of a signing with no article: "schools signed agreements"."""
    return bool(re.search(r"\b(?:signed|inked|concluded)\s+$", masked[max(0, start - 12):start]))
