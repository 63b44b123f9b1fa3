"""A list set out as short plain lines under a sentence that introduces it.

"The two sides agreed to co-operate in the following areas:" / "Finance" / "Tourism" / "River restoration":
the items have no bullet and no stop, so the cleaner would drop each as a heading or clutter. Read as the
sentence they end ("...: Finance; Tourism; River restoration."). Only under a lead-in that reads as prose
(a line of eight words or more, ending with a colon, that speaks of areas or co-operation; not "Related links:",
nor a programme's "covered the following:") and only two short items at least
(a few words, no digits, no colon): a page's navigation has no such lead-in. The list ends at a release's end mark
or the heading of its next part ("Ends", "Media enquiries").
"""

from __future__ import annotations

import re

ITEM = re.compile(r"^[A-Za-z][\w'’&,/ -]{0,60}$")
NOT_ITEM = re.compile(r"[.!?;:]$|\d")
# a release's end mark or the heading of its next part, after the list: "Ends", "Media enquiries", "Background"
END_MARK = re.compile(r"^(?i:ends|end|background|(?:media\s+|press\s+)?enquiries|notes?\s+to\s+editors?|editor'?s?\s+notes?"
                      r"|related\s+links?|photos?|attachments?|contacts?(?:\s+us)?|about\s+(?:us|the\s+\w+|[A-Z]\w+)|sources?"
                      r"|media\s+contacts?|for\s+more\s+information|more\s+information|remarks?|notes?|annex(?:es)?)$")
# the lead-in of a list of fields: a programme's or a roster's lines are other lists, read elsewhere
FIELDS = re.compile(r"\b(?:areas|fields|sectors|aspects|priorities|co-?operation|collaboration)\b", re.I)
LEAD_WORDS = 8
ITEM_WORDS = 6


def _lead(line: str) -> bool:
    words = line.split()
    return (line.endswith(":") and len(words) >= LEAD_WORDS and sum(w[:1].islower() for w in words) >= len(words) / 3
            and bool(FIELDS.search(line)))


def _item(line: str) -> bool:
    return (bool(ITEM.match(line)) and not NOT_ITEM.search(line) and len(line.split()) <= ITEM_WORDS
            and not END_MARK.match(line))


def short_lists(paragraphs: list[str]) -> list[str]:
    """The paragraphs, with each list of short plain lines joined to the lead-in above it."""
    if not any(p.endswith(":") for p in paragraphs):
        return paragraphs
    out: list[str] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        end = i + 1
        if _lead(para):
            while end < len(paragraphs) and _item(paragraphs[end]):
                end += 1
        if end - i >= 3:
            out.append(f"{para} {'; '.join(paragraphs[i + 1:end])}.")
        else:
            out.extend(paragraphs[i:end])
        i = end
    return out
