"""Lists of co-operation items that a joint summary sets out under headings, one item a line.

"Finance" / "(1) Promote the connectivity of the bond markets (Financial Services and the Treasury Bureau)" /
"(2) ...": neither the heading nor the items end with a stop, yet both are the text. An item that ends with
the bodies responsible for it, in brackets, is a statement; a short heading right above a numbered item heads
the list.
"""

from __future__ import annotations

import re

NUMBERED = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+[A-Z]")
# The responsible bodies at an item's end: "(Health Bureau)", "(FSTB; Shanghai Municipal Financial Regulatory Bureau)"
RESPONSIBLE = re.compile(r"\s\([A-Z][^()]{2,200}\)$")
# A body responsible for an item is a government or organisation: a name with a body's head word ("Health Bureau"),
# an abbreviation ("FSTB") or a name of two words or more ("Invest Hong Kong"); never a news agency or a paper that
# a headline ends with ("(Reuters)", "(Xinhua)", "(AFP)").
BODY_HEAD = re.compile(r"\b(?:Bureau|Department|Office|Commission|Council|Committee|Government|Authority|Administration"
                       r"|Corporation|Association|Board|Agency|Ministry|Institute|Centre|Center|Chamber|Federation|Secretariat"
                       r"|Group|Company|Exchange|Bank|Unit|University|Parks?|Services|Team|Commerce)\b")
ABBREVIATION = re.compile(r"[A-Z][A-Za-z]*[A-Z]")
NEWS_SOURCE = re.compile(r"(?i:xinhua|reuters|afp|ap|bloomberg|cns|china\s+news\s+service|agenc(?:y|ies)|\w+\s+(?:news|daily|times|post|press)"
                         r"|.*\.(?:com|cn|net|org|hk)|staff\s+reporters?|photo|file|video|updated)")
STOP = re.compile(r"[.!?][\"'”’)]*$")
# A heading of a few words, commas and "&" at most: "Innovation and Technology", "Culture, Sports and Tourism"
HEADING = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:[\w'’-]+|&)){0,6}$")


def item_line(paragraph: str) -> bool:
    """Whether a line is a numbered item ending with its responsible bodies."""
    bodies = RESPONSIBLE.search(paragraph)
    return bool(NUMBERED.match(paragraph) and bodies and _bodies(bodies.group(0))) and len(paragraph.split()) >= 4


# An agreement listed by its name in an annex or a list, numbered or bulleted, with no stop: "1.  Memorandum of
# Understanding on Education Co-operation between the Education Bureau and the Shanghai Municipal Education Commission"
AGREEMENT_ITEM = re.compile(r"^(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]|[•·▪◦●*\-–—])\s+[A-Z][\w'’-]*(?:,?\s+[\w'’()&.-]+){2,90}$")
AGREEMENT_NAME = re.compile(r"\b(?:Memorandum|Agreement|Arrangement|Letter\s+of\s+Intent|Protocol|Accord|MoU|MOU)\b")
AGREEMENT_CUES = ("memorand", "agreement", "arrangement", "letter of intent", "protocol", "accord", "mou")


def agreement_line(paragraph: str) -> bool:
    """Whether a line is an agreement listed by its capitalised name (numbered or bulleted): the list's item is
    the text, though it has no stop."""
    lowered = paragraph[:200].lower()
    return any(cue in lowered for cue in AGREEMENT_CUES) and AGREEMENT_ITEM.match(paragraph) is not None \
        and AGREEMENT_NAME.search(paragraph) is not None


def _bodies(bracket: str) -> bool:
    """Whether a bracket names bodies: one part of it at least is a body, none a news source."""
    parts = [p.strip() for p in re.split(r"[;/]", bracket.strip(" ()")) if p.strip()]
    if any(NEWS_SOURCE.fullmatch(p) for p in parts):
        return False
    return any(BODY_HEAD.search(p) or ABBREVIATION.fullmatch(p) or len(p.split()) >= 2 for p in parts)


def list_heading(paragraphs: list[str], index: int) -> bool:
    """Whether a line is the short heading of a list of numbered items set out right below it (each ending
    with its bodies or with a stop)."""
    following = paragraphs[index + 1] if index + 1 < len(paragraphs) else ""
    return bool(HEADING.match(paragraphs[index])) and (item_line(following) or bool(NUMBERED.match(following) and STOP.search(following)))


# A digest's item heading, numbered and in capitals: "2. SHANGHAI FINANCIAL WORKING MEETING SETS NEXT YEAR'S AGENDA".
# A headline has no stop at its end: a numbered line in capitals that ends with one is a statement (a telex-style
# notice in capitals), kept.
HEADLINE = re.compile(r"^\(?(?:\d{1,2}|[a-h])[.)]\s+(?=(?:[^a-z\s]+\s+){3})[^a-z]{9,119}[^a-z.;]$")


def headline(paragraph: str) -> bool:
    """Whether a numbered line is an item's headline in capitals (four words or more): it heads the item's
    story, which tells its facts again in full, and is no statement of its own (a newsletter's "SHANGHAI
    FINANCIAL WORKING MEETING SETS AGENDA" would name a meeting "Shanghai financial working meeting")."""
    return HEADLINE.match(paragraph) is not None
