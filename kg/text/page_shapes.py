"""Shapes of whole pages that the line rules of :mod:`kg.text.clean` do not see alone: a report's numbered
paragraphs ("1.1", "2.3") and its lists of members set out one name a line, a programme's day headings ("Day 2
(Tuesday, 15 May 2018)"), a post's list of coming dates ("July 21: Youth Forum, at ..."), a web page's byline with
its stamp ("Updated 21:14, 06-Nov-2024") and its title, underlined or after
a bar of site links; a photo's credit after its caption ("... shakes hands with A. Photo/Xinhua"), which leaves the
caption a sentence. Headings give context (a day, a title), never facts of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date


from kg.text.chronology import MONTH
from kg.text.days import parse_day

STOP = re.compile(r"[.!?。！？;][\"'”’)\]]*$")
# A credit after a caption's full stop: "Photo/Shanghai Municipal Information Office", "[Photo provided to
# chinadaily.com.cn]", "— Zhang Suoqing" (a bracketed caption's "Photo: X]" stays out: such captions tell the day
# before or the people around, not what the story's rules read)
PHOTO_CREDIT = re.compile(r"(?<=[.!?])\s+(?:(?:Photos?|Pictures?)\s*/[^.!?\]]{1,80}|\[(?:Photos?|Pictures?)\s+(?:provided|courtesy|by)\b"
                          r"[^\]]{0,80}\]|[—–]\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})$")
# "1.1   This report sets out ...": a report's paragraph number, where two lines at least have one.
PARA_NUMBER = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s+(?=[A-Z\"“(])")
# A name set out on a line of its own under a lead-in ("The delegation comprised the following Members:").
HONORIFIC = re.compile(r"^(?:The\s+)?(?:(?:Mr|Mrs|Ms|Miss|Mdm|Madam|Dr|Prof|Professor|Hon|Ir|Sr|Sir|Dame|Dato|Datuk)\.?\s+)+"
                       r"[A-Z][A-Za-z'’-]+")
BARE_HON = re.compile(r"^((?:(?:Ir|Dr|Prof|Professor)\.?\s+)*)Hon\.?(?=\s+[A-Z])")
BRACKETED_POST = re.compile(r"\s+\(([A-Z][^()]{2,120})\)$")
CLOCK_LESS = re.compile(r"\d{1,2}\.\d(?!\d)")  # a minor number of one digit: no clock time
LEAD_IN = re.compile(r"\w.*\s\w.*:$")
LIST_ITEM_MAX = 160
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_FULL_DATE = rf"(?:\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})"
# "Day 2 (Tuesday, 15 May 2018)", "Day 1: 14 May 2018", "Monday, 14 May 2018", "14 May 2018 (Monday)": a programme's
# day, over the paragraphs of that day.
DAY_HEADING = re.compile(rf"^(?:Day\s+\d{{1,2}}\s*[:.,–—-]?\s*\(?\s*(?:{WEEKDAY},?\s+)?(?P<a>{_FULL_DATE})\s*\)?"
                         rf"|{WEEKDAY},?\s+(?P<b>{_FULL_DATE})|(?P<c>{_FULL_DATE})\s*\(\s*{WEEKDAY}\s*\))$", re.I)
# "July 21: Youth Forum, at the Park", "November: the final, in Hong Kong": a coming date and its event.
_COMING = (rf"(?:{MONTH}\.?(?:\s+\d{{1,2}}(?:\s*[–—-]\s*\d{{1,2}})?)?|\d{{1,2}}(?:\s*[–—-]\s*\d{{1,2}})?\s+{MONTH}\.?)"
           r"(?:,?\s+\d{4})?")
DATED_ITEM = re.compile(rf"^{_COMING}\s*:\s+\S")
# A newsletter's diary, bulleted: "• 1 September: Chamber breakfast", "• Later this year: the Hong Kong Week, ...".
DIARY_ITEM = re.compile(rf"^[•·▪◦‣▸*-]\s+(?:{_COMING}|(?:Later|Early|Late)\s+this\s+(?:year|month)|Next\s+(?:week|month|year))\s*:\s+\S")
# A byline's stamp with a time: "21:14, 06-Nov-2024", "06-Nov-2024 21:14" (an ISO stamp in a byline is left to the
# stamp lines of kg.text.clean: as a fallback it dated a page wrongly more than rightly).
BYLINE_STAMP = re.compile(rf"(?<![\d-])(?:\d{{1,2}}:\d{{2}},?\s+(?P<dmy>\d{{1,2}}-{MONTH}-\d{{4}})|(?P<dmy2>\d{{1,2}}-{MONTH}-\d{{4}}),?\s+\d{{1,2}}:\d{{2}})"
                          r"(?![\d:])", re.I)
BYLINE_MAX = 100
BYLINE_LINES = 12  # a byline is among a page's first lines, before its story
# "Home | Press Releases | Department of Health": a bar of the site's links, no title.
LINK_BAR = re.compile(r"^[^|.!?]{1,40}(?:\s\|\s[^|.!?]{1,40})+$")
# A factbox's heading: its bullets are statements each, though they end without a stop.
FACTBOX = re.compile(r"^(?:(?:fast|key|quick)\s+facts|facts?|fact\s*box|(?:key\s+)?highlights|key\s+(?:points|figures|numbers|outcomes)"
                     r"|at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|did\s+you\s+know\??)\s*:?$", re.I)
FACT = re.compile(r"^\s*(?:[*•·▪◦‣-]|–|—)\s+(?P<fact>\S+(?:\s+\S+){3,})$")
RULE = re.compile(r"^[*=_~#-]{4,}$")
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def shape_lines(lines: list[str]) -> list[str]:
    """The raw lines, with a report's paragraph numbers taken off, a list of names under a lead-in marked as a list's
    items (before hard-wrapped lines are joined: a column of names is no wrapped line), and a run of coming dates made
    statements."""
    numbers = [m.group(0) for line in lines if line.lstrip()[:1].isdigit() and (m := PARA_NUMBER.match(line.lstrip()))]
    # a rundown's clock times ("9.30", "10.15") are no numbers of paragraphs, which count from one ("1.1")
    if len(numbers) >= 2 and any(CLOCK_LESS.match(number) for number in numbers):
        lines = [PARA_NUMBER.sub("", line.lstrip()) if line.lstrip()[:1].isdigit() else line for line in lines]
    out = list(lines)
    for i, line in enumerate(lines):
        line = line.strip()
        if line.endswith(":") and LEAD_IN.match(line):
            _mark_names(out, i)
        elif FACTBOX.match(line):
            _facts(out, i)
        elif DATED_ITEM.match(line) and not STOP.search(line) and _run(lines, i, lambda x: DATED_ITEM.match(x.strip())) >= 2:
            out[i] = f"{line}."
        elif DIARY_ITEM.match(line) and not STOP.search(line) and _run(lines, i, lambda x: DIARY_ITEM.match(x.strip())) >= 2:
            out[i] = f"{line}."
    return out


def _run(lines: list[str], i: int, test) -> int:
    """The length of the run of lines that pass a test, around the i-th."""
    start = i
    while start > 0 and test(lines[start - 1]):
        start -= 1
    end = i
    while end + 1 < len(lines) and test(lines[end + 1]):
        end += 1
    return end - start + 1


def _mark_names(lines: list[str], lead: int) -> None:
    """Mark as a list's items ("- ") the names set out one a line under a lead-in (a blank line between at most),
    two at least."""
    start = lead + 1 + (lead + 1 < len(lines) and not lines[lead + 1].strip())
    end = start
    while end < len(lines) and _named(lines[end].strip()):
        end += 1
    if end - start >= 2:
        lines[start:end] = [f"- {_item(line.strip())}" for line in lines[start:end]]


def _item(line: str) -> str:
    """A listed name as a sentence gives it: the Legislative Council's bare "Hon" as "the Hon" ("Dr the Hon X"), and
    the post in brackets after the name as an apposition ("Hon X (Chairman of Y)" as "the Hon X, Chairman of Y")."""
    line = BARE_HON.sub(r"\1the Hon", line)
    return BRACKETED_POST.sub(r", \1", line)


def _facts(lines: list[str], head: int) -> None:
    """A factbox's bullets (a blank line under its heading at most) as statements, and its heading as no line."""
    start = head + 1 + (head + 1 < len(lines) and not lines[head + 1].strip())
    end = start
    while end < len(lines) and (fact := FACT.match(lines[end])):
        lines[end] = fact.group("fact") if STOP.search(fact.group("fact")) else f"{fact.group('fact')}."
        end += 1
    if end > start:
        lines[head] = ""


