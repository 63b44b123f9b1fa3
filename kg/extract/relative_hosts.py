"""Who gave or attended an event, told in a relative clause after its name: "a banquet at Government House, which
the Chief Executive hosted for the delegation", "the welcoming lunch the Association hosted for our delegation",
"the seminar, which Mr So opened".

Narrative texts name the event first and its host after it, as the object of the clause: a person so named is
there, a body so named organised it. The clause must start right after the event's name.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View

WHO = r"(?:the\s+)?⟦(?:person|org):\d+⟧"
# The subject of the clause, then its verb: "which A hosted", "that A and B attended", "the Association organised"
# (with no relative word only after a definite event: "the lunch the Association hosted").
RELATIVE = re.compile(rf"(?P<rel>\s*,?\s*(?:which|that)\s+|\s+)(?P<who>{WHO}(?:(?:,\s+|\s+and\s+){WHO})*)\s+"
                      r"(?:had\s+|also\s+|jointly\s+)?(?P<verb>hosted|organi[sz]ed|held|gave|opened|attended|addressed|chaired|co-chaired)\b")
HOSTING = ("hosted", "organised", "organized", "held", "gave")


def find_relative_hosts(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The people and bodies a relative clause right after an event's name says gave or attended it."""
    if "hosted" not in view.masked and "organi" not in view.masked and " which " not in view.masked:
        return
    for hit in hits:
        match = RELATIVE.match(view.masked, hit.end)
        if match is None or (not match.group("rel").strip(" ,") and not _definite(view.masked, hit)):
            continue
        for kind, i in re.findall(r"⟦(person|org):(\d+)⟧", match.group("who")):
            mention = view.mention(i)
            if kind == "person" and mention.ref is not None:
                ctx.findings.add(hit.iri, SDO.attendee, mention.ref, view.sentence)
            elif kind == "org" and mention.entity is not None and match.group("verb") in HOSTING:
                ctx.findings.add(hit.iri, SDO.organizer, ctx.entity_iri(mention.entity), view.sentence)


def _definite(masked: str, hit: EventHit) -> bool:
    """Whether the event's name is definite ("the welcoming lunch"), with its article or right after it."""
    return masked[hit.start:hit.start + 4].lower() == "the " or masked[max(0, hit.start - 4):hit.start].lower() == "the "
