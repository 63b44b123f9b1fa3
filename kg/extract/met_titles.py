"""The one met or called on, as the text names them: "the Secretary of the CPC Shanghai Municipal Committee, Mr
Chen Jining", "Shanghai Vice Mayor Hua Yuan".

Releases and those who read them name a meeting by the post of the one met ("Call on the Vice Mayor of
Shanghai", "Meeting with the Director of ..."), so a meeting's label keeps the title the text gives before the
name. Only one person with one title: a list of people met, or a name with no title, is named by the names.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import unmask
from kg.extract.mentions import View

HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Madam", "Sir"}
_WORD = r"(?:[A-Z][\w'’&-]*|⟦(?:org|place):\d+⟧)"
# "the Mayor of Shanghai, Mr", "Shanghai Vice Mayor", "the Director of the X Office,": a title, then the name.
TITLED = re.compile(rf"^\s*(?:with\s+)?(?P<t>(?:the\s+)?{_WORD}(?:\s+(?:of|and|for|the|in|{_WORD})){{0,12}}),?\s+"
                    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Madam)\.?\s+)?(?=⟦person:\d+⟧)")
# Another person right after the first: a list of people met.
MORE = re.compile(r"^(?:,?\s+(?:and|&)\s+|,\s+)[^;.⟦]{0,80}?⟦person:")


def as_written(view: View, obj: str) -> str | None:
    """The title and name of the one met, as written in ``obj`` (the words after the verb), or None."""
    if "⟦person" not in obj or (titled := TITLED.match(obj)) is None:
        return None
    title = titled.group("t")
    if re.sub(r"^the\s+", "", title) in HONORIFICS or not re.search(r"\s", title.strip()) and title in HONORIFICS:
        return None
    name = re.match(r"⟦person:\d+⟧", obj[titled.end():])
    if MORE.match(obj[titled.end() + name.end():]):
        return None
    written = re.sub(r"\s+", " ", unmask(obj[obj.find(title):titled.end() + name.end()], view.mentions)).strip()
    return written
