"""A social-media post's hashtags after its last sentence ("... was agreed. #HKShanghai #CMAB").

They are labels of the post, not words of its text: left on, the paragraph ends without a stop and is read as
page furniture, so a whole thread would be dropped. A tag inside a sentence is kept; so is a run of tags that
is the whole line, which is no prose either way.
"""

from __future__ import annotations

import re

TAG = re.compile(r"#[^\s#]+")
STOPS = frozenset(".!?。！？\"'”’)]")


def _blank_before(line: str, end: int) -> int:
    """Where the spaces and tabs that end ``line[:end]`` start."""
    while end and line[end - 1] in " \t":
        end -= 1
    return end


def untagged(line: str) -> str:
    """The line without the hashtags that follow its last sentence: the longest run of "#word", each after a
    space or tab, that ends the line and follows a sentence's end. Read from the line's end, each word once, so
    that a line of many tags each ending in a stop costs its length only."""
    if "#" not in line:
        return line
    cut = _blank_before(line, len(line))
    kept = None
    while cut > 0:
        space = max(line.rfind(" ", 0, cut), line.rfind("\t", 0, cut))
        if space < 0 or not TAG.fullmatch(line, space + 1, cut):
            break
        cut = _blank_before(line, space)
        if cut and line[cut - 1] in STOPS:
            kept = cut
    return line if kept is None else line[:kept]
