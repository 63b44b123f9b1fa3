"""A day of the month alone, as English translations of Chinese news give it ("On the afternoon of the 15th, ...",
"on the 27th day", from "15日下午"): the day of that number nearest the publication's, in its month or the month
before (the month after, for what is to come). Only after "on the" and before a stop or "local time": "the 15th
plenary session" is no day.

>>> month_day(27, date(2023, 11, 16), False), month_day(20, date(2023, 11, 16), True), month_day(31, date(2023, 12, 5), False)
(datetime.date(2023, 10, 27), datetime.date(2023, 11, 20), None)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

DAY_ONLY = re.compile(r"\b[Oo]n\s+(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?the\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)"
                      r"(?:\s+day)?(?=\s*[,.;:]|\s+(?:local\s+time|Beijing\s+time)\b|\s*$)")

# "yesterday (21st)", "today (the 27th)": the translation keeps the day number of "昨天（21日）" in brackets.
BRACKETED_DAY = re.compile(r"\b(?P<rel>today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))"
                           r"\s*[(（]\s*(?:the\s+)?(?P<d>[1-3]?\d)(?:st|nd|rd|th)?\s*日?\s*[)）]", re.I)
# A date left in Chinese characters: "2023年11月21日", "11月21日".
HAN_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d\d)\s*年\s*)?(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[1-3]?\d)\s*[日号]")
SHIFT = {"yesterday": -1, "last night": -1, "tomorrow": 1}


def bracketed_day(relative: str, day: int, published: date, future: bool) -> date | None:
    """The day of "yesterday (21st)": the relative day where its number agrees, else the day of that number
    nearest the publication's (the number is the text's own word, the relative day the translator's)."""
    shift = SHIFT.get(" ".join(relative.lower().split()), 0)
    told = published + timedelta(days=shift)
    return told if told.day == day else month_day(day, published, future or shift > 0)


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
