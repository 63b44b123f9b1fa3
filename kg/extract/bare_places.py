"""A bare name the document has used as a place's or a firm's is none of a person's.

The bare-name rule (:mod:`kg.extract.bare_names`) reads "opened by Tai Lok and Ada Quell" as two people where a
Chinese name's shape is all it has; a district or a firm named short has that shape too. Where the text used the
same words as a place ("a warehouse in Tai Lok") or as the start of a body's or a place's name ("Tai Lok District",
"Sun Wah Properties"), they name that, whatever list knows them. Only read when a bare name is found, so that
sentences without one cost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The head words that make words before them a place's or a body's name.
HEADS = (r"District|Road|Street|Avenue|Estate|Village|Town|Station|Park|Centre|Center|Plaza|Building|Tower|Pier|Port"
         r"|Industrial|Properties|Holdings|Group|Limited|Ltd|Bank|Company|Corporation|Development|Development\s+Zone")


def used_as_place(name: str, texts: Iterable[str]) -> bool:
    """Whether any of the texts uses the name as a place ("in X", "near X") or before a head word ("X District")."""
    words = re.escape(name).replace(r"\ ", r"\s+")
    pattern = re.compile(rf"\b(?:in|near|around|across)\s+{words}(?![\w'’-])(?!\s+[A-Z])|\b{words}\s+(?:{HEADS})\b")
    return any(name in text and pattern.search(text) for text in texts)