def _named(line: str) -> bool:
    return len(line) <= LIST_ITEM_MAX and not STOP.search(line) and HONORIFIC.match(line) is not None


def day_heading(line: str) -> date | None:
    """The day a programme's day heading states, or None."""
    if len(line) > 60 or not (match := DAY_HEADING.match(line)):
        return None
    return parse_day(match.group("a") or match.group("b") or match.group("c"))


YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def other_year(line: str, day: date | None) -> bool:
    """Whether a line under a day heading names another year: background ("The conference was set up in 2003."),
    no more the day's, nor what follows it."""
    return day is not None and any(int(year) != day.year for year in YEAR.findall(line))


def byline_date(line: str) -> date | None:
    """The date a short byline's stamp states ("Updated 21:14, 06-Nov-2024"), where the page states no other."""
    if len(line) > BYLINE_MAX or ":" not in line or STOP.search(line) or not (match := BYLINE_STAMP.search(line)):
        return None
    return parse_day(match.group("dmy") or match.group("dmy2"))


def page_title(lines: list[str], paragraphs: list[str]) -> str | None:
    """A page's title: the headline a rule underlines among its first lines; else its first line that is no
    statement, no bar of links and not in Chinese alone (the English name follows)."""
    for i in range(1, min(len(lines), 12)):
        above = lines[i - 1]
        if RULE.match(lines[i]) and not RULE.match(above) and len(lines[i]) >= len(above) / 2:
            return re.sub(r"(?<=[a-z])\.$", "", above)  # a heading made a statement by its ordinal session
    for para in paragraphs[:4]:
        if STOP.search(para) or len(para) >= 250:
            return None
        if not LINK_BAR.match(para) and not (CJK.search(para) and not re.search(r"[A-Za-z]", para)):
            return para
    return None


