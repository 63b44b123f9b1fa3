"""The literal words a regular expression cannot match without: a sentence that holds none of them is not
searched at all, which saves most of a costly pattern's time (Python's engine tries it at every position).

The words are read off the pattern's own parse, as RE2 and Hyperscan build their prefilters: a literal run
must appear in every match; of a sequence, the most telling part's words; of alternatives, the words of
each; an optional part, a character class or a lookaround gives none. A pattern whose words cannot be told
(or that this module cannot parse) is always searched: the test can only spare work, never change a match.
Words are compared lower-cased with the text folded the way case-insensitive matching reads it, so one test
serves patterns with and without ``re.I``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

try:
    from re import _constants as _c, _parser as _p  # Python 3.11 and later
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

# The only letters outside ASCII that case-insensitive matching takes for ASCII ones; "İ" is folded before
# lower-casing, which would make it two characters.
_ASCII_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

Words = frozenset[str] | None  # None: no word is needed (the part can match without any)


def folded(text: str) -> str:
    """``text`` lower-cased as case-insensitive matching compares it.

    >>> folded("CO-OPERATION in \u017fectors, \u0130stanbul")
    'co-operation in sectors, istanbul'
    """
    if "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text:
        return text.translate(_ASCII_TWINS).lower()
    return text.lower()  # translating with a dict reads every character in Python's slow path: 20 times slower


def _caseless(code: int) -> bool:
    """A character a literal run may hold: ASCII, or one without case (a bracket, a dash, a quote)."""
    char = chr(code)
    return code < 128 or char.lower() == char.upper()


def _best(options: list[frozenset[str]]) -> Words:
    """Of the parts a sequence needs, the most telling: the longest shortest word, then the fewest words."""
    return max(options, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _sequence(items) -> Words:
    """The most telling part a sequence needs: of its own parts and those of the groups it holds, the first best
    (a group's best part, put in its place, would win exactly where the group's parts do)."""
    return _best(_parts(items))


def _branch(av) -> Words:
    """The words one of which each alternative needs, or None where one needs none; a word that holds another
    is dropped (a text holding it holds the other)."""
    found = [_sequence(branch) for branch in av[1]]
    if any(words is None for words in found):
        return None
    union = frozenset().union(*found)
    return frozenset(word for word in union if not any(other != word and other in word for other in union))


def needed(pattern: re.Pattern) -> Words:
    """The lower-case words one of which every match of ``pattern`` holds, or None.

    >>> sorted(needed(re.compile(r"\\b(?:co-?operation|exchanges?)\\s+(?:in|on)\\b", re.I)))
    ['exchange', 'operation']
    >>> needed(re.compile(r"(?:Mr|Ms)?\\s+[A-Z]\\w+")) is None
    True
    """
    return _needed(pattern.pattern, pattern.flags)  # a pattern's own hash reads its whole compiled code


@lru_cache(maxsize=None)
def _needed(source: str | bytes, flags: int) -> Words:
    parts = _parsed_parts(source, flags)
    return None if parts is None else _best(parts)  # as _sequence() of the parse


@lru_cache(maxsize=None)
def _parsed_parts(source: str | bytes, flags: int) -> list[frozenset[str]] | None:
    """The parts of a pattern's parse (:func:`_parts`), or None where it cannot be parsed. Parsed once for both
    :func:`needed` and :func:`needed_all`: parsing a thousand patterns took a fifth of the rules' import."""
    try:
        return _parts(_p.parse(source, flags))
    except Exception:  # an unforeseen parse: search the pattern always
        return None


Parts = tuple[frozenset[str], ...]  # every part is needed: one word of each


def _parts(items) -> list[frozenset[str]]:
    """Every part a sequence needs: its literal runs, the words of its alternatives, and the parts of the groups
    and repeats (at least once) that it holds in turn, each of which every match holds too."""
    options: list[frozenset[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL and _caseless(av):
            run += chr(av).lower()
            continue
        if run:
            options.append(frozenset({run}))
            run = ""
        if op is _c.SUBPATTERN:
            options += _parts(av[-1])
        elif op is _c.ATOMIC_GROUP:
            options += _parts(av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            options += _parts(av[2])
        elif op is _c.BRANCH and (words := _branch(av)):
            options.append(words)
    return options  # a class, any character, an anchor, a lookaround, a back-reference needs no word


def needed_all(pattern: re.Pattern) -> Parts | None:
    """Every part of the words a match of ``pattern`` holds (each a set, one word of which it holds), the one
    :func:`needed` gives first and then the others, most telling first; or None where it needs none. A text
    that lacks every word of any one part cannot match.

    >>> [sorted(part) for part in needed_all(re.compile(r"\\b(?:witnessed|attended)\\s+the\\s+signing\\b", re.I))]
    [['attended', 'witnessed'], ['signing'], ['the']]
    >>> needed_all(re.compile(r"(?:Mr|Ms)?\\s+[A-Z]\\w+")) is None
    True
    """
    return _needed_all(pattern.pattern, pattern.flags)


@lru_cache(maxsize=None)
def _needed_all(source: str | bytes, flags: int) -> Parts | None:
    first = _needed(source, flags)
    if first is None:
        return None
    parts = set(_parsed_parts(source, flags)) - {first}  # parsed, or first would be None
    return (first, *sorted(parts, key=lambda words: (-min(map(len, words)), len(words), sorted(words))))


class Scan:
    r"""Patterns a loop searches over each sentence, each only where the sentence holds a word it needs: the
    words of all of them are looked for once a sentence (:meth:`present`), and each pattern's test is then a
    set's. A pattern the scan was not made with is always searched.

    >>> scan = Scan([re.compile(r"co-?operation\s+in", re.I), re.compile(r"Mr\s+[A-Z]")])
    >>> text = "Co-operation in finance."
    >>> [m.group(0) for p in scan.patterns for m in scan.finditer(p, text, scan.present(text))]
    ['Co-operation in']
    """

    def __init__(self, patterns: Iterable[re.Pattern]):
        self.patterns = list(patterns)
        self._words = {id(pattern): needed_all(pattern) for pattern in self.patterns}
        self._vocabulary = tuple(sorted(frozenset().union(*(words for parts in self._words.values() if parts
                                                              for words in parts))))

    def present(self, text: str) -> frozenset[str]:
        """The words of the scan's patterns that ``text`` holds (compared as :func:`folded`)."""
        return frozenset(filter(folded(text).__contains__, self._vocabulary))

    def may(self, pattern: re.Pattern, present: frozenset[str]) -> bool:
        parts = self._words.get(id(pattern))
        return parts is None or not any(map(present.isdisjoint, parts))

    def finditer(self, pattern: re.Pattern, text: str, present: frozenset[str]) -> Iterator[re.Match]:
        """``pattern.finditer(text)``, or nothing where the text lacks every word the pattern needs."""
        return pattern.finditer(text) if self.may(pattern, present) else iter(())
