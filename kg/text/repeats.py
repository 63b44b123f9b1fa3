"""Paragraphs a page prints twice: the same words, or nearly (a teaser and its article), but never two lines
of a record that differ only in their figures."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

DIGITS = re.compile(r"\d+")


def is_repeat(para: str, kept: list[str]) -> bool:
    """Whether a paragraph repeats one already kept.

    >>> is_repeat("Talks were held.", ["talks were held."])
    True
    """
    key = para.casefold()
    for other in kept:
        if key == other.casefold():
            return True
        shorter, longer = sorted((len(para), len(other)))
        if shorter > 80 and shorter / longer > 0.8 and fuzz.ratio(key, other.casefold()) >= 80 \
                and DIGITS.findall(para) == DIGITS.findall(other):
            return True
    return False
