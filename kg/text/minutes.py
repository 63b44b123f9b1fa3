"""The head of a meeting's minutes, read as the sentences it stands for.

Minutes open with field lines ("Date: Wednesday, 18 March 2026", "Venue: Conference Room 1, Central Government
Offices") and lists of the people "Present:", "In attendance:" and "Absent with apologies:", set out one a line,
with the name and the title in two columns (runs of spaces or a tab) or parted by a comma, a long title running on
in the title's column, and the sides as group lines ("Hong Kong side"). None of these ends with a stop, so the
cleaner would drop them all. Where a text has such a list and a "Minutes of ..." line, the meeting is told as
one sentence ("The Third Meeting of the Working Group on ... was held at <venue> on <date>."), the people present
or in attendance as another ("Present at the meeting were Mr A, Title; Ms B, Title."), and those absent as a
third that names their posts but not the meeting ("Absent with apologies were Mr C, Title."). A title set out as
"Deputy Director, Shanghai Municipal Education Commission" is the post in that body ("Deputy Director of the
Shanghai Municipal Education Commission"); honours after a name ("JP", "SBS") and remarks in brackets
("(Co-chair)", "(for item 4)") are left out of the sentences.
"""

from __future__ import annotations

import re

# The cheap sign of a list of those present or absent, on the lowered text.
CUES = ("present:", "attendance:", "absent", "apologies")
LIST_HEAD = re.compile(r"^\s*(?P<h>(?:members\s+)?present|(?:also\s+)?in\s+attendance|also\s+present|absent(?:\s+with\s+apologies)?"
                       r"|apologies(?:\s+for\s+absence)?)\s*:\s*(?P<rest>.*)$", re.I)
MINUTES = re.compile(r"^\s*(?:draft\s+|confirmed\s+)?minutes\s+of\s+(?:the\s+)?(?P<m>[A-Z0-9][^.:;]{2,120}?)\s*$", re.I)
FIELD = re.compile(r"^\s*(?P<k>Date|Venue|Place)\s*:\s*(?P<v>\S.*?)\s*$", re.I)
HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|The\s+Hon\.?|Hon\.?|Ir|Rev)"
# A member's line: a name (after an honorific) then, after a run of spaces, a tab or a comma, the title.
ENTRY = re.compile(rf"^(?P<indent>\s*)(?P<name>{HONORIFIC}\s+[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){{0,4}}"
                   r"(?:,\s*(?:[A-Z]{2,4}|\([A-Z]{2,4}\))(?=\s))*)(?:\s{2,}|\t|,\s+)(?P<title>\S.*?)\s*$")
ALONE = re.compile(rf"^\s*(?P<name>{HONORIFIC}\s+[A-Z][\w'’.-]*+(?: [A-Z][\w'’.-]*+){{0,4}})\s*$")
HONOURS = re.compile(r"(?:,\s*(?:[A-Z]{2,4}|\([A-Z]{2,4}\)))+$")
REMARK = re.compile(r"\s*\([^()]{1,60}\)")
# "Deputy Director, Shanghai Municipal Education Commission": a post, then its body.
POST_BODY = re.compile(r"^(?P<post>[A-Z][\w'’-]*+(?: [A-Z][\w'’-]*+){0,4}),\s+(?!the\b)(?P<body>[A-Z].*)$")
# A title that goes on as a clause ("the Chairman, welcomed members ..."): no member's line.
PROSE = re.compile(r",\s+(?!(?:the|an?|and|of)\b)[a-z]")
GROUP = re.compile(r"^\s*[A-Z][\w'’/-]*(?:\s+[\w'’/-]+){0,5}\s*:?\s*$")


def _title(title: str) -> str:
    title = REMARK.sub("", title).strip(" ,;")
    match = POST_BODY.match(title)
    return f"{match.group('post')} of the {match.group('body')}" if match else title


def _list(lines: list[str], start: int) -> tuple[list[str], int]:
    """The members listed from ``start``: "Name, Title" each, and the index past the list."""
    members: list[str] = []
    column = None
    i = start
    while i < len(lines):
        line = lines[i]
        if LIST_HEAD.match(line):
            break
        entry = ENTRY.match(line) or ALONE.match(line)
        if entry and PROSE.search(entry.groupdict().get("title") or ""):
            break  # "Ms A, Chief Curator, briefed members on ...": the minutes' prose, after the list
        if entry:
            name = HONOURS.sub("", entry.group("name")).strip()
            title = entry.groupdict().get("title")
            members.append(f"{name}, {title}" if title else name)
            column = line.find(title) if title else None
        elif line.strip() and column is not None and members and len(line) - len(line.lstrip()) >= column - 2 > 0:
            members[-1] = f"{members[-1]} {line.strip()}"  # the title runs on in its column
        elif line.strip() and not (GROUP.match(line) and _next_entry(lines, i + 1)):
            break
        i += 1
    return [_member(m) for m in members], i


def _member(member: str) -> str:
    name, _, title = member.partition(", ")
    return f"{name}, {_title(title)}" if title else name


def _next_entry(lines: list[str], i: int) -> bool:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i < len(lines) and bool(ENTRY.match(lines[i]) or ALONE.match(lines[i]))


def _meeting(lines: list[str]) -> str | None:
    """The meeting the minutes are of: "Minutes of the Third Meeting" with the body named on the line above."""
    for i, line in enumerate(lines):
        if match := MINUTES.match(line):
            meeting = match.group("m")
            if " of " not in meeting and (above := _above(lines, i)):
                meeting = f"{meeting} of the {above}"
            return f"The {meeting}" if not meeting.lower().startswith("the ") else meeting
    return None


def _above(lines: list[str], i: int) -> str | None:
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    text = lines[j].strip() if j >= 0 else ""
    return text if 3 <= len(text.split()) <= 12 and not text.endswith((".", ":")) and not text.isupper() else None


def read_minutes(body: str) -> str:
    """The body, with the head of a meeting's minutes told as sentences; any other text as it is."""
    lowered = body.lower()
    if "minutes" not in lowered or not any(cue in lowered for cue in CUES):
        return body
    lines = body.split("\n")
    meeting = _meeting(lines)
    if meeting is None or not any(LIST_HEAD.match(line) for line in lines):
        return body
    fields: dict[str, str] = {}
    for line in lines:
        if (field := FIELD.match(line)) is not None:
            fields.setdefault(field.group("k").lower()[:4], field.group("v"))
    place = fields.get("venu") or fields.get("plac")
    held = (f" at {place}" if place else "") + (f" on {fields['date']}" if "date" in fields else "")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if FIELD.match(line):
            out += ["", f"{meeting} was held{held}.", ""] if held else []
            held = ""
            i += 1
            continue
        head = LIST_HEAD.match(line)
        if head is None:
            out.append(line)
            i += 1
            continue
        first = [head.group("rest")] if head.group("rest") else []
        members, j = _list(first + lines[i + 1:], 0)
        if not members and first:  # "Present: all members except ..." is prose, kept as it is
            out.append(line)
            i += 1
            continue
        i = max(i + 1, i + 1 + j - len(first))
        out += ["", _told(head.group("h"), members), ""]
    return "\n".join(out)


def _told(head: str, members: list[str]) -> str:
    if not members:
        return ""
    listed = "; ".join(members)
    if head.lower().startswith(("absent", "apolog")):
        return f"{head[:1].upper()}{head[1:].lower()} were {listed}."
    return f"{'Also in attendance at' if 'attendance' in head.lower() else 'Present at'} the meeting were {listed}."
