"""A body said again short, by its city and its head word in lower case: "the Shanghai office", "the Shanghai
administration".

Mainland English names a body in full once and then shortens it within the sentence: "a memorandum between the X
and the Shanghai Municipal Financial Services Office, signed by A and B, director of the Shanghai office". The short
form is that body, not another one of its words (the city, or the "Shanghai Office" that is a Hong Kong office's
label): a title "of" it is a post of the body named in full.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.gazetteer import Mention
from kg.extract.resolve import resolve_org
from kg.namespaces import slug
from kg.reference import Entity
from kg.text.sentences import Sentence

HEADS = ("office", "administration", "bureau", "commission", "committee", "department")
SHORT = re.compile(r"\bthe\s+(?P<place>(?-i:[A-Z][a-z]+))\s+(?P<head>(?-i:" + "|".join(HEADS) + r"))\b"
                   r"(?!\s+(?:of|for)\s)")
WORD = r"(?-i:[A-Z][\w'’&-]*)"
# The field after the head word: "Administration of Culture and Tourism"
FIELD = rf"(?:\s+(?:of|for)\s+(?:the\s+)?{WORD}(?:\s+(?:and\s+|&\s+)?{WORD}){{0,4}})?"


def said_short(text: str, mentions: list[Mention], ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The mentions, each short form of a body the sentence named in full before it made a mention of that body."""
    if "the " not in text:
        return mentions
    out = list(mentions)
    for match in SHORT.finditer(text):
        full = _named_before(text, match)
        if full is None:
            continue
        known = resolve_org(full, ctx.reference)
        if known is None:
            ctx.org(full, sentence)
            known = Entity("org", slug(full), {"en": full})
        start, end = match.start("place"), match.end("head")
        out = [m for m in out if m.end <= start or end <= m.start] + [Mention("org", start, end, text[start:end], known)]
    return sorted(out, key=lambda m: m.start) if out != mentions else mentions


def _named_before(text: str, match: re.Match) -> str | None:
    """The last body named before the short form whose name begins with its city and ends with its head word."""
    head = match.group("head").capitalize()
    body = re.compile(rf"\b{re.escape(match.group('place'))}(?:\s+(?:(?:of|and|for|&)\s+)?{WORD})*?\s+{head}{FIELD}"
                      rf"(?=\s*[,.;)]|\s+(?:and|to|in|on|at|was|were|signed|with)\b)")
    found = [m.group(0) for m in body.finditer(text, 0, match.start())]
    return found[-1] if found and found[-1] != f"{match.group('place')} {head}" else None
