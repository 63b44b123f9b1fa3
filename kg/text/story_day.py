"""The day a news story was written, from its dateline, when the page is dated a day or two later.

A paper's web page is often stamped the morning after its reporter filed the story: "2024-10-17 09:12" over
"HONG KONG, Oct 16 -- ... said on Wednesday ... On Thursday, the delegation will tour ...". The story's weekdays
and "today" count from the dateline's day (Wednesday the 16th, Thursday the 17th), not the page's (which would
put Thursday's tour a week later). A dateline with no year is read only against a page date it is at most
``SLACK`` days before; one that names a year is the page's own date already (:mod:`kg.text.stamps`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.text.days import MONTHS

SLACK = 3
LINES = 6
DATELINE = re.compile(r"^[A-Z][A-Z .'/-]{2,30},\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>[0-3]?\d)\b(?!,?\s*\d)"
                      r"\s*(?:\([A-Za-z ]{2,30}\)\s*)?[-–—]")


def story_day(paragraphs: list[str], published: date | None) -> date | None:
    """The dateline's day where the story's first lines open with one a few days before ``published``; else
    ``published``.

    >>> story_day(["News", "HONG KONG, Oct 16 -- The talks went on."], date(2024, 10, 17))
    datetime.date(2024, 10, 16)
    >>> story_day(["SHANGHAI, Jan. 30 (Xinhua) -- Talks."], date(2024, 10, 17))
    datetime.date(2024, 10, 17)
    """
    if published is None:
        return None
    for line in paragraphs[:LINES]:
        if (match := DATELINE.match(line)) is None:
            continue
        month = MONTHS.get(match.group("m").lower())
        if month is None:
            return published
        year = published.year - (month > published.month)
        try:
            day = date(year, month, int(match.group("d")))
        except ValueError:
            return published
        return day if timedelta(0) <= published - day <= timedelta(days=SLACK) else published
    return published
