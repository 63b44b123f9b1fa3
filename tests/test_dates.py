"""Dates in text, resolved against the publication date; what cannot be resolved is left out."""

from datetime import date

import pytest

from kg.extract.dates import find_dates

PUB = date(2023, 11, 6)  # a Monday


@pytest.mark.parametrize("text, published, expected", [
    ("It was held in Shanghai on Saturday.", PUB, [("2023-11-04", None)]),
    ("It will be held on Saturday.", PUB, [("2023-11-11", None)]),
    ("He visited today (November 3).", PUB, [("2023-11-03", None)]),
    ("He will return tomorrow (June 26).", date(2024, 6, 25), [("2024-06-26", None)]),
    ("It was held in April this year.", date(2024, 6, 25), [("2024-04", None)]),
    ("They visited from April 25th to 28th.", date(2024, 4, 29), [("2024-04-25", "2024-04-28")]),
    ("It runs from today to November 12.", date(2023, 11, 3), [("2023-11-03", "2023-11-12")]),
    ("It was established in October 2003.", None, [("2003-10", None)]),
    ("It was renamed in 2015.", None, [("2015", None)]),
    ("Ends/Friday, November 3, 2023", None, [("2023-11-03", None)]),
    ("They visited from April 25th to 28th.", None, []),
    ("It was held on Saturday.", None, []),
    ("It will be held in April.", None, []),
    ("The 2024 Food Festival opened.", PUB, []),
])
def test_dates_resolve_or_are_left_out(text, published, expected):
    found = [(str(d.start), str(d.end) if d.end else None) for d in find_dates(text, published)]
    assert found == expected


def test_precision_is_typed():
    (day,), (month,), (year,) = (find_dates(t, None) for t in ("on May 2, 2025", "in May 2025", "in 2025"))
    assert [d.start.datatype.split("#")[1] for d in (day, month, year)] == ["date", "gYearMonth", "gYear"]
