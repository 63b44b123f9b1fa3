"""Splitting paragraphs into sentences (pysbd: rule-based, no model to download)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pysbd


@dataclass(frozen=True)
class Sentence:
    """One sentence, with its position: the unit every fact is traced back to."""

    index: int
    paragraph: int
    text: str


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(paragraphs: list[str]) -> list[Sentence]:
    """Split paragraphs into numbered sentences.

    >>> [s.text for s in split_sentences(["Mr Chan met Mr Lee. They talked.", "Then left."])]
    ['Mr Chan met Mr Lee.', 'They talked.', 'Then left.']
    """
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(paragraphs):
        for piece in _segmenter().segment(paragraph):
            text = piece.strip()
            if text:
                sentences.append(Sentence(index=len(sentences), paragraph=p, text=text))
    return sentences
