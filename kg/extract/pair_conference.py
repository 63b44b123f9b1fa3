"""The mechanism described by whose it is, as newspapers name it: "the two cities' co-operation conference",
"The SAR and Shanghai ... their co-operation conference".

Only in a sentence that names Shanghai and no place but the two cities: "Hong Kong and Shenzhen ... the two cities'
co-operation conference" is another pair's. "Hong Kong and Shanghai ... their co-operation conference" is left to
the rules that read the two cities named (kg.extract.other_bodies).
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.mechanism import COOPERATION
from kg.reference import Entity

TWO_CITIES = re.compile(rf"(?<=\bthe\stwo\scities['’]\s)(?i:{COOPERATION})\s+(?:conference|mechanism)\b")
# "their" of the SAR and Shanghai, when Hong Kong is not named by its own name
THEIR = re.compile(rf"(?<=\btheir\s)(?i:{COOPERATION})\s+(?:conference|mechanism)\b")
OURS = {"hong-kong", "shanghai"}  # a district of either is theirs
SAR = re.compile(r"\b(?:HK)?SAR\b")


def pair_described(text: str, mentions: list[Mention], conference: Entity) -> list[Mention]:
    """The mentions with the mechanism added where the sentence describes it as the two cities' own."""
    if "co" not in text or not ("two cities" in text or "their" in text):
        return mentions
    places = {m.entity.data.get("in") if m.entity.data.get("in") in OURS else m.entity.id
              for m in mentions if m.kind == "place" and m.entity is not None}
    if "shanghai" not in places or places - OURS:
        return mentions
    spans = [m.span() for m in TWO_CITIES.finditer(text)]
    if "hong-kong" not in places and SAR.search(text):
        spans += [m.span() for m in THEIR.finditer(text)]
    found = [Mention("conf", start, end, text[start:end], conference) for start, end in spans
             if all(m.end <= start or end <= m.start for m in mentions)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions
