"""Characters a scan's text recognition misreads, read back as the page prints them: "rn" for "m" in the words
a text of the mechanism is made of ("Mernorandum", "Cornmittee", "governrnent"), a "0" for an "O" or "o" and a
"1" for an "l" inside a word ("0ctober", "C0-operation", "techno1ogy"), an "l" for an "I" opening a word no
English word opens so ("lnnovation", "ln 2019"), and a stray "|" or "~" (a speck, a rule's end) set apart at a
line's start or end. Left in, the misread word is no cue, no post, no area ("Secretary for Cornmerce").

A word is mended only where the misreading is sure: "rn" only in the listed words, where no word is spelt with
"rn" (never "modern", "return", "governor"); a digit only between letters of a word with no other digit ("G20",
"H1N1", "COVID-19", "4th", "A1" stay); a "|" only where the line has no other (a table's row, a byline's parts
keep theirs, and so does a line beside one with a "|").

>>> plain_scan("0n 3 0ctober the Cornmittee signed a Mernorandum on techno1ogy and lnnovation. |\\n~ A modern G20 H1N1 A1.")
'On 3 October the Committee signed a Memorandum on technology and Innovation.\\nA modern G20 H1N1 A1.'
"""

from __future__ import annotations

import re
from itertools import product

# Words of the mechanism's texts with an "m" a scan may read as "rn" (each also with "s" or "es" after it).
_M_WORDS = (
    "memorandum", "memoranda", "member", "membership", "committee", "commerce", "commercial", "commission", "commissioner",
    "chairman", "chairmen", "chairwoman", "government", "governmental", "meeting", "mayor", "municipal", "municipality",
    "mainland", "ministry", "minister", "management", "economic", "economy", "development", "community", "promote",
    "promotion", "summit", "environment", "environmental", "employment", "investment", "permanent", "immigration",
    "implement", "implementation", "important", "information", "formal", "framework", "former", "from", "among", "time",
    "more", "many", "programme", "program", "system", "small", "medium", "market", "museum", "medical", "medicine",
    "communication", "telecommunications", "welcome", "welcomed", "ceremony", "plenary", "mechanism", "momentum", "team",
    "item", "mission", "summary", "comprehensive", "complementary", "complement", "common", "commitment", "committed",
    "co-chairman", "customs", "maritime", "financial", "smart", "climate", "modernisation",
    "metropolis", "metro", "mutual", "mutually", "recommend", "recommendation", "exchange", "matter", "matters",
    "measure", "measures", "human", "talents", "sports", "trademark", "platform", "premier", "premises", "transformation",
    "intermediary", "commemorate", "improvement", "improve", "emerging", "themed", "theme", "timetable", "tourism",
    "administrative", "administration", "commence", "commenced", "commencement", "amendment", "mid",
    "month", "months", "most", "much", "must", "made", "make", "major", "message", "model", "manage", "manager", "mode",
    "met", "meet", "accompany", "accompanied", "accompanying", "seminar", "symposium", "forum", "examination", "department",
    "departmental", "remarks", "name", "named", "same", "become", "became", "company", "companies",
    "complete", "completed", "comment", "impact", "family", "some", "moment", "prime", "chamber", "ambassador", "embassy",
    "assembly", "emphasis", "emphasised", "emphasized", "economies", "museums", "academy", "academic", "campus", "summer",
    "marine", "mainly", "women", "warmly",
)
_PLURAL = tuple(w + end for w in _M_WORDS for end in ("", "s", "es", "ed", "ing") if "rn" not in w)


def _misread(word: str) -> list[str]:
    """The ways a scan may read a word's "m"s as "rn" (at least one so read)."""
    parts = word.split("m")
    forms = []
    for choice in product(("m", "rn"), repeat=len(parts) - 1):
        if "rn" in choice:
            forms.append(parts[0] + "".join(c + p for c, p in zip(choice, parts[1:])))
    return forms


_MISREAD = {form: word for word in _PLURAL for form in _misread(word) if form not in _PLURAL}
RN_WORD = re.compile(r"(?<![\w-])[A-Za-z-]*rn[A-Za-z-]*(?![\w-])")
# A "0" or "1" between letters of a word with no other digit; a "0" opening a word in lower case ("0n", "0ctober").
DIGIT_WORD = re.compile(r"(?<![\w-])(?=[A-Za-z]*[01][A-Za-z])(?:[A-Za-z]+[01])+[a-z][A-Za-z]*(?!\w)|(?<![\w-])0(?=[a-z]{1,12}\b)|(?<![\w-])[A-Z]0(?=-[a-z])")
# An "l" for an "I" before a letter no English word has after its opening "l".
SMALL_L = re.compile(r"(?<![\w/-])l(?=[bcdfghjkmnpqrstvwxz][a-z]*(?![\w/-]))(?!bs?\b|td\b|ng\b|cd\b|kg\b)")
STRAY = re.compile(r"(?m)^[ \t]*[|~][ \t]+(?=[^\n=]*$)|(?<=[a-z.!?:;,\"”’)])[ \t]+[|~][ \t]*$")


def _mended(match: re.Match) -> str:
    found = match.group(0)
    word = _MISREAD.get(found.casefold())
    if word is None:
        return found
    return word[:1].upper() + word[1:] if found[:1].isupper() else word


def _digits(match: re.Match) -> str:
    found = match.group(0)
    if found == "0":
        return "O"
    if len(found) == 2:
        return found[0] + "o"
    return re.sub(r"(?<=[A-Za-z])[01](?=[A-Za-z])", lambda m: "l" if m.group(0) == "1" else "o", found)


def plain_scan(text: str) -> str:
    """The text with a scan's misread characters read back."""
    words = set(text.split())
    rn = any(found.group(0).casefold() in _MISREAD for word in words if "rn" in word for found in RN_WORD.finditer(word))
    digits = any(DIGIT_WORD.search(word) for word in words if "0" in word or "1" in word)
    small = any(SMALL_L.search(word) for word in words if "l" in word[:2])
    if not (rn or digits or small or "|" in words or "~" in words):
        return text
    text = RN_WORD.sub(_mended, text) if rn else text
    text = DIGIT_WORD.sub(_digits, text) if digits else text
    text = SMALL_L.sub("I", text) if small else text
    if "|" not in words and "~" not in words:
        return text
    lines = text.split("\n")
    return "\n".join(_unspecked(line, "".join(lines[max(i - 1, 0):i]) + "".join(lines[i + 1:i + 2])) for i, line in enumerate(lines))


def _unspecked(line: str, beside: str) -> str:
    """The line without a stray "|" or "~" at its start or end: a "|" only where it is the only one around."""
    if "~" not in line and ("|" not in line or line.count("|") > 1 or "|" in beside):
        return line
    return STRAY.sub(lambda m: "" if "~" in m.group(0) or line.count("|") == 1 and "|" not in beside else m.group(0), line)
