"""An article's back matter: the sections under "References", "External links", "Bibliography", "Further
reading". A reference work lists there the sources it drew on, and their titles read as statements ("Fourth plenary
session held in Hong Kong", press release, 21 August 2018): they are no facts the article states. A section runs
to the next heading; "Notes" is left alone, for an article's notes state facts of its own.

>>> sorted(back_matter(["The forum met in 2041.", "References", '1. "Forum meets", press release, 2041.', "Notes", "It met twice."]))
[1, 2]
"""

from __future__ import annotations

import re

HEADING = re.compile(r"(?i)^(?:references?(?:\s+and\s+notes)?|notes\s+and\s+references|external\s+links|bibliography|citations"
                     r"|sources|works\s+cited|further\s+reading)$")
# another section's heading: a few words with no stop, no list item
OTHER_HEADING = re.compile(r"^(?![*•·▪◦‣-]|\(?\d{1,3}[.)\]]|\^)[A-Z][\w'’ ,&/-]{0,50}$")
MAX_WORDS = 6


def back_matter(paragraphs: list[str]) -> set[int]:
    """The indices of the back matter's headings and of the paragraphs under them."""
    out: set[int] = set()
    inside = False
    for i, para in enumerate(paragraphs):
        line = para.strip().rstrip(":").strip()
        if HEADING.match(line):
            inside = True
        elif inside and OTHER_HEADING.match(line) and len(line.split()) <= MAX_WORDS:
            inside = False
        if inside:
            out.add(i)
    return out
