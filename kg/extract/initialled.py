"""A body's abbreviation defined by its initials, where its name does not end in a body's head word.

"Airport Authority Hong Kong (AAHK)", "Shanghai Binjiang Science Park Group Co., Ltd. (SBSPG)": the letters in
brackets are the initials of the capitalised words right before them (a firm's legal form and the small words
aside), and those words name a body (a head word among them, or a firm's legal form). The abbreviation is another
name of that body, known or not. "Hong Kong International Airport (HKIA)" names no body by these words;
"the Tech Forum (TF)" neither. A public service's own words are heads here too ("Riverton Palace Museum (RPM)",
"Eastport Weather Service (EWS)", "Riverton Observatory (RO)"), and a place may lead the initials as a word
("Eastport Maritime Safety Administration (Eastport MSA)").
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract.patterns import ORG_HEADS
from kg.extract.resolve import resolve_org

# "(AAHK)", "(“AAHK”)": capitals, perhaps quoted, in brackets; "(Eastport MSA)": a place's name before them.
DEFINED = re.compile(r"\(\s*[\"“]?(?P<abbr>(?:(?P<lead>[A-Z][a-z]+)\s)?[A-Z][A-Za-z&]{1,9})[\"”]?\s*\)")
TOKEN = re.compile(r"[A-Z][\w'’&-]*\.?|[a-z][\w'’-]*|[^\s\w]")
LEGAL = {"Co", "Co.", "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp."}
SMALL = {"of", "the", "and", "for", "&"}
# "the Secretary for the Civil Service (SCS)", "Curator of the Riverton Museum (CRM)": the initials of a post,
# whose words begin with a title, not of a body.
POST_WORDS = re.compile(r"(?:(?:Deputy|Vice|Assistant|Associate|Senior|Principal|Acting|Executive|Under|Permanent)[\s-]+)*"
                        r"(?:Secretary|Director|Controller|Curator|Chairman|Chairperson|Chairwoman|Chair|President"
                        r"|Commissioner|Head|Chief|Dean|Librarian|Registrar|Postmaster|Member|Convenor|Keeper)"
                        r"(?:[\s-]General)?\s+(?:of|for)\s")
HEAD = re.compile(rf"(?-i:{ORG_HEADS}|Museum|Observatory|Service|Library|Archives)")


def initialled_name(text: str, at: int, abbr: str, lead: str | None = None) -> tuple[int, str] | None:
    """The start and words of the body whose initials, right before ``at``, spell ``abbr`` (after the word
    ``lead``, where the abbreviation begins with it)."""
    tokens = list(TOKEN.finditer(text, max(0, at - 200), at))
    letters, body, wanted = "", False, abbr.upper()
    for i in range(len(tokens) - 1, -1, -1):
        token, word = tokens[i], tokens[i].group()
        if word in LEGAL or word == "," and not letters:
            body = body or word != ","
            continue
        if word in SMALL:
            continue
        if not word[0].isupper():
            return None
        letters = word[0] + letters
        body = body or HEAD.fullmatch(word) is not None
        if letters == wanted and lead is not None:
            token = tokens[i - 1] if i and tokens[i - 1].group() == lead else None
        if letters == wanted:
            return (token.start(), text[token.start():at].rstrip()) if body and token is not None else None
        if not wanted.endswith(letters):
            return None
    return None


def initialled(ctx, view) -> None:
    """Record "<Name> (<initials>)" for a body no other rule of abbreviations read."""
    text = view.sentence.text
    if "(" not in text:
        return
    people = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    for match in DEFINED.finditer(text):
        abbr, lead = match.group("abbr"), match.group("lead")
        if sum(c.isupper() for c in abbr) < 2 + bool(lead) or abbr in ctx.short_names:
            continue
        found = initialled_name(text, match.start(), abbr[len(lead) + 1:] if lead else abbr, lead)
        if found is None or any(a < match.start() and found[0] < b for a, b in people):
            continue
        start, name = found
        if POST_WORDS.match(name):
            continue
        known = resolve_org(name, ctx.reference)
        ctx.short_names.setdefault(abbr, known.name if known is not None else name)
        if known is None or abbr not in known.all_names():
            iri = ctx.entity_iri(known) if known is not None else ctx.org(name, view.sentence)
            ctx.findings.add(iri, SKOS.altLabel, Literal(abbr, lang="en"), view.sentence)
