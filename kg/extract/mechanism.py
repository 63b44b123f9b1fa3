"""The mechanism's name recognised by its structure, not by a list of spellings.

The name is built of parts that vary freely: the two places in either order ("Hong Kong/Shanghai",
"Shanghai-Hong Kong", "HK and Shanghai", "between Hong Kong and Shanghai"), an optional "Economic and
Trade" qualifier ("Economic & Trade"), "co-operation" however spelt ("cooperation", "co-co-operation",
"cooperaton"), and a head: "Conference", "Conference mechanism", "mechanism" or "framework". Any other
qualifier ("cultural and creative co-operation conference", "Financial Co-operation") names something
else, and is left alone.
"""

from __future__ import annotations

import re

HK = r"(?:Hong[\s-]*Ko?ng(?:\s+SAR)?|HK(?:SAR)?)"
SH = r"Sh(?:ang|nag|agn)(?:h?ai|hia|ahi|hi)"  # with its common slips: "Shangai", "Shanghia", "Shnaghai"
JOIN = r"\s*(?:/|-|–|—|&|\band\b)?\s*"
# Translations from Chinese keep the one-character names of 沪港: "Hu-Gang", "Hu-Hong".
HU_GANG = r"\bHu\s*[-–—/]\s*(?:Gang|Hong(?![\s-]*Ko?ng))\b"
PAIR = rf"(?:{HK}{JOIN}{SH}|{SH}{JOIN}{HK}|{HU_GANG})"
QUALIFIER = r"(?:Economic\s*(?:and|&)\s*Trade\s+)"
COOPERATION = r"(?:co[\s-]?){1,2}o?p[aeiro]{2,5}ti?on"  # "co-operation" and its slips: "cooperaton", "co-opeartion"
# "Conferece", "Conferance": the word's own letters. 会议 translated: "Joint Conference", or "Meeting" as a name
# (capitalised: "a Shanghai-Hong Kong cooperation meeting on tourism" is one meeting, not the mechanism).
HEAD = r"(?:(?:Joint\s+)?Conf[aeinrc]{4,7}(?:\s+mechanism)?|(?:meeting\s+)?mechanism|framework|(?-i:(?:Joint\s+)?Meeting\b))"

PATTERNS = [
    rf"{PAIR}\s+{QUALIFIER}?{COOPERATION}\s+{HEAD}",
    rf"{QUALIFIER}?{COOPERATION}\s+{HEAD}\s+between\s+{HK}\s+and\s+{SH}",
    rf"{QUALIFIER}?{COOPERATION}\s+{HEAD}\s+between\s+{SH}\s+and\s+{HK}",
    rf"Conference\s+on\s+{QUALIFIER}?{COOPERATION}\s+between\s+(?:{HK}\s+and\s+{SH}|{SH}\s+and\s+{HK})",
]
# "the co-operation mechanism" names the mechanism only once the document has named it in full.
BARE = rf"(?<=\bthe\s){COOPERATION}\s+(?:Conference\s+)?(?:mechanism|framework)"
BARE_FORM = re.compile(rf"^(?:{COOPERATION}\s+(?:Conference\s+)?(?:mechanism|framework)|{COOPERATION}\s+conference|{PAIR}\s+mechanism)$", re.I)
# "the Shanghai-Hong Kong mechanism", once the document has named it: refers back like the bare form; not a
# mechanism qualified by what it is for ("the Hong Kong-Shanghai mechanism for data flows", "... on mutual recognition")
QUALIFIED = r"\s+(?:for|concerning|regarding|covering|governing|dealing\s+with|against|(?-i:on\s+(?![A-Z\d])))\b"
PAIRED = rf"(?<=\bthe\s){PAIR}\s+mechanism(?!{QUALIFIED})"
# Words that are left over when a name was cut: never an event or an organisation of their own.
LEFTOVER = re.compile(rf"^(?:(?:Economic|Trade|and|&|{COOPERATION})[\s-]*)+$", re.I)


def mechanism_pattern(extra: list[str] | None = None) -> str:
    """One alternation for every form of the name, the reference data's own patterns included.

    >>> rx = re.compile(mechanism_pattern(), re.I)
    >>> [bool(rx.fullmatch(n)) for n in ("Shanghai-Hong Kong Cooperation Conference",
    ...   "Hong Kong/Shanghai Economic & Trade Co-operation Conference", "HK and Shanghai co-co-operation mechanism",
    ...   "Conference on Co-operation between Hong Kong and Shanghai", "Hong Kong & Shanghai cultural co-operation conference")]
    [True, True, True, True, False]
    """
    return "|".join(f"(?:{p})" for p in [*PATTERNS, *(extra or []), BARE, PAIRED])


def is_bare(surface: str) -> bool:
    """Whether a name is the anaphoric "co-operation mechanism", which needs the full name before it."""
    return bool(BARE_FORM.match(re.sub(r"\s+", " ", surface.strip())))
