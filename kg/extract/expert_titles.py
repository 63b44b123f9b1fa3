"""An analyst's or academic's post as news stories give it when quoting them: the name, then a rank in lower case
"at" a body ("Ada Quell, a senior economist at Tamsin Capital Economics in Hong Kong", "Bo Kettle, a professor of
finance at Riverton University", "Cy Lam, head of Asia equity strategy at Harrowgate Securities").

The post is "<Rank> of <Body>". The body must follow "at" and be capitalised (or an organisation found), so that "a
senior economist at the time" and "an analyst at heart" make none; a rank outside the list ("a guest at X") neither.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import DocContext
from kg.extract.expert_ranks import CUES, EXPERT
from kg.extract.post_resolve import holds, post_of

if TYPE_CHECKING:
    from kg.extract.mentions import View


def _titled(title: str) -> str:
    """"senior economist" -> "Senior Economist"; "head of equity strategy" -> "Head of Equity Strategy"."""
    return re.sub(r"(?<![\w'-])(?!(?:of|and|in)\b)([a-z])", lambda m: m.group(1).upper(), re.sub(r"\s+", " ", title))


def find_expert_titles(ctx: DocContext, view: View) -> None:
    """Record the posts a name's lower-case rank "at" a body gives."""
    if "⟦person" not in view.masked or " at " not in view.masked:
        return
    lowered = view.masked.lower()
    if not any(word in lowered for word in CUES):
        return
    for match in EXPERT.finditer(view.masked):
        person = view.mention(match.group("p")).ref
        if person is None:
            continue
        g = {k: v for k, v in match.groupdict().items() if k in ("of1", "neworg1") and v}
        post = post_of(ctx, view, match, g, "1", _titled(match.group("title")))
        if post is not None:
            holds(ctx, view, person, post)
