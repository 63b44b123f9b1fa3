"""A speech's or report's author on a line of their own under its heading: "Gong Zheng, Mayor of Shanghai",
"Ada Quell, Secretary for Transport". No stop ends it, so it would be dropped as a heading; it is a statement
of who holds which post, and says who "I" is in the text under it.
"""

from __future__ import annotations

import re

# A name (two to four capitalised words, a Hong Kong given name hyphened), a comma, then a title's head word and
# what names its body: nothing after it but the line's end. A headline has a verb and no such comma.
AUTHOR_LINE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s[A-Z][a-z]+-[a-z]+)?,\s+(?:the\s+)?"
    r"(?:(?:Executive|Deputy|Vice|Under|Permanent)\s+)*(?:Mayor|Secretary|Director|Chief\s+Executive|Chairman|Chairwoman"
    r"|Chairperson|President|Governor|Commissioner|Minister|Secretary-General|Director-General|Financial\s+Secretary)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&,-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?[A-Z][\w'’&,-]*)*)?")
# Where an author line stands: among the first few lines of the page.
AUTHOR_LINES = 8


def author_line(paragraphs: list[str], i: int) -> str | None:
    """The paragraph as a sentence, when it is an author's line near the page's top."""
    para = paragraphs[i]
    if i >= AUTHOR_LINES or len(para) > 120 or ", " not in para or para.endswith((".", ":", ",")):
        return None
    return f"{para}." if AUTHOR_LINE.fullmatch(para) else None
