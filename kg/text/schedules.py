"""A schedule of engagements: rows that open with a time and a dash ("10am — chairs a meeting of ..., Central
Government Offices", "2.30pm - Visit to ..."), under a weekday heading with its day ("Monday (November 20)",
"Tuesday, 21 November").

A row ends without a stop, so it would be read as a heading and left out: it is kept as a statement. The
heading names the day without its year, which is the page's own (the nearest such day to it), so the rows
under it are dated once the page's day is known.

A rundown is a table of the same: a time, the programme and its venue in cells ("09:30 | Arrival of the
delegation | Main Lawn, Government House"), under a "Date: 5 November 2026" line that dates its rows.
"""

from __future__ import annotations

import re
from datetime import date

from kg.text.days import MONTH_NAMES, MONTHS, parse_day
from kg.text.page_shapes import WEEKDAY

_TIME = r"(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)|(?:12\s*)?noon|midday)"
# "10am —", "6.30pm -", "9am - 11am:", "Noon –": a time (or a span of them), then a dash or a colon; a diary's row as
# :func:`diary_rows` writes it ("09:00 — ...", "Time TBC — ...").
TIME_ROW = re.compile(rf"^(?i:{_TIME}(?:\s*(?:-|–|to)\s*{_TIME})?)\s*(?:[—–-]+|:)\s+(?=\S)"
                      r"|^(?:\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?|Time\s+TBC)\s+—\s+(?=\S)")
VENUE_LINE = re.compile(r"^Venue\s*:\s+(?=\S)")
_DIARY_TIME = rf"(?i:{_TIME}|\d{{1,2}}:\d{{2}})"
# A diary's time, set off from its row by spaces alone ("9.30am      The Secretary ... chairs ..."), or on a line
# of its own above the row ("10.30am - 12noon"); "Time TBC" for an hour not yet fixed.
DIARY_TIME = re.compile(rf"^(?P<t>{_DIARY_TIME}(?:\s*(?:-|–|to)\s*{_DIARY_TIME})?|Time\s+TBC)(?:\s+(?=[A-Z])|$)")
STOP = re.compile(r"[.!?][\"'”’)\]]*\s*$")
_CLOCK = r"(?:\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday)"
# "09:30 | ...", "2.30pm - 3pm\t...": a time (or a span of them) as a table's first cell.
RUNDOWN_ROW = re.compile(rf"^(?i:{_CLOCK}(?:\s*(?:-|–|to)\s*{_CLOCK})?)\s*[|\t]\s*(?=\S)")
# "12:40  Arrive Shanghai", "09:30 Hong Kong-Shanghai Roundtable | Lujiazui": a programme's row, its time set off by
# spaces alone (a 24-hour clock, so that no figure of prose reads as one; "9:15 AM · Mar 14" is a post's stamp).
SPACED_ROW = re.compile(r"^(?P<t>\d{1,2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2})?)\s+(?![AaPp]\.?[Mm]\b)(?=[A-Z\"“])")
# "2017-09-12  Visit to the X Centre; meeting with the Y Division": a programme's day in figures, then its items.
DAY_ROW = re.compile(r"^(?P<d>(?:19|20)\d\d-\d\d-\d\d)\s+(?=[A-Z][a-z])(?P<items>[^|\t]+)$")
# A programme's rows span a visit's days; rows further apart are a chronology's.
PROGRAMME_DAYS = 14
# "2017-09-12 | Visit to the X Centre.": such an item as a rundown's row, headed by its day.
DAY_CELL = re.compile(r"^(?P<d>(?:19|20)\d\d-\d\d-\d\d)\s\|\s")
# "Keynote: Mr A", "Panellists: Ms B; Mr C": who speaks at the row above.
FIELD_LINE = re.compile(r"^(?P<f>(?:Keynote|Speakers?|Panell?ists?|Moderators?|Guests?|Hosts?|Chairs?|Officiating\s+guests?|Attendees?)"
                        r"(?:\s+speakers?)?)\s*:\s+(?=\S)", re.I)
# "Date: 5 November 2026 (Thursday)", "Date: Thursday, November 5, 2026": the day of the rundown below it.
DATE_LINE = re.compile(r"^Date\s*:\s*(?P<d>[\w ,]{6,40}?\d{4})\s*(?:\(\w+\))?\.?$")
_MONTH = "|".join(sorted({*MONTH_NAMES, *(m[:3] for m in MONTH_NAMES), "sept"}, key=len, reverse=True))
# "Monday (November 20)", "Monday, November 20", "Tuesday, 21 November", "Wednesday (22 Nov)".
# "Day 1 (Monday, 14 April)", "Day 2 - Tuesday, April 15", "Monday, March 10, 2014": a programme's day, numbered or with its year.
WEEKDAY_HEADING = re.compile(rf"^(?:Day\s+\d{{1,2}}\s*[:.,–—-]?\s*\(?\s*)?{WEEKDAY}\s*(?:,\s*|\(\s*)(?:(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}})"
                             rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?)(?:,?\s+(?P<y>(?:19|20)\d\d))?\s*\)?"
                             r"(?:\s*[-–—]\s*in\s+[A-Z][\w ]{1,30})?:?$", re.I)


