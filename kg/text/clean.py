"""Cleaning a document body: repair text, drop page furniture, captions and repeated paragraphs.

The rules are about the shape of news pages and press releases (navigation lines, sign-off lines,
photo captions, paragraphs printed twice), never about one document's wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import takewhile

import ftfy

from kg.text.author_lines import author_line
from kg.text.back_matter import back_matter
from kg.text.chronology import (DATE_FIELD, DATED_ENTRY, DATED_RECORD, HEADER, ORDINALS, SESSION_HEADING, dated_entries, session_heading)
from kg.text.date_lines import DATE_PREFIX, WIRE_DATELINE, _date_only, _stated_date
from kg.text.days import parse_day
from kg.text.faq import read_faq
from kg.text.hansard import read_hansard, spoken_by
from kg.text.section_heads import section_heads
from kg.text.headed_lists import DASH_LEAD, dash_leads, headed_lists
from kg.text.item_lists import agreement_line, headline, item_line, list_heading
from kg.text.minutes import read_minutes
from kg.text.notices import notice_fields
from kg.text.official_lines import official_lines
from kg.text.typography import plain_dashes, plain_usage
from kg.text.person_items import person_item
from kg.text.page_shapes import BYLINE_LINES, DATED_ITEM, RECITAL, byline_date, day_heading, other_year, page_title, place_dated, shape_lines, without_credit, without_responsible
from kg.text.repeats import Kept
from kg.text.rosters import rosters
from kg.text.role_lines import role_lines
from kg.text.title_lines import title_lines
from kg.text.schedules import TIME_ROW, day_rows, schedule_days, timed_rows
from kg.text.short_lists import short_lists
from kg.text.social import POST_STAMP, untagged
from kg.text.stamps import STAMP_BYLINE, page_stamp
from kg.text.source_shapes import plain_source
from kg.text.signatures import signature, signature_columns
from kg.text.tables import ALIGNED, ROW, linearise
from kg.text.wrapping import BROKEN_WORD, SESSION_LINE, date_headings, headed_day, heading_after, in_wrapped, join_runs, join_wrapped, page_width

# Whole lines that are page furniture, not content.
FURNITURE = [
    re.compile(p, re.I)
    for p in (
        r"^go to main content$",
        r"^skip to (main )?content$",
        r"^today'?s press releases\b.*$",
        r"^(traditional chinese|simplified chinese|email this article|print this page|back to top)(\s+(traditional chinese|simplified chinese|email this article|print this page))*$",
        r"^nnnn$",
        r"^ends\s*/.*$",
        r"^issued at hkt\s*\d{1,2}:\d{2}$",
        r"^source:.*(editor:.*)?$",
        r"^editor:.*$",
        r"^date:?\s*\d{4}-\d{2}-\d{2}$",
        r"^[*=_~#-]{4,}$",
        r"^(news|home)(\s*[/>|»]\s*[\w &-]+)+$",
        r"^(share|tweet|print)(\s*[|/]\s*(share|tweet|print|email))*$",
    )
]
# A line that only marks photos or a video: skipped, never the end of the text (captions may follow).
CAPTION_SECTION = re.compile(r"^(photos?|videos?|photos?\s*/\s*videos?|close)$", re.I)
# "date 2017-05-23 Caption text." (news.gov.hk): the date is the page's, the rest is a caption.
# A caption's lead-in ("Deal sealed: Officials mark ..."): a short label, not part of the sentence.
CAPTION_LEAD = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,2}:\s+(?=[A-Z\"])")
CAPTION = re.compile(r"\b(photo|picture|video)s? shows?\b|^\(?photo:", re.I)
# The heading of an enumerated list ("(1) Finance", "2. Tourism"): kept, though it ends without a stop.
ENUM_HEADING = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+[A-Z][^.;:!?]{2,70}$")
# A list set out line by line: a bullet, or an item ending in ";" or ","; and its marker.
_SYMBOLS = r"--(?=\s+\S)|[*•·▪◦‣-]|–|—"  # "-- aviation;": a wire story's double-hyphen bullet
BULLET = re.compile(rf"^\s*(?:{_SYMBOLS}|\(?(?:\d{{1,2}}|[a-z]|[ivx]{{1,4}})[.)])\s+")
SYMBOL_BULLET = re.compile(rf"^\s*(?:{_SYMBOLS})\s+")  # a new line, never a wrapped one's rest
LIST_ITEM = re.compile(r"[;,]\s*(?:and|or)?$")
# The lead-in of a list of links, not of prose, when it is the whole line: "Related links:", "See also:" (not
# "More than 200 guests attended, including:").
NAVIGATION_LEAD = re.compile(
    r"^(?:related(?:\s+[\w-]+){0,2}|see\s+also|more(?:\s+(?:news|stories|links|reports|videos|photos))?(?:\s+(?:from|on|about)(?:\s+[\w'’-]+){1,4})?"
    r"|tags?|links?|share(?:\s+this)?|follow\s+us|categor(?:y|ies)|keywords?|topics|(?:read|see)\s+(?:more|also)|also\s+read"
    r"|latest(?:\s+(?!(?:progress|developments?|position|situation|status)\b)\w+)?|most\s+(?:read|popular)|popular(?:\s+\w+)?|navigation|menu|(?:table\s+of\s+)?contents"
    r"|recommended(?:\s+\w+)?|top\s+stories|in\s+this\s+(?:issue|section)|editor['’]s\s+picks?|recent\s+\w+(?:\s+\w+)?"
    r"|you\s+may\s+also\s+like|further\s+reading|trending(?:\s+\w+)?)\s*:$", re.I)
# The same lead-in alone on its line with no colon ("Most read", "Related stories"): a sidebar's sections and
# headlines under it are no list of the text.
# "Following is the transcript of remarks by ... today (June 3):" over a speaker's turn ("Reporter: ..."): a transcript's
# heading, not the lead-in of a list (a speech's salutation under "Following is the speech by ..." is its lead-in's)
TRANSCRIPT_LEAD = re.compile(r"^(?:(?:The\s+)?following|below)\s+(?:is|are)\s+(?:the\s+|an?\s+)?(?:full\s+|edited\s+)?transcripts?\b", re.I)
TURN = re.compile(r"^[A-Z][^:.!?]{0,80}:\s+\S")
SIDEBAR_LEAD = re.compile(NAVIGATION_LEAD.pattern.replace(r"\s*:$", r"\s*:?$"), re.I)
TERMINAL = re.compile(r"[.!?。！？][\"'”’)\]]*$")
# A live blog's time stamp, alone on its line ("10.32am", "14:05 HKT", "Updated 5.45pm"): the posts under it
# are on the blog's day.
STAMP = re.compile(r"^(?:(?:Updated|Posted|Published)\s*:?\s*)?[0-2]?\d[.:][0-5]\d\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:HKT|Hong\s+Kong\s+time|Beijing\s+time)\)?)?$", re.I)
# A stamp that is the page's own (when it was posted or updated), not a post's: it makes no live blog by itself.
PAGE_STAMP = re.compile(r"^(?:Updated|Posted|Published)\b", re.I)
# A line of a list or table of numbered sessions ("First plenary session: October 2003, Shanghai", "| 2nd | January
# 2012 | Hong Kong |", "Third Plenary Session – April 2015 – Shanghai"): a statement, though it ends without a stop.
# A bracket holds the session's year, date or city, not another body ("Third Plenary Session (20th Central Committee)").
RECORD_LINE = re.compile(rf"^(?:[*•·▪◦‣-]\s+|\|\s*)?(?i:{ORDINALS})(?:\s+(?i:plenary\s+)?(?i:session|meeting)\s*"
                         r"(?:[:|]|\((?=\d{4}\b|[A-Z][a-z]+\s+\d{4}\b|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\))|\s[–—-]\s)|\s*\|)"
                         rf"|{DATED_RECORD}")  # or a chronology's, after its date
SESSION_HEADING, DATE_FIELD = SESSION_LINE, re.compile(DATE_FIELD)  # SESSION_HEADING's, behind the prefilter (wrapping.py)
INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\ufffe\u00ad]")
BOM_RESIDUE = re.compile(r"^[\u00c0-\u00ff\ufffd]{1,3}(?=[A-Z][a-z])")
# A stored copy that ends mid-sentence: its last paragraph is text, not a heading or caption, when it
# is long, or reads as prose (enough words, most of them lower case).
TRUNCATED_MIN = 150
TRUNCATED_WORDS = 8
# Hard-wrapped text (a yearbook page): lines of one block this close to its longest line are wrapped.
WRAPPED_SHARE = 0.6
WRAPPED_MIN = 50
@dataclass
class CleanText:
    """A cleaned body: its title and date where the text states them, and its paragraphs."""

    title: str | None = None
    published: date | None = None
    paragraphs: list[str] = field(default_factory=list)
    signature: str | None = None  # "Kevin Yeung, Secretary for ...": who signed a blog or letter (the last paragraph)
    # a paragraph (by index) -> the date on the line above it: each caption of a photo gallery has its own day
    paragraph_dates: dict[int, date] = field(default_factory=dict)
    timed: list[int] = field(default_factory=list)  # the posts of a live blog, under time stamps: on its day
    # a paragraph (by index) -> the short heading right above it (kg.text.section_heads): a report told area by area
    headings: dict[int, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# The extraction marks what it found with "⟦kind:n⟧" in a masked copy of each sentence: the same brackets in
# a document would read as marks of mentions that do not exist, so they become plain ones (same length).
MARKS = str.maketrans("⟦⟧", "[]")
# Printable ASCII, tabs and newlines, with no "&" (an HTML entity): nothing ftfy mends can be in it.
PLAIN_ASCII = re.compile(r"[\t\n\x20-\x25\x27-\x7e]*")


def repair(text: str) -> str:
    """Fix mis-decoded characters and normalise spaces (a tab stays one tab).

    >>> repair("Mr\\u00a0Chan\\u200b said \\u00e2\\u20ac\\u0153hello\\u00e2\\u20ac\\u009d")
    'Mr Chan said "hello"'
    """
    if not PLAIN_ASCII.fullmatch(text):
        text = ftfy.fix_text(text, uncurl_quotes=True, fix_latin_ligatures=True)
        text = plain_dashes(text)
    text = plain_usage(INVISIBLE.sub("", text).translate(MARKS))
    text = re.sub(r"(?m)^(?=(?:[^\n]*?\S {3,}){2}\S)[^\n]*$", lambda m: re.sub(r"(?<=\S) {3,}(?=\S)", ALIGNED, m.group(0)), text)
    text = re.sub(r"[^\S\n\t]+", " ", text)
    return re.sub(r" ?\t[\t ]*", "\t", text)  # tabs part a table's cells: :func:`kg.text.tables.linearise`


def _lines(text: str) -> list[str]:
    """The text's lines, with lines hard-wrapped inside a block (no blank line between) joined again."""
    lines: list[str] = []
    raws = shape_lines(dated_entries(text.splitlines()))
    width = page_width(raws)
    for i, raw in enumerate(raws):
        line = BOM_RESIDUE.sub("", untagged(raw.strip())).lstrip("#").strip()
        if (RECORD_LINE.match(line) or any(lines) and session_heading(SESSION_HEADING, raws, i)) and not TERMINAL.search(line) \
                and not in_wrapped(lines[-1] if lines else "", line, raws[i + 1].strip() if i + 1 < len(raws) else "", width):
            line = re.sub(r"^\|\s*", "", line).rstrip(" |") + "."
        lines.append(line)
    return _unwrap(date_headings(linearise(day_rows(timed_rows(lines)))))


