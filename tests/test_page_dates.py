"""A page's own date from the date lines real pages carry (kg.text.stamps), and the near misses that give none."""

from __future__ import annotations

import time
from datetime import date

import pytest

from kg.text.clean import clean
from kg.text.stamps import page_stamp

OFF = pytest.mark.xfail(reason="bare Date: fields and byline parts are off (kg.text.stamps): they lowered blind figures", strict=True)
STORY = "The delegation met officials of the Shanghai Municipal Government today to discuss co-operation in finance."
RELATED = "Related stories:\n\n- Port talks resume\n\n2026-03-02 10:15 HKT\n\n- Bond link widened\n\n03/04/2026"


def published(header: str, *, trailer: str = "", story: str = STORY) -> date | None:
    return clean(f"Delegation visits Shanghai\n\n{header}\n\n{story}\n\n{story.replace('today', 'later')}\n\n{trailer}").published


@pytest.mark.parametrize("header, day", [
    # a labelled field, numeric day first where a number is above 12 or the page writes day first
    ("Published on: 19/11/2026 - 16:42 | Modified: 19/11/2026 - 19:05", date(2026, 11, 19)),
    ("Posted: 14:05 HKT, 12 March 2024", date(2024, 3, 12)),
    ("Posted on 2026-03-01 09:00 GMT+8", date(2026, 3, 1)),
    ("Release Date: 05/18/2026", date(2026, 5, 18)),
    pytest.param("DATE: Mon, 05/04/2026 - 14:20", date(2026, 5, 4), marks=OFF),  # the weekday says which: 4 May 2026 is a Monday
    ("发布时间：2026年4月22日 10:16", date(2026, 4, 22)),
    # a header stamp: a date with a time or a zone at the line's start, or a byline's part
    ("2026-04-22 10:16 ECNS  Editor: Zhang Ying", date(2026, 4, 22)),
    ("2026-10-20 HKT 10:48", date(2026, 10, 20)),
    ("12 March 2024 14:05 (Beijing time)", date(2024, 3, 12)),
    ("2026年4月22日 08:30 来源：新华网", date(2026, 4, 22)),
    pytest.param("By Jane Doe | 13/03/2024 | 4 min read", date(2024, 3, 13), marks=OFF),
    pytest.param("By Jane Doe | 12 March 2024 10:30 UTC | 4 min read", date(2024, 3, 12), marks=OFF),
    ("2024-10-17 09:12:08   Source: Harbour Daily   By reporter Lee Ka-ming", date(2024, 10, 17)),  # over a story naming 2003
])
def test_a_date_line_dates_the_page(header: str, day: date) -> None:
    assert published(header) == day


def test_a_bracketed_or_wire_dateline_dates_the_page() -> None:
    story = "(Hong Kong, 6 November 2026) – Twelve start-ups from Hong Kong and Shanghai competed today in the final."
    assert published("Press release", story=story) == date(2026, 11, 6)
    story = "HONG KONG, Nov. 6, 2026 /PRNewswire/ -- Lumen Harbour signed a memorandum with a Shanghai firm today."
    assert published("News provided by Lumen Harbour", story=story) == date(2026, 11, 6)


def test_an_ambiguous_numeric_date_is_read_in_the_pages_order_or_not_at_all() -> None:
    assert published("Published on: 03/04/2026 - 16:42") is None
    british = STORY.replace("finance", "finance at the convention centre on 2 April")
    assert published("Published on: 03/04/2026 - 16:42", story=british) == date(2026, 4, 3)
    american = STORY.replace("finance", "finance at the convention center on April 2")
    assert published("Published on: 03/04/2026 - 16:42", story=american) == date(2026, 3, 4)
    mixed = STORY.replace("finance", "finance at the convention centre on April 2")  # the signs disagree
    assert published("Published on: 03/04/2026 - 16:42", story=mixed) is None


def test_a_trailer_field_dates_the_page_but_no_related_list() -> None:
    assert published("Talks", trailer="Release Date: 14/05/2026") == date(2026, 5, 14)
    assert published("Talks", trailer="Last updated: 14/05/2026") is None  # a revision's date, not the page's
    assert published("Talks", trailer=RELATED) is None


def test_a_date_inside_the_story_or_an_events_notice_dates_nothing() -> None:
    story = "On 6 November 2026 the two sides signed an agreement on co-operation in finance, the Secretary said."
    assert published("Talks", story=story) is None
    assert published("Talks", story="(The two sides met on 6 November 2026) – and signed an agreement today.") is None
    assert published(f"Talks\n\n{STORY}\n\n2026-04-22 10:16 HKT") is None  # under the first sentence: the story's
    # an event's notice ("Date:" over "Venue:"): the cleaner's own date field reads it, this module does not
    assert page_stamp(["Talks", "Date: 16 July 2026", "Venue: Central Government Offices", STORY]) is None
    assert published("Shanghai, Hong Kong 2026-04-22 meeting") is None


def test_a_page_with_no_digits_or_a_long_line_is_looked_at_fast() -> None:
    lines = "\n\n".join(["Published on: " + "1/" * 2000 + "x"] + ["A line of text with no date at all."] * 400)
    start = time.perf_counter()
    assert clean(lines).published is None
    assert time.perf_counter() - start < 5