# "1. November 15 (Wednesday), 18:30", "2. 16 November (Thursday), 09:00-11:30": a numbered activity's day and time.
DATED_ITEM_LINE = re.compile(rf"^\d{{1,2}}\.\s+(?P<d>(?:(?i:{_MONTH}))\s+\d{{1,2}}|\d{{1,2}}\s+(?:(?i:{_MONTH})))\s*\(\s*(?P<w>{WEEKDAY})\s*\),?\s+"
                             r"(?P<t>\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?(?:\s*[ap]\.?m\.?)?)\s*$")


def timed_rows(lines: list[str]) -> list[str]:
    """The lines, each schedule row ending with a stop. Two rows at least make a schedule."""
    lines = diary_rows(dated_items(lines))
    rows = [i for i, line in enumerate(lines) if (line[:1].isdigit() or line[:1] in ("N", "n", "T")) and TIME_ROW.match(line)]
    cut = [i for i, line in enumerate(lines) if (line[:1].isdigit() or line[:1] in ("N", "n")) and RUNDOWN_ROW.match(line)]
    spaced = [i for i, line in enumerate(lines) if line[:1].isdigit() and not TIME_ROW.match(line) and SPACED_ROW.match(line)]
    spaced = spaced if _forward(lines, spaced) else []
    if len(rows) < 2 and len(cut) < 2 and len(spaced) < 2:
        return lines
    out = list(lines)
    if len(spaced) >= 2:
        for i in spaced:
            row = SPACED_ROW.match(out[i])
            out[i] = row.group("t") + "\t" + out[i][row.end():]
            cut.append(i)
            _fold_fields(out, i)
    if len(cut) >= 2:
        for i in cut:
            out[i] = " | ".join(c.strip() for c in re.split(r"[|\t]", out[i]) if c.strip()).rstrip(" ;,.") + "."
    if len(rows) < 2:
        return out
    for i in rows:
        if not STOP.search(out[i]):
            out[i] = out[i].rstrip(" ;,") + "."
    return out


def dated_items(lines: list[str]) -> list[str]:
    """A notice's numbered activities, each dated on a line of its own ("1. November 15 (Wednesday), 18:30", the
    activity and its "Venue:" line under it), written as a diary's day heading and row ("Wednesday (November 15)",
    "18:30 — <activity>. Venue: ..."). Two such items at least make the list."""
    items = [i for i, line in enumerate(lines) if line[:1].isdigit() and DATED_ITEM_LINE.match(line)
             and i + 1 < len(lines) and lines[i + 1][:1].isupper() and not VENUE_LINE.match(lines[i + 1])]
    if len(items) < 2:
        return lines
    out = list(lines)
    for i in reversed(items):
        item = DATED_ITEM_LINE.match(lines[i])
        row = f"{item.group('t')} — {lines[i + 1].rstrip(' ;,.')}."
        venue = i + 2 < len(lines) and VENUE_LINE.match(lines[i + 2])
        if venue:
            row = f"{row} {lines[i + 2].rstrip(' ;,.')}."
        out[i:i + (3 if venue else 2)] = [f"{item.group('w')} ({item.group('d')})", row]
    return out


def diary_rows(lines: list[str]) -> list[str]:
    """A diary's rows under its weekday headings, each written "<time> — <row>" as a schedule's are: its time set
    off by spaces alone, or on the line above it. Two rows at least by the clock of am and pm (or "Time TBC") make a
    diary, so that a programme's rows in 24-hour time, read as a table's (:data:`SPACED_ROW`), stay as they are; prose
    has no weekday heading, so its figures are left alone."""
    if not any(line[:1].isalpha() and WEEKDAY_HEADING.match(line) for line in lines):
        return lines
    timed = [DIARY_TIME.match(line) if (line[:1].isdigit() or line[:1] == "T") and not re.search(r"[|\t]", line) else None
             for line in lines]
    if sum(1 for t in timed if t is not None and not re.fullmatch(r"[\d:\s–-]+", t.group("t"))) < 2:
        return lines
    out = [line if time is None else f"{time.group('t')} — {line[time.end():]}".rstrip(" —")
           for line, time in zip(lines, timed)]
    joined: list[str] = []
    for line in out:
        if joined and DIARY_TIME.fullmatch(joined[-1]) and line[:1].isupper() and not WEEKDAY_HEADING.match(line):
            joined[-1] = f"{joined[-1]} — {line}"
        elif joined and VENUE_LINE.match(line) and TIME_ROW.match(joined[-1]) and not STOP.search(line):
            joined[-1] = f"{joined[-1].rstrip(' ;,.')}. {line.rstrip(' ;,.')}."  # the row's venue: kg.extract.schedule_rows
        else:
            joined.append(line)
    return joined