def _unwrap(lines: list[str]) -> list[str]:
    out: list[str] = []
    width, whole = page_width(lines), "\n".join(lines)
    block: list[str] = []
    for line in lines + [""]:
        if line:
            block.append(line)
            continue
        widest = max((len(b) for b in block), default=0)
        wrapped = len(block) >= 3 and widest >= WRAPPED_MIN and not any(RECORD_LINE.match(b) or DATED_ITEM.match(b) or TIME_ROW.match(b) for b in block) and sum(
            len(b) >= WRAPPED_SHARE * widest for b in block) >= 2 * len(block) / 3
        if not wrapped:
            out.extend(join_runs(block, width, whole))
        else:
            current = block[0]
            for prev, nxt in zip(block, block[1:]):
                ends = TERMINAL.search(prev) and len(prev) < 0.8 * widest
                listed = SYMBOL_BULLET.match(nxt) and (prev.rstrip().endswith((":", ";")) or SYMBOL_BULLET.match(prev))
                if len(prev) >= WRAPPED_SHARE * widest and not ends and not listed and not heading_after(prev, nxt, widest):
                    current = join_wrapped(current, nxt, whole)
                else:
                    out.append(current)
                    current = nxt
            out.append(current)
        out.append("")
        block = []
    return out


def _join_broken(paragraphs: list[str]) -> list[str]:
    """Rejoin a paragraph split mid-sentence (no end punctuation, next one starts in lower case), and a
    list set out line by line ("... covering:", "* finance;", "* tourism.") into the sentence it is; bulleted
    items that have no punctuation of their own ("Guests included:", "- Ms A, Director of X", "- Mr B, ...")
    are parted by semicolons and the list ends with a full stop. A list of links ("Related links:") is none."""
    joined: list[str] = []
    listing = bulleted = False
    for para in paragraphs:
        item = BULLET.sub("", para)
        if joined and not (ROW.match(para) or RECORD_LINE.match(para) or DATED_ENTRY.match(para)) and (listing or joined[-1].endswith(":")
                                                                                                 and not NAVIGATION_LEAD.match(joined[-1]) and not (TRANSCRIPT_LEAD.match(joined[-1]) and TURN.match(para))) \
                and (item != para or not bulleted and (LIST_ITEM.search(para) or TERMINAL.search(para))) \
                and not TERMINAL.search(joined[-1]):
            if not listing:
                bulleted = item != para
            parted = bulleted and listing and not LIST_ITEM.search(joined[-1]) and not joined[-1].endswith(":")
            joined[-1] = f"{joined[-1]}{';' if parted else ''} {item}"
            listing = not TERMINAL.search(item)
            continue
        if listing and bulleted:
            joined[-1] = _ended(joined[-1])
        if joined and not TERMINAL.search(joined[-1]) and para[:1].islower():
            joined[-1] = join_wrapped(joined[-1], para, "\n".join(paragraphs)) if BROKEN_WORD.search(joined[-1]) or joined[-1][-2:-1].isalpha() and joined[-1].endswith("-") else f"{joined[-1]} {para}"
        else:
            joined.append(para)
        listing = bulleted = False
    if listing and bulleted:
        joined[-1] = _ended(joined[-1])
    return joined


