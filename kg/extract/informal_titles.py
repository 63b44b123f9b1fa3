"""Posts named as newspapers name them: "Hong Kong leader John Lee", "Shanghai party chief Chen Jining",
"justice secretary Paul Lam", "the city's finance chief, Paul Chan".

Which informal title names which post is reference data (``posts.yaml``): ``informal_titles`` are read
alone or after the place the post's organisation governs; ``placed_titles`` ("leader", "party chief")
only after that place. A title after another body ("Harbour Bank's finance chief", "Riverton Bank finance
chief", "the city's", which may be any city), after a word that makes it another post ("deputy", "acting",
"mainland", "municipal", "top") or before a body of the holder's own ("finance chief Bo Lin of Harbour
Bank") is not the post's; nor is one a verb governs ("after meeting the justice secretary, A said").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.context import DocContext
from kg.extract.expert_ranks import EXPERT_NAME
from kg.extract.firm_ranks import FIRM_TITLE_NAME
from kg.extract.party_posts import other_party_post
from kg.extract.patterns import HONORIFIC, NEW_NAME, normalise_title
from kg.reference import Post, Reference

if TYPE_CHECKING:  # mentions reads the names these titles introduce
    from kg.extract.mentions import View

# What stands before an unqualified informal title and makes it some other body's or another post: a
# possessive, a mention, a capitalised word ("Riverton Bank finance chief"), a qualifying word.
OTHER_BODY = re.compile(r"(?:['’]s(?:\s+(?:[a-z-]+\s+){1,3}and)?|⟧|\b(?!The\b)[A-Z][\w&-]*|(?i:\b(?:deputy|acting|assistant|under|permanent|associate|vice"
                        r"|executive|top|mainland|national|municipal|provincial|district|local|state|central|its|his"
                        r"|her|their|our)))\s+(?:(?:then|former|current)\s+)?$")
# The qualifying word between a place and its title: "Shanghai's deputy party chief".
QUALIFIED = re.compile(r"(?i)\b(?:deputy|acting|assistant|under|permanent|associate|vice|executive)\s")
# A body of the holder's own after the name ("finance chief Bo Lin (Harbour Bank)", "... of Harbour Bank"); after a
# title its place qualifies, "at" tells where he was ("Shanghai party chief A at the guest house").
OWN_BODY = re.compile(r"\s*(?:\((?=[A-Z])|,?\s+(?:of|at|from)\s)")
PLACED_OWN_BODY = re.compile(r"\s*(?:\((?=[A-Z])|,?\s+(?:of|from)\s)")
# After a title parted from the name by a comma, an apposition ends ("the finance chief, A, said"); a clause's
# subject does not ("after meeting the justice secretary, A said").
APPOSITION_END = re.compile(r"\s*(?:[,);:]|\.|$)")


@lru_cache(maxsize=4)
def _catalogue(reference: Reference) -> tuple[re.Pattern | None, re.Pattern | None, dict[str, tuple[Post, bool]]]:
    """The informal titles' pattern before a mention and before a new name, and for each title (lower case)
    its post and whether it needs its place."""
    titles: dict[str, tuple[Post, bool]] = {}
    for post in reference.posts:
        for title in post.informal_titles:
            titles[title.lower()] = (post, False)
        for title in post.placed_titles:
            titles[title.lower()] = (post, True)
    if not titles:
        return None, None, titles
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(titles, key=len, reverse=True))
    before = (rf"(?:(?P<q>⟦place:\d+⟧)(?:['’]s)?\s+|(?<![\w⟧'’-]))(?:(?:then|former|current)\s+)?"
              rf"(?P<title>(?i:{alternatives}))(?:,\s+|\s+)")
    return (re.compile(rf"{before}(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧"), re.compile(rf"{before}{NEW_NAME}"),
            titles)


@lru_cache(maxsize=4)
def _after_name(reference: Reference) -> tuple[re.Pattern, re.Pattern] | None:
    """The informal titles after a name, with their place: "A, Shanghai's party chief", "A, a member of ...
    and Party chief of Shanghai" (the apposition's last post); before a mention and after a new name."""
    titles = sorted({t.lower() for post in reference.posts for t in post.informal_titles + post.placed_titles},
                    key=len, reverse=True)
    if not titles:
        return None
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    after = (rf",\s+(?:(?:(?!⟦person)[^,;()]){{0,160}}?\s+and\s+)?(?:then\s+)?(?:the\s+|an?\s+)?"
             rf"(?:(?P<q>⟦place:\d+⟧)['’]s\s+(?P<title>(?i:{alternatives}))"
             rf"|(?P<title2>(?i:{alternatives}))\s+of\s+(?P<q2>⟦place:\d+⟧))(?=\s*[,.;)]|\s*$)"
             rf"(?!,\s+(?:{HONORIFIC}\s+)?⟦person)")  # "the CE, Mrs A, the vice mayor of X, Mr B": B's title
    return re.compile(rf"⟦person:(?P<p>\d+)⟧{after}"), re.compile(rf"{NEW_NAME}{after}")


