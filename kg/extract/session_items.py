"""Sessions a paper sets out as sub-items under a lead-in about the mechanism's plenary sessions.

Legislative Council papers and fact sheets say "3. Three plenary sessions were held before 2016." and then,
one sub-item a session, "(a) The first session was held in Shanghai on 9 October 2003." The bare "first
session" is the mechanism's only as an enumerated item that follows such a lead-in (or another such item)
closely; "(a) the fourth session of the Legislative Council" is another body's.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL

# The lead-in: "N plenary sessions", "the plenary sessions held so far", in a text that named the mechanism.
LEAD = re.compile(r"(?i)\bplenary\s+(?:sessions|meetings)\b")
ITEM = re.compile(rf"^\(?(?:[a-h]|[ivx]{{1,4}}|\d{{1,2}})[.)]\s+(?i:(?:the\s+)?{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting))\b"
                  rf"(?!\s+of\b|['’])")
WINDOW = 4  # sentences from the lead-in (or the item before) to an item


def enumerated_session(ctx: DocContext, view: View, has_conf: bool) -> list[re.Match]:
    """The sub-item's session (a match with the ordinal as group ``ord``), if the sentence is one."""
    index = view.sentence.index
    item = ITEM.match(view.masked) if has_conf else None
    if item is not None and 0 < index - ctx.sessions_lead <= WINDOW:
        ctx.sessions_lead = index
        return [item]
    if has_conf and LEAD.search(view.masked):
        ctx.sessions_lead = index
    return []
