"""The day of a session a live blog follows, from the blog's own date.

A live blog of a session day posts under clock times: "9.30am Chief Executive A arrives ...", "10.05am The
plenary session begins.", "11.40am The two sides sign ...". The session that "begins" (or "opens", "ends") in
a post is the one the blog is about, on the day the blog is dated; only in a text of two posts at least, and
only for a session with no date of its own yet.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SDO, XSD

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.presence import session_told

CLOCK = re.compile(r"^(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{2}:?\d{2}\s*(?:HKT|hrs)?)\s+(?=[A-Z⟦])", re.I)
BEGINS = re.compile(r"(?:The|the)\s+(?:(?:[\w-]+\s+){0,2}?plenary(?:\s+(?:session|meeting))?|session)(?:\s+of\s+the\s+⟦conf:\d+⟧)?\s+"
                    r"(?:(?:officially|formally)\s+)?(?:begins|opens|starts|kicks\s+off|gets\s+under\s*way|is\s+under\s*way|ends|closes|concludes"
                    r"|wraps\s+up|is\s+over)\b")
POSTS = 2


def blog_day(ctx: DocContext, view: View) -> None:
    """Date the session told to the blog's day when a timestamped post says it begins or ends."""
    if ctx.published is None or not CLOCK.match(view.masked):
        return
    post = CLOCK.match(view.masked)
    if not BEGINS.match(view.masked, post.end()):
        return
    if sum(1 for s in ctx.sentences if CLOCK.match(s.text)) < POSTS:
        return
    session = session_told(ctx)
    if session is not None and not ctx.findings.objects(session, SDO.startDate):
        ctx.findings.add(session, SDO.startDate, Literal(ctx.published.isoformat(), datatype=XSD.date), view.sentence)
