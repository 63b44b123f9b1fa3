"""What another pair's conference covers is not this mechanism's area: after "The Shanghai-Macao Co-operation
Conference held its third meeting ...", "The two sides signed six agreements covering tourism and health care" tells
that conference's fields. Areas are not read from a sentence that names another pair's conference and not ours, nor
from the rest of its paragraph and the next, until a sentence names ours again.
"""

from __future__ import annotations

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies

REACH = 1  # paragraphs after the one that told another conference


def others_fields(ctx: DocContext, view: View) -> bool:
    """Whether the areas a sentence names are another pair's conference's, not this mechanism's."""
    paragraph = view.sentence.paragraph
    if "⟦conf" in view.masked:
        ctx.others_told = -100
        return False
    if any(view.masked[a:b].endswith("Conference") for a, b in other_bodies(view)):
        ctx.others_told = paragraph
        return True
    return 0 <= paragraph - ctx.others_told <= REACH
