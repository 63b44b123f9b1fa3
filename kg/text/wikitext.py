"""A wiki article in its wikitext, read as the plain lines a reader of the rendered page sees.

A page saved from a wiki's editor or dump keeps its markup: templates ("{{Infobox ...}}" over lines of "| key =
value", "{{cite news|...}}"), citations in "<ref>" tags, links ("[[Gong Zheng]]", "[[Mayor of Shanghai|Mayor]]"),
bold and italic quotes, "== headings ==" and tables in "{| ... |}". Left in, they split names from titles and put
citation titles into sentences. Templates and citations go (an infobox's fields repeat what the prose says); a link
keeps its label, a heading its words; a table becomes rows of cells parted by "|" under a rule, as
:mod:`kg.text.tables` reads them; categories and files go.

>>> print(plain_wiki("== Sessions ==\\nThe '''sixth''' session was held in [[Shanghai]].<ref>{{cite web|t=x}}</ref> "
...                  "It was chaired by the [[Mayor of Shanghai|Mayor]].\\n{| class=\\"wikitable\\"\\n! No. !! Venue\\n|-\\n"
...                  "| 6th || Shanghai\\n|}\\n[[Category:Shanghai]]"))
Sessions
The sixth session was held in Shanghai. It was chaired by the Mayor.
| No. | Venue |
|---|---|
| 6th | Shanghai |
"""

from __future__ import annotations

import html
import re

# What marks a text as wikitext: two of these kinds at least.
SIGNALS = (
    re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),  # an internal link
    re.compile(r"'''[^'\n]{1,200}'''"),  # bold
    re.compile(r"\{\{[^{}\n|]{1,60}(?:\||\}\})"),  # a template
    re.compile(r"(?m)^={2,6}[^=\n]{1,200}={2,6}\s*$"),  # a heading
    re.compile(r"<ref[\s>/]"),  # a citation
    re.compile(r"(?m)^\{\|"),  # a table
)
CUES = ("[[", "'''", "{{", "==", "<ref", "{|")
REF = re.compile(r"<ref\b[^<>/]{0,300}(?:/>|>.{0,3000}?</ref\s*>)", re.I | re.S)
COMMENT = re.compile(r"<!--.*?-->", re.S)
TEMPLATE = re.compile(r"\{\{(?:[^{}]|\{(?!\{)|\}(?!\})){0,20000}\}\}")  # one with no template inside it
# Templates that stand for their text: "{{lang|zh|滬港}}", "{{nowrap|Hong Kong}}".
TEXT_TEMPLATE = re.compile(r"^\{\{\s*(?:lang\|[\w-]+|nowrap|small|nobr|transl\|[\w-]+)\s*\|([^|{}=]*)\}\}$", re.I | re.S)
HIDDEN_LINK = re.compile(r"\[\[\s*(?:Category|File|Image|Media)\s*:(?:[^\[\]]|\[\[[^\[\]]*\]\])*\]\]", re.I)
LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]*)\]\]")
EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]+(?:\s+([^\]]*))?\]")
QUOTES = re.compile(r"'{2,5}")
HEADING = re.compile(r"^(={1,6})\s*(.*?)\s*\1\s*$")
BREAK = re.compile(r"<br\s*/?>", re.I)
TAGS = re.compile(r"</?(?:small|big|span|div|center|sup|sub|u|s|abbr|nowiki|references)\b[^<>]{0,300}/?>", re.I)
MAGIC = re.compile(r"__[A-Z]+__")
LIST_MARK = re.compile(r"^[*#:;]+\s*")
CELL_ATTRIBUTES = re.compile(r"^\s*[\w-]+\s*=\s*\"[^\"]*\"(?:\s+[\w-]+\s*=\s*\"[^\"]*\")*\s*\|(?!\|)")
TEMPLATE_ROUNDS = 20
# "{{zh|t=滬港合作會議|s=沪港合作会议}}": a name in Chinese, which a reader sees rendered.
CHINESE = re.compile(r"^\{\{\s*zh\s*\|(.*)\}\}$", re.I | re.S)
CHINESE_PART = re.compile(r"(?:^|\|)\s*[tsc]\s*=\s*([^|=]+)")
EMPTY_BRACKETS = re.compile(r"\s*\(\s*[,;]?\s*\)")


def is_wikitext(text: str) -> bool:
    """Whether two kinds of wiki markup at least are in ``text``.

    >>> is_wikitext("The [[Mayor of Shanghai]] met the '''Chief Executive'''."), is_wikitext("A [[note]] only.")
    (True, False)
    """
    if sum(1 for cue in CUES if cue in text) < 2:
        return False
    return sum(1 for signal in SIGNALS if signal.search(text)) >= 2


def _templates(text: str) -> str:
    """The text without its templates, innermost first; a template that stands for its text leaves the text."""
    for _ in range(TEMPLATE_ROUNDS):
        text, count = TEMPLATE.subn(_rendered, text)
        if not count:
            break
    return text


def _rendered(match: re.Match) -> str:
    """What a template shows in the text: its text for a language or a no-wrap template, a name in Chinese; else nothing."""
    if shown := TEXT_TEMPLATE.match(match.group(0)):
        return shown.group(1)
    if chinese := CHINESE.match(match.group(0)):
        return ", ".join(part.strip() for part in CHINESE_PART.findall(chinese.group(1)))
    return ""


def _inline(text: str) -> str:
    text = HIDDEN_LINK.sub("", text)
    text = LINK.sub(r"\1", text)
    text = EXTERNAL.sub(lambda m: m.group(1) or "", text)
    return MAGIC.sub("", TAGS.sub("", QUOTES.sub("", text)))


def _cells(line: str, mark: str) -> list[str]:
    return [CELL_ATTRIBUTES.sub("", cell).strip() for cell in line[1:].split(mark + mark)]


def _table(lines: list[str]) -> list[str]:
    """A table's rows as lines of cells parted by "|", the heading row over a rule."""
    rows: list[list[str]] = []
    heading = False
    row: list[str] = []
    for line in lines:
        line = line.strip()
        if line.startswith("|-") or line.startswith("|}"):
            if row:
                rows.append(row)
            row = []
        elif line.startswith("!"):
            row += _cells(line, "!")
            heading = heading or not rows
        elif line.startswith("|+"):
            continue
        elif line.startswith("|"):
            row += _cells(line, "|")
        elif row and line:
            row[-1] = f"{row[-1]} {line}"
    if row:
        rows.append(row)
    out = [f"| {' | '.join(_inline(cell) for cell in cells)} |" for cells in rows if any(cells)]
    if heading and out:
        out.insert(1, "|" + "---|" * len(rows[0]))
    return out


def plain_wiki(text: str) -> str:
    """The text without its wiki markup, line for line; the text as it is if it is not wikitext."""
    if not is_wikitext(text):
        return text
    text = _templates(REF.sub("", COMMENT.sub("", text)))
    text = BREAK.sub("\n", text)
    out: list[str] = []
    table: list[str] | None = None
    for line in text.split("\n"):
        if table is not None:
            table.append(line)
            if line.strip().startswith("|}"):
                out += _table(table) + [""]
                table = None
            continue
        if line.strip().startswith("{|"):
            table = []
            continue
        if heading := HEADING.match(line.strip()):
            out.append(_inline(heading.group(2)))
            continue
        bullet = "- " if line.startswith(("*", "#")) else ""
        out.append(bullet + _inline(LIST_MARK.sub("", line)).strip())
    if table:
        out += _table(table)
    return html.unescape(EMPTY_BRACKETS.sub("", re.sub(r"\n{3,}", "\n\n", "\n".join(out)))).strip("\n")
