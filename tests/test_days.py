"""The quick reading of a stated day gives dateutil's answer, whatever the text."""

from __future__ import annotations

from datetime import date

from dateutil import parser as dateparser
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kg.text.days import MONTHS, parse_day

MONTH_WORDS = st.sampled_from(sorted(MONTHS) + ["Sept", "SEPTEMBER", "Jan", "Mayday", "Monday", "Noon", "x"])


def dateutil_day(text: str) -> date | None:
    try:
        return dateparser.parse(text).date()
    except (ValueError, OverflowError):
        return None


@st.composite
def stated(draw) -> str:
    year, month, day = draw(st.integers(0, 9999)), draw(st.integers(0, 13)), draw(st.integers(0, 39))
    word = draw(MONTH_WORDS)
    word = draw(st.sampled_from([word, word.title(), word.upper()]))
    shape = draw(st.integers(0, 2))
    if shape == 0:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if shape == 1:
        return f"{word} {day}{draw(st.sampled_from(['', ',']))} {year:04d}"
    return f"{day} {word} {year:04d}"


@settings(max_examples=600, deadline=None)
@given(stated())
@example("February 29, 2024")
@example("February 29, 2023")
@example("2017-13-01")
@example("31 Sept 2017")
def test_the_quick_reading_is_dateutils(text: str) -> None:
    assert parse_day(text) == dateutil_day(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -,.JanFebSeptMayDec:/")), max_size=24))
def test_any_text_is_read_as_dateutil_reads_it(text: str) -> None:
    assert parse_day(text) == dateutil_day(text)
