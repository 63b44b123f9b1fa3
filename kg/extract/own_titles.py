"""A body's own account naming its officers by "our": "the mission was led by our Chairman, Mr A", "Mr B, our
Director, said". "Our" is the body that speaks, which the text marks by calling it by its head word alone, in the
first person or as a possessive ("our Chamber", "the Chamber's mission"): the title is of the body with that head word
the text last named in full ("the Harbour Trade Chamber"). Where the text never speaks of itself so, or names no
body with that head word, "our Chairman" gives no post.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.context import DocContext
from kg.extract.gazetteer import unmask
from kg.extract.patterns import HONORIFIC, ORG_HEADS, TITLE
from kg.extract.post_resolve import NAMED_ORG, holds, resolve_post
from kg.extract.resolve import resolve_org

if TYPE_CHECKING:
    from kg.extract.mentions import View

_TITLE = TITLE.replace("(?P<title>", "(?P<title>(?-i:(?=[A-Z]))")
OUR_BEFORE = re.compile(rf"\b[Oo]ur\s+(?i:{_TITLE}),?\s+(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")
OUR_AFTER = re.compile(rf"⟦person:(?P<p>\d+)⟧,\s+our\s+(?i:{_TITLE})(?=\s*[,.;)]|\s+[a-z]|\s*$)")
# The body speaking of itself by its head word: "our Chamber", "the Chamber's", "the Bureau's" (no name after it).
SELF = re.compile(rf"\b(?:[Oo]ur\s+(?P<our>{ORG_HEADS})\b(?!\s+[A-Z])|[Tt]he\s+(?P<own>{ORG_HEADS})['’]s\s)")


def _own_head(ctx: DocContext, view: View) -> str | None:
    """The head word the text calls itself by: the first "our <Head>", else the first "the <Head>'s" that does not
    point back to a body of that head word named just before it ("... and the Riverton Association. The
    Association's President signed": that body's, not the speaker's)."""
    text = " ".join([v.sentence.text for _, v, _ in ctx.views] + [view.sentence.text])
    found = list(SELF.finditer(text))
    ours = [m.group("our") for m in found if m.group("our")]
    owns = [m.group("own") for m in found if m.group("own") and not _named_in_full(text[:m.start()], m.group("own"))]
    return ours[0] if ours else owns[0] if owns else None


def _named_in_full(before: str, head: str) -> bool:
    return re.search(rf"\b(?!(?:The|Our|This|Its)\s)[A-Z][\w'’-]*\s+{head}\b", before) is not None


def _headed(name: str, head: str) -> bool:
    """Whether a body's name has that head word: "X Chamber", "X Chamber of Commerce"."""
    return re.search(rf"\b{head}(?:\s+of\s+[A-Z][a-z]+)?$", name) is not None


def _own_body(ctx: DocContext, view: View, head: str, at: int) -> tuple | None:
    """(entity, IRI, label) of the body with that head word the text first named, in any sentence before or before
    ``at`` in this sentence: the body that speaks names itself first ("The Harbour Trade Chamber sent a mission
    ... met the Shanghai Chamber of Commerce ... our Chairman"). Its head word alone, or "Our Chamber", names none."""
    for seen, text in [(v, v.masked) for _, v, _ in ctx.views] + [(view, view.masked[:at])]:
        for match in NAMED_ORG.finditer(text):
            if match.group("known"):
                entity = seen.mention(match.group("known")).entity
                if entity is not None and entity.kind == "org" and _headed(entity.name, head):
                    return entity, ctx.entity_iri(entity), entity.name
                continue
            name = re.sub(r"^[Tt]he\s+", "", unmask(match.group("name"), seen.mentions))
            if _headed(name, head) and not re.match(rf"(?:[Oo]ur\s+)?{head}\b", name):
                known = resolve_org(name, ctx.reference)
                if known is not None:
                    return known, ctx.entity_iri(known), known.name
                return None, ctx.org(name, view.sentence), name
    return None


def _bureau_secretary(ctx: DocContext, title: str, body: str) -> tuple | None:
    """"our Secretary" in a bureau's account: the HKSAR's "Secretary for <the bureau's field>"."""
    field = re.fullmatch(r"(?:the\s+)?(?P<field>.+?)\s+Bureau", body)
    if field is None or title.lower() != "secretary":
        return None
    return resolve_post(ctx, f"Secretary for {field.group('field')}", None, None, None, None)


def _other_speaker(view: View, head: str, label: str, at: int) -> bool:
    """Whether "our" at ``at`` is in a quote the sentence gives to an officer of another body with that head word:
    "\"Our President, Mr A, will come,\" said Mr B, Chairman of the Shanghai Chamber of Commerce"."""
    if view.masked.count('"', 0, at) % 2 == 0:
        return False
    for match in NAMED_ORG.finditer(view.masked, view.masked.find('"', at) + 1 or len(view.masked)):
        entity = view.mention(match.group("known")).entity if match.group("known") else None
        name = entity.name if entity is not None else re.sub(r"^[Tt]he\s+", "", match.group("name") or "")
        if _headed(name, head) and name != label:
            return True
    return False


def find_own_titles(ctx: DocContext, view: View) -> None:
    """Record the posts "our <Title>" names in the body the text speaks for."""
    if "our " not in view.masked.lower() or "⟦person" not in view.masked:
        return
    matches = list(OUR_BEFORE.finditer(view.masked)) + list(OUR_AFTER.finditer(view.masked))
    head = _own_head(ctx, view) if matches else None
    for match in matches if head else ():
        body = _own_body(ctx, view, head, match.start())
        person = view.mention(match.group("p")).ref
        if body is None or person is None or _other_speaker(view, head, body[2], match.start()):
            continue
        post = _bureau_secretary(ctx, match.group("title"), body[2]) or \
            resolve_post(ctx, match.group("title"), body[0], body[1], body[2], None, view.sentence)
        if post is not None:
            holds(ctx, view, person, post)
