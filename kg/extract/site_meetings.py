"""People met at a site visited: "visited Fudan University, where she met Professor Zhang", "toured the
port, where they met workers' representatives".

The meeting is part of the visit, not an event of its own: the people met are at the site visit the same
sentence told just before, and the meeting the verb "met" gave is taken back: only that one, made of the people
the clause names (never an event the sentence names, such as "the annual meeting of ..." attended later).
"""

from __future__ import annotations

import re

from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View

# "visited <site>, where she met", "toured <site>, where Mr A and Ms B met with".
WHERE_MET = re.compile(r"\b(?:visit(?:ed|s)|tour(?:ed|s)|inspect(?:ed|s))\s+[^,;.]{2,120},\s+(?P<where>where)\s+"
                       r"(?:(?:he|she|they|we|⟦person:\d+⟧)(?:\s+and\s+⟦person:\d+⟧)?\s+)?(?:also\s+)?(?:met|meets)\b")


def meet_at_site(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """Fold the meeting a "..., where she met ..." clause gave into the site visit the sentence tells."""
    clause = WHERE_MET.search(view.masked)
    if clause is None:
        return
    here = [(head, iri) for head, iri in ctx.events if view.sentence.index in ctx.findings.mentions.get(iri, ())]
    visit = next((iri for head, iri in reversed(here) if head == "visit" and any(
        str(label).startswith("Visit to") for label in ctx.findings.objects(iri, RDFS.label))), None)
    named, met = {h.iri for h in hits}, set(view.people(view.masked[clause.start("where"):]))
    meeting = next((iri for head, iri in reversed(here) if head == "meeting" and iri not in named
                    and met & set(ctx.findings.objects(iri, SDO.attendee))), None)
    if visit is None or meeting is None or ctx.findings.mentions.get(meeting) != {view.sentence.index}:
        return
    f = ctx.findings
    for person in f.objects(meeting, SDO.attendee):
        f.add(visit, SDO.attendee, person, view.sentence)
    for (s, p, o) in [t for t in f.triples if t[0] == meeting]:
        f.discard(s, p, o)
    f.mentions.pop(meeting, None)
    ctx.events = [(h, e) for h, e in ctx.events if e != meeting]
