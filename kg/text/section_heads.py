"""Short headings each above a paragraph of prose: an annual report's chapter told area by area ("Trade and
investment" over its paragraph), a newsletter's symbol headings ("■ Culture, Sports & Tourism").

With no stop, the cleaner drops such a line as a page's furniture, and the paragraph under it loses what it is
about. Where two headings at least each stand right above a paragraph of prose, each is kept by the paragraph it
heads, for the rules that read what a section is about; the text itself is unchanged. A heading right above a
table's first row ("Plenary sessions" over "No: 1 | Year: 2003 | ...") is the table's caption and is kept alone too:
a reference article's sections are few, and its table is told by nothing else.

>>> section_heads(["■ Finance", "The two banks met in May.", "Tourism", "A fair was held in June.", "Contact us"])
[('The two banks met in May.', 'Finance'), ('A fair was held in June.', 'Tourism')]
>>> section_heads(["Intro text of the page.", "Sessions", "No: 1 | Year: 2003 | City: Shanghai."])
[('No: 1 | Year: 2003 | City: Shanghai.', 'Sessions')]
"""

from __future__ import annotations

import re

from kg.text.tables import ROW

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
    two at least, and above a table's first row; the heading without its symbol."""
    out, captions = [], []
    for at, (head, below) in enumerate(zip(paragraphs, paragraphs[1:]), start=1):
        label = MARK.sub("", head).strip()
        if len(label) > 60 or not HEAD.match(label) or ROW.match(label):
            continue
        if ROW.match(below):
            captions.append((at, below, label))
        elif _prose(below):
            out.append((at, below, label))
    kept = out if len(out) >= 2 else []
    return [(below, label) for _, below, label in sorted(kept + captions)]
