"""A title in the plural after several names, as releases list colleagues of one rank: "Mr Justice A and Mr
Justice B, Permanent Judges of the Court of Final Appeal", "Ms C and Mr D, Deputy Directors of the X Bureau".

Each name holds the singular title of that body. The body must follow "of" (an organisation found, or capitalised
words up to a stop), so that "A and B, Members" or "A and B, senior officials" make no post.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, ORG_PHRASE, POST_NOMINALS
from kg.extract.post_resolve import holds, post_of

_PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:\d+⟧{POST_NOMINALS}*"
_RANK = r"(?:(?:Permanent|Deputy|Vice|Assistant|Associate|Executive|Senior|Chief|Principal|Presiding)[\s-]+){0,2}"
_PLURAL = (r"(?:Judges|Directors|Directors-General|Secretaries|Chairmen|Chairpersons|Presidents|Members|Engineers"
           r"|Commissioners|Curators|Commanders|Managers|General\s+Managers|Principals|Deans|Partners|Convenors)")
PLURAL_AFTER = re.compile(
    rf"(?P<who>{_PERSON}(?:,\s+{_PERSON})*,?\s+and\s+{_PERSON}),\s+(?:the\s+)?(?-i:(?P<title>{_RANK}{_PLURAL}))"
    rf"\s+of\s+(?:the\s+)?(?:(?P<of1>⟦org:\d+⟧)|(?P<neworg1>{ORG_PHRASE}))(?=\s*[,.;:)]|\s*$)")
_SINGULAR = ((re.compile(r"ies$"), "y"), (re.compile(r"men$"), "man"), (re.compile(r"s$"), ""))


def singular(title: str) -> str:
    """"Permanent Judges" -> "Permanent Judge"; "Directors-General" -> "Director-General"."""
    if title.endswith("s-General"):
        return title.replace("s-General", "-General")
    for plural, one in _SINGULAR:
        if plural.search(title):
            return plural.sub(one, title)
    return title


def find_plural_after(ctx: DocContext, view: View) -> None:
    """Record the post a plural title after several names gives each of them."""
    masked = view.masked
    if " and " not in masked or "s of " not in masked or "⟦person" not in masked:
        return
    for match in PLURAL_AFTER.finditer(masked):
        g = {k: v for k, v in match.groupdict().items() if k in ("of1", "neworg1") and v}
        post = post_of(ctx, view, match, g, "1", singular(re.sub(r"\s+", " ", match.group("title"))))
        if post is None:
            continue
        for person in view.people(match.group("who")):
            holds(ctx, view, person, post)
