"""The two leaders a retrospective names right after the session they met at.

"The third session, in Shanghai in April 2015, is the one historians will remember. A, then chief executive, and
B, then the city's mayor, agreed to drop ... from the conference's name." Two people who open a sentence and
together agree, decide, sign or launch something sat at the one session the sentence before told; not where
that sentence told two sessions or none, nor a sentence with a session of its own.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.presence import attend

PERSON = r"⟦person:\d+⟧"
# "A, then ..., and B, then ..., agreed to": each with at most an appositive of their own
PAIR = re.compile(rf"^(?P<who>{PERSON}(?:,\s+[^,;.⟦]{{3,60}},)?\s+and\s+{PERSON})(?:,\s+[^,;.⟦]{{3,60}},)?\s+(?:jointly\s+|together\s+)?"
                  r"(?:agreed|decided|resolved|signed|launched|unveiled|endorsed|witnessed)\b")


def pair_after(ctx: DocContext, view: View) -> None:
    """Seat the two leaders a sentence opens with at the one session the sentence before told."""
    if not view.masked.startswith("⟦") or (match := PAIR.match(view.masked)) is None:
        return
    before = view.sentence.index - 1
    told = [iri for head, iri in ctx.events if head == "session" and before in ctx.findings.mentions.get(iri, ())]
    if len(set(told)) == 1:
        attend(ctx, view, told[0], view.people(match.group("who")))
