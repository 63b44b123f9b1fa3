"""Page breaks in text extracted from a PDF: the page number ("- 24 -", "Page 25 of 112", "25 | Page"), with the
running head or foot set beside it, stands between two halves of a paragraph, often of one sentence. Left in, the
furniture is read as the sentence's words and the halves as two paragraphs that end and start nowhere.

The number's line goes, and so do the lines printed with it (the head or foot directly above or under it, with no
blank line between; a line of columns parted by wide spaces; a line the text prints at another page break too).
Where the text before the break ends without a stop, the halves are joined into one block again (into one line, where
the rest starts with a capital, which would read as a heading's), so that the sentence (and a word hyphenated across
the break) reads whole. Only a text with an explicit page mark, or two bare
page numbers or more, is read so.

A page's footnotes stand at its foot, under a short rule ("__________", never a section's rule across the page), between the halves of the paragraph the page
break cuts: they go to the end of the text (a note is a statement of its own, often a fact), each with no number,
and the note's number glued to the word it marks ("session1", "areas.2") goes, so that :func:`page_breaks` joins the
halves as on any other page.

>>> print(footnotes("the fifth session1 was held in\\n__________\\n1 The first was held in 2003.\\n\\n- 2 -\\nShanghai."))
the fifth session was held in
<BLANKLINE>
- 2 -
Shanghai.
<BLANKLINE>
The first was held in 2003.

A running head printed with no page number ("LC Paper No. CB(2)1603/18-19(03)" at each page's top) between the halves
of a cut sentence goes too, where the text prints it elsewhere as well.

>>> print(running_heads("Annual Report\\n\\nthe two sides agreed to\\n\\nAnnual Report\\n\\nmeet again."))
Annual Report
<BLANKLINE>
the two sides agreed to
<BLANKLINE>
meet again.
>>> print(page_breaks("the two sides reviewed the initiatives agreed at the\\n\\n- 24 -\\nAnnual Report 2018      CMAB\\n\\nthird session."))
the two sides reviewed the initiatives agreed at the
third session.
"""

from __future__ import annotations

import re

from kg.text.hyphens import join_wrapped

