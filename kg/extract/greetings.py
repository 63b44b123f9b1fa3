"""Those a speech's salutation greets by title and surname, resolved once the whole text is read.

"Following is the speech by the Secretary for X, Mr A, at the Y today (May 8): Vice Mayor Hua, Director Zhu,
distinguished guests, ladies and gentlemen," names its guests by title and surname; the speech may give their
full names only later ("... to welcome Vice Mayor Hua Yuan of Shanghai"). At the end of the document, each
"<Title> <Surname>" of the salutation that one post holder the text told fits is at the events the speaker
was said to be at in the heading.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.patterns import HEADING
from kg.extract.title_surname import TITLED, holder_of

SALUTATION = re.compile(r":\s+(?P<who>[^.;:]*?)\b(?:distinguished\s+guests|ladies\s+and\s+gentlemen|friends)\b", re.I)


def greet_later(ctx: DocContext) -> None:
    """Put at the heading's events the people its salutation greets whom the text named only after it."""
    if ctx.author is None:
        return
    for sentence, view, _ in ctx.views[:3]:
        if not HEADING.match(sentence.text) or (greeting := SALUTATION.search(sentence.text)) is None:
            continue
        events = [s for s, o in ctx.findings.pairs(SDO.attendee) if o == ctx.author
                  and sentence.index in ctx.findings.triples.get((s, SDO.attendee, o), ())]
        for match in TITLED.finditer(sentence.text, greeting.start("who"), greeting.end("who")):
            if any(m.start < match.end() and match.start() < m.end for m in view.mentions):
                continue  # resolved as the sentence was read
            person = holder_of(ctx, match.group("title"), match.group("surname"))
            for event in events if person is not None else ():
                ctx.findings.add(event, SDO.attendee, person, sentence)
        return