# A formal statement's recital, which ends in ";" as its preamble runs on: "Recalling that the X was established ...;"
RECITAL = re.compile(r"^(?:Recalling|Noting|Recognising|Recognizing|Reaffirming|Welcoming|Acknowledging|Considering|Bearing\s+in\s+mind"
                     r"|Mindful|Desiring|Having\s+(?:reviewed|considered|noted|recalled|regard))\b[^;]{40,};$")
# A speech's or a statement's place-and-date line at the head of the page: "Hong Kong, 20 August 2036"; or a
# company release's dateline that its first sentence runs on from: "Shanghai, 19 October 2036 - HKSTP today ...".
# An archive's or an editor's stamp ("Archived, 1 January 2040", "Updated, 2 May 2036") dates no publication.
STAMP_WORD = r"(?:Archived|Updated|Revised|Modified|Reviewed|Retrieved|Accessed|Printed|Captured|Saved|Downloaded|Crawled|Expires|Expired)"
PLACE_DATE = rf"^(?!{STAMP_WORD}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}},\s+(\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},\s+\d{{4}})"
PLACE_DATE_LINE = re.compile(rf"{PLACE_DATE}(?:$|\s+[-–—]\s+(?=[A-Z\"“]))")
# A release's bracketed dateline before its first sentence: "(Hong Kong, 12 June 2025) The Institute today signed ..."
BRACKETED_DATELINE = re.compile(rf"^\({PLACE_DATE[1:]}\)\s+(?=[A-Z\"“])")


def place_dated(lines: list[str], date_only: Callable[[str], date | None] | None = None) -> date | None:
    """The date of a place-and-date line (or a dateline) among a page's first lines; else, with ``date_only`` (what
    reads a line that is a date alone), of a gallery's date line under its title ("21.8.2018")."""
    placed = next((m.group(1) for line in lines if (m := PLACE_DATE_LINE.match(line) or BRACKETED_DATELINE.match(line))), None)
    if placed:
        return parse_day(placed)
    return next((day for line in lines if (day := date_only(line))), None) if date_only else None


def without_credit(line: str) -> str:
    """A caption line without the photo's credit after it.

    >>> without_credit("[Photo] Mayor A (right) shakes hands with B. Photo/Riverton Information Office")
    '[Photo] Mayor A (right) shakes hands with B.'
    >>> without_credit("[Photo caption: A meets B. Photo: Xinhua]")
    '[Photo caption: A meets B. Photo: Xinhua]'
    >>> without_credit("He thanked Photo Ltd. for the prints")
    'He thanked Photo Ltd. for the prints'
    """
    return PHOTO_CREDIT.sub("", line) if "hoto" in line or "icture" in line or "—" in line or "–" in line else line


# A policy paper's tag of the bureau responsible, after an item's last sentence: "... in 2019. (ITB)", "(DoJ)".
RESPONSIBLE = re.compile(r"(?<=[.!?])\s+\((?:[A-Z][A-Za-z]{0,5}[A-Z])(?:\s*[,/&]\s*[A-Z][A-Za-z]{0,5}[A-Z])*\)$")


def without_responsible(line: str) -> str:
    """An item's line without the bracketed tag of the bureau responsible after its last sentence: the tag is no
    sentence, and left on it keeps the line from reading as one.

    >>> without_responsible("The Bureau will hold a forum in 2031. (ITB)")
    'The Bureau will hold a forum in 2031.'
    >>> without_responsible("The Bureau (ITB) will hold a forum in 2031 (Stage 2)")
    'The Bureau (ITB) will hold a forum in 2031 (Stage 2)'
    """
    return RESPONSIBLE.sub("", line) if line.endswith(")") else line
