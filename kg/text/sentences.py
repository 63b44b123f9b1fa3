"""Splitting paragraphs into sentences (pysbd: rule-based, no model to download).

pysbd's time grows with the square of its input (its rules rewrite the whole text once per abbreviation
or list item they meet: 200 KB took 70 s), so a paragraph longer than :data:`BLOCK` is fed to it a
window at a time; real paragraphs are shorter, and get exactly pysbd's splits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import pysbd
from pysbd.utils import TextSpan


@dataclass(frozen=True)
class Sentence:
    """One sentence, with its position: the unit every fact is traced back to."""

    index: int
    paragraph: int
    text: str


class _Segmenter(pysbd.Segmenter):
    """pysbd's segmenter, locating each sentence in the text with ``str.find`` where pysbd compiles a
    regular expression per sentence (a tenth of the converter's time on a large corpus). The spans are
    the same: the first non-overlapping occurrence, with its trailing whitespace, ending past the last."""

    def sentences_with_char_spans(self, sentences):
        text, spans, prior_end = self.original_text, [], 0
        for sentence in sentences:
            if not sentence:
                spans += super().sentences_with_char_spans([sentence])
                continue
            start = 0
            while (found := text.find(sentence, start)) >= 0:
                end = found + len(sentence)
                while end < len(text) and text[end].isspace():
                    end += 1
                if end > prior_end:
                    spans.append(TextSpan(text[found:end], found, end))
                    prior_end = end
                    break
                start = end
        return spans


LAST_SPACE = re.compile(r"\s(?=\S*\Z)")
# A paragraph with one sentence ending at most, and none of the quotes, tabs and breaks that pysbd's rules
# split at: pysbd returns it whole (a property test holds this against pysbd), and 40% of real
# paragraphs are such, so they skip its fixed cost of about a millisecond.
ONE_SENTENCE = re.compile("[^.?!\u3002\uff0e\uff01\uff1f\u2026\"'\u201c\u201d\u2018\u2019`\t\r\n\u2028\u2029"
                          "\x0b\x0c\x1c-\x1e\x85]*[.?!\u3002\uff0e\uff01\uff1f\u2026]? *")
BLOCK = 2000  # characters; the longest paragraph of the corpora in tests/ has 1,604
# A short item of a list run into its sentence ("namely (a) finance; (b) trade; and (c) tourism."): pysbd ends a
# sentence before each mark, though the text before it has no stop; the item goes on the sentence it continues.
# An item with a heading of its own or a sentence's length ("(a) finance: the Bureau will ...;") stays one.
ITEM_MARK = re.compile(r"\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)\s[^:]*$")
ITEM_WORDS = 12
LEAD_IN = re.compile(r"\b(?:namely|including|such\s+as|covering|viz\.?|i\.e\.),?\s*$", re.I)
ITEM_END = re.compile(r"[;,]\s*(?:and|or)?\s*$")
STOPPED = re.compile(r"[.?!\u3002\uff0e\uff01\uff1f\u2026][\"'\u201d\u2019)\]]*\s*$")


@lru_cache(maxsize=2)
def _segmenter(spans: bool = False) -> pysbd.Segmenter:
    return _Segmenter(language="en", clean=False, char_span=spans)


def one_sentence(paragraph: str) -> bool:
    """Whether a paragraph is one sentence by the cheap signs above (no stop inside): pysbd gives it whole,
    but for list marks, where it would end a sentence at each of a run of them."""
    return ONE_SENTENCE.fullmatch(paragraph) is not None


def pieces(paragraph: str, block: int = BLOCK) -> Iterator[str]:
    """pysbd's sentences of a paragraph, in time linear in its length.

    A paragraph with no sentence stop inside is one sentence, even where pysbd would end one at each of a
    run of list marks ("agreed on (a) finance and (b) trade"). A longer paragraph is read a window of
    ``block`` characters at a time: every sentence pysbd finds in the window but the last is kept, and the
    next window starts where that last one does, so each split is one pysbd makes with at least a
    sentence of text after it. A window with no split is cut at its last whitespace (or at ``block`` if
    it has none): an unpunctuated run is no sentence anyway.

    >>> list(pieces("Mr. Chan met Dr. Lee. They talked. Then they left.", block=30))
    ['Mr. Chan met Dr. Lee. ', 'They talked. ', 'Then they left.']
    >>> list(pieces("They agreed on (a) finance and (b) trade."))
    ['They agreed on (a) finance and (b) trade.']
    """
    if len(paragraph) <= block and one_sentence(paragraph):
        yield paragraph
        return
    start = 0
    while len(paragraph) - start > block:
        window = paragraph[start:start + block]
        spans = _segmenter(spans=True).segment(window)
        cut = spans[-1].start if len(spans) > 1 else 0
        if cut > 0:
            yield from (span.sent for span in spans[:-1])
        else:
            space = LAST_SPACE.search(window)
            cut = space.end() if space else block
            yield window[:cut]
        start += cut
    yield from _segmenter().segment(paragraph[start:])


def split_sentences(paragraphs: list[str]) -> list[Sentence]:
    """Split paragraphs into numbered sentences.

    >>> [s.text for s in split_sentences(["Mr Chan met Mr Lee. They talked.", "Then left."])]
    ['Mr Chan met Mr Lee.', 'They talked.', 'Then left.']
    """
    sentences: list[Sentence] = []
    for p, paragraph in enumerate(paragraphs):
        for piece in listed_items(pieces(paragraph)):
            text = piece.strip()
            if text:
                sentences.append(Sentence(index=len(sentences), paragraph=p, text=text))
    return sentences


def listed_items(split: Iterator[str]) -> list[str]:
    """The pieces, each short one that opens with an item's mark put back on the one before it when that one ends
    with a list's lead-in word ("namely") or is an item so put back that ends with a comma or semicolon.

    >>> listed_items(iter(["Areas named, namely ", "(a) finance; ", "(b) trade. ", "(c) Next."]))
    ['Areas named, namely (a) finance; (b) trade. ', '(c) Next.']
    """
    out: list[str] = []
    listing = False
    for piece in split:
        if out and ITEM_MARK.match(piece) and len(piece.split()) <= ITEM_WORDS and (LEAD_IN.search(out[-1]) or listing and ITEM_END.search(out[-1])):
            out[-1] += piece
            listing = True
        else:
            out.append(piece)
            listing = False
    return out
