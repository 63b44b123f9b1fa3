"""A firm described by its city before its name: "chief technology officer of Shanghai start-up Deepwave",
"chairman of Hong Kong-based Tidewater Robotics". The post is the firm's; the place only says where the firm is,
never that its government employs the holder.
"""

from __future__ import annotations

import re

# What a firm is, between its city and its name ("Shanghai start-up", "Hong Kong-listed developer").
_KIND = (r"(?:start-?ups?|firm|company|group|developer|maker|manufacturer|chipmaker|carmaker|lender|bank|insurer"
         r"|brokerage|fintech|unicorn|platform|conglomerate|retailer|operator|investor|fund|supplier|consultancy)")
_DESCRIBED = re.compile(
    r"(?:-(?:based|listed|headquartered)|\s+(?:(?:tech|technology|biotech|robotics|logistics|property|listed|private|state-owned|"
    r"investment|asset\s+management|venture\s+capital|\w+-?based)\s+)?" + _KIND + r")"
    r"(?:\s+" + _KIND + r")?\s+(?P<firm>⟦org:\d+⟧|(?-i:[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,5}))")


def firm_after_place(masked: str, end: int) -> str | None:
    """The firm's name (or its mention) a place before it describes, where the masked text at ``end`` (just
    after the place) goes on so; None where the place is the body ("Mayor of Shanghai")."""
    if masked[end:end + 1] not in ("-", " "):
        return None
    match = _DESCRIBED.match(masked, end)
    return match.group("firm") if match else None
