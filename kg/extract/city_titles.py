"""A city's post named by "the city's": "Yang Xiong, then the city's mayor", "the city's vice mayor, Mr A".

Features write the city once and then "the city's mayor". The city is the last place the text named (in the
sentence before the words, else in the few sentences before) whose own post the catalogue has under that
title; where none has ("the city's mayor" after Hong Kong, which has no mayor), or the last place named is one
the text does not know ("From Shanghai they went on to Kunshan, where the city's mayor ..."), the words stay
unread.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, NAME_TOKEN, ORG_HEADS, normalise_title
from kg.extract.posts import holds
from kg.reference import Post

_TITLE = r"(?i:(?:(?:executive\s+)?vice[\s-]|deputy\s+)?mayor|(?:vice\s+)?governor|(?:deputy\s+)?party\s+secretary)"
_CITY = r"[Tt]he\s+city['’]s\s+(?:(?:then|current|new|former)\s+)?"
_PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧"
CITY_TITLE = re.compile(rf"\b{_CITY}(?P<title>{_TITLE}),?\s+{_PERSON}"
                        rf"|{_PERSON.replace('<p>', '<q>')},\s+(?:who\s+(?:is|was)\s+)?(?:then\s+)?{_CITY}(?P<after>{_TITLE})"
                        r"(?=\s*[,.;)]|\s+(?:at|in|from|until|when|since)\b)")
REACH = 3  # sentences back to look for the city
# A place the text does not know: a name after "in", "to", ... that is no month, title, body or building ("at Harbour
# Bank", "at Riverside Hotel")
_BUILDING = r"(?:Hotel|Hall|House|Building|Tower|Plaza|Museum|Park|Airport|Station|Theatre|Stadium|Gardens?|Square)"
UNKNOWN_PLACE = re.compile(rf"\b(?:in|to|toured|visited|from|at)\s+{NAME_TOKEN}"
                           rf"(?![\w-]|\s+(?:[A-Z][a-z]+\s+)?(?:{ORG_HEADS}|{_BUILDING})\b)")


def find_city_posts(ctx: DocContext, view: View) -> None:
    """Record the post "the city's <title>" names, of the city the text told last."""
    if "city" not in view.masked:
        return
    for match in CITY_TITLE.finditer(view.masked):
        title = normalise_title(match.group("title") or match.group("after"))
        post = _city_post(ctx, view, match.start(), title)
        person = view.mention(match.group("p") or match.group("q")).ref
        if post is not None and person is not None:
            holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))


def _city_post(ctx: DocContext, view: View, at: int, title: str) -> Post | None:
    """The catalogue's post of that title in the last place told before ``at``, if it has one: none where the
    last place named is one the text does not know ("From Shanghai they went on to Kunshan, where ...")."""
    earlier = [(view, view.masked[:at])] + [(v, v.masked) for _, v, _ in reversed(ctx.views[-REACH:])]
    for seen, text in earlier:
        places = [(m.start(), m.group(1)) for m in re.finditer(r"⟦place:(\d+)⟧", text)]
        places += [(m.start(), None) for m in UNKNOWN_PLACE.finditer(text)]
        for _, index in sorted(places, reverse=True):
            if index is None:
                return None  # "He toured Riverton, where the city's mayor ...": a city the text knows nothing of
            place = seen.mention(index).entity
            if place is None:
                continue
            posts = [p for p in ctx.reference.posts if ctx.reference.governs(p.org, place.id)
                     and title in map(normalise_title, p.titles)]
            return posts[0] if len(posts) == 1 else None
    return None