def name_contexts(reference: Reference) -> list[re.Pattern]:
    """New names after informal titles ("commerce secretary Ada Quell", "Harbours Secretary Bo Kettle") and
    before them ("Ada Quell, Riverton's party chief"), for the names a text marks."""
    informal, after = _catalogue(reference)[1], _after_name(reference)
    return [FIELD_FIRST_NAME, MEMBER_NAME, FIRM_TITLE_NAME, EXPERT_NAME] + ([informal, after[1]] if informal is not None else [])


# "Innovation, Technology and Industry Secretary Sun Dong": a bureau's field before "Secretary", as newspapers
# write the title of a post the catalogue has as "Secretary for <field>".
_FIELD = r"(?<![\w⟧'’-])(?P<field>[A-Z][a-z]+(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[A-Z][a-z]+){0,5})\s+Secretary,?\s+"
FIELD_FIRST = re.compile(rf"{_FIELD}(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")
FIELD_FIRST_NAME = re.compile(rf"{_FIELD}{NEW_NAME}")
# "Lawmaker Ada Quell", "legislator Bo Kettle": a word for a member of a legislature (no post: whose legislature
# it is goes unsaid) introduces a name, and is no part of it.
MEMBER_NAME = re.compile(rf"(?<![\w-])(?:[Ll]awmaker|[Ll]egislator)\s+{NEW_NAME}")


# "constitutional and mainland affairs minister A", "B, the innovation and technology secretary": a bureau's field in
# lower case before the word; "minister" only after a field of two words or more (a one-word "education minister"
# may be a mainland ministry's).
_LOWER_FIELD = r"(?<![\w⟧'’-])(?P<field>[a-z]+(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[a-z]+){0,6})\s+(?P<word>secretary|minister)"
LOWER_FIELD_BEFORE = re.compile(rf"{_LOWER_FIELD},?\s+(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")
LOWER_FIELD_AFTER = re.compile(rf"⟦person:(?P<p>\d+)⟧,\s+(?:the\s+)?{_LOWER_FIELD}(?=\s*[,.;)]|\s*$)")


