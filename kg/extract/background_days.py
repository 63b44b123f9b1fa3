"""Background paragraphs: a day long before (or after) the story's, such as "the first session, held on 27 October
2003" in a report of this week's symposium. The rest of that paragraph is on that day; the paragraphs after it go
back to the story's day, so that "During the symposium, ..." is not dated 2003 (kg.extract.itinerary.track_day sets
the day aside, kg.extract.document resumes it).
"""

from __future__ import annotations

from datetime import date

from typing import TYPE_CHECKING

from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.context import DocContext

if TYPE_CHECKING:
    from kg.extract.dates import DateSpan


def resume_story_day(ctx: DocContext, paragraph: int) -> None:
    """Back to the story's day once a background paragraph is over (a page with no day of its own, a reference page's,
    stays on the last day it gave)."""
    if ctx.aside is not None and paragraph != ctx.aside[0]:
        ctx.day, ctx.aside = ctx.aside[1] or ctx.day, None


# A day this far from the publication's is background ("the first session, held on 27 October 2003"): the rest of its
# paragraph is on it, the paragraphs after it on the story's day again.
BACKGROUND_DAYS = 365


def long_before(ctx: DocContext, day: Literal) -> bool:
    """Whether a day is more than ``BACKGROUND_DAYS`` from the publication's."""
    published = ctx.published
    return published is not None and abs(published.toordinal() - date.fromisoformat(str(day)).toordinal()) > BACKGROUND_DAYS


RECENT = 31  # days from the page's date within which the narrative's day is the story's own


def history_day(ctx: DocContext, span: DateSpan) -> bool:
    """A day given with a year two or more before the page's ("launched on October 27, 2003" in a 2024 story), told
    while the narrative is on a day of the page's own month: background, not the day the narrative moves to."""
    if ctx.published is None or ctx.day is None or span.start.datatype != XSD.date:
        return False
    recent = abs((ctx.published - date.fromisoformat(str(ctx.day))).days) <= RECENT if ctx.day.datatype == XSD.date else False
    return recent and int(str(span.start)[:4]) < ctx.published.year - 1
