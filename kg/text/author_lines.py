"""A speech's or report's author on a line of their own under its heading: "Gong Zheng, Mayor of Shanghai",
"Ada Quell, Secretary for Transport". No stop ends it, so it would be dropped as a heading; it is a statement
of who holds which post, and says who "I" is in the text under it.
"""

from __future__ import annotations

import re

# A name (two to four capitalised words, a Hong Kong given name hyphened), a comma, then a title's head word and
# what names its body (a bare title says not whose: the page may be another city's): nothing after it but the
# line's end. A headline has a verb and no such comma.
AUTHOR_LINE = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:\s[A-Z][a-z]+-[a-z]+)?,\s+(?:the\s+)?"
    r"(?:Financial\s+Secretary$|(?:(?:Executive|Deputy|Vice|Under|Permanent)\s+)*(?:Mayor|Secretary|Director"
    r"|Chief\s+Executive|Chairman|Chairwoman|Chairperson|President|Governor|Commissioner|Minister|Secretary-General"
    r"|Director-General|Financial\s+Secretary)"
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&,-]*(?:\s+(?:(?:of|the|and|for|&)\s+)?[A-Z][\w'’&,-]*)*)")
# A title-case headline's words that are no name's ("Chan Welcomes Gong, Mayor of Shanghai", "Farewell Ada Quell,
# Secretary for Transport"): a verb, a greeting, a preposition.
HEADLINE_WORD = re.compile(
    r"\b(?:By|To|From|For|With|And|At|On|In|Of|Dear|Cc|Attention|Farewell|Welcome|Thanks|Thank|Congratulations"
    r"|Tribute|Interview|Visit|Meeting|Remembering|Honouring|Honoring|Celebrating|Introducing|Welcoming|Mourning"
    r"|Meets|Met|Welcomes|Greets|Visits|Hosts|Receives|Calls|Congratulates|Honours|Honors|Joins|Names|Appoints"
    r"|Interviews|Salutes|Praises|Tours|Thanks|Mourns|Bids|Says|Urges|Leads|Opens|Signs|Attends|Addresses)\b")
# Where an author line stands: among the first few lines of the page.
AUTHOR_LINES = 8


def author_line(paragraphs: list[str], i: int) -> str | None:
    """The paragraph as a sentence, when it is an author's line near the page's top."""
    para = paragraphs[i]
    if i >= AUTHOR_LINES or len(para) > 120 or ", " not in para or para.endswith((".", ":", ",")):
        return None
    if not AUTHOR_LINE.fullmatch(para) or HEADLINE_WORD.search(para.split(",", 1)[0]):
        return None
    return f"{para}."