def find_informal_posts(ctx: DocContext, view: View, holds: Callable) -> None:
    """Record the post an informal title names, where its place (if any) is the post's own."""
    pattern, _, titles = _catalogue(ctx.reference)
    if "⟦person" not in view.masked:
        return
    if "Secretary" in view.masked:
        _field_first(ctx, view, holds)
    if "secretary" in view.masked or "minister" in view.masked:
        _lower_field(ctx, view, holds)
    if pattern is None:
        return
    if ", " in view.masked and "⟦place" in view.masked:
        _after(ctx, view, holds, titles)
    for match in pattern.finditer(view.masked):
        post, placed = titles[re.sub(r"\s+", " ", match.group("title").lower())]
        place = view.mention(re.search(r"\d+", match.group("q")).group(0)) if match.group("q") else None
        found = (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org))
        if place is not None:
            if place.entity is None:
                continue
            if not ctx.reference.governs(post.org, place.entity.id) and \
                    (found := other_party_post(ctx, post, place.entity.id, view.sentence)) is None:
                continue
        elif placed or OTHER_BODY.search(view.masked[:match.start("title")]):
            continue
        if (PLACED_OWN_BODY if place is not None else OWN_BODY).match(view.masked, match.end()) or QUALIFIED.search(view.masked, match.start(), match.start("title")):
            continue
        if "," in view.masked[match.end("title"):match.start("p")] and not APPOSITION_END.match(view.masked, match.end()):
            continue
        person = view.mention(match.group("p")).ref
        if person is not None:
            holds(ctx, view, person, found)


def _after(ctx: DocContext, view: View, holds: Callable, titles: dict[str, tuple[Post, bool]]) -> None:
    for match in _after_name(ctx.reference)[0].finditer(view.masked):
        title, q = (match.group("title"), match.group("q")) if match.group("title") else (match.group("title2"), match.group("q2"))
        post = titles[re.sub(r"\s+", " ", title.lower())][0]
        place = view.mention(re.search(r"\d+", q).group(0))
        person = view.mention(match.group("p")).ref
        if place.entity is None or person is None:
            continue
        if ctx.reference.governs(post.org, place.entity.id):
            holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))
        elif (other := other_party_post(ctx, post, place.entity.id, view.sentence)) is not None:
            holds(ctx, view, person, other)


def _field_first(ctx: DocContext, view: View, holds: Callable) -> None:
    for match in FIELD_FIRST.finditer(view.masked):
        if re.search(r"(?:['’]s|⟧|\b[A-Z]{2,}|\b(?!The\b)[A-Z][a-z]+)\s+$", view.masked[:match.start("field")]):
            continue  # "UK Education Secretary", "Thailand's Education Secretary", "Shanghai Education Secretary"
        field = re.sub(r"^(?:The|Hong\s+Kong|HKSAR|SAR)\s+", "", match.group("field"))
        post = _titled(ctx.reference).get(normalise_title(f"Secretary for {field}"))
        person = view.mention(match.group("p")).ref
        if post is not None and person is not None:
            holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))


def _lower_field(ctx: DocContext, view: View, holds: Callable) -> None:
    """The post a lower-case field names: the longest run of the field's last words that a bureau's "Secretary for
    <field>" has, with no other body or qualifying word before it."""
    titled = _titled(ctx.reference)
    for match in [*LOWER_FIELD_BEFORE.finditer(view.masked), *LOWER_FIELD_AFTER.finditer(view.masked)]:
        words = re.findall(r"[a-z]+|,|&", match.group("field"))
        for first in range(len(words)):
            field = " ".join(words[first:]).replace(" ,", ",")
            post = titled.get(normalise_title(f"Secretary for {field}"))
            if post is None or words[first] in ("and", ",", "&"):
                continue
            start = match.start("field") + _offset(match.group("field"), first)
            if match.group("word") == "minister" and len(words) - first < 2 or OTHER_BODY.search(view.masked[:start]):
                break
            if (person := view.mention(match.group("p")).ref) is not None:
                holds(ctx, view, person, (ctx.iri("post", post.id), post.label, ctx.iri("org", post.org)))
            break


def _offset(text: str, words: int) -> int:
    """Where the text's word (or comma, or ampersand) at that index starts."""
    found = list(re.finditer(r"[a-z]+|,|&", text))
    return found[words].start() if words < len(found) else len(text)


@lru_cache(maxsize=4)
def _titled(reference: Reference) -> dict[str, Post]:
    """Posts by each title that alone names them."""
    return {normalise_title(title): post for post in reference.posts for title in post.bare_titles}

