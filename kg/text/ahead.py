"""A section of coming events: "What's coming?", "Upcoming events", "Save the date", then its items ("May 21:
Riverton Youth Forum, at the Riverton Park"). The items say no tense, so a day with no year in them is one ahead
of the publication date, not behind it. Cleaning drops such a heading, and the text must stay as written
(evidence quotes it): the section is carried to the date reader as the numbers of its paragraphs.
"""

from __future__ import annotations

import re

from kg.text.days import MONTH_NAMES

CUES = ("coming", "save the date", "ahead", "diary")
HEADING = re.compile(r"(?i)(?:what['’]s\s+(?:coming(?:\s+up)?|next|ahead|on)|coming\s+(?:up|soon|events|next)"
                     r"|(?:upcoming|forthcoming|future)\s+(?:events|activities|programmes?|highlights)|events\s+ahead"
                     r"|save\s+the\s+dates?|looking\s+ahead|diary\s+dates?|dates\s+for\s+(?:the|your)\s+diary)\s*[?:!.]?")
MONTHS = rf"(?:{'|'.join(name[:3].capitalize() for name in MONTH_NAMES)})[a-z]*\.?"  # "Sep" opens "Sept" too
# An item of the section: a day first ("May 21:", "21 May -", "• Tue, June 3 –"), then what is on it.
ITEM = re.compile(rf"(?:[-•*▪–]\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:{MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS})\b"
                  r"(?:\s*(?:[-–]|to)\s*\d{1,2})?(?:\s*\([^()]{1,12}\))?\s*[:–—-]")

# An item told as done ("was held", "took place") looks back, whatever its heading.
PAST = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:held|hosted|organi[sz]ed|launched|opened|signed|completed)\b|\btook\s+place\b")


def ahead_paragraphs(body: str, paragraphs: list[str]) -> set[int]:
    """The cleaned paragraphs that are items of a section of coming events: the lines right after its heading
    that open with a day, up to the first that does not."""
    lowered = body.lower()
    if not any(cue in lowered for cue in CUES):
        return set()
    items: list[str] = []
    inside = False
    for line in filter(None, (line.strip() for line in body.splitlines())):
        if len(line) < 40 and HEADING.fullmatch(line):
            inside = True
        elif inside and ITEM.match(line) and not PAST.search(line):
            items.append(re.sub(r"^[-•*▪–]\s*", "", line))
        else:
            inside = False
    return {i for i, para in enumerate(paragraphs) if any(para.startswith(item[:40]) for item in items)} if items else set()
