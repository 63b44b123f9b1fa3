"""A signing told as a noun with its day, no one yet named: "The highlight of the visit was the signing on Wednesday
of a Memorandum of Understanding on the Establishment of the X Institute at Y University's Z Tower." Releases of
universities and bodies tell the act so, then name the signatories ("Professor A signed for the university and
Professor B for its partner") and the witnesses ("The signing was witnessed by ...", read by kg.extract.signings).

The signing is an event only where the paper has a proper name and the phrase gives its day: "the signing of the
agreement" with no day refers back, or is a plan.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.itinerary import when_said
from kg.extract.mentions import View
from kg.extract.signing_at import last_signing
from kg.extract.signing_refs import named_signing
from kg.extract.venues import ONE, venue

DAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})"
NOMINAL = re.compile(rf"\b[Tt]he\s+signing\s+on\s+(?:\w+\s+)?{DAY}(?:\s*\([^()]{{1,20}}\))?\s+of\s+"
                     r"(?P<what>(?:the|a|an)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Memorandum|Agreement|Arrangement|Letter\s+of\s+Intent|Accord|Protocol)"
                     r"\b[^,;()⟦]*?(?:⟦org:\d+⟧[^,;()⟦]*?)*)(?=\s+at\s|\s+in\s+⟦place|\s*[,;(.]|$)")
# "at Fudan University's Guanghua Tower", "at the Riverton Hall"
AT = re.compile(rf"\s+at\s+(?:the\s+)?(?:(?:⟦org:\d+⟧|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})['’]s\s+)?(?P<v>{ONE})")
# "Professor A signed for HKU and Professor B for Fudan": the signatories of the signing just told
SIGNED_FOR = re.compile(r"^(?P<who>(?:[^;.]*?))\s+signed\s+for\s+(?P<rest>[^;.]*)")
NEAR = 3  # sentences


def find_signing_nouns(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """The signing a noun phrase tells with its day; and the signatories a "signed for" sentence names."""
    masked = view.masked
    if "signing on" in masked and (match := NOMINAL.search(masked)) is not None:
        what = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", unmask(match.group("what"), view.mentions)).strip())
        if named_signing(ctx, f"the {what}") is not None or not [d for d in dates if d.kind not in BACKGROUND]:
            return []
        start, _ = when_said(ctx, view, dates, match.start())
        iri = record_event(ctx, view, f"Signing of {what}", "ceremony", False, None)
        if start is not None:
            ctx.findings.add(iri, SDO.startDate, start, view.sentence)
        if (at := AT.match(masked, match.end())) is not None:
            ctx.findings.add(iri, SDO.location, venue(ctx, unmask(at.group("v"), view.mentions), view.sentence), view.sentence)
        ctx.remember_event("ceremony", iri)
        return [iri]
    if "signed for" in masked and (match := SIGNED_FOR.match(masked)) is not None:
        signing = last_signing(ctx)
        told = max(ctx.findings.mentions.get(signing, ()), default=-99) if signing is not None else -99
        if signing is not None and view.sentence.index - told <= NEAR:
            for person in view.people(masked):
                ctx.findings.add(signing, SDO.attendee, person, view.sentence)
    return []
