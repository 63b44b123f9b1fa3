"""Bulleted lines that name a person with a title and a body, as programmes and panels list speakers:
"- Ms Ada Quell, Senior Engineer, Riverton Water Office", "• "A paper's title", by Dr Bo Tam, Chief Curator,
Eastport Museum", or by their role ("Mission leader: Mr Bo Tam, Chairman, Riverton Traders' Guild"). Such a line has no stop of its own and, under a sub-heading rather than a lead-in ending
with ":", was dropped with the page's layout; it is the text.
"""

from __future__ import annotations

import re

from kg.text.salutations import HONORIFIC

# A bullet, then (perhaps after a paper's title and "by") an honorific, a name of two to five words, a comma and
# a capitalised word: the person's title.
PERSON_ITEM = re.compile(r"^[•·▪◦●*\-–—]\s+(?:.{0,160}?\s)?" + HONORIFIC +
                         r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4},\s+[A-Z][a-z]")


# A programme's role line: "Mission leader: Mr A, Chairman, X", "Moderator: Ms B, Director, Y" (a role of one to
# three words, a colon, then the person as a bullet names them).
ROLE_ITEM = re.compile(r"^[A-Z][a-z]+(?:[ -][a-z]+){0,2}\s*:\s+" + HONORIFIC +
                       r"\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,4},\s+[A-Z][a-z]")


def person_item(paragraph: str) -> bool:
    """Whether a line is a bulleted item, or a programme's role line, naming a person with a title after the name."""
    return len(paragraph) < 300 and (PERSON_ITEM.match(paragraph) or ROLE_ITEM.match(paragraph)) is not None
