"""A meal or reception described by whom it is given by, when the text names the host by a title alone:
"a dinner hosted by the Director of the Shanghai Municipal Commission of Commerce", "a reception at the
Peninsula Shanghai hosted by the HKTDC Chairman". The event is named as a reader would name it ("Reception
hosted by the HKTDC Chairman"); the person the document says holds that post is there. A title is no
body: it organises nothing.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import ORG, RDFS

from kg.extract.context import DocContext
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, TITLE, normalise_title
from kg.extract.post_resolve import holders_of

MEALS = frozenset({"breakfast", "lunch", "luncheon", "dinner", "supper", "banquet", "reception", "tea gathering", "gathering"})
_TITLE = TITLE.replace("(?P<title>", "(?:")
_BODY = r"(?:⟦(?:org|place):\d+⟧|[A-Z][\w'’&-]*)(?:\s+(?:(?:of|for|and|the|&)\s+)*(?:⟦(?:org|place):\d+⟧|[A-Z][\w'’&-]*)){0,8}"
# "at <venue>" before the host, then "hosted by the <title> [of <body>]" or "by the <body> <title>", with no
# name after it (a host named by name is a person's, read in kg.extract.events).
_WORD = r"(?:⟦(?:place|org):\d+⟧|[A-Z][\w'’&-]*)"
TITLED_HOST = re.compile(
    rf"(?P<venue>\s+at\s+(?:the\s+)?(?>{_WORD}(?:\s+{_WORD}){{0,4}}))?"
    rf"(?P<by>\s+(?:hosted|given|held)\s+by\s+the\s+(?P<title>(?>(?i:{_TITLE})(?:\s+(?:of|for)\s+(?:the\s+)?{_BODY})?"
    rf"|(?:⟦org:\d+⟧|[A-Z]{{2,}})\s+(?i:{_TITLE}))))"
    rf"(?!\s*,?\s*(?:{HONORIFIC}\s+)?⟦person|\s+(?:{HONORIFIC}\s+)?[A-Z])")
# The start of a name that is a post, not a body: "Chairman of the Riverton Port Authority"; a title after
# a body's name ("the ⟦org⟧ Chairman").
TITLE_FIRST = re.compile(rf"(?i:{_TITLE})\s+(?:of|for)\b")
POSSESSIVE = re.compile(r"['’]s\b")
TITLE_AFTER = re.compile(rf"\s+(?-i:[A-Z])(?i:{_TITLE})\b")


def titled_host(masked: str, end: int, head: str) -> re.Match | None:
    """The host's title after a meal's name (at ``end``), where the title alone names them."""
    if head not in MEALS or " by the " not in masked[end:end + 120]:
        return None
    match = TITLED_HOST.match(masked, end)
    if match and (re.search(r"['’]s$", match.group("title")) or POSSESSIVE.match(masked, match.end("title"))):
        return None  # "hosted by the Chief Executive's wife": someone the title holder is kin to
    return match


def title_holder(ctx: DocContext, view: View, title: str) -> URIRef | None:
    """The one person the document says holds the post a title names: "the Director of X", or "the HKTDC
    Chairman" (the Chairman of the body the text gave that short name)."""
    text = unmask(title, view.mentions)
    holders = holders_of(ctx, text)
    if not holders and (owned := re.fullmatch(r"(?P<org>\S+(?:\s+\S+)*?)\s+(?P<rank>\S+(?:\s+\S+)?)", text)):
        body = normalise_title(ctx.short_names.get(owned.group("org"), owned.group("org")))
        wanted = {f"{normalise_title(owned.group('rank'))} of {body}", f"{normalise_title(owned.group('rank'))} of the {body}"}
        posts = {s for s, o in ctx.findings.pairs(RDFS.label) if "/post/" in str(s) and normalise_title(str(o)) in wanted}
        holders = {p for post in posts for p in ctx.findings.subjects(ORG.holds, post)}
    return holders.pop() if len(holders) == 1 else None


def a_title(name: str) -> bool:
    """Whether an organiser's name is a post's ("Chairman of X"), which organises nothing."""
    return TITLE_FIRST.match(name) is not None


def title_after(text: str, at: int) -> bool:
    """Whether a title follows a body's name ("hosted by the HKTDC Chairman"): the post hosts, not the body."""
    return TITLE_AFTER.match(text, at) is not None
