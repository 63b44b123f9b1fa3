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
KNOWN_AS = re.compile(rf"^,?\s*\(?(?:also\s+|hereafter\s+|commonly\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?"
                      rf"{QUOTE_OPEN}{SHORT}{QUOTE_CLOSE}(?=[\s,;.)])")


def conference_abbreviations(ctx, view) -> None:
    """Record an abbreviation the text gives right after one of the mechanism's names."""
    text = view.sentence.text
    if "(" not in text and " as " not in text:
        return
    names = ctx.reference.conference.all_names()
    for m in view.mentions:
        if m.kind != "conf":
            continue
        defined = BRACKETED.match(text[m.end:]) or KNOWN_AS.match(text[m.end:])
        if defined and defined.group("abbr") not in names:
            ctx.short_names.setdefault(defined.group("abbr"), ctx.reference.conference.name)
            ctx.findings.add(ctx.entity_iri(ctx.reference.conference), SKOS.altLabel,
                             Literal(defined.group("abbr"), lang="en"), view.sentence)