# An explicit page mark: "- 24 -", "Page 25", "Page 25 of 112", "25 | Page", "p. 25".
PAGE_MARK = re.compile(r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*\|\s*page)\s*$", re.I)
BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
CUE = re.compile(r"(?im)^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*\|\s*page|\d{1,3})\s*$")
STOP = re.compile(r"[.!?:;。！？][\"'”’)\]]*$")
COLUMNS = re.compile(r"\S {3,}\S")
FURNITURE_WORDS = 14
PROSE_WORDS = 6
FURNITURE_LINES = 2  # heads or feet on each side of a number
# The rule over a page's footnotes, and a note's first line: its number (or a number set high), then its text.
NOTE_RULE = re.compile(r"^[ \t]*(?:_{5,40}|[-\u2500\u2014]{5,40}|(?:_[ \t]?){5,20})[ \t]*$", re.M)
NOTE_LINE = re.compile(r"^[ \t]*(?P<n>\d{1,2}|[\u00b9\u00b2\u00b3\u2074-\u2079]{1,2})[ \t]+(?=[A-Z\"\u201c(])")
_HIGH = str.maketrans("\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "123456789")


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", line.strip())).casefold()


def page_breaks(text: str) -> str:
    """The text without its page numbers and the running heads and feet beside them, a paragraph cut by a page
    break joined again where the text before it ends without a stop."""
    if "\f" in text:
        text = text.replace("\f", "\n- 0 -\n")
    elif not CUE.search(text):
        return text
    lines = text.split("\n")
    numbers = [i for i, line in enumerate(lines) if PAGE_MARK.match(line)]
    if not numbers:
        numbers = _bare_numbers(lines)
    if not numbers:
        return text
    shapes: dict[str, int] = {}
    for line in lines:
        if line.strip():
            shapes[_shape(line)] = shapes.get(_shape(line), 0) + 1
    dropped: set[int] = set()
    for i in numbers:
        dropped.add(i)
        for step in (-1, 1):
            j, seen, adjacent = i + step, 0, True
            while 0 <= j < len(lines) and seen < FURNITURE_LINES:
                if not lines[j].strip():
                    adjacent = False
                elif not _furniture(lines[j], shapes, adjacent):
                    break
                else:
                    dropped.add(j)
                    seen += 1
                j += step
    return "\n".join(_rejoined(lines, dropped, text))


def footnotes(text: str) -> str:
    """The text with each page's footnotes (under their rule) moved to its end and their marks taken out."""
    if "__" not in text and "-----" not in text and "\u2500" not in text and "\u2014" * 5 not in text or not NOTE_RULE.search(text):
        return text
    lines, notes, numbers = text.split("\n"), [], set()
    kept: list[str] = []
    i = 0
    while i < len(lines):
        j = i + 1 + (i + 1 < len(lines) and not lines[i + 1].strip())
        if not NOTE_RULE.match(lines[i]) or j >= len(lines) or not NOTE_LINE.match(lines[j]):
            kept.append(lines[i])
            i += 1
            continue
        while j < len(lines) and (first := NOTE_LINE.match(lines[j])):
            numbers.add(first.group("n").translate(_HIGH))
            note = [lines[j][first.end():].strip()]
            j += 1
            while j < len(lines) and lines[j].strip() and not NOTE_LINE.match(lines[j]) and not PAGE_MARK.match(lines[j]) \
                    and (not STOP.search(note[-1]) or lines[j].lstrip()[:1].islower()):
                note.append(lines[j].strip())
                j += 1
            notes.append(" ".join(note))
        i = j
    if not notes:
        return text
    marks = "|".join(sorted(numbers, key=len, reverse=True))
    body = re.sub(rf"(?<=[a-z])(?:{marks})(?=[\s,.;:)]|$)|(?<=[a-z][.,;:])(?:{marks})(?=\s|$)", "", "\n".join(kept), flags=re.M)
    return body.rstrip("\n") + "\n\n" + "\n\n".join(notes) + ("\n" if text.endswith("\n") else "")


# A line set apart between a paragraph that ends without a stop and one that starts in lower case.
CUT_HEAD = re.compile(r"(?<=[^.!?:;\s])[ \t]*\n(?:[ \t]*\n)+([^\n]{1,120})\n(?:[ \t]*\n)+(?=[ \t]*[a-z])")
CUT_CUE = re.compile(r"\n(?=[ \t]*\n(?:[ \t]*\n)*[^\n]{1,120}\n(?:[ \t]*\n)+[ \t]*[a-z])")  # the same, found fast (a literal first)


def running_heads(text: str) -> str:
    """The text without a running head that stands between the halves of a cut sentence and is printed elsewhere too."""
    if "\n\n" not in text or not any((before := text[:m.start()].rstrip(" \t")[-1:]) and not before.isspace() and before not in ".!?:;"
                                       for m in CUT_CUE.finditer(text)):
        return text

    def cut(match: re.Match) -> str:
        head = match.group(1).strip()
        return "\n\n" if head and text.count(head) >= 2 and not _prose(head) else match.group(0)
    return CUT_HEAD.sub(cut, text)


def _bare_numbers(lines: list[str]) -> list[int]:
    """The lines that are bare page numbers: two or more, rising, in a text of ten lines or more."""
    found = [i for i, line in enumerate(lines) if BARE_NUMBER.match(line)]
    values = [int(lines[i]) for i in found]
    if len(found) < 2 or sum(1 for line in lines if line.strip()) < 10 or values != sorted(set(values)):
        return []
    return found


def _furniture(line: str, shapes: dict[str, int], adjacent: bool) -> bool:
    """Whether a line printed beside a page number is a running head or foot: a line printed at another break too; or,
    with no blank line between it and the number, a short line of names in capitals, or of columns. A heading, an entry
    of contents or a signature set apart by a blank line is the text's."""
    words = line.split()
    if STOP.search(line.strip()) or len(words) > FURNITURE_WORDS:
        return False
    lower = sum(1 for word in words if word[:1].islower())
    return shapes.get(_shape(line), 0) >= 2 or adjacent and (lower * 3 < len(words) or bool(COLUMNS.search(line.strip())) and lower * 2 < len(words))


def _prose(line: str) -> bool:
    """A line of a sentence, not a heading, a name or an entry of contents: six words, a third of them in lower case."""
    words = line.split()
    return len(words) >= PROSE_WORDS and sum(1 for word in words if word[:1].islower()) * 3 >= len(words)


def _rejoined(lines: list[str], dropped: set[int], text: str) -> list[str]:
    """The lines kept; the blank lines of a break that cuts a sentence taken out, so that its halves are one block."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if i not in dropped:
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and (j in dropped or not lines[j].strip()):
            j += 1
        while out and not out[-1].strip():
            out.pop()
        cut = out and not STOP.search(out[-1].strip()) and _prose(out[-1]) and j < len(lines)
        if cut and lines[j].lstrip()[:1].isupper():  # "the Mayor of" / "Eastport ...": no heading, the sentence's rest
            out[-1] = join_wrapped(out[-1].rstrip(), lines[j].strip(), text)
            j += 1
        elif not cut and j < len(lines):
            out.append("")
        i = j
    return out
