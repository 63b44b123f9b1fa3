"""Names printed with the family name in capitals, as Hong Kong lists and releases print them.

"Mr Donald TSANG Yam-kuen", "Dr LAM Ching-choi", "Prof. ZHOU Li", "Ms CHAN Mei-lin, Maggie": the capitals
mark the family name, not an abbreviation. The rules that find new people read a copy of the sentence, of
the same length, in which such a family name is in ordinary case ("Tsang"), so that every shape they know
("after an honorific", "before a title") reads these names too; the English name given after a comma
("CHAN Mei-lin, Maggie") goes before the rest, as the person's name is said ("Maggie Chan Mei-lin").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.patterns import HONORIFIC, INITIALS, NAME_TOKEN

CAPS = re.compile(r"(?<![\w-])[A-Z]{2,}(?:-[A-Z]{2,})?(?![\w-])")
# Only after an honorific (and perhaps an English name): capitals anywhere else are more often an abbreviation's
# ("HKTDC Chairman", "HK TO Host Forum"), and a name there that no honorific marks was read wrongly more than right.
AFTER_HONORIFIC = re.compile(rf"\b{HONORIFIC}\s+(?:[A-Z][a-z]+\s+)?$")
CUE = re.compile(rf"\b{HONORIFIC}\s+(?:[A-Z][a-z]+\s+)?[A-Z]{{2}}")
# ", Maggie" after "CHAN Mei-lin": an English name, then the end of the name's clause
# (a role or a roster's mark after the name is no English name: "Ms CHAN Mei-lin, Member.", "..., Absent.")
ROLE = (r"(?!(?:Members?|Conv[eo]n[eo]r|Legislator|Observer|Treasurer|Advis[eo]r|Consultant|Absent|Present|Apologies|Chair"
        r"|Counsel|Delegate|Councill?or|Trustee|Patron|Speaker|Moderator|Panell?ist|Guest|Host|Emcee|Partner|Founder|Editor"
        r"|Co-?ordinator|Coordinator|Engineer|Architect|Barrister|Solicitor|Accountant|Lawyer|Doctor|Retired|Alternate"
        r"|Ex-officio|Representative|Manager|Principal|Dean|Head|Officer|Clerk|Rapporteur|Auditor|Inspector)\b)")
ENGLISH_AFTER = re.compile(rf",\s+{ROLE}(?P<english>{NAME_TOKEN})(?=\s*[,;.)]|\s*$)")


def _family(text: str, match: re.Match) -> bool:
    """Whether capitals name a family name: right after an honorific, or after it and an English name."""
    return AFTER_HONORIFIC.search(text, max(0, match.start() - 40), match.start()) is not None


def ordinary_case(text: str) -> str:
    """The sentence with family names in capitals written in ordinary case (the same length).

    >>> ordinary_case("Mr Donald TSANG Yam-kuen met the HKTDC and Dr AU-YEUNG.")
    'Mr Donald Tsang Yam-kuen met the HKTDC and Dr Au-yeung.'
    >>> ordinary_case("Mr TT Tsui met Mr NG Ka-ming.")  # initials have no vowel
    'Mr TT Tsui met Mr Ng Ka-ming.'
    """
    if not CUE.search(text):
        return text
    read = CAPS.sub(lambda m: m.group(0).capitalize() if _family(text, m) and not INITIALS.fullmatch(m.group(0)) else m.group(0), text)
    return text if read == text else read


def english_first(text: str, read: str, mentions: list[Mention]) -> list[Mention]:
    """People named "CHAN Mei-lin, Maggie": the mention takes in the English name, and says it first."""
    out = []
    for i, m in enumerate(mentions):
        after = ENGLISH_AFTER.match(text, m.end) if m.kind == "person" and m.entity is None and m.ref is None else None
        following = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        if after and "-" in m.surface and text[m.start:m.end] != read[m.start:m.end] and after.end("english") <= following:
            m = Mention("person", m.start, after.end("english"), f"{after.group('english')} {m.surface}")
        out.append(m)
    return out
