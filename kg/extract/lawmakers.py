"""Hong Kong's lawmakers as releases and news name them: "Lawmaker Ada Quell", "said legislator Bo Kettle". In
a text of Hong Kong's the word names a Member of the Legislative Council, the post the releases give in full.

Another legislature's member is none: a place or body before the word ("Shanghai lawmaker", "US legislator"), a
word that makes it another ("national", "provincial", "municipal", "former"), a body of the holder's own after
the name ("lawmaker Bo Kettle of the Eastport Assembly"), or a title of the council's own after it ("lawmaker A,
chairman of the Legislative Council's transport panel"), which itself says the post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import DocContext
from kg.extract.patterns import HONORIFIC
from kg.extract.post_resolve import holds, resolve_post

if TYPE_CHECKING:
    from kg.extract.mentions import View

LAWMAKER = re.compile(rf"(?<![\w-])(?:[Ll]awmaker|[Ll]egislator)\s+(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")
# What before the word makes the lawmaker another legislature's, or no current one
OTHER = re.compile(r"(?:['’]s|⟧|\b[A-Z][\w&.-]*|(?i:\b(?:national|provincial|municipal|district|local|state|former|ex|then"
                   r"|mainland|foreign|overseas|us|uk|eu)))[\s-]+$")
HOME = re.compile(r"⟦place:(\d+)⟧(?:['’]s)?\s+$")
OWN_BODY = re.compile(r"\s*(?:\((?=[A-Z])|,?\s+(?:of|at|from)\s+(?:the\s+)?(?:⟦|[A-Z]))")
# A title of the council's own after the name ("A, chairman of the Legislative Council's panel") says the post
COUNCIL_TITLE = re.compile(r",\s+(?:the\s+)?[\w\s-]{0,40}?\b(?:of|at)\s+(?:the\s+)?(?:Legislative\s+Council|LegCo)\b")
BODY = "Legislative Council"


def find_lawmakers(ctx: DocContext, view: View) -> None:
    """Record that a lawmaker a text of Hong Kong names is a Member of the Legislative Council."""
    if "⟦person" not in view.masked or not re.search(r"(?i)lawmaker|legislator", view.masked):
        return
    for match in LAWMAKER.finditer(view.masked):
        start = match.start()
        home = HOME.search(view.masked, max(0, start - 40), start)
        if home is not None and (place := view.mention(home.group(1)).entity) is not None and place.id == "hong-kong":
            pass  # "Hong Kong lawmaker A"
        elif OTHER.search(view.masked, max(0, start - 40), start):
            continue
        if OWN_BODY.match(view.masked, match.end()) or COUNCIL_TITLE.match(view.masked, match.end()):
            continue
        person = view.mention(match.group("p")).ref
        if person is None:
            continue
        post = resolve_post(ctx, "Member", None, ctx.org(BODY, view.sentence), BODY, None, view.sentence)
        if post is not None:
            holds(ctx, view, person, post)
