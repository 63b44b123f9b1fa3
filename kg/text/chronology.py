"""Lines about sessions that end without a stop, yet are statements: a chronology's line, a numbered session after
its date ("27 October 2003: First Plenary Session, Shanghai", "2003-10-27 | First Plenary Session | Shanghai",
"January 2012 – Second Plenary Session (Hong Kong)"; kg.extract.session_chronology reads its cells), and a session's
heading on a line of its own; a key-dates page's entry, a date alone on its line over indented lines; and the
"Date:" line that heads a page.
"""

from __future__ import annotations

import re

from kg.text.hyphens import join_wrapped

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
         r"|Nov(?:ember)?|Dec(?:ember)?)")
# The date that heads the line: "2003-10-27", "2003-10", "27 October 2003", "October 27, 2003", "Oct 2003", "2003".
DATE_HEAD = (rf"(?:\d{{4}}-\d{{2}}(?:-\d{{2}})?|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}"
             r"|(?:19|20)\d{2})")
ORDINALS = (r"(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|thirteenth|fourteenth|fifteenth)")
# the date, a cell's mark (":", "|", a dash), then the session's ordinal
DATED_RECORD = (rf"^(?:[*•·▪◦‣-]\s+|\|\s*)?(?P<head>{DATE_HEAD})\s*(?:[:|]|\s[–—-])\s*(?i:the\s+)?(?i:{ORDINALS})\s+"
                r"(?i:plenary\s+)?(?i:session|meeting)\b")
# A heading of its own that names a numbered session ("Ninth Plenary Session of the Hong Kong/Shanghai Co-operation
# Conference", "The 9th Plenary Session"): a statement too, where it is not the text's first line (its title).
SESSION_HEADING = (rf"^(?:The\s+)?(?i:{ORDINALS})\s+(?:(?i:plenary\s+(?:session|meeting))|(?i:plenary)"
                   r"|(?i:session|meeting)(?=\s+of\s+(?:the\s+)?[^.;:!?]{0,80}\b(?:Conference|[Mm]echanism)\b))"
                   r"(?:\s+of\s+(?:the\s+)?[A-Z][^.;:!?]{4,90})?$"
                   # or a heading with a few words before the session of the mechanism named in full ("Seizing the
                   # opportunities of the Seventh Plenary Session of the Hong Kong/Shanghai Co-operation Conference")
                   rf"|^[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,8}}?\s+(?:the\s+)?(?i:{ORDINALS})\s+(?i:plenary\s+session)\s+of\s+(?:the\s+)?"
                   r"[A-Z][^.;:!?]{4,60}?\bCo-?operation\s+Conference$")
# A body the line under a bare heading names ("Seventh Plenary Meeting" over "The Hong Kong/Guangdong Co-operation
# Joint Conference met ..."): not the mechanism's, unless the line names Shanghai, the heading is no session of its.
BODY_WORDS = r"(?:Co-?operation|Joint|Liaison|Economic|and|Trade|Regional|Development)"
OTHER_BODY = re.compile(rf"\b(?!The\b|{BODY_WORDS}\b)[A-Z][a-z]+\s+(?:{BODY_WORDS}\s+)*+(?:Conference|Forum)\b")  # linear


def session_heading(heading: re.Pattern, lines: list[str], i: int) -> bool:
    """Whether the i-th line is a session's heading of its own, a statement: not where it is bare (no "of the X")
    and the next line names another body, without Shanghai."""
    line = lines[i].strip().lstrip("#").strip()
    if heading.match(line) is None or " of " in line:
        return heading.match(line) is not None
    below = next((later for later in lines[i + 1:i + 4] if later.strip()), "")
    return "Shanghai" in below or OTHER_BODY.search(below) is None


# "Date: 27 October 2036" among a page's first lines: the date it was issued, where the text states no other.
DATE_FIELD = rf"^Date\s*[:：]\s*(?:[A-Z][a-z]+day,?\s+)?(?P<d>\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}}|{MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}})$"
HEADER = 4
# A date alone on its line, in any style a key-dates page uses: "27 October 2003", "Sept 2006", "2012-01-05",
# "April 16, 2015", "21.8.2018", "24/10/2025" (day first), "1 May - 31 October 2010", "2027".
NUMERIC = r"\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d"

ANY_DATE = rf"(?:{DATE_HEAD}|{NUMERIC}|\d{{1,2}}\s+{MONTH}\.?(?:\s+\d{{4}})?\s*[-–—]\s*\d{{1,2}}\s+{MONTH}\.?\s+\d{{4}})"
# an entry as dated_entries writes it: not a caption's lead-in, nor a repeat of the entry before
DATED_ENTRY = re.compile(rf"^{ANY_DATE}: ")