def day_rows(lines: list[str]) -> list[str]:
    """The lines, with a programme whose lines each open with a day in figures ("2017-09-12  Visit to ...;
    meeting with ...") set out as a rundown: each item a row headed by its day ("2017-09-12 | Visit to ....").

    Two such lines at least, their days running forward within a visit's span, make a programme; dated lines
    years apart are a chronology's, left as they are.
    """
    rows = [i for i, line in enumerate(lines) if line[:2] in ("19", "20") and DAY_ROW.match(line)]
    days = [_iso_day(DAY_ROW.match(lines[i]).group("d")) for i in rows]
    if None in days or not _programme(days):
        return lines
    out = list(lines)
    for i in reversed(rows):
        row = DAY_ROW.match(lines[i])
        items = [item.strip().rstrip(".") for item in row.group("items").split(";") if item.strip().rstrip(".")]
        out[i:i + 1] = [f"{row.group('d')} | {item}." for item in items]
    return out


def _forward(lines: list[str], rows: list[int]) -> bool:
    """Whether the rows' times run forward, as a programme's do (each day's anew): an index of releases or
    headlines, stamped with times, lists the latest first."""
    last = ""
    for i in range(rows[0], rows[-1] + 1) if rows else ():
        if WEEKDAY_HEADING.match(lines[i]):
            last = ""
        elif i in rows:
            now = SPACED_ROW.match(lines[i]).group("t").split("-")[0].strip().zfill(5)
            if now < last:
                return False
            last = now
    return True


def _fold_fields(lines: list[str], i: int) -> None:
    """The lines under a programme's row that name its parts' people ("Keynote: Mr A", "Panellists: Ms B; Mr C"),
    put in the row's programme cell, before its venue."""
    j = i + 1
    while j < len(lines) and (field := FIELD_LINE.match(lines[j])) is not None:
        programme, bar, venue = lines[i].partition(" | ")
        head, tab, rest = programme.partition("\t")
        added = f"; {field.group('f').lower()}: {lines[j][field.end():].strip().rstrip('.')}"
        lines[i] = head + tab + rest + added + bar + venue if tab else lines[i]
        lines[j] = ""
        j += 1


def schedule_days(lines: list[str], published: date | None) -> list[tuple[str, date]]:
    """Each row under a weekday heading with the heading's day, in the page's year (or the next or previous
    one, for a week across a new year)."""
    if published is None:
        return []
    out: list[tuple[str, date]] = []
    cells: list[tuple[str, date]] = []
    day = None
    for line in lines:
        if (heading := WEEKDAY_HEADING.match(line)) is not None:
            day = _nearest(heading, published)
        elif line[:1] == "D" and (stated := DATE_LINE.match(line)) is not None:
            day = parse_day(stated.group("d"))
        elif line[:2] in ("19", "20") and (cell := DAY_CELL.match(line)) is not None and (when := _iso_day(cell.group("d"))):
            cells.append((line, when))
        elif day is not None and (TIME_ROW.match(line) or RUNDOWN_ROW.match(line)):
            out.append((line, day))
        elif line and not line[:1].isdigit() and not VENUE_LINE.match(line):
            day = None if len(line) > 60 else day
    return out + (cells if _programme([d for _, d in cells]) else [])


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:  # "2031-02-30": no day
        return None


def _programme(days: list[date]) -> bool:
    """Whether rows headed by these days are a visit's programme: two at least, running forward within a visit's
    span; a chronology's table ("2031-10-27 | First Plenary Session | Shanghai.") is not one."""
    return len(days) >= 2 and days == sorted(days) and (days[-1] - days[0]).days <= PROGRAMME_DAYS


def _nearest(heading: re.Match, published: date) -> date | None:
    month = MONTHS[(heading.group("m") or heading.group("m2")).lower().rstrip(".")]
    day = int(heading.group("d") or heading.group("d2"))
    days = []
    for year in (int(heading.group("y")),) if heading.group("y") else (published.year - 1, published.year, published.year + 1):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - published).days), default=None)
