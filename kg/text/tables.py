"""Plain-text tables (cells parted by "|" or by tabs, a heading row first), read as one sentence a row.

A row becomes its cells, each after its column's heading, and ends with a stop: "Session: 1st | Date: 27
October 2003 | Venue: Shanghai | Co-chairs: Tung Chee-hwa, Han Zheng." So a row keeps what its cells mean,
is quoted as the table gives it, and is no longer dropped for want of a full stop or joined to its
neighbours as a hard-wrapped line. Only a heading row that names what tables of this domain list
(sessions, dates, venues, co-chairs, posts, agreements) starts a table: a row of site navigation
("Home | About Us | Contact Us") does not.

>>> linearise(["Session | Year | Venue", "|---|---|---|", "1st | 2003 | Shanghai", "2nd | 2012 | Hong Kong", "Ends"])
['', 'Session: 1st | Year: 2003 | Venue: Shanghai.', '', 'Session: 2nd | Year: 2012 | Venue: Hong Kong.', '', 'Ends']
"""

from __future__ import annotations

import re

SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")
# What a heading names, in tables of sessions, meetings, agreements and officials.
HEADING_WORDS = re.compile(
    r"(?i)\b(?:session|plenary|meeting|no|number|date|year|venue|place|location|city|host|co-?chairs?|chair\w*"
    r"|attendees?|participants?|delegation|leaders?|led\s+by|agreements?|documents?|signed|signator\w*|parties|areas?|fields?|sectors?"
    r"|progress|title"
    r"|post|officials?|chief\s+executive|mayor|secretary|hong\s+kong|shanghai)\b|^#$")
MAX_HEADING = 40
# A heading's gloss in brackets ("Co-chairs (Chief Executive / Mayor of Shanghai)") says what its column holds;
# it does not make the heading a sentence.
BRACKETED = re.compile(r"\s*\([^()]*\)$")
# What parts columns aligned by runs of spaces (the cleaner marks them so); such columns are also a page's
# layout, so they make a table only where its rows are numbered (NUMBERED).
ALIGNED = "\ue000"
# Columns aligned by spaces are a table only where each row opens with its number ("3", "3rd", "Third Plenary Session").
NUMBERED = re.compile(r"(?i)^(?:\d{1,2}(?:st|nd|rd|th)?\.?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
                      r"|twelfth)(?:\s+(?:plenary\s+)?(?:session|meeting))?)$")
# A row as :func:`linearise` writes it.
ROW = re.compile(r"^[^|:]{1,80}: [^|]*(?: \| [^|:]{1,80}: [^|]*)+\.$")


def cells(line: str) -> list[str] | None:
    """A line's cells, where it has at least two parted by "|" or by tabs."""
    if "|" in line:
        parts = line.replace(ALIGNED, " ").strip().strip("|").split("|")
    elif "\t" in line or ALIGNED in line:
        parts = re.split(rf"[\t{ALIGNED}]", line)
    else:
        return None
    parts = [part.strip() for part in parts]
    return parts if len(parts) >= 2 else None


def _heading(row: list[str], ruled: bool = False) -> bool:
    """Whether a row heads a table; one a rule underlines (Markdown's "|---|") may have longer headings ("Venue of
    the Meeting Held by the Two Sides"), and any heading a gloss in brackets."""
    longest = MAX_HEADING * 2 if ruled else MAX_HEADING
    return (all(0 < len(BRACKETED.sub("", cell)) <= longest and not re.search(r"\d{3}", cell) for cell in row)
            and sum(bool(HEADING_WORDS.search(cell)) for cell in row) >= 2)


def row_sentence(heading: list[str], row: list[str]) -> str:
    told = [f"{name.rstrip('.:')}: {value.rstrip('.;,')}" for name, value in zip(heading, row) if value.strip("-–— ")]
    return " | ".join(told) + "."


def linearise(lines: list[str]) -> list[str]:
    """The lines, with each table's rows as sentences of their own (blank lines around them), and tabs
    elsewhere as spaces."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        heading = cells(lines[i])
        ruled = i + 1 < len(lines) and SEPARATOR.match(lines[i + 1]) is not None
        rows, j, table = [], i + 1, heading is not None and _heading(heading, ruled)
        while table and j < len(lines) and (
                SEPARATOR.match(lines[j]) or (row := cells(lines[j])) is not None and len(row) == len(heading)):
            if not SEPARATOR.match(lines[j]):
                rows.append(row)
            j += 1
        if not rows or ALIGNED in lines[i] and not all(NUMBERED.match(row[0]) for row in rows):
            out.append(re.sub(rf"[\t{ALIGNED}]", " ", lines[i]))
            i += 1
            continue
        out.append("")
        for row in rows:
            out += [row_sentence(heading, row), ""]
        i = j
    return out
