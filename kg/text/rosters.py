"""Rosters set out in two columns, as minutes and notices list who was present or who sits on a body.

"  Mr Mak Chi-hung, JP        Permanent Secretary for Home and Youth Affairs (Co-chair)": a name with its
honorific, a run of spaces (or a tab), then the person's title, perhaps wrapped onto lines indented to the
title's column. Such a line is no prose (it has no stop) and was dropped with the page's layout; it becomes a
sentence of its own, the title after the name as prose gives it: "Mr Mak Chi-hung, JP, Permanent Secretary for
Home and Youth Affairs (Co-chair)."
"""

from __future__ import annotations

import re

from kg.text.blocks import Found, replaced_blocks
from kg.text.page_shapes import LEAD_IN
from kg.text.salutations import HONORIFIC, salutations
from kg.text.title_lines import TITLE_LINE

# The name column: an honorific and a few words parted by single spaces (", JP" among them); the title column
# after a run of three spaces or a tab begins with a capital.
ROSTER = re.compile(rf"^(?P<indent>[ \t]*)(?P<name>{HONORIFIC} [A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){{0,6}})"
                    r"(?: {3,}|\t+)(?P<title>[A-Z][^\n\t]*?)[ \t]*$")
CUE = re.compile(rf"(?m)^[ \t]*{HONORIFIC} [^\n]*?\S(?: {{3,}}|\t)[A-Z]")
TERMINAL = re.compile(r"[.!?][\"')\]]*$")


def rosters(body: str) -> str:
    """The body with each roster line (and the lines its title wraps onto) as a sentence between blank lines.

    >>> rosters("Present:\\n  Ms Ada Quell     Director, Riverton Arts\\n                   Office\\nEnd.")
    'Present:\\n\\nMs Ada Quell, Director, Riverton Arts Office.\\n\\nEnd.'
    """
    body = members(salutations(body))
    if not CUE.search(body):
        return body
    return "\n".join(replaced_blocks(body.split("\n"), _read))


def _read(lines: list[str], i: int) -> Found | None:
    """A roster's line at ``i`` and the lines its title wraps onto, as a sentence between blank lines."""
    if (match := ROSTER.match(lines[i])) is None:
        return None
    title, column = match.group("title"), match.start("title")
    i += 1
    while i < len(lines) and lines[i].strip() and not ROSTER.match(lines[i]) and \
            len(lines[i]) - len(lines[i].lstrip(" ")) >= column - 2 > len(match.group("indent")):
        title = f"{title} {lines[i].strip()}"
        i += 1
    sentence = f"{match.group('name')}, {title}"
    return ["", sentence if TERMINAL.search(sentence) else sentence + ".", ""], i


# A legislature's list of members, one to a line: "Hon Andrew LEUNG Kwan-yuen (President of the Legislative Council,
# leader of the delegation)", "Ir Dr Hon YIP Tak-fai", "Hon WONG Mei-kuen, JP". The bare "Hon" is the legislator's
# prefix; the line says no more than a name, its honours and a role in brackets.
MEMBER = re.compile(r"^[ \t]*(?P<hon>(?:(?:Dr|Ir|Prof|Professor)\.?[ \t]+)*)(?:The[ \t]+)?Hon\.?[ \t]+"
                    r"(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,4})(?P<more>(?:,[ \t]+[A-Z]{2,4})*(?:[ \t]*\([^()\n]{1,160}\))?)"
                    r"[ \t]*$")
MEMBER_CUE = re.compile(r"(?m)^[ \t]*(?:(?:Dr|Ir|Prof|Professor)\.?[ \t]+)*(?:The[ \t]+)?Hon\.?[ \t]+[A-Z][\w'’.-]*[ \t]+[A-Z]")


def members(body: str) -> str:
    """The body with each line of a list of legislators as a sentence of its own between blank lines, the prefix
    as prose writes it ("the Hon X", "Dr the Hon Y").

    >>> members("Members:\\n  Hon Ada QUELL (Chairman of the Riverton Panel)\\n  Dr Hon Bo KETTLE, JP\\nEnd.")
    'Members:\\n\\nThe Hon Ada QUELL (Chairman of the Riverton Panel).\\n\\n\\nDr the Hon Bo KETTLE, JP.\\n\\nEnd.'
    """
    if "Hon" not in body or not MEMBER_CUE.search(body):
        return body
    out: list[str] = []
    under = False  # under a lead-in ("The delegation comprised the following Members:"): kg.text.page_shapes reads the list
    lines = body.split("\n")
    for i, line in enumerate(lines):
        match = MEMBER.match(line)
        if match is None or under or _titled_under(line, lines[i + 1] if i + 1 < len(lines) else ""):
            out.append(line)
            under = line.strip().endswith(":") and LEAD_IN.match(line.strip()) is not None or under and (not line.strip() or match is not None)
            continue
        prefix = f"{' '.join(match.group('hon').split())} the Hon" if match.group("hon") else "The Hon"
        out += ["", f"{prefix} {match.group('name')}{match.group('more')}.", ""]
    return "\n".join(out)


def _titled_under(line: str, following: str) -> bool:
    """Whether a name's line has the person's title on the line under it, indented further: an official's name and
    post (kg.text.title_lines joins them), not a legislator's line."""
    indent = len(following) - len(following.lstrip())
    return indent > len(line) - len(line.lstrip()) and TITLE_LINE.match(following) is not None
