"""A company's or exchange's officer as business news names one: the body's name or abbreviation, a title in
lower case, the name ("HKEX co-head of markets Ada Quell", "the exchange's SSE vice-president Bo Kettle").

A capitalised title after a body is read by the post shapes; newspapers print a firm's ranks in lower case,
which the shapes read only for a government's posts ("Shanghai mayor"). Here the body must be one the text
marks as an organisation, and the title a firm's rank, so that "⟦org⟧ members Ada Quell" and "Riverton director
of planning" make no post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import DocContext
from kg.extract.firm_ranks import FIRM_TITLE, RANK_WORDS
from kg.extract.post_resolve import abbreviated, holds, post_of

if TYPE_CHECKING:
    from kg.extract.mentions import View


def _titled(title: str) -> str:
    """"co-head of markets" -> "Co-Head of Markets"."""
    return re.sub(r"(?<![\w])(?!(?:of|and)\b)([a-z])", lambda m: m.group(1).upper(), re.sub(r"\s+", " ", title))


def find_firm_titles(ctx: DocContext, view: View) -> None:
    """Record the posts that a body's name and a lower-case rank before a person name."""
    if "⟦person" not in view.masked:
        return
    lowered = view.masked.lower()
    if not any(word in lowered for word in RANK_WORDS):
        return
    for match in FIRM_TITLE.finditer(view.masked):
        person = view.mention(match.group("p")).ref
        if person is None or match.group("qabbr") and abbreviated(ctx, match.group("qabbr")) is None:
            continue
        title = _titled(match.group("title"))
        post = post_of(ctx, view, match, {"of1": match.group("q"), "qabbr": match.group("qabbr")}, "1", title)
        if post is not None:
            holds(ctx, view, person, post)
