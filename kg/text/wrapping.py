"""Lines hard-wrapped at the page's width in blocks too short or too ragged for the block test of the cleaner
(two lines; a date heading over three), and a chronology's date headings.

A page wrapped at a width has many lines close to it: a line that wide, with no stop, colon or semicolon at its
end, runs on into the next line of its block ("... the Government of the Hong Kong Special" / "Administrative
Region ..."), whatever case the next line starts with. A line no wider than the page's width is the only kind
that runs on: a title over a paragraph written on one long line keeps its own line.

A chronology ("Key dates") heads each block with its date alone on a line, in any of many styles ("27 October
2003", "Sept 2006", "2012-01-05", "21.8.2018", "Apr 11, 2024", "1 May - 31 October 2010", "2027"): the date is
joined to the block's first line ("27 October 2003, The Conference is set up."), so that its first sentence is
dated by it, as a "Key dates" line that gives its date first is; a date in figures is written out ("21.8.2018" as
"21 August 2018", day first as Hong Kong writes it), as the sentence rules read dates. Only where two blocks at least
are so headed.
"""

from __future__ import annotations

import re
from datetime import date

from kg.text.chronology import MONTH

# The page's width is the longest line up to this many characters (a longer line is a paragraph on one line).
MAX_WIDTH = 140
MIN_WIDTH = 60
FULL = 0.75  # share of the width from which a line is full
TERMINAL = re.compile(r"[.!?:;。！？：；][\"'”’)\]]*$")
# A line that starts something of its own: a bullet or number, a field ("Time: ..."), a table row.
OWN_START = re.compile(r"^(?:[*•·▪◦‣–—-]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|[A-Z][\w /&'-]{0,30}:\s|Item\s+\d)")

_MONTH = MONTH + r"\.?"
_DAY_MONTH = rf"\d{{1,2}}\s+{_MONTH}"
_MONTH_DAY = rf"{_MONTH}\s+\d{{1,2}},?"
_ONE = (rf"(?:{_DAY_MONTH}\s+\d{{4}}|{_MONTH_DAY}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
        r"|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:19|20)\d{2})")
# A date alone on its line, or a range of dates: "1 May - 31 October 2010", "7-10 July 2025", "May 1 - October 31, 2010".
DATE_HEAD = re.compile(rf"(?:{_ONE}|(?:{_DAY_MONTH}|{_MONTH_DAY}|\d{{1,2}})\s*[–—-]\s*{_ONE})", re.I)


def page_width(lines: list[str]) -> int | None:
    """The width a page is hard-wrapped at: its longest line of at most MAX_WIDTH characters, where three lines
    at least come close to it; None for a page that is not wrapped."""
    widths = [len(line) for line in lines if len(line) <= MAX_WIDTH]
    width = max(widths, default=0)
    if width < MIN_WIDTH or sum(w >= FULL * width for w in widths) < 3:
        return None
    return width


# A line that is a sentence of its own, from its opening word to its stop ("The Secretary said ... soon."), under a
# line that ends on a word a heading may end on ("... finance and trade", "... led by the Vice Mayor"): the
# heading's sentence, not the rest of the line above (run on, the heading's "Vice Mayor" was "Mr X"'s post).
OPENER = re.compile(r"^(?:The|A|An|He|She|It|They|We|I|This|These|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\s")
OPEN_END = re.compile(r"\b(?i:of|the|a|an|and|or|to|in|on|at|for|by|with|from|that|which|as|its|their|his|her|between"
                      r"|into|under|over|said|says|is|are|was|were|will)$")


def _own_sentence(line: str, following: str) -> bool:
    return bool(OPENER.match(following) and TERMINAL.search(following) and not OPEN_END.search(line)
                and not line.endswith(("-", ",")))


def runs_on(line: str, following: str, width: int | None) -> bool:
    """Whether a line is wrapped at the page's width into the one that follows it in its block."""
    return (width is not None and FULL * width <= len(line) <= width and 0 < len(following) <= width
            and not TERMINAL.search(line) and not OWN_START.match(following) and "|" not in line + following
            and not DATE_HEAD.fullmatch(following) and not _own_sentence(line, following))


def join_runs(block: list[str], width: int | None) -> list[str]:
    """A block's lines, with each full line joined to the line it runs on into."""
    out: list[str] = []
    for line in block:
        if out and runs_on(out[-1], line, width):
            out[-1] = out[-1][:-1] + line if out[-1].endswith("-") and line[:1].islower() else f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def date_headings(lines: list[str]) -> list[str]:
    """The lines, with each date heading a block joined to the block's first line, where two blocks or more are
    so headed (a chronology); the other lines as they are."""
    heads = [i for i, line in enumerate(lines[:-1]) if line and lines[i + 1] and len(line) <= 40
             and DATE_HEAD.fullmatch(line) and not DATE_HEAD.fullmatch(lines[i + 1])]
    if len(heads) < 2:
        return lines
    out = list(lines)
    for i in reversed(heads):
        out[i:i + 2] = [f"{_written(lines[i])}, {lines[i + 1]}"]
    return out


JOINED = re.compile(rf"^({_DAY_MONTH}\s+\d{{4}}|{_MONTH_DAY}\s+\d{{4}}), ", re.I)
NUMERIC = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})[./](?P<m2>\d{1,2})[./](?P<y2>\d{4})")


def _written(head: str) -> str:
    """A date in figures written out ("2012-01-05" as "5 January 2012"); any other heading as it is."""
    match = NUMERIC.fullmatch(head)
    if match is None:
        return head
    year, month, day = (int(match.group(k) or match.group(k + "2")) for k in ("y", "m", "d"))
    if match.group("d2") and month > 12 >= day:
        day, month = month, day
    try:
        return f"{date(year, month, day):%-d %B %Y}"
    except ValueError:
        return head


def headed_day(line: str, full_day) -> date | None:
    """The day of a block that :func:`date_headings` headed with a full date (by ``full_day``), else None."""
    head = JOINED.match(line)
    return full_day(head.group(1)) if head else None
