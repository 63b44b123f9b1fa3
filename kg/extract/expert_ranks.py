"""An analyst's or academic's rank in lower case "at" a body after their name ("Ada Quell, a senior economist at
Tamsin Capital Economics"): the patterns, apart from the rule (:mod:`kg.extract.expert_titles`), since the names
they introduce are read before any post is."""

from __future__ import annotations

import re

from kg.extract.patterns import NEW_NAME

# Words one of which every rank holds: a sentence with none is not searched.
CUES = ("economist", "analyst", "strategist", "professor", "lecturer", "head of", "researcher", "fellow")
# (a head "of the delegation", "of state" at a meeting is no firm's rank)
_FIELD = r"(?:of|in)\s+(?!(?:the|a|an|state|government|delegation|mission|team)\b)[A-Za-z][a-z]+(?:(?:\s+and\s+|\s+|,\s+)[A-Za-z][a-z]+){0,4}"
_RANK = (r"(?:(?:senior|chief|principal|lead|visiting|adjunct|assistant|associate)\s+){0,2}"
         r"(?:economist|analyst|strategist|lecturer|researcher|research\s+fellow|fellow|professor(?:\s+" + _FIELD + r")?)"
         r"|(?:co-)?head\s+" + _FIELD)
# the body: an organisation found, or capitalised words (joined by "of", "and", "&"), ending before a place or a stop
_BODY = r"(?:the\s+)?(?:(?P<of1>⟦org:\d+⟧)|(?P<neworg1>(?-i:[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'’-]*){0,6})))"
_END = r"(?=\s+in\s+⟦place|\s+in\s+[A-Z][a-z]+\b|\s*[,.;]|\s+(?:said|says|told|noted|added|wrote)\b|\s*$)"
_RANK_AT = r",\s+(?:(?:an?|the)\s+)?(?P<title>(?i:" + _RANK + r"))\s+at\s+" + _BODY + _END
EXPERT = re.compile(r"⟦person:(?P<p>\d+)⟧" + _RANK_AT)
EXPERT_NAME = re.compile(NEW_NAME + _RANK_AT)
