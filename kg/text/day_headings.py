"""A programme's day heading ("Day 2 (Tuesday, 15 May 2018)", "Day 3: 16 May 2018", "Wednesday, 16 May 2018"):
the day the paragraphs under it tell, which the cleaner passes on as the day of the paragraph that follows."""

from __future__ import annotations

import re
from datetime import date

from dateutil import parser as dateparser

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
         r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
DATE = rf"(?P<date>\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
DAY_HEADING = re.compile(rf"^(?:Day\s+\d{{1,2}}\s*(?P<open>\()?[:–—-]?\s*)?(?:(?P<wd>{WEEKDAY}),?\s+)?{DATE}"
                         rf"(?:\s*\((?P<after>{WEEKDAY})\))?\s*(?P<close>\))?$")


def day_heading(line: str) -> date | None:
    """The day a line that is only a programme's day heading gives, else None."""
    text = line.strip()
    if len(text) > 48 or not (text[:1].isupper() or text[:1].isdigit()):
        return None
    match = DAY_HEADING.match(text)
    if match is None or bool(match.group("open")) != bool(match.group("close")):
        return None
    if not (text.startswith("Day") or match.group("wd") or match.group("after")):
        return None
    try:
        return dateparser.parse(match.group("date").replace(",", " ")).date()
    except (ValueError, OverflowError):
        return None
