"""What another pair's conference covers is not this mechanism's area: after "The Shanghai-Macao Co-operation
Conference held its third meeting ...", "The two sides signed six agreements covering tourism and health care" tells
that conference's fields. Areas are not read from a sentence that names another pair's conference and not ours, nor
from the rest of its paragraph and the next, until a sentence names ours again.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import OUR_IDS, OURS, placed_bodies
from kg.text.chronology import OTHER_BODY

CONFERENCE = re.compile(r"\bConference\b")
COOPERATION = re.compile(r"(?i)\bco-?operation\b|\bjoint\b")
PLACE = re.compile(r"⟦place:(\d+)⟧")
REACH = 1  # paragraphs after the one that told another conference


def others_fields(ctx: DocContext, view: View) -> bool:
    """Whether the areas a sentence names are another pair's conference's, not this mechanism's: in the paragraph that
    named it and the next, or anywhere until ours is named where a text opens with another pair's conference (a
    Hubei portal's item on the Hubei-Hong Kong conference)."""
    paragraph = view.sentence.paragraph
    if "⟦conf" in view.masked:
        ctx.others_told, ctx.others_lead = -100, False
        return False
    if _another_pair(view):
        ctx.others_told = paragraph
        if ctx.others_lead is None and paragraph >= 0:
            ctx.others_lead = _placed_pair(view)
        return True
    return 0 <= paragraph - ctx.others_told <= REACH or bool(ctx.others_lead) and paragraph >= 0


def _another_pair(view: View) -> bool:
    """Whether the sentence names a co-operation conference by its places, one of them neither Hong Kong nor
    Shanghai."""
    masked = view.masked
    if "Conference" not in masked:
        return False
    if any(COOPERATION.search(m.group(0)) and m.group(0).split()[0] not in ("Kong", "Shanghai") for m in OTHER_BODY.finditer(masked)
           if m.group(0).endswith("Conference")):
        return True  # "the ⟦Hong Kong⟧/Beijing Co-operation Conference"
    for word in CONFERENCE.finditer(masked):
        placed = next((m for m in placed_bodies(masked, word.end()) if m.end() == word.end()), None)
        places = [str(view.mention(i).ref) for i in PLACE.findall(placed.group(0))] if placed else []
        if any(not place.endswith(OURS) for place in places):
            return True
    return False


def _placed_pair(view: View) -> bool:
    """Whether the sentence names a conference by its places, one of them neither Hong Kong nor Shanghai ("the
    ⟦Hubei⟧-⟦Hong Kong⟧ Co-operation Conference"): not "the Shanghai-Hong Kong (Lin-gang) Investment Cooperation
    Conference", a forum of ours."""
    masked = view.masked
    for word in CONFERENCE.finditer(masked):
        placed = next((m for m in placed_bodies(masked, word.end()) if m.end() == word.end()), None)
        places = [view.mention(i).entity for i in PLACE.findall(placed.group(0))] if placed else []
        if any(place is not None and place.id not in OUR_IDS for place in places):
            return True
    return False
