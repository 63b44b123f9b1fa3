"""Short headings each above a paragraph of prose: an annual report's chapter told area by area ("Trade and
investment" over its paragraph), a newsletter's symbol headings ("■ Culture, Sports & Tourism").

With no stop, the cleaner drops such a line as a page's furniture, and the paragraph under it loses what it is
about. Where two headings at least each stand right above a paragraph of prose, each is kept by the paragraph it
heads, for the rules that read what a section is about; the text itself is unchanged.

>>> section_heads(["■ Finance", "The two banks met in May.", "Tourism", "A fair was held in June.", "Contact us"])
[('The two banks met in May.', 'Finance'), ('A fair was held in June.', 'Tourism')]
"""

from __future__ import annotations

import re

# a newsletter's symbol before its heading ("■ Culture", "▶ Tourism"), or a markdown heading's hashes
MARK = re.compile(r"^(?:[■□◆◇●○▶►♦▪◼◾#]+\s*)")
# a heading of a few words: "Trade and investment", "Culture, Sports & Tourism", "Healthcare/Medical"
HEAD = re.compile(r"^[A-Z][\w'’-]*(?:,?\s+(?:[\w'’-]+|&)|\s*[/&]\s*[\w'’-]+){0,5}$")
PROSE = re.compile(r"[.!?][\"'”’)\]]*$")
PROSE_WORDS = 6


def _prose(line: str) -> bool:
    return bool(PROSE.search(line)) and len(line.split()) >= PROSE_WORDS and not MARK.match(line)


def section_heads(paragraphs: list[str]) -> list[tuple[str, str]]:
    """(paragraph, its heading) for every short heading line right above a paragraph of prose, where there are
    two at least; the heading without its symbol."""
    out = []
    for head, below in zip(paragraphs, paragraphs[1:]):
        label = MARK.sub("", head).strip()
        if len(label) <= 60 and HEAD.match(label) and _prose(below):
            out.append((below, label))
    return out if len(out) >= 2 else []
