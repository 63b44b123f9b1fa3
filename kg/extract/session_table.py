"""A session's attendees set out as a labelled list right after the text tells the session: "At the table for the
HKSAR: A, B and C. For Shanghai: D and E.", "Attending: A; B; C". A social-media thread or a briefing names them
so, apart from the sentence that tells the session; the people listed attended the session the text tells,
when it told it in the last few sentences (a list further on may be of a visit's party)."""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.presence import attend, session_told

LEAD = re.compile(r"^(?:At\s+the\s+(?:table|session|plenary(?:\s+session)?)\s+for\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z]{2,}|[A-Z][a-z]+)"
                  r"(?:\s+(?:side|delegation))?|(?:Also\s+)?(?:Attending|Present)(?:\s+(?:the\s+)?(?:session|plenary(?:\s+session)?))?)\s*[:：]\s+")
# the other side's part, right after a lead: "For Shanghai: D and E."
SIDE = re.compile(r"^For\s+(?:the\s+)?⟦place:\d+⟧(?:\s+(?:side|delegation))?\s*[:：]\s+")
WINDOW = 4  # sentences from the session's last telling to the list


def table_attendees(ctx: DocContext, view: View) -> None:
    """The people of a labelled list of a session's attendees attended the session the text tells."""
    masked = view.masked
    if ":" not in masked[:60] and "：" not in masked[:60]:
        return
    lead = LEAD.match(masked)
    if lead is None and (side := SIDE.match(masked)) is not None and len(ctx.views) >= 2 and ctx.views[-1][1] is view:
        lead = side if LEAD.match(ctx.views[-2][1].masked) else None
    session = session_told(ctx) if lead is not None else None
    if session is None or "/session/" not in str(session):
        return
    if view.sentence.index - max(ctx.findings.mentions.get(session, ()), default=-99) > WINDOW:
        return
    attend(ctx, view, session, view.people(masked[lead.end():]))