def _ended(listed: str) -> str:
    return re.sub(r"(?:[;,]\s*(?:and|or)?)?\s*$", "", listed) + "."


def _reads_as_prose(para: str) -> bool:
    words = para.split()
    lower = sum(w[:1].islower() for w in words)
    return len(para) >= TRUNCATED_MIN or (len(words) >= TRUNCATED_WORDS and lower >= len(words) / 3)


def _kept(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs that are prose (or a list's items, a notice's fields), each once, the title left out."""
    kept: list[str] = []
    seen = Kept()
    fields, sidebar, back = notice_fields(paragraphs), _sidebar(paragraphs), back_matter(paragraphs)
    for i, para in enumerate(paragraphs):
        if i in back:
            continue
        if title and para.casefold().rstrip(".") == title.casefold().rstrip("."):
            continue
        para = author_line(paragraphs, i) or para
        truncated = i == len(paragraphs) - 1 and i > 0 and i not in sidebar and _reads_as_prose(para)
        # "Following is a question by ... and a written reply by ... today (November 13):" is prose too
        introduces = para.endswith(":") and _reads_as_prose(para) or spoken_by(para)
        if not introduces and para.endswith((";", "—", "–")) and _reads_as_prose(para):  # a notice's lead-in or item
            para, introduces = DASH_LEAD.sub(":", para), True
        # a joint summary's items and their heading, not a sidebar's
        listed = i not in sidebar and (item_line(para) or agreement_line(para) or list_heading(paragraphs, i) or person_item(para))
        field = i in fields
        if CAPTION.search(para) or headline(para) or not (TERMINAL.search(para) or truncated or introduces or ENUM_HEADING.match(para)
                                        or listed or field or para[:1] in "RNWACBMDH" and RECITAL.match(para)):
            continue
        if not field and not DATED_ENTRY.match(para) and seen.repeats(para):  # entries alike but for their dates
            continue
        kept.append(para)
        seen.add(para)
    return kept


def clean(body: str, *, title: str | None = None, published: date | None = None) -> CleanText:
    """Clean a document body into titled, de-duplicated paragraphs.

    >>> c = clean("Go to main content\\nTalks held\\n\\nThe talks were held today.\\n\\nThe talks were held today.\\nNNNN")
    >>> c.title, c.paragraphs
    ('Talks held', ['The talks were held today.'])
    """
    result = CleanText(title=title.translate(MARKS) if title else title)
    paragraphs: list[str] = []
    headed: list[tuple[str, date]] = []
    pending = section = None  # the date heading the next line; the day heading the paragraphs of a programme's day
    lines = [without_responsible(without_credit(line)) for line in _lines(repair(title_lines(role_lines(official_lines(rosters(read_hansard(read_minutes(signature_columns(plain_usage(plain_source(body))))))))))) if line]
    stamped = _stamped(lines)
    field = next((m.group("d") for line in lines[:HEADER] if (m := DATE_FIELD.match(line))), None)
    # a byline heads the story, before its first statement; a stamp lower down is a reader's comment's
    bylined = next((day for line in takewhile(lambda x: not TERMINAL.search(x), lines[:BYLINE_LINES]) if (day := byline_date(line))), None)
    for line in lines:
        if STAMP.match(line):
            continue
        if (alone := _date_only(line) or day_heading(line)) is not None:
            pending = alone
        stated = _stated_date(line)
        if stated and result.published is None:
            result.published = stated
        if result.published is None and (wire := WIRE_DATELINE.match(line)):
            result.published = parse_day(wire.group(1))  # the line is the story's first sentence: it stays
        if CAPTION_SECTION.match(line):
            continue
        if DATE_PREFIX.match(line):
            line = DATE_PREFIX.sub("", line)
        elif stated or any(p.match(line) for p in FURNITURE):
            continue
        if TERMINAL.search(line) and not RECORD_LINE.match(line) and not DATED_ENTRY.match(line) and not DATED_ITEM.match(line) \
                and not ROW.match(line):
            line = CAPTION_LEAD.sub("", line)
        section = day_heading(line) or (section if (TERMINAL.search(line) or BULLET.match(line) or line.endswith((":", ";", ",")))
                                        and not other_year(line, section) else None)
        if alone is None:
            if pending is not None and TERMINAL.search(line):
                headed.append((line, pending))
            elif (day := headed_day(line, _date_only)) is not None or section and TERMINAL.search(line):
                headed.append((line, day or section))  # a chronology's block, its date heading joined to it; a day's
            pending = None
        paragraphs.append(line)
    result.published = result.published or (parse_day(field) if field else None) or bylined or place_dated(lines[:HEADER], _date_only) \
        or page_stamp(lines)  # the date lines of other shapes: kg.text.stamps
    headed += schedule_days(lines, published or result.published)
    paragraphs = read_faq(_join_broken(short_lists(headed_lists(dash_leads(paragraphs)))))
    result.signature = signature(paragraphs)
    if result.title is None and (first := page_title(lines, paragraphs)):
        result.title = re.sub(r"\s+", " ", first)
    kept = _kept(paragraphs, result.title)
    heads = dict(section_heads(paragraphs))
    result.headings = {i: heads[para] for i, para in enumerate(kept) if para in heads}
    if result.signature:
        kept.append(result.signature)
    result.paragraphs = kept
    result.paragraph_dates = {i: day for line, day in headed for i, para in enumerate(kept) if para.startswith(line)}
    result.timed = [i for i, para in enumerate(kept) if any(para.startswith(line) for line in stamped)]
    return result


def _sidebar(paragraphs: list[str]) -> set[int]:
    """The lines of a sidebar: under a lead-in of links ("Most read", "Related stories"), its section headings and
    numbered headlines, up to the first line that is neither."""
    out: set[int] = set()
    for i, para in enumerate(paragraphs):
        if SIDEBAR_LEAD.match(para) or i - 1 in out and (BULLET.match(para) or not TERMINAL.search(para) and len(para.split()) <= 7):
            out.add(i)
    return out


def _stamped(lines: list[str]) -> list[str]:
    """The lines under a live blog's time stamps, where two stamps or more head posts (a stamp with a line of text
    under it), one of them a bare time ("10.32am"): "Posted 09:15" over "Updated 11:40" is a page's furniture."""
    heads = [i for i, line in enumerate(lines) if STAMP.match(line) and i + 1 < len(lines) and not STAMP.match(lines[i + 1])]
    if len(heads) < 2 or all(PAGE_STAMP.match(lines[i]) for i in heads):
        return []
    return [line for line in lines[heads[0]:] if not STAMP.match(line)]
