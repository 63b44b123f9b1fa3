"""A social-media post's hashtags after its last sentence ("... was agreed. #HKShanghai #CMAB"), and the link
a post ends with ("... in Hong Kong. Full press release: info.gov.hk", "Read more: https://...").

They are labels and pointers of the post, not words of its text: left on, the paragraph ends without a stop and
is read as page furniture, so a whole thread would be dropped. A tag inside a sentence is kept; so is a run of
tags that is the whole line, which is no prose either way.
"""

from __future__ import annotations

import re

# Tags that end a line told in sentences (a stop, a closing quote or bracket before them).
HASHTAGS = re.compile(r"(?:\s+#[^\W\d_]\w*)+$")
TOLD = re.compile(r"[.!?\"”)](?:\s|$)")
LINK_TAIL = re.compile(r"(?<=[.!?])\s+(?:[A-Z][\w ]{0,30}:\s+)?(?:https?://\S+|(?:www\.)?[a-z][\w-]*(?:\.[a-z][\w-]*)+(?:/\S*)?)$")
# After a sentence's end, one or more "#word" each after a space: read one way (a space starts every tag).
TRAILING_TAGS = re.compile(r"(?<=[.!?。！？\"'”’)\]])(?:[ \t]+#[^\s#]+)+[ \t]*$")
# How far from a line's end its tags are looked for: each start of a run reads the run to the end, so a
# bound keeps a line of a million tags from costing a million squared.
TAIL = 600


def untagged(line: str) -> str:
    """The line without the hashtags, and the link, that follow its last sentence.

    >>> untagged("The two sides met in Shanghai. Read more: https://x.hk/a #HKShanghai #CMAB")
    'The two sides met in Shanghai.'
    >>> untagged("The #HKShanghai thread is here.")
    'The #HKShanghai thread is here.'
    """
    start = max(0, len(line) - TAIL)
    if "#" in line[start:]:
        if (tags := HASHTAGS.search(line, start)) and TOLD.search(line, 0, tags.start()):
            return LINK_TAIL.sub("", line[:tags.start()])
        return (tags := TRAILING_TAGS.search(line, start)) and line[:tags.start()] or line
    return LINK_TAIL.sub("", line) if "://" in line else line
