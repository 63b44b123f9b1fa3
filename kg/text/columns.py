"""Two columns of a PDF page extracted side by side: each line holds a line of the left column, a gap of spaces,
and a line of the right column ("The Conference was set up in       Mayor of Shanghai, Mr Han Zheng, and"). Read
across, every line joins two sentences that have nothing to do with each other. Where four lines or more in a row
are so parted, at about the same place, with prose on both sides (a table's rows of times, names or posts are no
columns of prose), the left column is read down first, then the right. A report's lines are full of names and posts
("Mayor of Shanghai, Mr Ying Yong. The Secretary"): where a line of prose is too few, eight lines or more, nearly all
with words on both sides, whose columns read as prose taken together (two words in five in lower case) are columns too.

Each column's lines are joined where they are wrapped (a column is narrower than the pages the cleaner unwraps).

>>> print(unmixed("The two sides met in Shanghai       the Mayor of Shanghai, Ms Ada\\n"
...               "on 4 May to review co-operation     Quell, who welcomed the plan\\n"
...               "in finance and trade. They were     to set up a joint office.\\n"
...               "received by                         The office opens in June."))
The two sides met in Shanghai on 4 May to review co-operation in finance and trade. They were received by
<BLANKLINE>
the Mayor of Shanghai, Ms Ada Quell, who welcomed the plan to set up a joint office. The office opens in June.
"""

from __future__ import annotations

import re

from kg.text.blocks import Found, replaced_blocks
from kg.text.hyphens import join_wrapped

GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
MIN_LINES = 4
DRIFT = 4  # characters the right column's start may move from line to line
MIN_WORDS = 3
STOP = re.compile(r"[.!?:;。！？][\"'”’)\]]*$")
FULL = 0.8  # share of a column's width from which a line is full (wrapped on into the next)
LOWER_SHARE = 0.4  # of a column's words taken together, in lower case: prose (a table's names and posts have fewer)


def _split(line: str) -> tuple[str, str, int] | None:
    """A line's left and right parts and where the right starts, where one wide gap parts it (or the left is empty)."""
    gaps = GAP.findall(line)
    if len(gaps) == 1:
        match = GAP.search(line)
        return line[:match.start()].rstrip(), line[match.end():].strip(), match.end()
    if not gaps and line.startswith(" " * 20) and line.strip():
        return "", line.strip(), len(line) - len(line.lstrip())
    return None


def unmixed(text: str) -> str:
    """The text with each run of two columns read one column after the other."""
    if "   " not in text:
        return text
    return "\n".join(replaced_blocks(text.split("\n"), lambda lines, i: _read(lines, i, text)))


def _read(lines: list[str], i: int, whole: str) -> Found | None:
    """A run of two columns opening at line ``i``, the left column read down first, then the right."""
    if not (run := _run(lines, i)):
        return None
    return _joined([left for left, _, _ in run], whole) + [""] + _joined([right for _, right, _ in run], whole), i + len(run)


def _joined(column: list[str], text: str) -> list[str]:
    """A column's lines, each joined to the line it is wrapped from (a column is narrower than any page the cleaner
    unwraps); a short line ending with a stop ends its paragraph, and so does a gap in the column (its line empty)."""
    width = max((len(line) for line in column), default=0)
    out: list[str] = []
    last = ""
    for line in column:
        if not line:
            last = ""
            if out and out[-1]:
                out.append("")
        elif out and out[-1] and not (STOP.search(out[-1]) and len(last) < FULL * width):
            out[-1] = join_wrapped(out[-1], line, text)
        else:
            out.append(line)
        last = line or last
    return out[:-1] if out and not out[-1] else out


def _part(line: str, start: int) -> tuple[str, str, int] | None:
    """A line's two parts where the columns start at ``start``: both, the left alone (short of the right column),
    the right alone (indented to it), or none (a blank line); None where the line crosses the gap."""
    parts = _split(line)
    if parts is not None and abs(parts[2] - start) <= DRIFT:
        return parts
    if parts is None and not GAP.search(line) and len(line.rstrip()) <= start - 2:
        return line.strip(), "", start
    return None


def _run(lines: list[str], start: int) -> list[tuple[str, str, int]]:
    """The lines from ``start`` that two columns part at about the same place, with words on both sides; a column's
    line may be empty (the other column's paragraph runs on), and so may both (a blank line inside the columns)."""
    first = _split(lines[start])
    if first is None or not first[0]:
        return []
    run: list[tuple[str, str, int]] = []
    for i in range(start, len(lines)):
        parts = _part(lines[i], first[2])
        if parts is None:
            break
        if not parts[0] and not parts[1]:
            ahead = _part(lines[i + 1], first[2]) if i + 1 < len(lines) else None
            if ahead is None or not ahead[0] and not ahead[1]:  # two blank lines, or one before other text, end the run
                break
        run.append(parts)
    two = [(left, right) for left, right, _ in run if left and right]
    if len(two) < MIN_LINES:
        return []
    worded = sum(1 for left, right in two if _prose(left) and len(right.split()) >= MIN_WORDS)
    if worded * 4 >= len(two) * 3:
        return run
    # a report's columns of names and posts ("Mayor of Shanghai, Mr Ying Yong. The Secretary"): prose taken together
    filled = sum(1 for left, right in two if len(left.split()) >= MIN_WORDS and len(right.split()) >= MIN_WORDS)
    together = all(_prose(" ".join(side), LOWER_SHARE) for side in ([left for left, _ in two], [right for _, right in two]))
    return run if together and filled * 4 >= len(two) * 3 and len(two) >= 2 * MIN_LINES else []


def _prose(part: str, share: float = 1 / 3) -> bool:
    """A column's line of prose, not a cell of a table (a time, a name, a post): words, a third of them in lower case."""
    words = part.split()
    return len(words) >= MIN_WORDS and sum(1 for word in words if word[:1].islower()) >= share * len(words)
