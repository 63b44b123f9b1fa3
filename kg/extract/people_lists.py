"""People listed with their titles between semicolons, as Hong Kong press releases list officials.

"The Secretary for A, Mr X; the Secretary for B, Ms Y; and the Director of C, Mr Z, also attended the
session", "... was attended by the Chief Executive, Mr X; the Financial Secretary, Mr Y; and ...". A rule
that reads the people right before (or after) its verb stops at a semicolon, since a semicolon usually ends
a clause; these helpers widen its span over the items of such a list, and over nothing else: an item is a
title and a name ("; and the Director of C, Mr Z"), and what it follows must end with a name (with its
title after it, "Gong Zheng, mayor of Shanghai;"). "Mr X spoke; Mr Y attended" is two clauses.
"""

from __future__ import annotations

import re

from kg.extract.patterns import POST_NOMINALS

# A word of a title: a capitalised word, a place, organisation or title the text resolved to its holder, a joining word, or a lower-case title word
WORD = (r"(?:[A-Z][\w'’&.-]*+|⟦(?:place|org|person):\d+⟧(?:['’]s)?|(?:of|the|for|and|on|in|at)\b"
        r"|(?:vice|deputy|executive|chief|mayor|secretary|director|general|head|chairman|chairwoman|president|party"
        r"|municipal|committee|government|people's|special|administrative|region|standing|member|minister|commissioner)\b)")
PERSON = r"⟦person:\d+⟧"
# The words between a semicolon and the next item's name: "; and the Director of C, Mr "
LEAD = re.compile(rf"\s+(?:and\s+)?(?:{WORD},?\s+){{0,16}}")
# What ends the item before a semicolon: a name, then perhaps a post-nominal, a bracket or a title after it
TAIL = re.compile(rf"(?P<p>{PERSON}){POST_NOMINALS}*+(?:,\s+[A-Z]{{2,4}}\b)?(?:\s*\([^()]{{0,60}}\))?(?:,\s+{WORD}(?:\s+{WORD}){{0,11}})?\s*$")
# The next item after a semicolon, from the end of a name: its trailing title, the semicolon, its title and name
NEXT = re.compile(rf"{POST_NOMINALS}*+(?:,\s+[A-Z]{{2,4}}\b)?(?:\s*\([^()]{{0,60}}\))?(?:,\s+{WORD}(?:\s+{WORD}){{0,11}}?)?\s*;(?P<and>\s+and)?"
                  rf"(?:\s+{WORD},?){{0,16}}?\s+{PERSON}")
ITEM_END = re.compile(rf"{POST_NOMINALS}*+(?:,\s+[A-Z]{{2,4}}\b)?(?:\s*\([^()]{{0,60}}\))?(?:,\s+{WORD}(?:\s+{WORD}){{0,11}}?)?\s*;")


def list_start(masked: str, start: int) -> int:
    """Where the semicolon list that a name at ``start`` ends (or is alone in) begins: its first name."""
    if ";" not in masked[:start]:
        return start
    while (semi := masked.rfind(";", 0, start)) >= 0 and LEAD.fullmatch(masked, semi + 1, start):
        tail = TAIL.search(masked, max(0, semi - 160), semi)
        if tail is None:
            break
        start = tail.start("p")
    return start


def list_end(masked: str, end: int) -> int:
    """Where the semicolon list that goes on after a name ending at ``end`` ends: after its last name. An
    item goes on the list when "and" opens it or another semicolon closes it."""
    if ";" not in masked[end:]:
        return end
    while (item := NEXT.match(masked, end)) is not None:
        if not item.group("and") and ITEM_END.match(masked, item.end()) is None:
            break
        end = item.end()
        if item.group("and"):
            break
    return end
