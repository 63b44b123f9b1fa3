"""Markdown to the plain lines the cleaner reads: a page saved as Markdown (a ``.md`` file, or text whose marks
say so) keeps its words and its line breaks, not its marks.

Web pages are often saved as Markdown by the tools that fetch them ("[Mr John Lee](https://...)", "**Mayor of
Shanghai**", "## Agreements"): left as they are, the marks split names from titles and sentences from their
facts. Inline marks (emphasis, links, images, code, HTML, entities, escapes) are read by markdown-it-py, a
CommonMark parser; block marks (headings, quotes, list markers, rules, fences, reference and footnote
definitions) line by line, so that each line stays one line and the cleaner sees the page's own layout.

>>> print(plain("## Talks\\n\\nThe **Chief Executive**, [Mr John Lee](https://x.hk/), met\\nthe *Mayor*.[^1]\\n\\n"
...             "* Finance\\n> quoted\\n\\n[^1]: A note."))
Talks
<BLANKLINE>
The Chief Executive, Mr John Lee, met
the Mayor.
<BLANKLINE>
- Finance
quoted
<BLANKLINE>
A note.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from kg.text.tables import SEPARATOR

ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
RULE = re.compile(r"^ {0,3}([-*_=])(?:[ \t]*\1){2,}[ \t]*$")
QUOTE = re.compile(r"^ {0,3}>[ \t]?")
BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)")
ORDERED = re.compile(r"^[ \t]*(?P<mark>\d{1,9}[.)])[ \t]+(?=\S)")
FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S+")
FOOTNOTE = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:[ \t]*")
FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,40}\]")

# What marks a text not named .md as Markdown: two of these kinds at least (one alone is too often plain text's).
SIGNALS = (
    re.compile(r"(?m)^ {0,3}#{1,6}[ \t]+\S"),  # a heading
    re.compile(r"\[[^\]\n]{1,300}\]\((?:https?:|mailto:|www\.|/|#)"),  # a link or an image
    re.compile(r"(\*\*|__)(?=\S)[^\n]{0,300}?\S\1"),  # strong emphasis
    re.compile(r"(?m)^\|?[ \t]*:?-{3,}:?[ \t]*\|"),  # a table's rule
    re.compile(r"(?m)^ {0,3}(?:`{3,}|~{3,})"),  # a fence
)
# An image's alternative text and inline HTML are not the page's sentences; a "<br>" tag is a line break.
BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def is_markdown(text: str, *, suffix: str = "") -> bool:
    """Whether to read ``text`` as Markdown: its file is named ``.md``, or two kinds of marks are in it.

    >>> is_markdown("Plain text. Mr Lee met Mr Gong.", suffix=".txt")
    False
    >>> is_markdown("# Title\\n\\nThe **Mayor** met [Mr Lee](https://x.hk).")
    True
    """
    return suffix.lower() == ".md" or sum(1 for signal in SIGNALS if signal.search(text)) >= 2


def inline(text: str) -> str:
    """The words of inline Markdown, its soft and hard breaks as line breaks.

    >>> inline("**Ms Wong** met [Dr Chan](https://x.hk \\"t\\") \\\\*today\\\\* &amp; ![pic](a.png)<b>later</b><br/>Then")
    'Ms Wong met Dr Chan *today* & later\\nThen'
    """
    tokens = _parser().parseInline(text)[0].children or []
    words = [token.content if token.type in ("text", "code_inline") else "\n" if token.type.endswith("break")
             or token.type == "html_inline" and BREAK_TAG.fullmatch(token.content) else ""
             for token in tokens if token.type != "image"]
    return FOOTNOTE_MARK.sub("", "".join(words))


def _closed(heading: str) -> str:
    """A heading's text without the run of "#" that may close it ("## Agreements ##")."""
    text = heading.strip()
    bare = text.rstrip("#")
    return bare.rstrip() if bare != text and (not bare or bare[-1] in " \t") else text


def _row(line: str) -> str:
    return line if SEPARATOR.match(line.strip()) else "|".join(inline(cell) for cell in line.split("|"))


def plain(text: str) -> str:
    """The text without its Markdown, line for line (a paragraph's lines read together, for marks that span them)."""
    out: list[str] = []
    block: list[str] = []
    fence = ""

    def flush() -> None:
        if block:
            out.extend(inline("\n".join(block)).split("\n"))
            block.clear()

    for line in text.splitlines():
        if fence:
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = ""
            else:
                out.append(line)
            continue
        while QUOTE.match(line):
            line = QUOTE.sub("", line, count=1)
        if (opened := FENCE.match(line)) or not line.strip() or RULE.match(line) or REFERENCE.match(line):
            flush()
            fence = opened.group("fence") if opened else ""
            out.append("")
        elif heading := ATX.match(line):
            flush()
            out.append(inline(_closed(line[heading.end():])))
        elif FOOTNOTE.match(line):
            flush()
            out.append(inline(FOOTNOTE.sub("", line)))
        elif bullet := BULLET.match(line):
            flush()
            out.append("- " + inline(line[bullet.end():]))
        elif number := ORDERED.match(line):
            flush()
            out.append(f"{number.group('mark')} {inline(line[number.end():])}")
        elif "|" in line and (line.lstrip().startswith("|") or SEPARATOR.match(line.strip())):
            flush()
            out.append(_row(line))
        else:
            block.append(line.strip())
    flush()
    return "\n".join(out)
