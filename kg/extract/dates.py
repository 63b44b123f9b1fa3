"""Finding dates in a sentence and resolving them against the document's publication date.

"today (June 25)", "tomorrow (June 26)", "on Thursday (June 5)", "tomorrow", "yesterday", "last night", "on Saturday", "last Friday", "in April this year",
"this year", "last month", "three years ago", "since 2003", "from April 25th to 28th", "2-4 December 2019", "October 2003",
"in 2015". A date that needs the publication date when none is known is left
out, never guessed. Values are typed as precisely as the text allows: xsd:date, xsd:gYearMonth or
xsd:gYear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from rdflib import Literal
from rdflib.namespace import XSD

from kg.extract.date_cues import cues
from kg.extract.patterns import NUMBER_WORDS as NUMBERS, SAID_ON
from kg.extract.restated_dates import restated
from kg.extract.month_days import BRACKETED_DAY, DAY_ONLY, HAN_DATE, bracketed_day, month_day
from kg.extract.year_after import years_after
from kg.text.days import MONTHS
from kg.text.prefiltered import prefiltered

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()

MONTH = r"(?P<{n}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<{n}>(?:19|20)\d\d)"
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
# "twenty-two years ago" is one number, not "two years ago".
COUNT = (r"(?<![\w-])(?P<n>\d{1,2}|(?:" + "|".join(TENS) + r")[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b|"
         + "|".join(list(NUMBERS) + list(TENS)[1:]) + r")")
WEEKDAY = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DASH = r"\s*(?:-|–|‐|to|until|till|through)\s*"


def _p(template: str, n: str) -> str:
    return template.format(n=n)


# Ordered: the first pattern that matches a span claims it.
PATTERNS = [
    ("range", re.compile(
        rf"\bfrom\s+(?:{_p(MONTH, 'm1')}\s+{_p(DAY, 'd1')}|(?P<today1>today))(?:,?\s+{_p(YEAR, 'y1')})?"
        rf"\s+(?:to|until|till|through)\s+(?:{_p(MONTH, 'm2')}\s+)?{_p(DAY, 'd2')}(?:,?\s+{_p(YEAR, 'y2')}|\s+(?P<which>this|next|last)\s+year)?", re.I)),
    ("range", re.compile(
        rf"\b{_p(MONTH, 'm1')}\s+{_p(DAY, 'd1')}\s*(?:-|–|‐|to|and)\s*(?:{_p(MONTH, 'm2')}\s+)?{_p(DAY, 'd2')}\b(?:,?\s+{_p(YEAR, 'y2')})?", re.I)),
    # "from 2 to 4 December 2019", "2-4 December 2019", "3 to 5 May"
    ("range", re.compile(
        rf"\b(?:from\s+)?{_p(DAY, 'd1')}(?:\s+{_p(MONTH, 'm1')})?(?:{DASH}|\s+and\s+){_p(DAY, 'd2')}\s+{_p(MONTH, 'm2')}\b(?:,?\s+{_p(YEAR, 'y2')})?", re.I)),
    ("relday", re.compile(
        rf"\b(?P<rel>today|tomorrow|yesterday|this (?:morning|afternoon|evening))\s*\(\s*(?:\w+day,?\s*)?{_p(MONTH, 'm')}\s+{_p(DAY, 'd')}\s*\)", re.I)),
    ("bracketed_day", BRACKETED_DAY),  # "yesterday (21st)": kg.extract.month_days
    ("han_date", HAN_DATE),  # "2023年11月21日"
    # "on Thursday (June 5)": the day in brackets (or said again), not the weekday counted from the publication date
    ("relday", re.compile(
        rf"\b(?:on\s+)?(?:(?:last|this|next)\s+)?{WEEKDAY}(?:\s+(?:last|this|next)\s+week)?(?:\s*\(\s*|,\s+(?:that\s+is|i\.e\.),?\s+)"
        rf"{_p(MONTH, 'm')}\s+{_p(DAY, 'd')}(?:\s*\))?", re.I)),  # "on Friday next week, that is September 26"
    # "on August 21 last year", "27 October next year", "August 21 of last year", "August 21, last year": the day
    # in the year counted from the publication's (not "last year's")
    ("md_year", re.compile(rf"\b(?:on\s+)?(?:{_p(MONTH, 'm')}\s+{_p(DAY, 'd')}|{_p(DAY, 'd2')}\s+{_p(MONTH, 'm2')})"
                           r"(?:\s+(?:of\s+)?|,\s+(?=last|next))(?P<which>this|last|next)\s+year\b(?!['’]s)", re.I)),
    ("mdy", re.compile(rf"\b{_p(MONTH, 'm')}\s+{_p(DAY, 'd')}(?:,\s*|\s+){_p(YEAR, 'y')}\b", re.I)),
    ("dmy", re.compile(rf"\b{_p(DAY, 'd')}\s+{_p(MONTH, 'm')},?\s+{_p(YEAR, 'y')}\b", re.I)),
    ("my", re.compile(rf"\b{_p(MONTH, 'm')},?\s+{_p(YEAR, 'y')}\b", re.I)),
    ("md", re.compile(rf"\b(?:on\s+)?{_p(MONTH, 'm')}\s+{_p(DAY, 'd')}\b(?!,?\s*\d)", re.I)),
    ("md", re.compile(rf"\b(?:on\s+)?{_p(DAY, 'd')}\s+{_p(MONTH, 'm')}\b(?!,?\s*\d)", re.I)),
    ("day_only", DAY_ONLY),
    ("month_this_year", re.compile(rf"\b(?:in\s+)?(?:(?:early|mid|late)[\s-]+)?{_p(MONTH, 'm')}\s+(?P<which>this|last|next)\s+year\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on\s+|(?<=until\s)|(?<=till\s)){WEEKDAY}\b", re.I)),  # "runs until Sunday": its last day
    ("last_weekday", re.compile(rf"\blast\s+{WEEKDAY}\b", re.I)),
    ("years_ago_today", re.compile(rf"\b{COUNT}\s+years?\s+ago\s+today\b", re.I)),  # the same day, N years back
    ("years_ago", re.compile(rf"\b{COUNT}\s+years?\s+ago\b", re.I)),
    ("since", re.compile(rf"\b(?:[Ss]ince|back\s+to)\s+{_p(YEAR, 'y')}\b")),
    ("rel_year", re.compile(r"\b(?:(?P<which>this|last|next)|(?<=half\sof\s)(?P<half>the))\s+year\b", re.I)),  # "in the second half of the year"
    ("rel_month", re.compile(r"\b(?:(?:later|earlier)\s+)?(?P<which>this|last|next)\s+month\b", re.I)),
    # "last September", "next March": the nearest such month before (after) the publication's
    ("month_last", re.compile(rf"\b(?P<which>last|next)\s+(?-i:{_p(MONTH, 'm')})(?!\s*\d)", re.I)),
    ("month", re.compile(rf"\bin\s+(?:(?:early|mid|late)[\s-]+)?{_p(MONTH, 'm')}\b(?!\s*\d)", re.I)),
    # "in 2003 and 2004": the second year too
    ("year", re.compile(rf"(?:\b[Ii]n\s+(?:the\s+(?:first|second|latter)\s+half\s+of\s+)?|(?<=\b[Ii]n\s\d\d\d\d\sand\s)){_p(YEAR, 'y')}\b(?!\s+[A-Z])")),
    ("today", re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b(?!\s*\()", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last\s+night)\b(?!\s*\()", re.I)),
    ("tomorrow", re.compile(r"\btomorrow\b(?!\s*\()", re.I)),
]
# What each pattern cannot match without (a digit, a month's name ...): a sentence without any is not searched
# for it. A cue is a looser pattern than any it stands for, so no date is lost (a test checks find_dates with and
# without the cues on every sentence of the test corpora). Each pattern is behind the word prefilter as well.
NEEDS = [frozenset(needs) for needs in (
    {"digit"}, {"digit", "month word"}, {"digit", "month word"}, {"digit", "month", "day word"},  # ranges, "today (June 25)"
    {"digit", "day word"}, {"digit"},  # "yesterday (21st)", "2023年11月21日"
    {"digit", "month", "weekday"}, {"digit", "month word", "year"},  # "on Thursday (June 5)", "on August 21 last year"
    *[{"digit", "month word"}] * 5, {"digit"},  # mdy ... md, "on the 15th"
    {"month word", "year"}, {"weekday"}, {"weekday"}, {"ago", "day word"}, {"ago"}, {"digit"}, {"year"}, {"this month"},
    {"month word"}, {"month word"}, {"digit"}, {"day word"}, {"day word"}, {"day word"})]
PATTERNS = [(kind, prefiltered(pattern)) for kind, pattern in PATTERNS]

FUTURE = re.compile(r"\b(will|would|shall|to be held|to be (?:launched|opened|set up|rolled out)|is to|are to|planned|plans|scheduled|expected to|upcoming|forthcoming"
                    r"|runs (?:until|till|through)|(?:is|are) due to|(?:which|that) (?:ends|concludes))\b", re.I)
# The past perfect tells what had happened at some time before, not on the day the narrative is on.
PERFECT = re.compile(r"\bhad\s+(?:also\s+|already\s+|earlier\s+)?(?:been\s+)?[a-z]+(?:ed|en|ne|ld|ght|ok|ent|et)\b")
# Dates that place a fact in the background ("since 2003", "three years ago", "this year"), not on a day.
BACKGROUND = frozenset({"since", "years_ago", "rel_year"})


# A relative clause or a new clause after a date tells of something else: "Officials met on Tuesday to
# prepare for the session, which is expected to take place next year" met on the Tuesday past.
LATER_CLAUSE = re.compile(r",\s+(?:which|where)\b|;")


# Clauses joined by ", and" may tell of different times: "He met the Mayor on Sunday evening, and is
# scheduled to tour the port on Tuesday" met on the Sunday past.
JOINED = re.compile(r",\s+and\s+|;\s*")
# ... and a clause that says what came first: "They will market it from this summer, after officials met on Thursday".
# "arrived on Monday and will wrap up its trip on Wednesday": a plan joined without a comma.
TENSE_BOUNDARY = re.compile(r",\s+and\s+|\s+and\s+(?=will\b)|;\s*|\b(?:after|when|since|because)\s+")
# A clause in the past: its subject, then a past verb that is its own (not a participle: "a dinner hosted by",
# "the agreements signed today take effect"). A clause with no subject ("..., and attend a dinner") goes on
# in the tense before it.
PAST_VERB = re.compile(r"^(?:[\w'’-]+\s+){0,6}?(?!(?:is|are|am|be|been|being|will|would|shall|to|not|a|an|the)\b)[\w'’⟦⟧:-]+\s+"
                       r"(?:also\s+|then\s+|had\s+|was\s+|were\s+)?"
                       r"(?:met|began|went|left|led|gave|took|spoke|[a-z]{3,}ed)\b(?!\s+by\b)"
                       r"(?!.*\b(?:take|takes|is|are|come|comes|return|returns|begin|begins|start|starts|end|ends|open|opens"
                       r"|become|becomes|arrive|arrives|go|goes)\b)")


# A day someone said something on is past, whatever the words said look ahead to: "X said on Wednesday that
# the two cities would shoulder greater missions".
SAID_ON = re.compile(r"\b(?:said|told\s+(?:reporters|journalists|the\s+media)|announced|stated|noted|stressed|remarked)\s+$")


# A paper or a meeting the date is said of, done then: "will develop products under an MoU signed at a meeting on
# Tuesday" (not "to be signed at ... on Tuesday", nor "the arrangement signed there is gazetted on Monday").
DONE_AT = re.compile(r"(?<!\bbe\s)(?<!\bbeen\s)\b(?:signed|held|reached|concluded|inked|initialled)\s+(?:at|on|in|during)\b(?:(?!\b(?:is|are|was|were|be|will|would|shall)\b)[^;,]){0,80}$")


SUBJECT_FIRST = re.compile(r"(?:(?:the|a|an|he|she|they|we|it|its|their|his|her|both|all|two|three|officials)\b|[A-Z⟦])")


def _ahead(text: str, start: int, end: int) -> bool:
    """Whether the sentence looks ahead in the part a date at ``end`` belongs to: not in a clause of its
    own that tells of the past."""
    if SAID_ON.search(text, max(0, start - 40), start) or DONE_AT.search(text, max(0, start - 120), start):
        return False
    later = LATER_CLAUSE.search(text, end)
    if FUTURE.search(text, 0, later.start() if later else len(text)) is None:
        return False
    boundary = next(reversed(list(TENSE_BOUNDARY.finditer(text, 0, start))), None)
    closed = TENSE_BOUNDARY.search(text, end)
    clause = text[boundary.end() if boundary else 0:closed.start() if closed else len(text)].lstrip(" ,")
    if boundary is not None and "and" in boundary.group(0) and not SUBJECT_FIRST.match(clause):
        return True  # "will meet the Mayor, and visit a company based in Pudong on Wednesday": no subject, the same plan
    fronted = clause.split(", ", 1)[-1]  # "During his stay in Shanghai, Lee visited ... on Tuesday": past
    return not ((PAST_VERB.match(clause) or PAST_VERB.match(fronted)) and FUTURE.search(clause) is None)


# A time the text gives only as a distance from the narrative's, which no day can be read from: "last
# week", "two weeks ago", "next week's forum", "earlier this year", "two decades ago".
UNSAID_TIME = re.compile(
    r"(?:^(?:[Jj]ust\s+|[Oo]nly\s+)?|\s)(?:(?:last|next|previous|past|coming)\s+(?:week|weekend|spring|summer|autumn|fall|winter|few\s+(?:days|weeks|months))(?:['’]s)?"
    r"|(?:earlier|later)\s+(?:this|that|last|next)\s+(?:week|month|year)|(?:a|an|one|two|three|four|five|six|several|a\s+few"
    r"|\d{1,2})\s+(?:days?|weeks?|months?|decades?)\s+(?:ago|earlier|before|later))(?:,|\s*[.!]?$)", re.I)
UNSAID_CUES = ("week", "ago", "earlier", "later", "before", "previous", "past", "coming", "spring", "summer", "autumn", "fall", "winter")


def on_the_narratives_day(text: str) -> bool:
    """Whether a sentence without a date of its own tells what happened on the day the narrative is on:
    not a plan ("will visit"), not the past perfect ("had called on"), nor at a time given only as a
    distance from it ("last week we visited")."""
    later = LATER_CLAUSE.search(text)  # "visited the hospital, which will open in May": the visit is not a plan
    told = later.start() if later else len(text)
    return not unsaid_time(text, told) and not FUTURE.search(text, 0, told) and not PERFECT.search(text)


def unsaid_time(text: str, end: int | None = None) -> bool:
    """Whether the text (up to ``end``) places what it tells at a time it gives only as a distance."""
    lowered = text.lower()
    return any(cue in lowered for cue in UNSAID_CUES) and UNSAID_TIME.search(text, 0, len(text) if end is None else end) is not None


@dataclass(frozen=True)
class DateSpan:
    """A date found in a sentence: its span, start, optional end, and how it was said."""

    start_char: int
    end_char: int
    start: Literal
    end: Literal | None = None
    kind: str = ""

    @property
    def center(self) -> int:
        return (self.start_char + self.end_char) // 2


def _lit(year: int, month: int | None = None, day: int | None = None) -> Literal | None:
    try:
        if day is not None and month is not None:
            return Literal(date(year, month, day).isoformat(), datatype=XSD.date)
        if month is not None:
            if not 1 <= month <= 12:
                return None
            return Literal(f"{year:04d}-{month:02d}", datatype=XSD.gYearMonth)
        return Literal(f"{year:04d}", datatype=XSD.gYear)
    except ValueError:
        return None


RELATIVE = {"bracketed_day", "day_only", "weekday", "last_weekday", "today", "yesterday", "tomorrow", "years_ago", "years_ago_today", "rel_year", "rel_month"}


def _count(words: str) -> int:
    """A count said in digits or words: "3", "three", "twenty-two"."""
    parts = re.split(r"[\s-]+", words.lower())
    return sum(TENS.get(p, NUMBERS.get(p, 0)) for p in parts) if not parts[0].isdigit() else int(parts[0])


def _day(day: date) -> Literal | None:
    return _lit(day.year, day.month, day.day)


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")) if name else None


def _year_for(month: int, published: date | None, future: bool, year: int | None = None) -> int | None:
    """The year of a month named without one, seen from the publication date, else the year the
    document itself gives (its dateline: "2-4 December 2019", then "on 3 December")."""
    if published is None:
        return year
    if future and month < published.month - 1:
        return published.year + 1
    if not future and month > published.month + 1:
        return published.year - 1
    return published.year


def _nearest_month(g: dict, published: date) -> Literal | None:
    """"last September" is the last September before the publication's month, "next March" the first after it."""
    month = _month(g["m"])
    if g["which"].lower() == "last":
        return _lit(published.year - (month >= published.month), month)
    return _lit(published.year + (month <= published.month), month)


