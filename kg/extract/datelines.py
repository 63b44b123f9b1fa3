"""A news story's dateline day: "HONG KONG, Oct 16 -- Wu Wei said on Wednesday ..." on a page stamped 2024-10-17 was
written on October 16, so its "on Wednesday", "on Thursday, the delegation will ..." and "today" count from the 16th,
not from the day the page went up (counted from the stamp, "on Thursday ... will" fell a week late).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.text.chronology import MONTH
from kg.text.sentences import Sentence

DATELINE = re.compile(rf"^[A-Z][A-Z .'’-]{{2,30}},\s+(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})\s*(?:\([\w .-]+\)\s*)?(?:--|[-–—])\s")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
LAG = 3  # days a story may go up after its dateline


def dateline_day(sentences: list[Sentence], published: date | None) -> date | None:
    """The day the first sentence's dateline gives, when the page went up within a few days after it."""
    if published is None or not sentences:
        return None
    first = min(sentences, key=lambda s: s.index)
    match = DATELINE.match(first.text)
    if match is None:
        return None
    month = MONTHS.index(match.group("month")[:3].lower()) + 1
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(match.group("day")))
        except ValueError:
            return None
        if timedelta(0) < published - day <= timedelta(days=LAG):
            return day
    return None
