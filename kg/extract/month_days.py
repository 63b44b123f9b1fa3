"""A day of the month alone, as English translations of Chinese news give it ("On the afternoon of the 15th, ...",
"on the 27th day", from "15日下午"): the day of that number nearest the publication's, in its month or the month
before (the month after, for what is to come). Only after "on the" and before a stop or "local time": "the 15th
plenary session" is no day.

>>> month_day(27, date(2023, 11, 16), False), month_day(20, date(2023, 11, 16), True), month_day(31, date(2023, 12, 5), False)
(datetime.date(2023, 10, 27), datetime.date(2023, 11, 20), None)
"""

from __future__ import annotations

import re
from datetime import date

DAY_ONLY = re.compile(r"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)"
                      r"(?:\s+day)?(?=\s*[,.;:]|\s+(?:local\s+time|Beijing\s+time)\b|\s*$)")


def month_day(day: int, published: date, future: bool) -> date | None:
    """The day of this number nearest the publication's, or None where that month has no such day."""
    year, month = published.year, published.month
    if future and day < published.day:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    elif not future and day > published.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None
