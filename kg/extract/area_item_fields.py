"""The fields of the mechanism's items and agreements. The field of its items, named where the items are: "one of the sports and youth exchange items under
the Hong Kong/Shanghai Co-operation Conference", "one of the follow-up items on new industrialisation agreed ... at the
seventh plenary session".

A release about one programme (a games, a challenge, a memorandum) often places it among the conference's items by
their field. Only items tied, in the same clause, to the conference, a plenary session or the mechanism count: "the
bank's retail items" or "the items on the agenda" name no field. The field is a known area, or a short common noun
phrase kept as an unreviewed concept. And what the agreements a text has just told "cover", said of them by a pronoun:
"The two leaders witnessed the signing of the agreements. They cover finance, shipping and healthcare" (known areas only,
as of agreements named in the sentence).
"""

from __future__ import annotations

import re

from kg.extract.area_cues import names_another
from kg.extract.areas import NEW_AREA, NOT_AREA, AreaMatcher, _embedded, _items, _leftovers, _new_area
from kg.extract.context import DocContext
from kg.extract.mentions import View

# a word of a field's name: no function word ("the two ports, one of the items", "the progress of the items")
_WORD = r"(?!(?:the|of|a|an|one|two|to|in|on|for|by|with|at|its|their|and|or|from|as)\b)[a-z][\w'’-]*"
# "the sports and youth exchange items under ...", "the youth entrepreneurship items taken forward under ..."
BEFORE = re.compile(rf"\bthe\s+(?P<field>{_WORD}(?:(?:,\s+|\s+and\s+|\s+){_WORD}){{0,4}}?)\s+(?:co-?operation\s+)?items\s+"
                    r"(?=(?:(?:agreed|adopted|endorsed|taken\s+forward|pursued|implemented|carried\s+out)\s+)?(?:under|at|by)\b)")
# "the follow-up items on new industrialisation agreed by the two governments at ..."
AFTER = re.compile(rf"\bitems\s+(?:on|in)\s+(?!(?:the|a|an|its|their|this|that)\b)(?P<field>{_WORD}(?:(?:,\s+|\s+and\s+|\s+){_WORD}){{0,4}}?)\s+"
                   r"(?=(?:agreed|adopted|endorsed)\s+(?:by|at)\b)")
# the clause after the items ties them to the mechanism
# (ours: not "the Hong Kong/Guangdong Co-operation Joint Conference", not "the conference venue")
TIED = re.compile(r"[^.;]{0,120}?(?:⟦conf|\b(?:[Cc]onference|mechanism)\b(?!\s+(?:venue|halls?|centre|center|rooms?|site|organi[sz]ers?"
                  r"|secretariat|floor|booths?|bags?|packs?|kits?|website|tables?|dinner|lunch|shop|store))|\bplenary\s+sessions?\b)")
# words that grade or count items, not a field: "the remaining items", "the agreed follow-up items"
NOT_FIELD = frozenset("""remaining new follow-up other agreed above following relevant various these those all key major main
first second third last latest outstanding pending same such several many its their our his her this that
exchange exchanges question hold hand place progress principle detail general total turn display sale stock""".split())
GRADING = re.compile(rf"^(?:(?:{'|'.join(sorted(NOT_FIELD - {'new'}))})\s+)+")  # "new industrialisation" is a field


# "They cover A and B", "These span A and B" in a sentence after one that tells of agreements
THEY_COVER = re.compile(r"^(?:They|These|The\s+(?:deals|agreements|documents|accords|pacts))\s+(?:also\s+)?(?:cover(?:s|ed)?|span(?:s|ned)?"
                        r"|range[sd]?\s+from|involve[sd]?)\s+")
SIGNED = re.compile(r"\b(?:agreements|deals|documents|memoranda|MoUs|accords|pacts)\b")
# ... signed by the mechanism's parties: "The two mayors witnessed the signing of nine agreements after the session" (not
# "Shanghai Port Group and the Airport Authority signed two agreements", not "the documents on sale")
SIGNING = re.compile(r"\b(?:sign|ink|witness|conclud|reach)")
PARTIES = re.compile(r"⟦conf|\b(?:plenary|session|mechanism|two\s+(?:governments|sides|cities|leaders|mayors|places)|governments|leaders"
                     r"|mayors|officials|secretaries|ministers|bureaux)\b")


def _covered(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """Known areas the agreements the last sentence told "cover"."""
    s = view.sentence
    text = s.text
    if text[:1] != "T" or not (match := THEY_COVER.match(text)) or s.index < 1 or s.index > len(ctx.sentences):
        return []
    if not match.group(0).startswith(("The agreements", "The deals", "The accords", "The pacts")):
        before = ctx.sentences[s.index - 1].text
        if not (SIGNED.search(before) and SIGNING.search(before) and PARTIES.search(before)) or names_another(before):
            return []
    span = _items(text[match.end():])
    return [ctx.entity_iri(a) for start, end, a in matcher.find(span) if not _embedded(span, start, end)]


def find_item_fields(ctx: DocContext, view: View, matcher: AreaMatcher) -> None:
    """Record the field a sentence gives the mechanism's items, and the areas agreements just told cover."""
    masked = view.masked
    concepts = _covered(ctx, view, matcher)
    if " items " not in masked:
        return _mention(ctx, view, concepts)
    for pattern in (BEFORE, AFTER):
        for match in pattern.finditer(masked):
            field = match.group("field")
            tie = TIED.match(masked, match.end())
            if not tie or names_another(tie.group(0)) or set(re.split(r"[\s,]+", field)) <= NOT_FIELD | {"and"}:
                continue
            field = GRADING.sub("", field)
            known = [k for k in matcher.find(field) if not _embedded(field, k[0], k[1])]
            new = _leftovers(field, known)
            if any(not NEW_AREA.match(i) or NOT_AREA.search(i) or len(i.split()) > 3 for i in new):
                continue
            concepts += [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]
    return _mention(ctx, view, concepts)


def _mention(ctx: DocContext, view: View, concepts: list) -> None:
    for concept in dict.fromkeys(concepts):
        ctx.findings.mention(concept, view.sentence)
