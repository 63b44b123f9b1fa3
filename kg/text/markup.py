"""A page saved with its markup, read as the plain lines the cleaner expects: HTML by its tags, Markdown
through :mod:`kg.text.markdown`; plain text as it is.

A text saved from a page's source ("<p>The Chief Executive ...</p>") would otherwise lose every paragraph: a
line of tags is no sentence. Block elements become lines, list items bulleted lines, a table's cells a row
parted by "|" (which :mod:`kg.text.tables` reads), entities their characters (the standard library's
``html.unescape``); scripts, styles and comments go.

>>> print(as_plain("<h1>Talks</h1><p>The CE met the Mayor &amp; the Vice Mayor.<br>They agreed.</p>"
...                "<ul><li>Finance</li><li>Trade</li></ul><script>var x;</script>"))
Talks
<BLANKLINE>
The CE met the Mayor & the Vice Mayor.
They agreed.
<BLANKLINE>
- Finance
- Trade
"""

from __future__ import annotations

import html
import re

from kg.text.markdown import is_markdown, plain
from kg.text.wikitext import plain_wiki

# Tags that mark a text as HTML: two of them at least (a lone "<b>" may be a typo in plain text).
TAG = re.compile(r"<(?:/?(?:p|div|br|h[1-6]|li|ul|ol|table|tr|td|th|span|a|strong|em|b|i|section|article|header|"
                 r"footer|nav|html|body|head|title|meta|img|figure|figcaption|blockquote)\b[^<>\n]{0,500}?/?>|!--)", re.I)
BLOCKS = {"address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
          "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre",
          "section", "table", "tbody", "thead", "title", "tr", "ul"}
HIDDEN = {"script", "style", "noscript", "template", "svg"}
CELLS = {"td", "th"}
# A footnote's mark ("agreements<sup>1</sup>", "<sup><a href="#fn2">[2]</a></sup>"): no part of the word before it.
# An ordinal's ending ("21<sup>st</sup>") stays.
FOOTNOTE = re.compile(r"<sup\b[^<>]{0,300}>(?:\s*<a\b[^<>]{0,500}>)?\s*[\[(]?(?:\d{1,3}|[*†‡§¶#]{1,3}|[a-z])[\])]?\s*(?:</a>\s*)?</sup>", re.I)
ROWS = {"li", "tr"}  # a line each, with no blank line between them: a list's items, a table's rows


# A tag, read in one bounded step: its name, and whether it closes. "<" that starts no tag stays text.
TOKEN = re.compile(r"<(?P<end>/?)(?P<name>[A-Za-z][A-Za-z0-9]{0,20})(?:[\s/][^<>]{0,2000})?>|<!--|<![^<>]{0,2000}>|<\?[^<>]{0,2000}>")


def _spaced(text: str) -> str:
    """Text between tags with its white space as one space, but for a blank line within it: a plain text with a
    stray "<br>" or two keeps its paragraphs apart, and a heading is not run into the sentence under it."""
    return re.sub(r"\s+", lambda m: "\n\n" if m.group().count("\n") > 1 and 0 < m.start() and m.end() < len(text)
                  else " ", text)


def _blocks(text: str) -> list[str]:
    """The page's text with a line break for each block, its tags gone, its entities kept for the end.

    Read by a single pass of bounded steps, so that no page costs more than its length (the standard
    library's parser rescans an unclosed tag to the end of the text, each time: 100 KB of "<a " took minutes)."""
    parts: list[str] = []
    at = 0
    hidden = ""
    for token in TOKEN.finditer(text):
        if token.start() < at:
            continue
        if not hidden:
            parts.append(_spaced(text[at:token.start()]))
        at = token.end()
        if token.group(0) == "<!--":
            close = text.find("-->", at)
            at = len(text) if close < 0 else close + 3
            continue
        name, end = (token.group("name") or "").lower(), bool(token.group("end"))
        if hidden:
            hidden = "" if end and name == hidden else hidden
        elif name in HIDDEN and not end:
            hidden = name
        elif name == "li" and not end:
            parts.append("\n- ")
        elif name in CELLS and not end:
            parts.append(" | ")
        elif name in BLOCKS and not (end and name in ROWS):
            parts.append("\n")
    if not hidden:
        parts.append(_spaced(text[at:]))
    return parts


def is_html(text: str) -> bool:
    """Whether two HTML tags (or comments) at least are in ``text``.

    >>> is_html("Mr Lee <b>said</b> so."), is_html("Profits rose 5% (<5% last year).")
    (True, False)
    """
    return sum(1 for _ in zip(range(2), TAG.finditer(text))) >= 2


def html_lines(text: str) -> str:
    """The text of an HTML page as lines, blank lines between blocks kept to one."""
    if "<sup" in text or "<SUP" in text:
        text = FOOTNOTE.sub("", text)
    lines = [line.strip().strip("|").strip() if line.strip().startswith("|") else line.strip()
             for line in html.unescape("".join(_blocks(text))).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


# Tags left in a plain text by the tool that saved it, too few to read it as HTML: a line break, a paragraph's end,
# emphasis, a link around a name.
STRAY_BREAK = re.compile(r"<br\s*/?>|</?p\s*>", re.I)
STRAY_INLINE = re.compile(r"</?(?P<name>b|i|em|strong|u|span|font|small|a)\b[^<>\n]{0,300}>", re.I)
CLOSING = re.compile(r"</(b|i|em|strong|u|span|font|small|a)\s*>", re.I)


def stray_tags(text: str) -> str:
    """A plain text without the few tags left in it: a break a line's end, a paragraph's end a blank line, emphasis
    and links their words, a footnote's mark nothing.

    >>> stray_tags("The Mayor met the Secretary.<br>They agreed on <b>trade</b>.</p>A note<sup>1</sup>.")
    'The Mayor met the Secretary.\\nThey agreed on trade.\\n\\nA note.'
    """
    if "<" not in text:
        return text
    if "<sup" in text or "<SUP" in text:
        text = FOOTNOTE.sub("", text)
    text = STRAY_BREAK.sub(lambda m: "\n" if m.group(0)[1:3].lower() == "br" else "\n\n", text)
    closed = {name.lower() for name in CLOSING.findall(text)}  # a lone "<b>" may be a typo, not a tag
    return STRAY_INLINE.sub(lambda m: "" if m.group("name").lower() in closed else m.group(0), text) if closed else text


def as_plain(body: str, *, suffix: str = "") -> str:
    """``body`` as the cleaner should read it: wikitext, HTML and Markdown without their marks, plain text as it is."""
    body = plain_wiki(body)
    body = html_lines(body) if is_html(body) else stray_tags(body)
    return plain(body) if is_markdown(body, suffix=suffix) else body
