"""A page kept by a web archive, with the archive's banner over it: the Wayback Machine's ("The Wayback Machine -
https://web.archive.org/web/2019...", "15 captures", "13 Apr 2019 - 30 Nov 2021", a calendar strip, "About this
capture", "COLLECTED BY"), archive.today's ("archived 15 Apr 2019 08:32:12 UTC"), a cache's ("This is Google's cache
of ... as it appeared on ..."). The banner's dates are the capture's, not the page's: read as a date line, they dated
the release by its capture. The banner's lines go; the page under it is read as it is. Only a text whose first line
names an archive is read so.

>>> print(unarchived("The Wayback Machine - https://web.archive.org/web/20190415/https://x.hk/a.htm\\n15 captures\\n"
...                  "13 Apr 2019 - 30 Nov 2021\\nApr MAY Jun\\n15\\n2018 2019 2020\\nAbout this capture\\n\\nSCED meets Mayor"))
<BLANKLINE>
SCED meets Mayor
"""

from __future__ import annotations

import re

ARCHIVE = re.compile(r"web\.archive\.org|wayback\s+machine|archive\.(?:today|ph|is|li|vn|md)\b|google'?s\s+cache\s+of|webcitation\.org"
                     r"|perma\.cc|arquivo\.pt", re.I)
HEAD = 5
BANNER_LINES = 40
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DAY = rf"(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
BANNER = [re.compile(p, re.I) for p in (
    r"^.*(?:web\.archive\.org|wayback\s+machine|archive\.(?:today|ph|is|li|vn|md)\b|google'?s\s+cache\s+of|webcitation\.org|perma\.cc|arquivo\.pt).*$",
    r"^[\d,]+\s+captures?$",
    rf"^{_DAY}\s*[-–—]\s*{_DAY}$",
    rf"^(?:{_MONTH}\s+){{2}}{_MONTH}$",  # the calendar's months
    r"^(?:(?:19|20)\d\d\s+){2}(?:19|20)\d\d$",  # and its years
    r"^\d{1,2}$",  # and its day
    rf"^{_DAY}\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s+UTC$",  # archive.today's capture stamp
    r"^(?:success|fail|about\s+this\s+capture|collected\s+by|timestamps|loading\.{0,3}|close|help|"
    r"(?:saved|archived|captured|retrieved)\b.{0,300}|collection:.*|organization:.*|webpage\s+capture|all\s+snapshots.*|"
    r"(?:search|history|share|download)(?:\s+\w+){0,2}|this\s+is\s+.{0,40}snapshot.*|the\s+(?:current|live)\s+page.*)$",
)]


def unarchived(text: str) -> str:
    """The text without a web archive's banner over the page; the text as it is if no archive names itself at its head."""
    head = text[:2000].split("\n", HEAD)[:HEAD]
    if not any(ARCHIVE.search(line) for line in head):
        return text
    lines = text.split("\n")
    end = 0
    while end < min(len(lines), BANNER_LINES) and (not lines[end].strip() or any(p.match(lines[end].strip()) for p in BANNER)):
        end += 1
    return "\n".join([""] + lines[end:]) if end else text
