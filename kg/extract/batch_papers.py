"""One paper of a batch, signed at the batch's ceremony: "A and B witness the signing of 16 co-operation agreements
after the session." and then, caption by caption, "C and D sign the Co-operation Arrangement on Legal Services."

A gallery's captions, or a release's list of who signed what, name the papers of a counted batch one at a time,
right after the batch's signing was told and with no day or place of their own: each is a moment of that one
signing, not a signing of its own, so its signatories attend the batch's signing.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.mentions import View
from kg.extract.patterns import PAPER_COUNT

# The label kg.extract.signings gives a counted batch's signing: "Signing of 16 co-operation agreements ..."
BATCH_SIGNING = re.compile(rf"(?i)^Signing\s+of\s+(?:{PAPER_COUNT})\s")
# A place or witnesses of the paper's own: "in ⟦place⟧", "by video link", "at the ...", ", witnessed by A and B" (a
# signing told as its own, as gold records it: "Among them, A and B signed the Letter ..., witnessed by C and D").
OWN_SETTING = re.compile(r"\s(?:in\s+⟦place|at\s+(?:the\s+)?[A-Z⟦]|by\s+video|via\s+video|online)|,\s+witnessed\s+by\b")
NEAR = 6  # sentences from the batch's last telling


def signed_in_batch(ctx: DocContext, view: View, people: list[URIRef], dates: list[DateSpan], end: int) -> bool:
    """Whether the people's named paper (the clause ending at ``end``) is one of the batch whose signing was told
    last, a few sentences before; its signatories then attend that signing."""
    signing = ctx.last_event("ceremony")
    if signing is None or not BATCH_SIGNING.match(str(next(iter(ctx.findings.objects(signing, RDFS.label)), ""))):
        return False
    if view.sentence.index - max(ctx.findings.mentions.get(signing, ()), default=-99) > NEAR:
        return False
    if [d for d in dates if d.kind not in BACKGROUND] or OWN_SETTING.search(view.masked, end):
        return False
    for person in dict.fromkeys(people):
        ctx.findings.add(signing, SDO.attendee, person, view.sentence)
    return True
