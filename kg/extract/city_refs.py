"""A known short name in lower case that a text uses as a description: "the Director of the Shanghai office, Ms A",
after "the Hong Kong and Macao Affairs Office of the Shanghai Municipal People's Government" in that sentence or the
two before, is that office's director, though "Shanghai Office" is another body's name. Capitalised ("the Shanghai
Office") the name is the body's own; in lower case it stands for the body with that city and head word the text
named just before, where there is one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import Mention

# A city and a common noun: "Shanghai office", "Hong Kong centre".
CITY_NOUN = re.compile(r"(?P<city>(?:[A-Z][a-z]+\s+){1,2})(?P<head>office|bureau|centre|center|commission|council)")


def _head(word: str) -> re.Pattern:
    return re.compile(r"\bCent(?:re|er)\b" if word in ("centre", "center") else rf"\b{word.capitalize()}\b")


def city_described(text: str, mentions: list[Mention], earlier: list[Mention] = ()) -> list[Mention]:
    """The mentions, each lower-case "the <city> <noun>" standing for the body so named before it in the sentence
    or the ``earlier`` mentions (the sentences just before).

    >>> from kg.reference import Entity
    >>> a, b = Entity("org", "a", {"en": "Harbour Affairs Office of Riverton"}), Entity("org", "b", {"en": "Riverton Bureau"})
    >>> text = "the Harbour Affairs Office of Riverton and the Riverton office"
    >>> [m.entity.id for m in city_described(text, [Mention("org", 4, 38, "x", a), Mention("org", 47, 62, "Riverton office", b)])]
    ['a', 'a']
    """
    if not any(m.kind == "org" and m.surface[-1:].islower() for m in mentions):
        return mentions
    out, before_sentence = [], [m for m in earlier if m.kind == "org"]
    for m in mentions:
        said = CITY_NOUN.fullmatch(m.surface) if m.kind == "org" and m.entity is not None else None
        if said is not None and text[max(0, m.start - 4):m.start].lower() == "the ":
            city, head = said.group("city").strip(), _head(said.group("head"))
            before = [o for o in before_sentence + out if o.kind == "org" and o.entity is not None
                      and city in o.entity.name and head.search(o.entity.name)]
            if before:  # the body last named so, which may be the one the short name is anyway
                m = replace(m, entity=before[-1].entity)
        out.append(m)
    return out
