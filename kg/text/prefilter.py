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
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache

import _sre

try:
    from re import _casefix, _compiler as _k, _constants as _c, _parser as _p  # Python 3.11 and later
except ImportError:  # pragma: no cover
    import sre_compile as _k
    import sre_constants as _c
    import sre_parse as _p
    _casefix = None
_EXTRA_CASES = getattr(_casefix, "_EXTRA_CASES", {})
# started() writes the engine's own code, whose layout (the INFO block, _sre.compile's arguments) is private to
# each CPython version: only the one it is tested on gets it; any other searches as the pattern always did.
_WRITES_CODE = sys.version_info[:2] == (3, 11)

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
        self._fast: dict[int, re.Pattern] = {}  # each pattern with its start set (:func:`started`), once searched
        self._vocabulary = tuple(sorted(frozenset().union(*(words for parts in self._words.values() if parts
                                                              for words in parts))))

    def present(self, text: str) -> frozenset[str]:
        """The words of the scan's patterns that ``text`` holds (compared as :func:`folded`)."""
        return frozenset(filter(folded(text).__contains__, self._vocabulary))

    def may(self, pattern: re.Pattern, present: frozenset[str]) -> bool:
        parts = self._words.get(id(pattern))
        return parts is None or not any(map(present.isdisjoint, parts))

    def finditer(self, pattern: re.Pattern, text: str, present: frozenset[str]) -> Iterator[re.Match]:
        """``pattern.finditer(text)``, or nothing where the text lacks every word the pattern needs. The matches
        are those of the pattern compiled with its start set, for a pattern of the scan's: their ``re`` is not it."""
        if not self.may(pattern, present):
            return iter(())
        if (fast := self._fast.get(id(pattern))) is None:
            fast = self._fast[id(pattern)] = started(pattern) if id(pattern) in self._words else pattern
        return fast.finditer(text)


# What Python's engine is told of where a match can start. It tries a pattern at every position of a text unless the
# pattern's compiled code opens with a literal prefix or a set of first characters, which it finds only where the
# pattern begins with a case-sensitive literal or class: never for a case-insensitive pattern, nor one that opens
# with "\b" or a lookbehind, which most of the rules' do. :func:`started` gives such a pattern the set of characters
# any match begins with, read off its parse; the engine then skips every other position with one set test instead
# of a try of the whole pattern. The set can only be wider than the truth, so no match is lost or moved.

# The characters case-insensitive matching takes for an ASCII letter besides its two cases (a test reads every code
# point to hold this).
_TWINS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None))


def _variants(code: int, flags: int) -> set[int] | None:
    """The characters that match the literal ``code`` under ``flags``, or None where that is not told simply."""
    if not flags & re.IGNORECASE:
        return {code}
    char = chr(code)
    if code < 128:
        return {code, ord(char.lower()), ord(char.upper())} | set(map(ord, _TWINS.get(char.lower(), "")))
    return {code} if char.lower() == char == char.upper() and code not in _EXTRA_CASES else None


def _class(items, flags: int) -> set | None:
    """A bracketed class's items as a set of first characters, or None."""
    out: set = set()
    for op, av in items:
        if op is _c.LITERAL:
            if (chars := _variants(av, flags)) is None:
                return None
            out.update((_c.LITERAL, char) for char in chars)
        elif op is _c.RANGE:
            if not flags & re.IGNORECASE:
                out.add((_c.RANGE, av))
            elif av[1] < 128:
                out.update((_c.LITERAL, char) for code in range(av[0], av[1] + 1) for char in _variants(code, flags))
            else:
                return None
        elif op is _c.CATEGORY and (not flags & re.IGNORECASE or av in (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE)):
            out.add((_c.CATEGORY, av))
        else:
            return None  # a negated class, a word class under re.I: not told simply
    return out


def _first(items, flags: int) -> tuple[set | None, bool]:
    """The characters a match of a sequence can begin with (charset items; None: any), and whether it can be empty."""
    out: set = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            chars = _variants(av, flags)
            return (None if chars is None else out | {(_c.LITERAL, char) for char in chars}), False
        if op is _c.IN:
            found = _class(av, flags)
            return (None if found is None else out | found), False
        if op is _c.SUBPATTERN:
            found, empty = _first(av[-1], (flags | av[1]) & ~av[2])
        elif op is _c.ATOMIC_GROUP:
            found, empty = _first(av, flags)
        elif op is _c.BRANCH:
            found, empty = set(), False
            for branch in av[1]:
                more, none = _first(branch, flags)
                if more is None:
                    return None, False
                found.update(more)
                empty = empty or none
        elif op in _REPEATS:
            found, empty = _first(av[2], flags)
            empty = empty or av[0] == 0
        else:
            return None, False  # any character, a back-reference, a conditional: anything
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def started(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` compiled again with the characters its matches begin with in its code, so that its search skips
    every other position at once; the pattern itself where the engine knew as much already, where the set cannot
    be told, or where a match may be empty. The same matches at the same places: only ``Match.re`` tells them apart.

    >>> pattern = re.compile(r"\\b(?:visited|toured)\\s+\\w+", re.I)
    >>> fast = started(pattern)
    >>> fast is not pattern, [m.span() for m in fast.finditer("They VISITED Hong Kong and toured Shanghai.")]
    (True, [(5, 17), (27, 42)])
    """
    if not _WRITES_CODE or not isinstance(pattern.pattern, str) or pattern.flags & (re.LOCALE | re.DEBUG):
        return pattern
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        flags = parsed.state.flags | pattern.flags
        code = _k._code(parsed, pattern.flags)
        if code[0] != _c.INFO or code[2] or not code[3]:
            return pattern  # a prefix or a set already, or a match may be empty
        first, empty = _first(parsed.data, flags)
        if first is None or empty or not first:
            return pattern
        charset, cased = _k._optimize_charset(sorted(first, key=repr))
        info = [_c.INFO, 0, _c.SRE_INFO_CHARSET, code[3], code[4]]
        _k._compile_charset(charset, flags, info)
        info[1] = len(info) - 1
        indexgroup = [None] * parsed.state.groups
        for name, index in parsed.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(pattern.pattern, flags, info + code[code[1] + 1:], parsed.state.groups - 1,
                            parsed.state.groupdict, tuple(indexgroup))
    except Exception:  # an unforeseen parse: the pattern as it is
        return pattern
