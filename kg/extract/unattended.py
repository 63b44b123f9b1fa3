"""Attendance a sentence names but does not give: "If time permits, he would also attend a reception" (a maybe),
"thanked those who attended the roundtable" (others attended), "met Mr Y, who had attended a forum" (Mr Y did,
not the subject).

The rules that read attendance see a person and an attending verb before an event; these cues say the person is
not (or not surely) among those who attend. The attendance such a sentence alone gave to the events named after
the cue is taken back; in a relative clause, the person it is about keeps theirs.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View

GUARDS = ("time permit", "if time allows", "thank", " who ")
MAYBE = re.compile(r"\b(?i:if\s+time\s+(?:permits|allows)|time\s+permitting)\b")
OTHERS = re.compile(r"\b(?i:thank(?:s|ed|ing)?)\s+(?:all\s+)?(?:those|everyone|all|the\s+(?:guests|participants|people))"
                    r"\s+who\s+(?:had\s+|have\s+)?(?:attended|joined|took\s+part\s+in|taken\s+part\s+in|participated\s+in)\b")
# "Mr Y, who had attended ...": the clause is Y's, up to its closing comma or the sentence's end.
RELATIVE = re.compile(r"⟦person:(?P<p>\d+)⟧,?\s+who\s+(?:had\s+|has\s+|have\s+)?(?:previously\s+|earlier\s+|once\s+)?"
                      r"(?:attended|joined|took\s+part\s+in|taken\s+part\s+in|participated\s+in)\b[^,;]*")


def withdraw_attendance(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """Take back the attendance the sentence gave against its cues."""
    low = view.masked.lower()
    if not any(guard in low for guard in GUARDS):
        return
    for cue in (MAYBE, OTHERS):
        for match in cue.finditer(view.masked):
            clause_end = _clause_end(view.masked, match.end())
            _take_back(ctx, view, [h for h in hits if match.start() <= h.start < clause_end], keep=None)
    for match in RELATIVE.finditer(view.masked):
        keep = view.mention(match.group("p")).ref
        _take_back(ctx, view, [h for h in hits if match.start() <= h.start < match.end()], keep=keep)


def _clause_end(masked: str, at: int) -> int:
    stop = re.search(r";|,\s+(?:and|but|while)\s+|\.\s", masked[at:])
    return at + stop.start() if stop else len(masked)


def _take_back(ctx: DocContext, view: View, hits: list[EventHit], keep) -> None:
    f, index = ctx.findings, view.sentence.index
    for hit in hits:
        for person in f.objects(hit.iri, SDO.attendee):
            if person != keep and f.triples.get((hit.iri, SDO.attendee, person)) == {index}:
                f.discard(hit.iri, SDO.attendee, person)
