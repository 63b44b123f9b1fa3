"""Paragraphs a page prints twice: the same words, or nearly (a teaser and its article), but never two lines
of a record that differ only in their figures.

The paragraphs kept so far are indexed (:class:`Kept`), so that a page of thousands of short paragraphs is
cleaned in linear time: a short paragraph can only repeat one with the same words, found in a set; a long one
is compared only with the long ones that have the same figures and a length close to its own.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

DIGITS = re.compile(r"\d+")
LONG = 80  # characters: a paragraph this short or shorter repeats only one with the same words
SHARE = 0.8  # the shorter of two near repeats is longer than this share of the longer
SCORE = 80


class Kept:
    """The paragraphs kept so far: their folded words, and the long ones by their figures."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._long: dict[tuple[str, ...], list[tuple[int, str]]] = {}

    def repeats(self, para: str) -> bool:
        """Whether a paragraph repeats one kept: the same words but for case, or (both longer than LONG) nearly
        the same words, of close lengths, with the same figures."""
        key = para.casefold()
        if key in self._words:
            return True
        if len(para) <= LONG:
            return False
        return any(min(size, len(para)) / max(size, len(para)) > SHARE and fuzz.ratio(key, other, score_cutoff=SCORE)
                   for size, other in self._long.get(tuple(DIGITS.findall(para)), ()))

    def add(self, para: str) -> None:
        key = para.casefold()
        self._words.add(key)
        if len(para) > LONG:
            self._long.setdefault(tuple(DIGITS.findall(para)), []).append((len(para), key))


def is_repeat(para: str, kept: list[str]) -> bool:
    """Whether a paragraph repeats one of a list (:class:`Kept` indexes them, for a whole page).

    >>> is_repeat("Talks were held.", ["talks were held."])
    True
    """
    index = Kept()
    for other in kept:
        index.add(other)
    return index.repeats(para)
