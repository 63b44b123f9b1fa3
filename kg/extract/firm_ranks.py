"""A firm's ranks in lower case after the body's name, before a person's ("HKEX co-head of markets Ada Quell"):
the patterns, apart from the rule (:mod:`kg.extract.firm_titles`), since the names they introduce are read
before any post is."""

from __future__ import annotations

import re

from kg.extract.patterns import HONORIFIC, NEW_NAME

_RANK = (r"(?:(?:senior|executive|deputy|vice|co)[\s-]+)?"
         r"(?:president|chairman|chairwoman|chief\s+(?:executive|operating|financial|investment|technology)\s+officer"
         r"|managing\s+director|general\s+manager|head\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?)")
# Words one of which every rank holds: a sentence with none is not searched.
RANK_WORDS = ("president", "chair", "officer", "director", "manager", "head of")
# the body: an organisation found, or an abbreviation (the rule keeps those the text defined or the reference knows),
# its capitals read one way (two, then any more), so that a long run of them costs its length only
TITLE_AFTER_BODY = rf"(?:(?P<q>⟦org:\d+⟧)|(?<![\w&-])(?P<qabbr>(?-i:[A-Z]{{2}}[A-Z&]*)))\s+(?P<title>{_RANK})\s+"
FIRM_TITLE = re.compile(rf"{TITLE_AFTER_BODY}(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")
FIRM_TITLE_NAME = re.compile(rf"{TITLE_AFTER_BODY}{NEW_NAME}")
