"""A body's short names defined in quotes in brackets after its full name, as company releases define them.

"Lumen Bay Systems Limited ("Lumen Bay" or "LBS")", "Tamsin Digital Co., Ltd. (“Tamsin Digital”)": each quoted
name is another name of the body when its words are some of the full name's words, in order, or when it is an
abbreviation in capitals that begins as the name does. Later "Chairman of Lumen Bay" then holds a post in the body
by its full name. "the "MoU"" after an agreement's title, "("the Company")" and a short name of words the full name
lacks are none.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract.initialled import HEAD, LEGAL, SMALL
from kg.extract.resolve import resolve_org

# A bracket that opens on a quote: the cue, cheap to look for.
OPENS = re.compile(r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?[\"“]")
QUOTED = re.compile(r"[\"“](?P<name>[^\"“”()]{2,40})[\"”]")
# The bracket's whole content: quoted names joined by "or", "and" or commas, nothing else.
BRACKET = re.compile(r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+)?)?(?P<body>[\"“][^()]{2,120}?[\"”])\s*\)")
JOINS = re.compile(r"\s*(?:,|\bor\b|\band\b|;)\s*")
TOKEN = re.compile(r"[A-Z][\w'’&-]*\.?|[a-z][\w'’-]*|[^\s\w]")


def full_name(text: str, at: int) -> tuple[int, list[str]] | None:
    """The start and words of the body's name right before ``at``: capitalised words, small words and a legal
    form ("Co., Ltd."), with a body's head word or a legal form among them."""
    tokens = list(TOKEN.finditer(text, max(0, at - 160), at))
    start, words, body = None, [], False
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].group()
        if word == "," and i + 1 < len(tokens) and tokens[i + 1].group() in LEGAL:
            continue
        if not (word in SMALL or word in LEGAL or word[0].isupper() and word[0].isalpha()):
            break
        if word in LEGAL and words and words[0] in ("and", "&"):
            break  # "Kestrel Group Limited and Orbit Bank Limited": two firms, the name is the second's
        body = body or word in LEGAL or HEAD.fullmatch(word) is not None
        start, words = tokens[i].start(), [word] + words
    while words and (words[0] in SMALL or words[0] == "The"):
        words.pop(0)
    if start is None or len(words) < 2 or not body:
        return None
    return text.index(words[0], start), words


def names_body(short: str, words: list[str]) -> bool:
    """Whether a quoted name is the full name's: some of its words in order, or capitals it begins with."""
    if HEAD.fullmatch(short) or short.rstrip(".") in {w.rstrip(".") for w in LEGAL} or short[0].islower():
        return False
    if re.fullmatch(r"[A-Z][A-Z&]{1,7}", short):
        return short[0] == words[0][0]
    plain = [w.rstrip(".") for w in words if w not in SMALL]
    parts, i = short.split(), 0
    for part in parts:
        while i < len(plain) and plain[i] != part:
            i += 1
        if i == len(plain):
            return False
        i += 1
    return len(parts) < len(plain)


def firm_short_names(ctx, view) -> None:
    """Record each quoted short name in brackets after a body's full name as another name of the body."""
    text = view.sentence.text
    if "(" not in text or not OPENS.search(text):
        return
    people = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    for bracket in BRACKET.finditer(text):
        quoted = list(QUOTED.finditer(bracket.group("body")))
        if not quoted or JOINS.sub("", QUOTED.sub("", bracket.group("body"))):
            continue
        found = full_name(text, bracket.start())
        if found is None or any(a < bracket.start() and found[0] < b for a, b in people):
            continue
        name = re.sub(r"\s+", " ", text[found[0]:bracket.start()].strip())
        shorts = [q.group("name").strip() for q in quoted if names_body(q.group("name").strip(), found[1])]
        if not shorts:
            continue
        known = resolve_org(name, ctx.reference)
        iri = ctx.entity_iri(known) if known is not None else ctx.org(name, view.sentence)
        for short in shorts:
            ctx.short_names.setdefault(short, known.name if known is not None else name)
            if known is None or short not in known.all_names():
                ctx.findings.add(iri, SKOS.altLabel, Literal(short, lang="en"), view.sentence)
