"""A title and a surname, as speeches address people: "Vice Mayor Liu and I witnessed the signing",
"Director Zhang and I signed", "with Vice Mayor Chen as our witness".

Once a document has said who holds a post ("Vice Mayor Liu (Vice Mayor of Shanghai, Ms Liu Qing)"), the
title with that holder's surname refers to that person. Only one holder may fit: a post whose title begins
with the words used, held by someone with that surname; else the words stay unread.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import ORG, RDFS

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.posts import normalise_title

TITLED = re.compile(r"\b(?P<title>(?:(?:Executive\s+)?Vice[\s-]|Deputy\s+)?(?:Mayor|Director|Secretary|Chairman|Chairperson|Chairwoman"
                    r"|President|Commissioner|Minister|Governor|Chief\s+Executive|Consul[\s-]General|Under\s+Secretary))"
                    r"\s+(?P<surname>[A-Z][a-z]{1,10})\b(?![\s-]+[A-Z⟦(])(?!['’])")
FORMER = re.compile(r"\b(?:former|then|ex-)\s*$", re.I)
OF_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)")
CUE = re.compile(r"(?:Mayor|Director|Secretary|Chair|President|Commissioner|Minister|Governor|Executive|General)\s+[A-Z][a-z]")


def surname_references(ctx: DocContext, view: View) -> View:
    """The view with each "<Title> <Surname>" the document's post holders explain masked as that person."""
    from kg.extract.gazetteer import Mention, mask
    from kg.extract.event_record import person_name

    text = view.sentence.text
    if not CUE.search(text):
        return view
    extra = []
    for match in TITLED.finditer(text):
        start, end = match.span()
        if any(m.start < end and start < m.end for m in view.mentions):
            continue
        if FORMER.search(text, 0, start):
            continue  # "former Secretary Lam": not who holds the post the text told
        holders = _holders(ctx, match.group("title"), match.group("surname"), person_name)
        place = _qualifier(view, start, end)  # "Shenzhen Vice Mayor Zhang", "Vice Mayor Zhang of Shenzhen"
        if place is not None:
            holders = {h for h in holders if _holds_of(ctx, h, place)}
        if len(holders) == 1:
            person = holders.pop()
            extra.append(Mention("person", start, end, match.group(0), ref=person))
            ctx.findings.mention(person, view.sentence)
    if not extra:
        return view
    mentions = sorted(view.mentions + extra, key=lambda m: m.start)
    return type(view)(view.sentence, mentions, mask(text, mentions))


def _holders(ctx: DocContext, title: str, surname: str, person_name) -> set[URIRef]:
    """The people the document says hold a post titled so, whose names carry that surname."""
    key = normalise_title(title)
    labels = {s: normalise_title(str(o)) for s, o in ctx.findings.pairs(RDFS.label) if "/post/" in str(s)}
    return {person for person, post in ctx.findings.pairs(ORG.holds)
            if re.match(rf"{re.escape(key)}\b(?!\s*-)", labels.get(post, ""))
            and surname in re.split(r"[\s]+", person_name(ctx, person))}


def _qualifier(view: View, start: int, end: int) -> str | None:
    """The place a title is said of, right before it or after "of" ("Shenzhen Vice Mayor Zhang", "Vice Mayor Zhang
    of Shenzhen"), lower-cased."""
    text = view.sentence.text
    for m in view.mentions:
        if m.kind == "place" and m.end <= start and not text[m.end:start].strip():
            return m.surface.lower()
    after = OF_AFTER.match(text, end)
    return after.group("place").lower() if after else None


def _holds_of(ctx: DocContext, person: URIRef, place: str) -> bool:
    """Whether a person holds a post the document labelled with that place."""
    return any(place in str(label).lower() for post in ctx.findings.objects(person, ORG.holds)
               for label in ctx.findings.objects(post, RDFS.label))


def holder_of(ctx: DocContext, title: str, surname: str) -> URIRef | None:
    """The one person the document says holds a post so titled with that surname, if only one does."""
    from kg.extract.event_record import person_name

    holders = _holders(ctx, title, surname, person_name)
    return holders.pop() if len(holders) == 1 else None