def _resolve(kind: str, g: dict, published: date | None, future: bool, year: int | None = None) -> tuple[Literal | None, Literal | None]:
    if kind in ("mdy", "dmy"):
        return _lit(int(g["y"]), _month(g["m"]), int(g["d"])), None
    if kind == "my":
        return _lit(int(g["y"]), _month(g["m"])), None
    if kind == "year":
        return _lit(int(g["y"])), None
    if kind in ("relday", "md"):
        month = _month(g["m"])
        year = _year_for(month, published, future, year if kind == "md" else None)
        return (_lit(year, month, int(g["d"])), None) if year else (None, None)
    if kind in ("month_this_year", "md_year"):  # "in March this year", "on August 21 last year"
        if published is None:
            return None, None
        shift = {"this": 0, "last": -1, "next": 1}[g["which"].lower()]
        day = g.get("d") or g.get("d2")
        return _lit(published.year + shift, _month(g.get("m") or g.get("m2")), int(day) if day else None), None
    if kind == "han_date":
        month = int(g["m"])
        year = int(g["y"]) if g["y"] else _year_for(month, published, future, year)
        return (_lit(year, month, int(g["d"])), None) if year else (None, None)
    if kind == "bracketed_day":
        day = bracketed_day(g["rel"], int(g["d"]), published, future) if published else None
        return (_day(day), None) if day else (None, None)
    if kind == "month_last" and published is not None:
        return _nearest_month(g, published), None
    if kind == "month":
        month = _month(g["m"])
        year = _year_for(month, published, future, year)
        return (_lit(year, month), None) if year else (None, None)
    if kind == "range":
        return _range(g, published, future, year)
    if published is None and kind in RELATIVE:
        return None, None
    return _relative(kind, g, published, future)


