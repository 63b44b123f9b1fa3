"""A speech's salutation, the guests it greets by name and post before the speech begins.

"Honourable Chief Executive Mrs Carrie Lam," / "Mr A, Director of the X Office," / "Distinguished guests," /
"Ladies and gentlemen,": lines with no stop, dropped with the page's layout. Each guest's line above the
greeting of the room becomes a sentence of its own ("Mr A, Director of the X Office."). A salutation on one line
("Vice Mayor Xie (Vice Mayor of Shanghai, Mr Xie Jianfeng), ..., ladies and gentlemen,") is read as it is.
"""

from __future__ import annotations

import re

# The greeting of the room that ends a salutation.
ROOM = r"(?:distinguished|honoured|honored|respected|dear)\s+(?:guests|friends)|ladies\s+and\s+gentlemen|dear\s+colleagues"
CLOSER = re.compile(rf"(?i)^[ \t]*(?:{ROOM})(?:\s+and\s+[\w ]{{1,20}})?[ \t]*[,:!]?[ \t]*$")
ENDS = ("guests", "friends", "gentlemen", "colleagues")
GUEST = re.compile(r"^[ \t]*[A-Z][^\n.;:!?]{2,200},[ \t]*$")
MAX_GUESTS = 12
# A word of address before a guest's title is no part of it: "Honourable Chief Executive Mrs A".
ADDRESS = re.compile(r"^(?:The\s+)?(?:Honourable|Respected|Dear|Esteemed)\s+(?=[A-Z])")
# Two guests on one line, the first named with an honorific: "Ms A, Deputy Director of X, Mr B," greets Mr B
# with no title of Ms A's.
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Professor|Ir|Sir)\.?"  # as a greeting or a line of names opens
_HONORIFIC = HONORIFIC + r"\s"
NEXT_GUEST = re.compile(rf",\s+(?={_HONORIFIC})")
NAMED = re.compile(rf"\b{_HONORIFIC}+[A-Z]")


def salutations(body: str) -> str:
    """The body with the guests a salutation greets each as a sentence between blank lines.

    >>> salutations("Mr Ada Quell, Director of X,\\nLadies and gentlemen,\\nGood day.")
    '\\nMr Ada Quell, Director of X.\\n\\nLadies and gentlemen,\\nGood day.'
    """
    low = body.lower()
    if not ("guests" in low or "gentlemen" in low or "friends" in low or "colleagues" in low):
        return body
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if not line.rstrip(" \t,:!").lower().endswith(ENDS) or not CLOSER.match(line):
            continue
        start = i
        while start > 0 and i - start < MAX_GUESTS and GUEST.match(lines[start - 1]) and not CLOSER.match(lines[start - 1]):
            start -= 1
        for j in range(start, i):
            lines[j] = f"\n{_apart(ADDRESS.sub('', lines[j].strip()[:-1]))}.\n"
    return "\n".join(lines)


def _apart(line: str) -> str:
    """A guest's line with each guest named after one named with an honorific as a sentence of its own."""
    guests = []
    for part in NEXT_GUEST.split(line):
        if guests and not NAMED.search(guests[-1]):
            guests[-1] += f", {part}"
        else:
            guests.append(part)
    return ".\n\n".join(guests)
