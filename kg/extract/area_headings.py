"""Co-operation areas that head the lists of a joint summary of co-operation items.

"Finance" / "(1) Promote ... (Financial Services and the Treasury Bureau)" / "Culture, Sports and Tourism" /
"(4) ...": each heading is an area of the session the summary is of (the one the text last told). A heading
counts only in a text with two such lists at least, and only when it names a known area (what else it lists,
"sports" beside culture and tourism, is kept as a new one); "Background" or "Purpose" above a numbered
paragraph names none.
"""

from __future__ import annotations

import re

from rdflib.namespace import DCTERMS

from kg.extract.area_words import SECTION_TITLE
from kg.extract.areas import NEW_AREA, NOT_AREA, SLASHED, AreaMatcher, _embedded, _leftovers, _new_area
from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.text.item_lists import list_heading


def count_headings(texts: list[str]) -> int:
    """How many lines of a text head a list of numbered items."""
    return sum(1 for i in range(len(texts)) if list_heading(texts, i))


def find_heading_areas(ctx: DocContext, view: View, matcher: AreaMatcher) -> None:
    """Record the areas a list's heading names, as subjects of the session the text last told."""
    s = view.sentence
    following = ctx.sentences[s.index:s.index + 2] if 0 <= s.index < len(ctx.sentences) else []
    if ctx.list_headings < 2 or not following or following[0] is not s or not list_heading([t.text for t in following], 0):
        return
    label = re.sub(r"\b[A-Z][a-z][\w'’-]*", lambda m: m.group(0).lower(), s.text)  # "Culture, Sports and Tourism"
    known = [k for k in matcher.find(label) if not _embedded(label, k[0], k[1])]
    if not known:
        return
    new = _leftovers(label, known)
    if not all(NEW_AREA.match(item) and len(item.split()) <= 3 and not NOT_AREA.search(item) for item in new):
        return
    concepts = [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, item, s) for item in new]
    session = ctx.last_event("session")
    for concept in dict.fromkeys(concepts):
        ctx.findings.mention(concept, s)
        if session is not None:
            ctx.findings.add(session, DCTERMS.subject, concept, s)


# A heading in sentence case ("Water resources management"), not title case ("Hong Kong Week"): only such a heading
# may be a field the scheme lacks
SENTENCE_CASE = re.compile(r"^[A-Z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,3}$")


def _heading_concepts(matcher: AreaMatcher, heading: str) -> tuple[list, list[str]] | None:
    """The known areas and the new ones a section's heading names: none for a report's own section ("Way forward"),
    nor where what it lists beside a known area is no short common noun."""
    label = SLASHED.sub(", ", re.sub(r"\b[A-Z][a-z][\w'’-]*", lambda m: m.group(0).lower(), heading))  # "Culture, Sports & Tourism"
    if SECTION_TITLE.match(label) or NOT_AREA.search(label):
        return None
    known = [k for k in matcher.find(label) if not _embedded(label, k[0], k[1])]
    new = _leftovers(label, known)
    if not all(NEW_AREA.match(item) and len(item.split()) <= 3 and not NOT_AREA.search(item) and not SECTION_TITLE.match(item)
               for item in new):
        return None
    if not known and not (SENTENCE_CASE.match(heading) and len(new) == 1):
        return None
    return [a for _, _, a in known], new


def count_section_areas(heads: dict[int, str], matcher: AreaMatcher) -> int:
    """How many of the headings above paragraphs name a known area."""
    return sum(1 for heading in heads.values() if (found := _heading_concepts(matcher, heading)) and found[0])


def find_section_areas(ctx: DocContext, view: View, matcher: AreaMatcher) -> None:
    """Record the areas the heading of a report's section names ("Trade and investment" over its paragraph), in a
    text about the mechanism whose headings name two known areas at least: a report told area by area."""
    s = view.sentence
    heading = ctx.section_heads.get(s.paragraph)
    if heading is None or ctx.section_areas < 2 or s.index > 0 and ctx.sentences[s.index - 1].paragraph == s.paragraph \
            or ctx.entity_iri(ctx.reference.conference) not in ctx.findings.mentions:
        return
    if (found := _heading_concepts(matcher, heading)) is None:
        return
    known, new = found
    for concept in dict.fromkeys([ctx.entity_iri(a) for a in known] + [_new_area(ctx, item, s) for item in new]):
        ctx.findings.mention(concept, s)
