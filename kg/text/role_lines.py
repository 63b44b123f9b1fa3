"""Appointment notices that give each person's own post in brackets on the line under the name:

    Dr Ada QUELL Wai-man, BBS, JP
    (Chairman, Riverton Holdings Limited)

Neither line ends with a stop, and both were dropped with the page's layout; together they are one sentence,
the post after the name as prose gives it: "Dr Ada QUELL Wai-man, BBS, JP, Chairman, Riverton Holdings Limited."
"""

from __future__ import annotations

import re

_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Professor|Ir|Sir|Dame)\.?"
# The name's line (an honorific and a few words, post-nominals among them), then the bracket's line: a title, a
# comma and the body, perhaps with a branch in brackets of its own ("Vice-President (External Affairs), X").
ROLE_LINES = re.compile(rf"(?m)^(?P<indent>[ \t]*)(?P<name>{_HONORIFIC} [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){{1,7}})[ \t]*\n"
                        r"[ \t]*\((?P<role>[A-Z][^()\n]{0,80}(?:\([^()\n]{1,40}\)[^()\n]{0,80})?,\s[^()\n]{2,100})\)[ \t]*$")


def role_lines(body: str) -> str:
    """The body with each name and the bracketed post under it joined into a sentence.

    >>> role_lines("Members\\n  Dr Ada QUELL Wai-man, JP\\n  (Chairman, Riverton Holdings Limited)\\n")
    'Members\\n  Dr Ada QUELL Wai-man, JP, Chairman, Riverton Holdings Limited.\\n'
    """
    if "\n" not in body or ")" not in body:
        return body
    return ROLE_LINES.sub(lambda m: f"{m.group('indent')}{m.group('name')}, {m.group('role')}.", body)
