"""The field lines of a media invitation or programme notice ("Event 1: Signing ceremony", "Date: June 18
(Thursday)", "Venue: ...", "Officiating guests: ..."): kept, though they end without a stop, where the text has
the date, time or venue fields that make it a notice, and only in a block that an "Event N:" line or the
notice's lead-in ("Details are as follows:") opens; a page's own metadata lines under an article ("Date: 4 March
2026", "Location: Hong Kong") are none.
"""

from __future__ import annotations

import re

# A field line of a notice.
NOTICE_FIELD = re.compile(r"^(?:(?:Event|Item|Function|Activity)\s*(?:\d{1,2}|[A-H])?|Dates?|Time|Venue|Location"
                          r"|Officiating\s+guests?|Guests?(?:\s+of\s+honou?r)?|Speakers?|Attendees?|Participants?|Signatories|Witness(?:es|ed\s+by)|Hosts?|Officiated\s+by)\s*[:：]\s*\S")
# The line that opens a notice's block of fields: "Event 1: ...", "Item A: ...".
NOTICE_HEADING = re.compile(r"^(?:Event|Item|Function|Activity)\s*(?:\d{1,2}|[A-H])?\s*[:：]\s*\S")
NOTICE_KEYS = re.compile(r"^(?P<k>Dates?|Time|Venue|Location)\s*[:：]")


def notice_fields(paragraphs: list[str]) -> set[int]:
    """The field lines of a notice (one with date, time or venue fields): those of a block that an "Event N:"
    line or the notice's lead-in ("Details are as follows:") opens, not a page's metadata lines."""
    if len({m.group("k")[:4] for p in paragraphs if (m := NOTICE_KEYS.match(p))}) < 2:
        return set()
    fields: set[int] = set()
    for i, para in enumerate(paragraphs):
        opened = NOTICE_HEADING.match(para) or i - 1 in fields or i > 0 and paragraphs[i - 1].endswith((":", "："))
        if NOTICE_FIELD.match(para) and opened:
            fields.add(i)
    return fields
