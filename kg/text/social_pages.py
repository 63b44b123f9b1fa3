"""A social-media page as it is copied: the post among the page's buttons and its readers' comments.

Emoji are no words, and set inside a sentence ("to 120 interns 🎓 from ...") they part it; the post's date line
("2 September 2025 · 🌐") dates it, with the audience mark after it; action bars ("Like · Comment · Share"), counts of
reactions ("238  42 comments  15 shares"), the thread's labels ("Most relevant", "View more comments") and each
comment (a reader's name, their words, "Like · Reply · 2d") are no part of the post: a comment is a reader's, not the
page's, and states nothing for it. A handle in brackets after a name ("Mr Zhou Ming (@SHHKMAO)") goes. Only a text
with emoji, an action bar or a comment's actions is read so.

>>> print(plain_social("Office\\n2 September 2025 · 🌐\\n\\n🎉 The Mayor (@mayor) met the CE 👏 today.\\n"
...                    "Like · Comment · Share\\n\\nAnn Lee\\nGreat!\\nLike · Reply · 2d"))
Office
2 September 2025
<BLANKLINE>
The Mayor met the CE today.
<BLANKLINE>
"""

from __future__ import annotations

import re

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u231A\u231B\u23E9-\u23FA\uFE0F\u200D\u20E3]+")
EMOJI_SPACED = re.compile(" *" + EMOJI.pattern + " *")
ACTIONS = r"(?:Like|Love|Comment|Share|Reply|Send|Repost|Retweet|Quote|Save|Follow|Translate|See\s+translation|Hide|Edited|Report)"
ACTION_BAR = re.compile(rf"^\s*{ACTIONS}(?:\s*[·•|]\s*(?:{ACTIONS}|\d{{1,3}}\s*[smhdwy]|\d{{1,3}}\s*(?:min|hr|hrs|mins)|Author))+\s*$", re.I)
COMMENT_ACTIONS = re.compile(r"\bReply\b", re.I)
COUNT = r"\d[\d.,]*[KkMm]?"
COUNTS = re.compile(rf"^\s*(?:{COUNT}\s*(?:(?:comments?|shares?|reactions?|likes?|views?|retweets?|reposts?|quotes?|bookmarks?|replies)\b)?\s*[·•|]?\s*)+$", re.I)
LABEL = re.compile(r"^\s*(?:most\s+relevant|all\s+comments|top\s+comments|newest|oldest|view\s+(?:\d+\s+)?(?:more|previous)\s+(?:comments|replies)"
                   r"|show\s+more\s+replies|write\s+a\s+(?:comment|reply)\W*|see\s+more|see\s+translation|comments?|replies)\s*[▾▼⌄]?\s*$", re.I)
_DAY = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}"
# A post's date line with its audience mark or place after it: "2 September 2025 · 🌐", "March 3, 2025 · Public".
DATE_LINE = re.compile(rf"^\s*(?:{_DAY})(?:\s+at\s+\d{{1,2}}:\d{{2}}(?:\s*[AaPp][Mm])?)?\s*·[^\w]*(?:Public|Shanghai|Hong\s+Kong|Edited)?\s*$")
COUNT_WORD = re.compile(r"[A-Za-z]")
HANDLE = re.compile(r"\s*\(@\w{2,30}\)")
CUES = ("·", "@", "Reply", "Comment")


def plain_social(text: str) -> str:
    """The post's text without emoji, buttons, counts, comments and bracketed handles; other text as it is."""
    emoji = EMOJI.search(text) is not None
    if not emoji and not any(cue in text for cue in CUES):
        return text
    lines = text.split("\n")
    if not emoji and not any(ACTION_BAR.match(line) for line in lines):
        return text
    out: list[str] = []
    start = 0  # where the lines of the comment being read start
    for raw in lines:
        line = _unemoji(raw) if emoji else raw
        if ACTION_BAR.match(line):
            if COMMENT_ACTIONS.search(line):
                del out[start:]
            start = len(out)
            continue
        if COUNTS.match(line) and (COUNT_WORD.search(line) or line.strip() and line != raw) or LABEL.match(line):
            start = len(out)
            continue
        if date := DATE_LINE.match(line):
            line = line[:date.end()].split("·")[0].strip()
        if "(@" in line:
            line = HANDLE.sub("", line)
        out.append(line)
        if not line.strip():
            start = len(out)
    return "\n".join(out)


def _unemoji(line: str) -> str:
    """The line without its emoji and the space each leaves, its indent kept."""
    if not EMOJI.search(line):
        return line
    indent = line[:len(line) - len(line.lstrip())]
    return indent + EMOJI_SPACED.sub(" ", line.strip()).strip()
