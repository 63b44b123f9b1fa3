"""Marks that are how a text was set, not what it says: line ends written "\\r\\n" or "\\r" (a file saved on Windows,
an old Mac), and a footnote's number glued to a name ("Mr Chan Kwok-ki1", "Ms Ada Quell3", "Gong Zheng[2]"), which
hides the name from the rules; so is one digit glued to a word in lower case ("the fifth session1 of the"). A number is a footnote's only glued to a capitalised word ending in lower case and
followed by a space or punctuation: never "COVID-19", "G20", "A1", a year or a room. A wire story's sign-off word after
its last sentence ("... held in Hong Kong. Enditem", "(END)") goes too, so that the sentence is kept as prose.

>>> plain_marks("The next session will be held in Hong Kong. Enditem\\nRelated: (END) and Enditem stay.")
'The next session will be held in Hong Kong.\\nRelated: (END) and Enditem stay.'
>>> plain_marks("Mr Chan Kwok-ki1, Ms Ada Quell3 and Gong Zheng[2] met in G20 Room A1 in 2003.\\r\\nCOVID-19")
'Mr Chan Kwok-ki, Ms Ada Quell and Gong Zheng met in G20 Room A1 in 2003.\\nCOVID-19'
"""

from __future__ import annotations

import re

FOOTNOTE = re.compile(r"(?<![\w-])([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?)(?:\d{1,2}|\[\d{1,2}\])(?=[\s,.;:)!?]|$)", re.M)
# A note's number glued to a word in lower case ("session1 of the"): one digit after four letters or more.
LOWER_FOOTNOTE = re.compile(r"(?<![\w-])([a-z]{4,})[1-9](?=[\s,.;:)!?]|$)", re.M)
LINE_END = re.compile(r"\r\n?")
WIRE_END = re.compile(r"(?<=[.!?\"”’])[ \t]+(?:Enditem|\(END\)|\(end\))[ \t]*$", re.M)


def plain_marks(text: str) -> str:
    """The text with "\\n" for every line end and no footnote numbers glued to names."""
    if "\r" in text:
        text = LINE_END.sub("\n", text)
    if "nditem" in text or "(END)" in text or "(end)" in text:
        text = WIRE_END.sub("", text)
    return LOWER_FOOTNOTE.sub(r"\1", FOOTNOTE.sub(r"\1", text))