def _relative(kind: str, g: dict, published: date | None, future: bool) -> tuple[Literal | None, Literal | None]:
    """A date told relative to the publication day ("last Friday", "yesterday", "three years ago today")."""
    if kind in ("weekday", "last_weekday"):
        target = WEEKDAYS.index(g["wd"].lower())
        if future and kind == "weekday":
            delta = (target - published.weekday()) % 7
            return _day(published + timedelta(days=delta)), None
        # A past "on Friday" said on a Friday is that day; "last Friday" is the one before.
        delta = (published.weekday() - target) % 7 or (7 if kind == "last_weekday" else 0)
        return _day(published - timedelta(days=delta)), None
    if kind in ("today", "day_only"):  # "On the afternoon of the 15th": kg.extract.month_days
        return (_day(day), None) if (day := published if kind == "today" else month_day(int(g["d"]), published, future)) else (None, None)
    if kind == "yesterday":
        return _day(published - timedelta(days=1)), None
    if kind == "tomorrow":
        return _day(published + timedelta(days=1)), None
    if kind == "years_ago_today":
        back = published.year - _count(g["n"])
        if back < 1:
            return None, None
        if (published.month, published.day) == (2, 29) and not (back % 4 == 0 and (back % 100 or back % 400 == 0)):
            return _day(published.replace(year=back, day=28)), None  # 29 February, in a year without one
        return _day(published.replace(year=back)), None
    if kind == "years_ago":
        return _lit(published.year - _count(g["n"])), None
    if kind == "since":
        return _lit(int(g["y"])), None
    if kind == "rel_year":
        return _lit(published.year + {"this": 0, "last": -1, "next": 1}[(g["which"] or "this").lower()]), None
    if kind == "rel_month":
        month = published.year * 12 + published.month - 1 + {"this": 0, "last": -1, "next": 1}[g["which"].lower()]
        return _lit(month // 12, month % 12 + 1), None
    return None, None


def _range(g: dict, published: date | None, future: bool, year: int | None) -> tuple[Literal | None, Literal | None]:
    """The first and last day of "from April 25th to 28th", "2-4 December 2019", "today to May 9"."""
    if g.get("today1"):
        if published is None:
            return None, None
        start = published
        y1, m1 = published.year, published.month
    else:
        m1 = _month(g.get("m1")) or _month(g["m2"])
        y1 = int(g["y1"]) if g.get("y1") else int(g["y2"]) if g.get("y2") else _year_for(m1, published, future, year)
        if g.get("which") and published is not None:
            y1 = published.year + {"this": 0, "last": -1, "next": 1}[g["which"].lower()]
        if y1 is None:
            return None, None
        try:
            start = date(y1, m1, int(g["d1"]))
        except ValueError:
            return None, None
    m2 = _month(g.get("m2")) or m1
    y2 = int(g["y2"]) if g.get("y2") else y1 + (1 if m2 < m1 else 0)
    return _lit(start.year, start.month, start.day), _lit(y2, m2, int(g["d2"]))


# A sentence set in another year ("In 2019, the organisers announced that the Expo would be held in Shanghai
# next March"): a month counted from the publication ("next March", "March next year") is not one of it.
FRONT_YEAR = re.compile(r"^(?:In|On)\s+(?:(?:early|mid|late)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?(?P<y>(?:19|20)\d\d)\s*,")
FROM_PUBLISHED = frozenset({"month_last", "month_this_year", "md_year"})


def find_dates(text: str, published: date | None, *, year: int | None = None, ahead: bool = False) -> list[DateSpan]:
    """Every resolvable date in a sentence, in order of appearance; ``year`` places a month and day that
    no publication date can (the year the document's own dateline gives); ``ahead``, a sentence of coming events.

    >>> [(d.start, d.end) for d in find_dates("It was held on Saturday.", date(2023, 11, 6))]
    [(rdflib.term.Literal('2023-11-04', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date')), None)]
    >>> [str(d.start) for d in find_dates("It was established in October 2003.", None)]
    ['2003-10']
    >>> find_dates("He will visit in April.", None)
    []
    >>> [str(d.start) for d in find_dates("On 4 December, they met.", None, year=2019)]
    ['2019-12-04']
    """
    future = ahead or FUTURE.search(text) is not None
    framed = FRONT_YEAR.match(text) if published is not None and text[:3] in ("In ", "On ") else None
    framed = framed if framed and int(framed.group("y")) != published.year else None
    taken: list[tuple[int, int]] = []
    found: list[DateSpan] = []
    words = cues(text)
    for (kind, pattern), needs in zip(PATTERNS, NEEDS):
        if not needs <= words:
            continue
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if framed and kind in FROM_PUBLISHED:
                continue
            forward = ahead or future and _ahead(text, match.start(), match.end()) \
                and not (kind == "weekday" and SAID_ON.search(text, max(0, match.start() - 30), match.start()))
            if kind == "weekday" and not forward and match.group(0)[:2].lower() != "on":
                continue  # "ran until Sunday" has no week to count back in
            start, end = _resolve(kind, match.groupdict(), published, forward, year)
            if start is not None:
                found.append(DateSpan(match.start(), match.end(), start, end, kind))
    if "following year" in text or "year later" in text:  # "in A in October 2003 and in B the following year"
        found += [DateSpan(s, e, lit, None, "year") for s, e, y in years_after(text, found, taken) if (lit := _lit(y)) is not None]
    return restated(_named_days(sorted(found, key=lambda d: d.start_char), text), text)


# Between a weekday and the date that names it: "on Wednesday, 12 September 2018", "Monday 22 September"
WEEKDAY_GAP = re.compile(r",?\s+(?:the\s+)?")


def _named_days(found: list[DateSpan], text: str) -> list[DateSpan]:
    """The dates without a weekday that the date right after it names: that day is the one meant, not the weekday
    counted from the publication date."""
    named = {d.start_char for d in found if d.kind not in RELATIVE}
    return [d for d in found if not (d.kind == "weekday" and (gap := WEEKDAY_GAP.match(text, d.end_char)) and gap.end() in named)]
