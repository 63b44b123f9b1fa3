"""The number of the last session a text told, which a bare ordinal after it goes on from ("The second session
was not held until 2012")."""

from __future__ import annotations

import re

from rdflib.namespace import RDFS

from kg.extract.context import DocContext
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.namespaces import HKSH

OWN = re.compile(rf"\b{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting)\b", re.I)


def last_number(ctx: DocContext) -> int | None:
    """The last numbered session's number; an event the event rules made of that session's own words in its
    sentence ("co-chaired its first session": the same ordinal) is no other session in between, any other event
    of a session is ("..., followed by a signing session")."""
    f = ctx.findings
    told = [iri for head, iri in ctx.events if head == "session"]
    for i in range(len(told) - 1, -1, -1):
        number = f.objects(told[i], HKSH.sessionNumber)
        if number:
            return int(number[0])
        first = min(f.mentions.get(told[i], ()), default=-1)
        own = {ordinal_value(m.group("ord")) for label in f.objects(told[i], RDFS.label) for m in OWN.finditer(str(label))}
        if not any(first in f.mentions.get(other, ()) and own & {int(n) for n in f.objects(other, HKSH.sessionNumber)}
                   for other in told[:i]):
            return None
    return None
