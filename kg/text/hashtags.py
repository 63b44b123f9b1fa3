"""A social-media post's hashtags after its last sentence ("... was agreed. #HKShanghai #CMAB").

They are labels of the post, not words of its text: left on, the paragraph ends without a stop and is read as
page furniture, so a whole thread would be dropped. A tag inside a sentence is kept; so is a run of tags that
is the whole line, which is no prose either way.
"""

from __future__ import annotations

import re

# After a sentence's end, one or more "#word" each after a space: read one way (a space starts every tag).
TRAILING_TAGS = re.compile(r"(?<=[.!?。！？\"'”’)\]])(?:[ \t]+#[^\s#]+)+[ \t]*$")


def untagged(line: str) -> str:
    """The line without the hashtags that follow its last sentence."""
    if "#" not in line:
        return line
    return TRAILING_TAGS.sub("", line)
