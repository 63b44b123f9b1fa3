"""Whether a known label, where it stands in a sentence, names its field.

A label may only modify a longer noun phrase ("financial talent training" is not talent), or name the field of a
co-operation it qualifies ("tourism co-operation", "economic, trade and cultural co-operation", "financial
co-operation between the two cities"), but not a body's name ("the Tourism Co-operation Working Group").
"""

from __future__ import annotations

import re

# Words that may stand next to a known label without making it part of a longer phrase.
FUNCTION_WORDS = frozenset("""and or nor the a an of in on for to from with between among as such like including namely
covering spanning encompassing ranging other various more further also both all its their our his her
is are was were be been will would can could should may might has have had that which who while but so
then than there these those this at by over during since through under within into across after before
until about via throughout amid""".split())
FIELD_TAILS = frozenset("""co-operation cooperation collaboration exchange exchanges industry industries sector sectors
field fields area areas development services service matters issues ties links relations""".split())
COOP_WORD = re.compile(r"\b(?:co-?operation|collaboration|exchanges)\b", re.I)
INNOVATION_PAIR = re.compile(r"\s+and\s+(?:business\s+)?(?:start-?ups?|entrepreneurship)\b", re.I)
# "financial co-operation between the two cities", "Hong Kong-Shanghai Financial Co-operation": a field's
# co-operation said of two parties names the field.
BETWEEN_PLACES = re.compile(r"^\s+(?:between|with)\b")
PLACE_PAIR = re.compile(r"⟦place:\d+⟧\s*(?:[/&–-]|and)\s*⟦place:\d+⟧\s+$")


def _embedded(span: str, start: int, end: int) -> bool:
    """Whether a known label only modifies a longer noun phrase ("financial talent training" is not
    "talent"): a content word in lower case follows it. Words before it narrow it and keep it
    ("maritime manpower training" is manpower training); so does a field word after it
    ("tourism co-operation")."""
    after = re.match(r"\s+([a-z][\w'’-]*)", span[end:])
    if after and after.group(1).lower() not in FUNCTION_WORDS | FIELD_TAILS:
        return True
    # a kind of economy is a field of its own ("the silver economy", "low-altitude economy"), not trade
    if span[start:end].lower() == "economy" and re.search(r"(?<![\w'’-])(?!the\b|an?\b|and\b|or\b)[a-z][\w'’-]*\s+$", span[:start]):
        return True
    # "innovation and entrepreneurship", "innovation and start-ups": one field of young founders, not I&T
    if span[start:end].lower() == "innovation" and INNOVATION_PAIR.match(span[end:]):
        return True
    # a word of a proper name: "the Riverside Free Trade Zone" is not trade
    return span[start:start + 1].isupper() and bool(re.search(r"(?<![\w'’-])[A-Z][\w'’-]*\s+$", span[:start])
                                                   or re.match(r"\s+[A-Z]", span[end:]))


FIELD_COOP = re.compile(r"^\s+(?:co-?operation|collaboration)\b(?!\s+[A-Z])")
NAME_GOES_ON = re.compile(r"\s+(?:Joint\s+)?Conference\b")


def _field_coop(masked: str, start: int, end: int) -> bool:
    """Whether a known label names the field of a co-operation: "tourism co-operation", "financial co-operation
    between the two cities" (but not "Tourism Co-operation Working Group", a body's name)."""
    if FIELD_COOP.match(masked[end:]):
        return True
    return bool(COOP_WORD.search(masked[start:end]) and (BETWEEN_PLACES.match(masked[end:]) or PLACE_PAIR.search(masked[:start]))
                and not NAME_GOES_ON.match(masked, end))  # "the ⟦Beijing⟧-⟦Hong Kong⟧ Economic and Trade Co-operation Conference"


LISTED_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
OWN_COOP = re.compile(r"\b(?:co-?operation|collaboration)$")
# "economic and trade co-operation" alone is the old name's words and a generic phrase, not a field named
OWN_COOP_NOT = re.compile(r"(?i)econom")


def coop_fields(masked: str, found: list) -> list:
    """The known labels that name the field of a co-operation, and those listed before them: "economic, trade and
    cultural co-operation", "financial and sci-tech co-operation" (each item a known label, in lower case after the
    first, so not "the Trade and Tourism Co-operation Forum")."""
    out = []
    for i, (start, end, area) in enumerate(found):
        label = masked[start:end]
        if _field_coop(masked, start, end) or OWN_COOP.search(label) and not OWN_COOP_NOT.match(label) and not _embedded(masked, start, end) \
                and not re.match(r"\s+[A-Z⟦]", masked[end:]):
            out.append(found[i])
            j = i
            while j > 0 and LISTED_BEFORE.fullmatch(masked[found[j - 1][1]:found[j][0]]) and masked[found[j][0]].islower():
                j -= 1
                out.append(found[j])
    return out

# A report's own section, not a field: "Way forward", "Background", "Upcoming events"
SECTION_TITLE = re.compile(r"^(?:the\s+)?(?:way\s+(?:forward|ahead)|next\s+steps?|looking\s+ahead|outlook|background|introduction|purpose|overview"
                           r"|summary|conclusions?|progress(?:\s+(?:made|update|report))?|recent\s+(?:developments|progress)|highlights|achievements"
                           r"|(?:upcoming|coming|past|recent|forthcoming)\s+(?:events|activities)|events|activities|news|in\s+brief|advice|annex(?:es)?"
                           r"|appendix|enquiries|contacts?|acknowledge?ments|foreword|preface|editorial|message|others|other\s+(?:matters|items|areas|issues)"
                           r"|miscellaneous|general|the\s+year\s+(?:ahead|in\s+review)|year\s+in\s+review|review|contents|follow-?up(?:\s+actions?)?"
                           r"|issues\s+for\s+discussion|advice\s+sought|recommendations?|members'?\s+views|discussion)$", re.I)
