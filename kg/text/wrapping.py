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
from bisect import bisect_right
from datetime import date

from kg.text.chronology import MONTH, SESSION_HEADING
from kg.text.hyphens import join_wrapped
from kg.text.prefiltered import prefiltered

BROKEN_WORD = re.compile(r"(?<![\s-])[A-Za-z]{2,}-$")  # a word's first part at a line's end ("co-opera-")

# The page's width is the longest line up to this many characters (a longer line is a paragraph on one line).
MAX_WIDTH = 140
MIN_WIDTH = 60
FULL = 0.75  # share of the width from which a line is full
NEAR = 0.9  # share of the width from which a line is near it: a wrapped page's lines crowd there
TERMINAL = re.compile(r"[.!?:;。！？：；][\"'”’)\]]*$")
# A line that starts something of its own: a bullet or number, a field ("Time: ..."), a table row.
OWN_START = re.compile(r"^(?:[*•·▪◦‣–—-]\s|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s|[A-Z][\w /&'-]{0,30}:\s|Item\s+\d)")

SHORT = 0.6  # share of a block's widest line under which a line is no wrapped paragraph's full line
STOP = re.compile(r"[.!?。！？][\"'”’)\]]*$")
SESSION_LINE = prefiltered(re.compile(SESSION_HEADING))  # clean.py hands it to session_heading(), where install() does not look
RULE = re.compile(r"[*=_~#-]{4,}")  # a title's underline, a line of its own
BULLET_START = re.compile(r"[*•·▪◦‣–—-]\s")
_MONTH = MONTH + r"\.?"
_DAY_MONTH = rf"\d{{1,2}}\s+{_MONTH}"
_MONTH_DAY = rf"{_MONTH}\s+\d{{1,2}},?"
_ONE = (rf"(?:{_DAY_MONTH}\s+\d{{4}}|{_MONTH_DAY}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
        r"|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:19|20)\d{2})")
# A date alone on its line, or a range of dates: "1 May - 31 October 2010", "7-10 July 2025", "May 1 - October 31, 2010".
DATE_HEAD = re.compile(rf"(?:{_ONE}|(?:{_DAY_MONTH}|{_MONTH_DAY}|\d{{1,2}})\s*[–—-]\s*{_ONE})", re.I)


def page_width(lines: list[str]) -> int | None:
    """The width a page is hard-wrapped at: of the lines of at most MAX_WIDTH characters with three lines at least
    close to them, the one the most lines are near (three at least, and twice as many as are wider: a navigation bar,
    a title, a list's items on one line each, do not set it), else the longest line if three are close to it; None
    for a page that is not wrapped."""
    negated = sorted(-len(line) for line in lines if len(line) <= MAX_WIDTH)
    longest, best, most = None, None, 2
    for over, width in enumerate(-w for w in negated):
        if width < MIN_WIDTH:
            break
        if over and negated[over - 1] == -width or bisect_right(negated, -FULL * width) - over < 3:
            continue
        longest = longest if over else width
        if (near := bisect_right(negated, -NEAR * width) - over) > most and near >= 2 * over:
            best, most = width, near
    return best or longest


# A line that is a sentence of its own, from its opening word to its stop ("The Secretary said ... soon."), under a
# line that ends on a word a heading may end on ("... finance and trade", "... led by the Vice Mayor"): the
# heading's sentence, not the rest of the line above (run on, the heading's "Vice Mayor" was "Mr X"'s post).
OPENER = re.compile(r"^(?:The|A|An|He|She|It|They|We|I|This|These|Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\s")
OPEN_END = re.compile(r"\b(?i:of|the|a|an|and|or|to|in|on|at|for|by|with|from|that|which|as|its|their|his|her|between"
                      r"|into|under|over|said|says|is|are|was|were|will)$")


def _own_sentence(line: str, following: str) -> bool:
    return bool(OPENER.match(following) and TERMINAL.search(following) and not OPEN_END.search(line)
                and not line.endswith(("-", ",", "\u2013", "\u2014")))


def runs_on(line: str, following: str, width: int | None) -> bool:
    """Whether a line is wrapped at the page's width into the one that follows it in its block."""
    return (width is not None and FULL * width <= len(line) <= width and 0 < len(following) <= width
            and not TERMINAL.search(line) and not OWN_START.match(following) and "|" not in line + following
            and not DATE_HEAD.fullmatch(following) and not RULE.fullmatch(following) and not _own_sentence(line, following))


def in_wrapped(above: str, line: str, below: str, width: int | None) -> bool:
    """Whether a line that reads as a heading or a record ("4th Plenary Session of the ...", "* 2003 - First session,
    ... Co-chaired by A and") is part of a wrapped sentence: it starts in lower case, or the line above is full and
    has no end, or it runs on into the line below (a heading is a line of its own)."""
    return bool(above) and (line[:1].islower() or width is not None and FULL * width <= len(above) <= width
                            and not TERMINAL.search(above)) or runs_on(line, below, width)


def join_runs(block: list[str], width: int | None, text: str = "") -> list[str]:
    """A block's lines, with each full line joined to the line it runs on into; a bulleted item's full line to the
    next line that starts nothing of its own, even after a stop ("* 2018 - Fourth session. Carrie" / "Lam ...")."""
    out: list[str] = []
    last = ""
    for line in block:
        if out and (runs_on(last, line, width) or _item_goes_on(out[-1], last, line, width)):
            out[-1] = join_wrapped(out[-1], line, text)
        else:
            out.append(line)
        last = line
    return out


def _item_goes_on(item: str, last: str, line: str, width: int | None) -> bool:
    return (width is not None and BULLET_START.match(item) is not None and FULL * width <= len(last) <= width
            and 0 < len(line) <= width and not OWN_START.match(line) and "|" not in line and not DATE_HEAD.fullmatch(line))


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


# A numbered paragraph or section's first line: "113. Last October", "4.2 The", "1. OVERVIEW", "(c) The".
NUMBERED = re.compile(r"^(?:\(?\d{1,3}[.)]|\d{1,2}\.\d{1,2}|\([a-z]\))\s+[A-Z(]")


def heading_after(prev: str, line: str, widest: int) -> bool:
    """A short line with no stop under a sentence's end, in a wrapped block with no blank lines: a heading of its own,
    not the rest of a paragraph (which ends with its stop); a session's heading is one, made a statement; so is a
    numbered paragraph ("113. Last October, ...")."""
    if not STOP.search(prev):
        return False
    return bool(NUMBERED.match(line) or line[:1].isupper() and len(line) < SHORT * widest
                and (not STOP.search(line) or SESSION_LINE.match(line[:-1])) and not line.endswith((",", ";", ":", "-")))
