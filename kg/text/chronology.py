"""A chronology's line: a numbered session after its date ("27 October 2003: First Plenary Session, Shanghai",
"2003-10-27 | First Plenary Session | Shanghai", "January 2012 – Second Plenary Session (Hong Kong)"). Such a
line is a statement, though it ends without a stop; kg.extract.session_chronology reads its cells.
"""

from __future__ import annotations

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
         r"|Nov(?:ember)?|Dec(?:ember)?)")
# The date that heads the line: "2003-10-27", "2003-10", "27 October 2003", "October 27, 2003", "Oct 2003", "2003".
DATE_HEAD = (rf"(?:\d{{4}}-\d{{2}}(?:-\d{{2}})?|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}"
             r"|(?:19|20)\d{2})")
ORDINALS = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|thirteenth|fourteenth|fifteenth)")
# the date, a cell's mark (":", "|", a dash), then the session's ordinal
DATED_RECORD = (rf"^(?:[*•·▪◦‣-]\s+|\|\s*)?(?P<head>{DATE_HEAD})\s*(?:[:|]|\s[–—-])\s*(?i:the\s+)?(?i:{ORDINALS})\s+"
                r"(?i:plenary\s+)?(?i:session|meeting)\b")
