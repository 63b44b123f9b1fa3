"""Lines that state a page's date: a sign-off ("Ends/Thursday, December 29, 2011"), a date line, a stamp, a wire
story's dateline, a date alone over a gallery's caption. Kept apart from the cleaner that reads them."""

from __future__ import annotations

import re
from datetime import date

from kg.text.days import parse_day
from kg.text.social import POST_STAMP
from kg.text.stamps import STAMP_BYLINE

DATE_PREFIX = re.compile(r"^date:?\s*(\d{4}-\d{2}-\d{2})\s+(?=\S)", re.I)
SIGN_OFF_DATE = re.compile(r"^ends\s*/\s*(?:\w+day,\s*)?([A-Z][a-z]+ \d{1,2},? \d{4})", re.I)
ISO_DATE_LINE = re.compile(r"^date:?\s*(\d{4}-\d{2}-\d{2})$", re.I)
# A page's stamp on a line of its own: "Source: Xinhua | 2003-10-27 21:14:08", "Updated: November 6, 2023",
# "2019-03-15 10:32", "January 5, 2012", "PUBLISHED : Sunday, 14 June 2026, 8:30am", "Last revision date:
# 29 December 2017".
STAMP_LINE = re.compile(
    r"^(?:[A-Za-z ]{2,20}:[^|\n]{0,40}\|\s*|(?:updated|published|posted(?:\s+on)?|release\s+date|issued(?:\s+on)?"
    r"|(?:last\s+)?(?:revision|review|modification)\s+date|last\s+(?:updated|revised|modified|reviewed)(?:\s+on)?)\s*:?\s*"
    r"|(?:for\s+(?:information|discussion)\s+)?on\s+)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
    r"(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)?\s*$", re.I)

REVISED = re.compile(r"\b(?i:last\s+(?:revision|review|modification)\s+date|last\s+(?:updated|revised|modified|reviewed))\b")


# A wire story's dateline with a full date: "SHANGHAI, Nov. 18, 2004 (Xinhua) -- ...", "BEIJING, 3 May 2021 (AFP) - ..."
_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
               r"|Nov(?:ember)?|Dec(?:ember)?)")
WIRE_DATELINE = re.compile(rf"^[A-Z][A-Z .'-]{{2,30}},\s+({_MONTH_WORD}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_WORD}\.?\s+\d{{4}})"
                           r"\s+\((?:Xinhua|Reuters|AFP|AP|Bloomberg|CNS|China\s+News\s+Service)\)\s*[-–—]")


# A date alone on a line, heading the caption under it in a photo gallery: "16.1.2017", "2017-01-16",
# "16 January 2017", "January 16, 2017". Day first in "16.1.2017", as Hong Kong and the Mainland write it.
DATE_ONLY = re.compile(r"^(?:(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})|\d{4}-\d{2}-\d{2}"
                       r"|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4})$")


def _date_only(line: str) -> date | None:
    """The date a line consists of, or None."""
    match = DATE_ONLY.match(line.strip())
    if match is None:
        return None
    if match.group("d"):
        day, month = int(match.group("d")), int(match.group("m"))
        if month > 12 >= day:
            day, month = month, day
        try:
            return date(int(match.group("y")), month, day)
        except ValueError:
            return None
    return _stated_date_of(line.strip())


def _stated_date(line: str) -> date | None:
    """The date a line states as the page's: a sign-off, a date line, a stamp; or the stamp in a byline
    of parts ("By X in Hong Kong | chinadaily.com.cn | Updated: 2026-11-18 16:05", "Source: Xinhua |
    2021-08-24 20:47:15 | Editor: Y")."""
    parts = [line] + [part.strip() for part in line.split("|")[1:]]
    found = next((day for part in parts if (day := _stated_date_of(part)) is not None), None)
    if found is None and len(line) <= 200 and (label := REVISED.search(line)):  # a footer's "... Last revision date: 2 July 2026"
        found = _stated_date_of(line[label.start():])
    return found


def _stated_date_of(line: str) -> date | None:
    for pattern in (SIGN_OFF_DATE, ISO_DATE_LINE, DATE_PREFIX, STAMP_LINE, POST_STAMP, STAMP_BYLINE):
        match = pattern.match(line)
        if match:
            return parse_day(next(g for g in match.groups() if g))
    return None
