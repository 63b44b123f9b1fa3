"""The mechanism's founding, told of it by a back reference or an apposition rather than by its name.

Letters, features and papers that have named the mechanism go on: "The mechanism began in 2003 as the X", "That
mechanism was set up on 27 October 2003, when ...", "This conference mechanism has been running since 2003", or
describe it in apposition: "the X, a government-to-government forum set up in 2003 that ...". The date must follow
the verb at once ("began in 2003"), so that "began to look at healthcare in 2021" dates nothing; a back reference
counts only once the text has named the mechanism, and only as the sentence's subject.
"""

from __future__ import annotations

import re

from rdflib.namespace import DCTERMS

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import other_bodies

FOUNDING = (r"(?:(?:was|had\s+been)\s+(?:officially\s+|formally\s+|jointly\s+|first\s+)?(?:set\s+up|established|founded|launched|created|inaugurated)"
            r"|(?:has|had)\s+been\s+(?:running|operating|in\s+operation|in\s+place)(?=\s+since\b|\s+$))")
# "began"/"started" only of the mechanism: "The conference started on 5 May with a speech" is a session's day
BACK = re.compile(rf"^(?:The|This|That)\s+(?:co-?operation\s+)?(?:conference\s+)?(?:mechanism\s+(?:began|started)|(?:mechanism|[Cc]onference)\s+{FOUNDING})"
                  r"\s+(?:(?:in|on|since)\s+)?$")
# "⟦conf⟧, a government-to-government forum set up in 2003": a noun phrase of its own, then the participle
APPOSED = re.compile(r"⟦conf:\d+⟧,\s+(?:a|an)\s+[^,;.⟦]{0,60}?\b(?:set\s+up|established|founded|launched|created)\s+(?:(?:in|on)\s+)?$")
CUES = ("began", "started", "set up", "established", "founded", "launched", "created", "inaugurated", "since")


def founded_back(ctx: DocContext, view: View, dates: list[DateSpan], conference) -> None:
    """Record the mechanism's founding date where a back reference or an apposition tells it."""
    masked = view.masked
    if not dates or not any(cue in masked for cue in CUES):
        return
    for day in dates:
        at = masked_pos(view, day.start_char)
        head = masked[max(0, at - 120):at]
        back = masked.startswith(("The ", "This ", "That ")) and BACK.match(masked[:at]) is not None \
            and conference in ctx.findings.mentions and _ours_last(ctx, view)
        if back or ("⟦conf" in head and APPOSED.search(head)):
            ctx.findings.add(conference, DCTERMS.created, day.start, view.sentence)
            return


def _ours_last(ctx: DocContext, view: View) -> bool:
    """Whether the body named last before the sentence is ours, not another ("The Hong Kong/Guangdong Co-operation
    Joint Conference met in June. The conference was established in 1998.")."""
    for _, before, _ in reversed(ctx.views):
        if before is view:
            continue
        bodies, ours = other_bodies(before), before.masked.rfind("⟦conf")
        if bodies or ours >= 0:
            return ours > (bodies[-1][0] if bodies else -1)
    return False
