"""The mechanism's short names as a text defines them: "the Hong Kong/Shanghai Co-operation Conference (HKSHCC)",
"..., known as HKSHCC,". Such an abbreviation is another name of the mechanism; a common noun in brackets
("(the Conference)") only refers back to it and is no name.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SKOS

# Two capitals at least, so that "(Conference)" or "(Shanghai)" is no abbreviation.
# Two capitals at least, and no file's or page's format ("(PDF)", "(HTML)").
SHORT = r"(?P<abbr>(?!(?:PDF|DOCX?|HTML?|XLSX?|PPTX?|ZIP|MP[34]|JPE?G|PNG|TXT|RSS|FAQ|URL)\b)(?-i:[A-Z][A-Za-z&]{0,8}[A-Z][A-Za-z&]{0,8}))"
QUOTE_OPEN, QUOTE_CLOSE = "[\"“‘']?", "[\"”’']?"
BRACKETED = re.compile(rf"^\s*\(\s*{QUOTE_OPEN}{SHORT}{QUOTE_CLOSE}\s*\)")
# "called" names only after a comma, a bracket or an adverb ("the X, called HKSC,"): "The X called HKEx officials to a
# meeting" is the verb
NAMING = r"(?:known|referred\s+to|abbreviated)\s+as"
KNOWN_AS = re.compile(rf"^(?:,?\s*\(?(?:also|hereafter|hereinafter|commonly)\s+(?:{NAMING}|called)|,?\s*\(?{NAMING}|\s*[,(]\s*called)\s+"
                      rf"(?:the\s+)?{QUOTE_OPEN}{SHORT}{QUOTE_CLOSE}(?=[\s,;.)])")
# "(hereinafter "HKSCC")", ", or HKSCC,"
HEREINAFTER = re.compile(rf"^\s*\(\s*(?:hereinafter|hereafter)\s+(?:the\s+)?{QUOTE_OPEN}{SHORT}{QUOTE_CLOSE}\s*\)")
OR_SHORT = re.compile(rf"^,\s+or\s+(?:the\s+)?{QUOTE_OPEN}{SHORT}{QUOTE_CLOSE}(?=[,;)])")


def conference_abbreviations(ctx, view) -> None:
    """Record an abbreviation the text gives right after one of the mechanism's names."""
    text = view.sentence.text
    if "(" not in text and " as " not in text and ", or " not in text and " called " not in text:
        return
    names = ctx.reference.conference.all_names()
    for m in view.mentions:
        if m.kind != "conf":
            continue
        after = text[m.end:]
        defined = BRACKETED.match(after) or KNOWN_AS.match(after) or HEREINAFTER.match(after) or OR_SHORT.match(after)
        known = defined and any(o.kind != "conf" and m.end <= o.start < m.end + defined.end() for o in view.mentions)
        if defined and defined.re is OR_SHORT and not initials_fit(defined.group("abbr"), m.surface):
            continue  # "the X, or the HKTDC,": another body
        if defined and not known and defined.group("abbr") not in names:
            ctx.short_names.setdefault(defined.group("abbr"), ctx.reference.conference.name)
            ctx.findings.add(ctx.entity_iri(ctx.reference.conference), SKOS.altLabel,
                             Literal(defined.group("abbr"), lang="en"), view.sentence)


def initials_fit(abbr: str, name: str) -> bool:
    """Whether an abbreviation's letters are, in order, initials of the name's words.

    >>> initials_fit("HKSCC", "Hong Kong/Shanghai Co-operation Conference"), initials_fit("HKTDC", "Hong Kong/Shanghai Co-operation Conference")
    (True, False)
    """
    initials = iter(w[0].lower() for w in re.findall(r"[A-Za-z]+", name))
    return all(letter in initials for letter in abbr.lower() if letter.isalpha())
