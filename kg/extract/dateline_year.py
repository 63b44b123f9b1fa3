"""The year of a document with no publication date, from the first full date it gives; the year a chronology's
heading gives the lines under it."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.dates import find_dates
from kg.text.sentences import Sentence


def dateline_year(texts: list[str]) -> int | None:
    """The year of a document with no publication date: that of the first full date it gives ("2-4
    December 2019"); a year or month alone is too often a background fact ("since 2003") to count.

    >>> dateline_year(["Activities", "2-4 December 2019", "In 2003, it began."]), dateline_year(["Since 2003, ..."])
    (2019, None)
    """
    for text in texts:
        for span in find_dates(text, None):
            if span.kind in ("range", "mdy", "dmy"):
                return int(str(span.start)[:4])
    return None


# A chronology's year heading joined to the line under it ("2012: ▸ 5 Jan [SH] Second Plenary Session, Shanghai"): the
# year of the days and months its lines give without one
YEAR_HEADING = re.compile(r"^((?:19|20)\d\d)\s*[:：]\s+(?=[▸*•·▪◦‣-]\s|\d{1,2}\s+[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)")


def heading_years(sentences: list[Sentence]) -> dict[int, int]:
    """The year heading of each paragraph that opens with one.

    >>> heading_years([Sentence(index=0, paragraph=0, text="2012: ▸ 5 Jan [SH] A session."),
    ...                Sentence(index=1, paragraph=1, text="2012: the year it was renamed.")])
    {0: 2012}
    """
    years: dict[int, int] = {}
    for sentence in sentences:
        if sentence.paragraph not in years and (head := YEAR_HEADING.match(sentence.text)):
            years[sentence.paragraph] = int(head.group(1))
    return years


def seen_from(day: date | None, year: int | None, heading: int | None) -> tuple[date | None, int | None]:
    """What a sentence's dates are resolved against (a day, else a year): the year of its paragraph's heading where
    it is not the day's."""
    if heading is None or day is not None and day.year == heading:
        return day, year
    return None, heading
