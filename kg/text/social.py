"""A social-media post or thread: the hashtags after a post's text, the link a post ends with ("Full press release:
info.gov.hk", "Read more: https://..."), and the line that dates the post ("10:42 AM · Jun 19, 2025 · 18.2K
Views", "Thread · 19 Jun 2025").

Hashtags and a link after the last sentence of a post leave it without a stop, so the post would be read as a
heading and left out: they are taken off, and a post that reads as prose keeps its text ended. A line of
hashtags alone is no text. A hashtag inside a sentence is read as its word ("the #HongKong-#Shanghai Co-operation
Conference" as the Conference's name); in a heading it stays as written.
"""

from __future__ import annotations

import re

TAG = re.compile(r"#[^\s#.,;:!?]+")
ONLY_TAGS = re.compile(r"#[^\s#]+(?:\s+#[^\s#]+)*")
STOP = re.compile(r"[.!?。！？][\"'”’)\]]*$")
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
# A post's stamp: its time and day, then counts ("18.2K Views"); or a thread's heading with its day.
POST_STAMP = re.compile(rf"^(?:\d{{1,2}}:\d{{2}}\s*[AaPp]\.?[Mm]\.?|Thread|Post)\s*·\s*({_DAY})(?:\s*·\s*[^·]{{0,40}})?$")
PROSE_WORDS = 8
# A link after a post's last sentence, with or without a short lead-in.
LINK_TAIL = re.compile(r"(?<=[.!?])\s+(?:[A-Z][\w ]{0,30}:\s+)?(?:https?://\S+|(?:www\.)?[a-z][\w-]*(?:\.[a-z][\w-]*)+(?:/\S*)?)$")


# A hashtag inside a sentence ("the #HongKong-#Shanghai Co-operation Conference", "#Youth development is ..."): its
# words, a tag run together in capitalised words parted again.
INLINE_TAG = re.compile(r"(?<![\w&#])#(?P<tag>[A-Za-z][A-Za-z0-9]+)")
CAMEL = re.compile(r"(?:[A-Z][a-z]+){2,4}")


def _spelt(match: re.Match) -> str:
    tag = match.group("tag")
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag) if CAMEL.fullmatch(tag) else tag


def untagged(line: str) -> str:
    """The line without the hashtags that trail it, and those inside it as their words.

    >>> untagged("#Youth exchanges are an area of the #HongKong-#Shanghai Co-operation Conference #HKSH #youth")
    'Youth exchanges are an area of the Hong Kong-Shanghai Co-operation Conference.'
    """
    if "#" not in line:
        return _untagged(line)
    found = _untagged(line)
    return INLINE_TAG.sub(_spelt, found) if "#" in found and STOP.search(found) else found


def _untagged(line: str) -> str:
    """The line without the hashtags, and the link, that trail its text (nothing, if it is only hashtags).

    >>> untagged("The two sides met in Shanghai. Read more: https://x.hk/a #HKShanghai #CMAB")
    'The two sides met in Shanghai.'
    """
    if "#" not in line:
        return LINK_TAIL.sub("", line) if "://" in line else line
    if ONLY_TAGS.fullmatch(line):
        return ""
    if (start := _tags_start(line)) is None:
        return line
    text = LINK_TAIL.sub("", line[:start].rstrip())
    if STOP.search(text):
        return text
    words = text.split()
    if len(words) < PROSE_WORDS or sum(w[:1].islower() for w in words) < len(words) / 3:
        return line  # a heading or a name with a tag, not a post's prose
    return text + "."


def _tags_start(line: str) -> int | None:
    """Where the hashtags that end the line start, after some text (read from the end, word by word)."""
    start = None
    for word in reversed(list(re.finditer(r"\S+", line))):
        if not TAG.fullmatch(word.group(0)):
            return start
        start = word.start()
    return None
