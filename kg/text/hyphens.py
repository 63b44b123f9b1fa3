"""A line of hard-wrapped text joined to the next where it ends in a hyphen: a word broken across the lines
("co-oper-" / "ation") is joined without it; a hyphenated word ("Kwok-" / "wai", "Hong Kong-" / "invested",
"self-" / "financing") keeps it. The text decides where it can: the joined word written elsewhere in it drops the
hyphen, the hyphenated one keeps it; else a capitalised part before the hyphen, or a prefix that takes one, keeps it.
A dash set apart (" -") is a break in the sentence, and the next line follows it after a space.

>>> join_wrapped("Mr Chan Kwok-", "wai said", ""), join_wrapped("the co-oper-", "ation", "")
('Mr Chan Kwok-wai said', 'the co-operation')
>>> join_wrapped("deepen inter-", "action", "the interaction"), join_wrapped("a cross-", "boundary", "")
('deepen interaction', 'a cross-boundary')
>>> join_wrapped("Director, Main-", "land Business, Mr Ray-", ""), join_wrapped("Mr Ray-", "mond Fung said", "")
('Director, Mainland Business, Mr Ray-', 'Mr Raymond Fung said')
"""

from __future__ import annotations

import re

PART = re.compile(r"([\w'’]+)-$")
WORD = re.compile(r"[\w'’]+")
# The rest of a word broken at a syllable ("Govern-/ment", "Admin-/istrative", "Munici-/pal"): an English ending, which
# no romanised Chinese syllable of a given name ("Kwok-/wai", "Ka-/chiu", "Yuet-/ngor") is.
ENDING = re.compile(r"[a-z]*(?:tion|sion|ment|ness|ance|ence|ture|ship|ity|ities|ive|ative|ical|cipal|omic|ology|ary|ory|ible|able)s?")
# A capitalised word whose rest is followed by another capitalised word is a whole word of a name ("Ray-" / "mond Fung
# Kin-chung", "Main-" / "land Business"): a given name's second syllable ends the name ("Kwok-" / "wai said").
NAMED_ON = re.compile(r"\s+[A-Z][a-z]")
PREFIXES = frozenset("co self cross non well all ex mid semi anti long high full one two three four five".split())


def join_wrapped(line: str, following: str, text: str) -> str:
    """The line and the line after it as one line; ``text`` is the document, where the word may be written whole."""
    part = PART.search(line) if line.endswith("-") else None
    if part is None:
        return f"{line} {following}"
    word = WORD.match(following)
    if word is None or not following[:1].islower():
        return line + following if word is not None else f"{line} {following}"
    whole = part.group(1) + word.group(0)
    if whole in text:
        return line[:-1] + following
    if f"{part.group(1)}-{word.group(0)}" in text or part.group(1).lower() in PREFIXES:
        return line + following
    if part.group(1)[:1].isupper() and not ENDING.fullmatch(word.group(0)) and not NAMED_ON.match(following, word.end()):
        return line + following
    return line[:-1] + following
