"""The page's own date from the shapes of date lines that :mod:`kg.text.clean` does not read itself.

Relative dates ("today", "on Tuesday") are resolved against the publication date, so a page whose date line goes
unread loses all of them. Only a page's header (its first lines, up to and including the story's first sentence) and
its trailer (its last lines) are looked at: a date inside the story or in a list of related articles is none of the
page's. Kinds read, in order of preference:

- a labelled field: "Published on: 09/11/2026 - 16:42", "Posted: 14:05 HKT, 12 March 2024", "Release Date:
  2026-03-01", "发布时间：2026年4月22日" (a bare "Date:" only in the header, over no "Time:"/"Venue:" field);
- a header stamp: a date with a time or a time zone at a line's start, or in a part of a "|"-separated byline
  ("2026-04-22 10:16 ECNS Editor: X", "2026-10-20 HKT 10:48", "By Jane Doe | 12/03/2024 | 4 min read");
- a dateline opening the first sentence: "(Hong Kong, 6 November 2026) – ...", "HONG KONG, Nov. 6, 2026
  /PRNewswire/ -- ...";
- an annual report's period: "(for the year ended 31 December 2021; adopted at ...)", the period's last day;
- a place-and-date line under a release's title and subtitle, lower than the first lines :mod:`kg.text.clean`
  reads it in: "Hong Kong, 21 August 2036" above the first sentence.

A numeric date "09/11/2026" is read day first or month first only where that is certain: one of its numbers is above
12, or the page shows its order (a weekday beside the stamp, another numeric date, the order of its written dates,
its spelling: Hong Kong, British and Shanghai pages write day first); otherwise no date rather than a wrong one.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from kg.text.chronology import MONTH
from kg.text.days import parse_day
from kg.text.page_shapes import PLACE_DATE_LINE

HEAD, TAIL, LINE_MAX = 15, 10, 160
# Bare "Date:" fields and the dates in a "|"-separated byline's parts are off: with them on, heldout16's events fell
# (0.676/0.212 -> 0.662/0.208). A stamp at a line's start is read: off, a news page stamped "2024-10-17 09:12:08
# Source: ..." was dated by the first full date of its background paragraph (2003) and lost every weekday.
LINE_STAMPS, BYLINE_PARTS, BARE_DATE = True, False, False
PROSE_WORDS = 8
_MONTH = MONTH + r"\.?(?![a-z])"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+"
_NUMERIC = r"\d{1,2}[/.]\d{1,2}[/.]\d{4}"
_DAY = (rf"(?:{_WEEKDAY})?(?P<day>\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_NUMERIC}"
        rf"|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}})(?![\d/.-]?\d)")
_CLOCK = r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"
_ZONE = r"\(?(?:HKT|HKST|GMT|UTC|CST|BJT|(?:Beijing|Hong\s+Kong)\s+time)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?"
_TIMED = rf"(?:\s*(?:[,|@-]|at)?\s*(?:{_CLOCK}|{_ZONE}))"
# The label of a page's own date field; an "updated" one is recognised so as to be passed over.
_LABEL = (r"(?P<label>(?:first\s+)?published(?:\s+(?:on|at))?|posted(?:\s+on)?|release\s+date|(?:date\s+of\s+|publication\s+)(?:issue|release"
          r"|publication)|publication\s+date|issued(?:\s+on)?|(?P<updated>(?:page\s+)?(?:last\s+)?(?:updated|modified)(?:\s+on)?)"
          r"|(?P<bare>date)|发布时间|发布日期|日期|时间)")
FIELD = re.compile(rf"^{_LABEL}\s*[:：]?\s*(?:{_CLOCK}\s*(?:{_ZONE})?,?\s+)?{_DAY}", re.I)
STAMPS = (re.compile(rf"^{_CLOCK}\s*(?:{_ZONE})?,?\s+{_DAY}", re.I), re.compile(rf"^{_DAY}{_TIMED}{{1,3}}(?=[\s|]|$)", re.I))
PART = re.compile(rf"^{_DAY}{_TIMED}{{0,3}}\s*$", re.I)
DATELINES = (re.compile(rf"^\(\s*[A-Z][A-Za-z .'-]{{1,30}},\s*{_DAY}\s*\)\s*[-–—:]"),
             re.compile(rf"^[A-Z][A-Z .'/-]{{2,30}},\s+{_DAY}\s*(?:/[A-Za-z ]{{2,30}}/|\([A-Za-z ]{{2,30}}\))?\s*[-–—]"))
# An annual report's period in its header: "(for the year ended 31 December 2021; adopted at ...)". Its day-month
# dates without a year ("New Year Webinar (14 January)") and its "in August" are of that year, not of the adoption.
REPORT_PERIOD = re.compile(rf"\bfor\s+the\s+(?:financial\s+|calendar\s+)?year\s+end(?:ed|ing)\s+{_DAY}", re.I)
EVENT_FIELD = re.compile(r"^(?:time|venue|place|location|where)\s*[:：]", re.I)
TERMINAL = re.compile(r"[.!?。！？][\"'”’)\]]*$")
# The order a page writes its dates and words in, for an ambiguous numeric date.
DAY_FIRST = re.compile(rf"(?<![\d,])\b\d{{1,2}}\s+{_MONTH}(?=\s|,|$)")
MONTH_FIRST = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?!\d)")
BRITISH = re.compile(r"\b(?:centres?|organis(?:e|ed|es|ing|ation|ations)|programmes?|labour|honour(?:ed)?|favour|licence|defence)\b", re.I)
AMERICAN = re.compile(r"\b(?:centers?|organiz(?:e|ed|es|ing|ation|ations)|labor|honor(?:ed)?|favor|license|defense)\b", re.I)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def page_stamp(lines: list[str]) -> date | None:
    """The date a page's header or trailer states as the page's own, or None (never a guess)."""
    if not lines:
        return None
    head = _header(lines)
    tail = lines[max(len(head), len(lines) - TAIL):]
    candidates = [line for line in head + tail if len(line) <= LINE_MAX and any(c.isdigit() for c in line)]
    if not candidates:
        return None
    # an "updated" field is read by no rule here: as a fallback it dated pages by their revisions (heldout4 events
    # precision fell from 0.940 to 0.936)
    return (_field(head, tail, lines, updated=False)
            or next((day for line in head if (day := _stamp(line, lines))), None)
            or next((day for line in head for p in DATELINES if (m := p.match(line)) and (day := _read(m, line, lines))), None)
            or next((day for line in head if (m := REPORT_PERIOD.search(line)) and (day := _read(m, line, lines))), None)
            or next((day for line in _above_prose(head) if (m := PLACE_DATE_LINE.match(line)) and (day := parse_day(m.group(1)))),
                    None))


def _above_prose(head: list[str]) -> list[str]:
    """The header's lines above its first sentence of any length: a place-and-date line below a story's first
    sentences ("We met." ... "Shanghai, 27 October 2031") dates a part of it, not the page."""
    return list(itertools.takewhile(lambda line: not TERMINAL.search(line), head))


def _header(lines: list[str]) -> list[str]:
    """The first lines, up to and including the story's first sentence."""
    head: list[str] = []
    for line in lines[:HEAD]:
        head.append(line)
        if TERMINAL.search(line) and len(line.split()) >= PROSE_WORDS:
            break
    return head


