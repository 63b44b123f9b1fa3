"""The year of a document with no publication date, from the first full date it gives."""

from __future__ import annotations

from kg.extract.dates import find_dates


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
