"""A caption's lead-in, and a transcript's speaker label that looks like one.

A photo caption may open with a short label ("Deal sealed: Officials mark ..."), no part of its sentence, and
dropped. A transcript's turns open with a label of the same shape ("Chief Executive: Good afternoon.",
"Reporter: When will ...?", "Interviewer: ..."): the speaker, who is the turn's "I", kept. A text is a
transcript where a questioner's label opens a line ("Reporter:", "Question:", "Interviewer:", "Host:"), or where
two labels naming speakers each open two lines or more (turns alternate; captions' lead-ins differ one from
another). Only labels that ask, name a speaker or come back are kept: "Share: ..." is the page's furniture.
"""

from __future__ import annotations

import re
from collections import Counter

CAPTION_LEAD = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,2}:\s+(?=[A-Z\"])")
# Who asks in a transcript: reporters, an interviewer, a programme's host, a caller, an audience.
ASKERS = re.compile(r"(?i)(?:reporters?|journalists?|questions?|q|interviewer|host|moderator|anchor|presenter|caller"
                    r"|audience(?:\s+member)?|participants?|mc|media)")
# A label that names a speaker by honorific or title: "Mr Lee", "Chief Executive", "Secretary", "Mayor Gong".
SPEAKER = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Ir|Sir)\.?\s|\b(?:Chief|Secretary|Mayor|Director|Minister|President"
                     r"|Chairman|Chairperson|Chair|Commissioner|Governor|Professor|Guest|Speaker|Panellist|Answer|A)\b")
# Leads that are never a speaker: the page's furniture over a caption.
NOT_SPEAKERS = re.compile(r"(?i)(?:photos?|pictures?|videos?|images?|source|caption|credits?|file|updated?|note|editor's\s+note)")


def turn_labels(lines: list[str]) -> frozenset[str]:
    """The labels that open a transcript's turns among the lines, or none where the text is no transcript.

    >>> sorted(turn_labels(["Reporter: When?", "Chief Executive: Soon.", "Photo: A view."]))
    ['Chief Executive', 'Reporter']
    >>> sorted(turn_labels(["Deal sealed: Officials sign.", "Warm welcome: The Mayor arrives."]))
    []
    """
    leads = Counter(m.group(0).split(":")[0] for line in lines if ":" in line[:40] and (m := CAPTION_LEAD.match(line)))
    leads = Counter({lead: n for lead, n in leads.items() if not NOT_SPEAKERS.fullmatch(lead)})
    turns = {lead for lead, n in leads.items() if ASKERS.fullmatch(lead) or SPEAKER.search(lead) or n >= 2}
    if any(ASKERS.fullmatch(lead) for lead in turns) or sum(leads[t] >= 2 and bool(SPEAKER.search(t)) for t in turns) >= 2:
        return frozenset(turns)
    return frozenset()


def caption_lead(line: str, turns: frozenset[str]) -> str:
    """The line without a caption's lead-in; a transcript's speaker label kept."""
    match = CAPTION_LEAD.match(line)
    if match is None or match.group(0).split(":")[0] in turns:
        return line
    return line[match.end():]
