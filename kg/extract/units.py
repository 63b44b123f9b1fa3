"""A government's bureau named in full: "the Education Bureau of the HKSAR Government".

A government's own releases call its bureaux by their own names ("the Education Bureau"), and give the
government after them only to be formal. So the span is one mention, of the bureau: its IRI and label
are its own name, the full form is another name of it (``skos:altLabel``), and the government is the
body it belongs to (``org:subOrganizationOf``), not a second organisation the sentence names.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import ORG, SKOS

from kg.extract.context import DocContext
from kg.extract.gazetteer import Mention, mask, unmask
from kg.extract.patterns import ORG_HEADS, ORG_SERIES, ORG_WORD, TITLE
from kg.extract.resolve import resolve_org
from kg.reference import Entity
from kg.text.sentences import Sentence

# "the <bureau> of the <government>": the bureau's name is capitalised words (or places) joined by "of",
# "and", "for", "&" or a hyphen, never by "the" ("the Director of the Education Bureau of ..." is not a
# bureau named "Director"); the government is known, or named as its place with an article ("the
# Department of Justice of the HKSAR"; "the Law Society of Hong Kong" is the place's, not its government's),
# and the name ends there ("the Office of the HKSAR Government in Beijing" is another name).
UNIT = re.compile(rf"\b[Tt]he\s+(?P<unit>{ORG_WORD}(?:{ORG_SERIES}|(?:\s+(?:(?:of|and|for|&)\s+)?|-){ORG_WORD})*)"
                  rf"\s+of\s+(?:(?P<the>the)\s+)?⟦(?P<kind>org|place):(?P<parent>\d+)⟧(?!\s*(?-i:[A-Z⟦])|['’]s|\s+in\s+(?:the\s+)?(?-i:[A-Z⟦]))")
# Where the bureau's name starts is unclear after a comma ("Innovation, Technology and Industry Bureau") or
# after "<word> and the" that ends no body's name ("the Financial Services and the Treasury Bureau").
LISTED = re.compile(rf"[\w⟧],\s*(?:the\s+)?$|\b(?!(?-i:{ORG_HEADS})\b)(?-i:[A-Z][\w'’-]*)\s+and\s+the\s+$")
# A government's executive units; its legislature, courts and statutory bodies ("the Legislative Council of
# the HKSAR", "the Court of Final Appeal", "the Equal Opportunities Commission") are not its bureaux.
HEADED = re.compile(r"\b(?-i:Bureau|Department|Office|Administration|Unit|Agency|Commission)\b"
                    r"(?<!Equal Opportunities Commission)(?<!Independent Commission)")
# "Director of Education Bureau of the ...": a title, not a bureau's name
STARTS_WITH_TITLE = re.compile(rf"(?i:{TITLE})\s+(?:of|for)\s")


def units_of_governments(text: str, mentions: list[Mention], ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """The mentions, each "<bureau> of the <government>" made one mention of the bureau (see the module)."""
    if " of " not in text:
        return mentions
    masked, out = mask(text, mentions), list(mentions)
    for match in UNIT.finditer(masked):
        parent = mentions[int(match.group("parent"))]
        government = _government(ctx, parent) if parent.kind == "org" or match.group("the") else None
        label = unmask(match.group("unit"), mentions)
        if LISTED.search(masked, 0, match.start("unit")):
            continue
        if government is None or " " not in label or not HEADED.search(label) or STARTS_WITH_TITLE.match(label):
            continue
        known = resolve_org(label, ctx.reference)
        if known is not None and known.data.get("parent") != government.id:
            continue  # another body of that name
        end = parent.end
        start = end - len(unmask(masked[match.start("unit"):match.end()], mentions))
        full = text[start:end]
        # short where the government names its units so; else by the full name: two governments' "Education
        # Bureau"s are two bodies
        short = known is not None or government.data.get("units_named_short")
        iri = ctx.entity_iri(known) if known is not None else ctx.org(label if short else full, sentence)
        if known is None and short or known is not None and full not in known.all_names():
            ctx.findings.add(iri, SKOS.altLabel, Literal(full, lang="en"), sentence)
        ctx.findings.add(iri, ORG.subOrganizationOf, ctx.entity_iri(government), sentence)
        ctx.full_names.setdefault(label.lower(), full)
        # named in full, so that a post in it is too ("Director of the Education Bureau of the HKSAR Government")
        entity = known or Entity("org", iri.rsplit("/", 1)[-1], {"en": full})
        out = [m for m in out if m.end <= start or end <= m.start] + [Mention("org", start, end, full, entity)]
    return sorted(out, key=lambda m: m.start)


def _government(ctx: DocContext, parent: Mention) -> Entity | None:
    """The government a mention names: a known government, or that of a place ("the HKSAR")."""
    entity = parent.entity
    if entity is None:
        return None
    if parent.kind == "place":
        return ctx.reference.government_of(entity.id)
    return entity if parent.kind == "org" and entity.data.get("jurisdiction") else None

