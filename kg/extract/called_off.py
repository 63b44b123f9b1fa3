"""Events a sentence calls off: "The X Carnival, which was to be held on June 13 and 14, has been postponed to
the autumn", "A youth forum originally planned for July 22 has been cancelled", "The gala dinner previously advertised for
May 2 will not be held".

The name is the subject of a passive "postponed/cancelled/called off", so what it names was not held, and with no
new day it is not one to be held either: no event is recorded from that phrase. A new day ("postponed to May 3"),
or a telling that it was held after all ("was postponed and held in May"), keeps the event.
"""

from __future__ import annotations

import re

from kg.extract.patterns import NOT_HELD
from kg.text.chronology import MONTH

# The words between the name and its verb: an aside in commas, or "originally scheduled for <when>".
# "for exhibition organisers": whom the item is for, before the aside or the day it was set for.
_FOR = r"(?:\s+for\s+[^,.;]{1,60}?)?"
_WAS_SET = (r"(?:(?:originally|initially|first|earlier|previously)\s+)?(?:scheduled|planned|set|slated|due|advertised|announced|listed)"
            r"\s+(?:for|to|on|in)\b")
CALLED_OFF = re.compile(_FOR + r"(?:,[^,.;]{0,160},|,\s+" + _WAS_SET + r"[^.;]{0,60}?,|\s+" + _WAS_SET + r"[^,.;]{0,100}?)?"
                        r"\s*(?:(?:(?:has|have|had)\s+(?:now\s+|also\s+)?been|was|were|is|are|will\s+be)\s+"
                        r"(?:(?:now|also|indefinitely|temporarily|officially)\s+)?" + NOT_HELD.pattern
                        + r"|will\s+not\s+(?:be\s+held|proceed|take\s+place|go\s+ahead)\b(?!\s+(?:at|in|on|until|but)\b))")
HELD_AFTER_ALL = re.compile(rf"\s+(?:(?:from\s+[^,.;]{{1,40}}?\s+)?(?:to|until)\s+(?:\w+\s+)?(?:{MONTH}\b|\d)|(?:and|but)\s+(?:was\s+|were\s+|will\s+be\s+)?"
                            r"(?:held|took\s+place|staged|opened))", re.I)

# "will not be held" ending its clause; "will not be held at X but at Y" is moved, not called off.
WILL_NOT = re.compile(r"\bwill\s+not\s+(?:be\s+held|proceed|take\s+place|go\s+ahead)\b(?!\s+(?:at|in|on|until|but)\b)")

# A headline's "Art fair postponed", "Harbour Carnival cancelled": the verb alone, ending the line.
HEADLINE_OFF = re.compile(r"\s+" + NOT_HELD.pattern + r"(?:\s+(?:again|indefinitely))?\s*[.!]?\s*$")


def called_off(masked: str, end: int) -> bool:
    """Whether the event named up to ``end`` is the subject of a "has been postponed/cancelled" with no new day."""
    if NOT_HELD.search(masked, end) is None and WILL_NOT.search(masked, end) is None:
        return False
    if HEADLINE_OFF.match(masked, end):
        return True
    match = CALLED_OFF.match(masked, end)
    return match is not None and HELD_AFTER_ALL.match(masked, match.end()) is None
