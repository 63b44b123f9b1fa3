"""Organisations' names in running text: a short known name inside a longer one, and abbreviations.

"the Mainland Affairs Liaison Office" is not the Liaison Office; "the Shanghai Municipal Government
Financial Services Office" is not the Shanghai Municipal Government; "the Hong Kong and Macao Affairs
Office (HKMAO) of the State Council" is one organisation, which the text also calls HKMAO. A
capitalised name that ends like an organisation's and is followed by an abbreviation in brackets
("Shanghai Maritime University (SMU)") is an organisation, known or not.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import SKOS

from kg.extract.gazetteer import Mention
from kg.extract.patterns import ABBREVIATION, ORG_HEADS
from kg.extract.resolve import resolve_org
from kg.reference import Reference

WORD = r"[A-Z][\w'’&.-]*"
JOINED = rf"{WORD}(?:\s+(?:(?:of|the|and|for|&)\s+)*{WORD})*?"
# Capitalised words before a known name that carry it on ("Mainland Affairs Liaison Office").
BEFORE = re.compile(rf"(?<![.!?:]\s)(?<!^)\b(?!The\b|A\b|An\b){WORD}\s+$")
AFTER = re.compile(rf"^(?:\s+{WORD})*?\s+(?-i:{ORG_HEADS})\b")
OF_MORE = re.compile(rf"^(?:\s*\((?P<abbr>{ABBREVIATION})\))?\s+of\s+(?:the\s+)?(?P<rest>{JOINED}\s+(?-i:{ORG_HEADS}))\b")
WITH_ABBR = re.compile(rf"\b(?P<org>{JOINED}\s+(?-i:{ORG_HEADS}))\s*\((?P<abbr>{ABBREVIATION})\)")


def refine(text: str, mentions: list[Mention], reference: Reference) -> list[Mention]:
    """Known organisations' mentions, each widened to the longer name it is part of, or dropped."""
    out = []
    for m in mentions:
        if m.kind != "org" or m.entity is None or m.entity.kind != "org":
            out.append(m)
            continue
        more = OF_MORE.match(text[m.end:])
        if more:
            whole = f"{text[m.start:m.end]} of the {more.group('rest')}"
            known = resolve_org(whole, reference)
            if known is not None:
                out.append(Mention("org", m.start, m.end + more.end(), text[m.start:m.end + more.end()], known))
            continue
        if BEFORE.search(text[:m.start]) or AFTER.match(text[m.end:]):
            continue
        out.append(m)
    return out


def abbreviations(ctx, view) -> None:
    """"<Organisation> (<ABBR>)": the abbreviation is another name of the organisation."""
    text, s = view.sentence.text, view.sentence
    if "(" not in text:
        return
    for m in view.mentions:
        if m.kind == "org" and m.entity is not None:
            after = re.match(rf"\s*\((?P<abbr>{ABBREVIATION})\)", text[m.end:])
            inner = re.search(rf"\((?P<abbr>{ABBREVIATION})\)", m.surface)
            abbr = (after or inner).group("abbr") if (after or inner) else None
            if abbr and abbr not in m.entity.all_names():
                ctx.findings.add(ctx.entity_iri(m.entity), SKOS.altLabel, Literal(abbr, lang="en"), s)
    people = [(m.start, m.end) for m in view.mentions if m.kind == "person"]
    for match in WITH_ABBR.finditer(text):
        label = re.sub(r"^The\s+", "", match.group("org"))
        if any(a < match.end("org") and match.start("org") < b for a, b in people):
            continue
        known = resolve_org(label, ctx.reference)
        iri = ctx.org(label, s) if known is None else ctx.entity_iri(known)
        if known is None or match.group("abbr") not in known.all_names():
            ctx.findings.add(iri, SKOS.altLabel, Literal(match.group("abbr"), lang="en"), s)
