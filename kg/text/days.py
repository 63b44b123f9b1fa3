"""Reading the day a page states ("September 7, 2017", "7 Sept 2017", "2017-09-07").

dateutil reads any shape, but takes a fifth of a millisecond a call, and nearly every page states its day
in one of three: those are read here at once, and only a valid day of them; anything else goes to dateutil,
so that the answer is always dateutil's.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from dateutil import parser as dateparser

MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
# Each month's number by its name, its first three letters and "sept": the one table of them the converter reads.
MONTHS = {**{name: n for n, name in enumerate(MONTH_NAMES, 1)}, **{name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)},
          "sept": 9}
SHAPES = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                    r"|(?P<mw>[A-Za-z]+)\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})"
                    r"|(?P<d3>\d{1,2})\s+(?P<mw3>[A-Za-z]+)\s+(?P<y3>\d{4})")


def parse_day(text: str) -> date | None:
    """The day ``text`` states, as dateutil reads it, or None where it reads none.

    >>> parse_day("September 7, 2017"), parse_day("7 Sept 2017"), parse_day("2017-09-07")
    (datetime.date(2017, 9, 7), datetime.date(2017, 9, 7), datetime.date(2017, 9, 7))
    >>> parse_day("February 30, 2017") is None, parse_day("no date") is None
    (True, True)
    """
    if (match := SHAPES.fullmatch(text)) is not None:
        if match.group("y"):
            year, month = int(match.group("y")), int(match.group("m"))
        else:
            year = int(match.group("y2") or match.group("y3"))
            month = MONTHS.get((match.group("mw") or match.group("mw3")).lower(), 0)
        day = int(match.group("d") or match.group("d2") or match.group("d3"))
        if 1 <= month <= 12 and year >= 1000 and 1 <= day <= monthrange(year, month)[1]:
            return date(year, month, day)
    try:
        return dateparser.parse(text).date()
    except (ValueError, OverflowError):
        return None
