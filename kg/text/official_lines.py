"""A list of officials set out one to a line, the name, a comma and the title, with no bullet and no stop:

    SHANGHAI SIDE
    Ada Quell, Vice Mayor (finance and commerce)
    Bo Kettle, Deputy Secretary-General of the Riverton Municipal Government
    Cy Tambor, Director, Riverton Port Office

Each line was dropped with the page's layout; each is a sentence, as prose gives a title after a name. Only a run
of two such lines or more counts: one line of a name and a title alone may be a headline or a by-line.
"""

from __future__ import annotations

import re

from kg.text.salutations import HONORIFIC
from kg.text.title_lines import TITLE_START

# A name of two to four words (perhaps after an honorific, perhaps with honours after it), a comma and a title.
OFFICIAL = re.compile(rf"^[ \t]*(?:{HONORIFIC}[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{1,3}}(?:,[ \t]+[A-Z]{{2,4}})*"
                      rf",[ \t]+(?:the[ \t]+)?{TITLE_START}[^.!?:;\n]{{0,150}}$")
RUN = 2


def official_lines(body: str) -> str:
    """The body with each line of a run of officials' lines ended by a stop, a paragraph of its own.

    >>> official_lines("SIDE\\nAda Quell, Vice Mayor\\nBo Kettle, Director, Riverton Port Office\\n")
    'SIDE\\n\\nAda Quell, Vice Mayor.\\n\\n\\nBo Kettle, Director, Riverton Port Office.\\n\\n'
    >>> official_lines("It comprises:\\nAda Quell, Vice Mayor\\nBo Kettle, Director\\n")
    'It comprises:\\nAda Quell, Vice Mayor\\nBo Kettle, Director\\n'
    """
    lines = body.split("\n")
    listed = [OFFICIAL.match(line) is not None for line in lines]
    if sum(listed) < RUN:
        return body
    out: list[str] = []
    lead = ""  # the last line before the block: a lead-in ("The delegation comprises:") makes the block its list
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            out.append(lines[i])
            i += 1
            continue
        end = next((j for j in range(i, len(lines)) if not lines[j].strip()), len(lines))
        run = listed[i + 1:end] if not listed[i] else listed[i:end]  # a heading may open the block
        if len(run) >= RUN and all(run) and not lead.endswith(":") and not lines[i].rstrip().endswith(":"):
            out += [lines[i]] * (not listed[i]) + [f"\n{line.strip()}.\n" for line in lines[end - len(run):end]]
        else:
            out += lines[i:end]
        lead, i = lines[end - 1].rstrip(), end
    return "\n".join(out)