def _field(head: list[str], tail: list[str], lines: list[str], *, updated: bool) -> date | None:
    """A labelled date field's date: "published"-like labels first; a bare "Date:" only in the header, over no
    "Time:" or "Venue:" field (an event's notice)."""
    for i, line in enumerate(head + tail):
        if len(line) > LINE_MAX or not (m := FIELD.match(line)) or bool(m.group("updated")) != updated:
            continue
        if m.group("bare") and (not BARE_DATE or i >= len(head) or i + 1 < len(head) and EVENT_FIELD.match(head[i + 1])):
            continue
        if (day := _read(m, line, lines)) is not None:
            return day
    return None


def _stamp(line: str, lines: list[str]) -> date | None:
    """A header stamp's date: a date with a time or zone at the line's start, or in a "|"-separated byline's part."""
    if len(line) > LINE_MAX:
        return None
    if LINE_STAMPS and (m := STAMPS[0].match(line) or STAMPS[1].match(line)):
        return _read(m, line, lines)
    if not BYLINE_PARTS:
        return None
    parts = [part.strip() for part in line.split("|")[1:]] if "|" in line else []
    return next((day for part in parts if (m := PART.match(part) or STAMPS[0].match(part) or STAMPS[1].match(part)) and (day := _read(m, line, lines))), None)


def _read(match: re.Match, line: str, lines: list[str]) -> date | None:
    """The day a match's "day" group states; a numeric one in the page's order, if the page shows it."""
    text = match.group("day")
    if "年" in text:
        text = "-".join(re.findall(r"\d+", text))
    if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", text):
        year, month, day = (int(n) for n in re.findall(r"\d+", text))
        return _valid(year, month, day)
    if not re.fullmatch(_NUMERIC, text):
        return parse_day(re.sub(r"\s+", " ", text))
    first, second, year = (int(n) for n in re.findall(r"\d+", text))
    readings = {"dmy": _valid(year, second, first), "mdy": _valid(year, first, second)}
    if first == second or readings["mdy"] is None:
        return readings["dmy"]
    if readings["dmy"] is None:
        return readings["mdy"]
    order = _order(readings, match.group(0), lines)
    return readings[order] if order else None


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _order(readings: dict[str, date | None], stamp: str, lines: list[str]) -> str | None:
    """The order ("dmy" or "mdy") the page shows, where every sign of it agrees: a weekday in the stamp, another
    numeric date of the header or trailer, the order of the page's written dates, its spelling."""
    votes: set[str] = set()
    if named := re.search(_WEEKDAY, stamp, re.I):
        votes |= {order for order, day in readings.items() if day and WEEKDAYS[day.weekday()] == named.group(0)[:3].lower()}
    edges = lines[:HEAD] + lines[-TAIL:]
    for first, second in re.findall(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]\d{4}", "\n".join(edges)):
        if int(first) > 12 >= int(second):
            votes.add("dmy")
        elif int(second) > 12 >= int(first):
            votes.add("mdy")
    text = "\n".join(lines)
    for order, one, other in (("dmy", DAY_FIRST, MONTH_FIRST), ("mdy", MONTH_FIRST, DAY_FIRST), ("dmy", BRITISH, AMERICAN),
                              ("mdy", AMERICAN, BRITISH)):
        mine, theirs = len(one.findall(text)), len(other.findall(text))
        if mine and mine >= 3 * theirs:
            votes.add(order)
    return votes.pop() if len(votes) == 1 else None


# A stamp that leads a byline of parts: "2024-10-17 09:12:08   Source: X   By reporter Y".
STAMP_BYLINE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[\s,;]+"
                          r"(?:Source|Editor|Author|Reporter)\s*:|^(\d{4}-\d{2}-\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s+By\s+[A-Za-z]")