def dated_entries(lines: list[str]) -> list[str]:
    """The lines, with a date alone on its line and the indented lines under it (a key-dates page's entry, hard-wrapped)
    made one: "27 October 2003: The X is set up. Its First Plenary Session meets in Shanghai, ...". A year's bulleted
    lines are its block, indented or not.

    >>> dated_entries(["2012-01-05", "    Second Plenary Session,", "    Hong Kong.", "Ends"])
    ['2012-01-05: Second Plenary Session, Hong Kong.', 'Ends']
    >>> dated_entries(["2012", "- 5 Jan: Second Plenary Session.", "- Mar: Forum.", "Ends"])
    ['5 Jan 2012: Second Plenary Session.', 'Mar 2012: Forum.', 'Ends']
    """
    if not any(line.startswith((" ", "\t")) or BULLETED.match(line) for line in lines):
        return lines
    out: list[str] = []
    i, whole = 0, "\n".join(lines)
    while i < len(lines):
        head = lines[i].strip()
        j, year = i + 1, YEAR.fullmatch(head) is not None
        while j < len(lines) and lines[j].strip() and (lines[j][:1] in (" ", "\t") or year and BULLETED.match(lines[j])):
            j += 1
        if j == i + 1 or lines[i][:1] in (" ", "\t") or not re.fullmatch(ANY_DATE, head):
            out.append(lines[i])
            i += 1
            continue
        if (items := year_items(head, lines[i + 1:j])) is not None:
            out += items
            i = j
            continue
        entry = ""
        for line in (line.strip() for line in lines[i + 1:j]):
            entry = join_wrapped(entry, line, whole) if entry else line
        out.append(f"{head}: {entry}")
        i = j
    return out


# An item under a year heading, dated by its day and month alone: "▸ 12-15 Apr  [SH]  Hong Kong Week ...",
# "• 5 Jan – Second Plenary Session", "- Jan  [BJ]  ...", "▸ Jan 5 [SH] ..."; a code of the page's key in brackets after it.
YEAR_ITEM = re.compile(rf"^[*•·▪◦‣▸►-]\s*(?P<d>(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?{MONTH}\.?"
                       rf"(?:\s*[-–]\s*\d{{1,2}}\s+{MONTH}\.?|\s+\d{{1,2}}\b(?:\s*[-–]\s*\d{{1,2}}\b)?)?)(?!\s*,?\s*\d)"
                       r"\s*(?:[:–—-]\s*)?(?:\[[A-Z]{2,4}\]\s*)?(?P<rest>\S.*)$")


def year_items(head: str, block: list[str]) -> list[str] | None:
    """A year heading's bulleted items, each a line of its own with the year after its day and month: "2012" over
    "  ▸ 5 Jan  [SH]  Second Plenary Session, Shanghai." is "5 Jan 2012: Second Plenary Session, Shanghai.", so
    that each item is dated in its own year, not the page's; an item with no day or month, and a line before the
    first item, are in the year. None where the block has no bulleted item.

    >>> year_items("2012", ["  ▸ 5 Jan  [SH]  Second Plenary Session,", "    Shanghai.", "  ▸ Mar  Forum held."])
    ['5 Jan 2012: Second Plenary Session, Shanghai.', 'Mar 2012: Forum held.']
    >>> year_items("2012", ["  Two sessions:", "  ▸ Jan 5 [SH] A session.", "  ▸ [BJ] A meeting."])
    ['2012: Two sessions:', 'Jan 5 2012: A session.', '2012: A meeting.']
    >>> year_items("2012", ["  The Second Plenary Session is held."]) is None
    True
    """
    if not YEAR.fullmatch(head) or not any(BULLETED.match(line.strip()) for line in block):
        return None
    items: list[str] = []
    for line in (line.strip() for line in block):
        if (m := YEAR_ITEM.match(line)) is not None:
            day = " ".join(m.group("d").split())
            items.append(f"{day} {head}: {m.group('rest')}")
        elif (m := BULLET_YEAR.match(line)) is not None:
            items.append(f"{m.group('y')}: {m.group('rest')}")
        elif (m := UNDATED.match(line)) is not None:
            items.append(f"{head}: {m.group('rest')}")
        elif items:
            items[-1] = join_wrapped(items[-1], line, "\n".join(block))
        else:
            items.append(f"{head}: {line}")
    return items


BULLETED = re.compile(r"[*•·▪◦‣▸►-]\s")
YEAR = re.compile(r"(?:19|20)\d\d")
BULLET_YEAR = re.compile(r"^[*•·▪◦‣▸►-]\s*(?P<y>(?:19|20)\d\d)\b\s*(?:[:–—-]\s*)?(?:\[[A-Z]{2,4}\]\s*)?(?P<rest>\S.*)$")
UNDATED = re.compile(r"^[*•·▪◦‣▸►-]\s+(?:\[[A-Z]{2,4}\]\s*)?(?P<rest>\S.*)$")
