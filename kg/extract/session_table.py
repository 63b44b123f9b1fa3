"""A session's attendees set out as a labelled list right after the text tells the session: "At the table for the
HKSAR: A, B and C. For Shanghai: D and E.", "Attending: A; B; C". A social-media thread or a briefing names them
so, apart from the sentence that tells the session; the people listed attended the session the text tells,
when it told it in the last few sentences (a list further on may be of a visit's party)."""

from __future__ import annotations

import re

from kg.extract.context import DocContext, is_session
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies
from kg.extract.presence import attend, session_told

LEAD = re.compile(r"^(?:At\s+the\s+(?:table|session|plenary(?:\s+session)?)\s+for\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z]{2,}|[A-Z][a-z]+)"
                  r"(?:\s+(?:side|delegation))?|(?:Also\s+)?(?:Attending|Present)(?:\s+(?:the\s+)?(?:session|plenary(?:\s+session)?))?)\s*[:：]\s+")
# the other side's part, right after a lead: "For Shanghai: D and E."
SIDE = re.compile(r"^For\s+(?:the\s+)?⟦place:\d+⟧(?:\s+(?:side|delegation))?\s*[:：]\s+")
# another gathering told between the session and the list: "A banquet was held in the evening at A."
GATHERING = re.compile(r"\b(?:banquet|dinner|luncheon|lunch|reception|forum|seminar|symposium|ceremony|visit|visited|tour|toured)\b", re.I)
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
    if not is_session(session):
        return
    last = max(ctx.findings.mentions.get(session, ()), default=-99)
    if view.sentence.index - last > WINDOW or _other_told(ctx, session, last, view.sentence.index):
        return
    attend(ctx, view, session, view.people(masked[lead.end():]))


def _other_told(ctx: DocContext, session, last: int, here: int) -> bool:
    """Whether a sentence between the session's last telling and the list tells another event ("A banquet was held
    in the evening") or another body ("the Hong Kong/Guangdong Co-operation Joint Conference held ..."): the list
    may be of that."""
    between = range(last + 1, here)
    views = [entry[1] for entry in ctx.views if entry[1].sentence.index in between]
    if any(other_bodies(v) or GATHERING.search(v.masked) for v in views):
        return True
    return any(iri != session and any(i in between for i in ctx.findings.mentions.get(iri, ())) for _, iri in ctx.events)
