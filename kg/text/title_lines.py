"""A name on one line and the person's title on the line under it, as programmes, forewords and letters sign:

    Mr Ada Quell, JP                        Bo Kettle
    Secretary for Riverton Affairs          Chairman
                                            Riverton Design Council

No line ends with a stop, and all were dropped with the page's layout; together they are one sentence, the title
after the name as prose gives it: "Mr Ada Quell, JP, Secretary for Riverton Affairs." A name with no honorific is
read so only as a block of its own (a signature), so that a heading over a line of prose is not taken for a name.
"""

from __future__ import annotations

import re

from kg.text.blocks import Found, replaced_blocks
from kg.text.salutations import HONORIFIC

_WORD = r"[A-Z][\w'’.-]*"
# The name's line: perhaps an honorific, two to five words, perhaps honours after commas ("Mr A, GBS, JP").
NAME_LINE = re.compile(rf"^[ \t]*(?P<name>(?P<hon>(?:The[ \t]+Hon[ \t]+)?{HONORIFIC}[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{1,4}}(?:,[ \t]+[A-Z]{{2,4}})*)[ \t]*$")
# The title's line: a title's head word first, perhaps after ranks, then anything but a stop.
_RANKS = r"(?:(?:Acting|Deputy|Vice|Assistant|Associate|Executive|Permanent|Under|Senior|Principal|Chief|Managing|General|Honorary)[ \t-]+)*"
_HEADS = (r"(?:Secretary(?:-General)?|Director(?:-General)?|Mayor|Chairman|Chairwoman|Chairperson|President|Commissioner"
          r"|Consul(?:-General)?|Head|Manager|Partner|Dean|Principal|Officer|Economist|Governor|Minister|Controller|Curator"
          r"|Convenor|Chief[ \t]+Executive(?:[ \t]+Officer)?|Founder|Spokesperson)(?![\w'’-])")
# How a title starts: ranks, then its head word ("Deputy Secretary-General", "Chief Executive").
TITLE_START = _RANKS + _HEADS
TITLE_LINE = re.compile(rf"^[ \t]*(?P<title>{_RANKS}{_HEADS}[^.!?:;\n]{{0,150}}?)[ \t]*$")
# A line that carries the title on (it wrapped after "and", "of", a comma), or a body's name under a bare title.
GOES_ON = re.compile(r"(?:,|\b(?:and|of|for|the|&))$")
_BODY = rf"(?:The[ \t]+)?{_WORD}(?:[ \t]+(?:{_WORD}|of|and|for|the|&|\([^()\n]{{1,60}}\))){{0,12}}"
BODY_LINE = re.compile(rf"^[ \t]*(?P<body>{_BODY})[ \t]*$")
# A body's own name under a bare title ends with a word that heads bodies' names, or has "of" in it.
BODY_HEADS = re.compile(r"\b(?:Office|Bureau|Department|Committee|Commission|Council|Government|University|Association"
                        r"|Company|Limited|Ltd|Corporation|Authority|Agency|Group|Institute|Centre|Center|Federation|Chamber"
                        r"|Bank|Board|Administration|Ministry|Court|Foundation|Society|Trust|Hospital|College|Academy"
                        r"|Alliance|Network|Exchange|Club|Museum|Fund|Institution)$|\sof\s")
STOP = re.compile(r"[.!?][\"'”’)\]]*$")
CUE = re.compile(rf"(?m)^[ \t]*{_WORD}[^\n.!?]*\n[ \t]*{_RANKS}{_HEADS}")
# A profile's heading, as a who's who sets it: a name (family name in capitals, an English name after a comma) and
# perhaps the side or place the person is from in brackets: "CHAN Tai-man, Peter (Hong Kong)", "LI Wei (Riverton)".
PROFILE_NAME = re.compile(rf"^[ \t]*(?P<name>(?:The[ \t]+Hon[ \t]+)?(?:{HONORIFIC}[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{1,4}}"
                          rf"(?:,[ \t]+[A-Z][a-z]+)?)(?:[ \t]+\([A-Z][^()\n]{{0,30}}\))?[ \t]*$")
CAPITALS = re.compile(r"(?<![\w'’-])[A-Z]{2,}(?:-[A-Z]{2,})?(?![\w'’-])")
# The profile's first sentence is the title alone, perhaps with its body after a comma and the time held:
# "Director of Riverton Affairs since 2020. Before that ..." (not "Mayor Li said ...": a verb ends the title).
PROFILE_TITLE = re.compile(rf"^[ \t]*{_RANKS}{_HEADS}(?:[ \t]+(?:of|for|and|the|in|&|{_WORD}|\([^()\n]{{1,40}}\)))*"
                           rf"(?:,[ \t]+[A-Z][^.!?\n,]{{0,100}})?(?:[ \t]+(?:since|from|until|between)[ \t]+[^.!?\n]{{1,40}})?\.(?:[ \t]|$)")


def title_lines(body: str) -> str:
    """The body with each name and the title on the line under it joined into a sentence between blank lines.

    >>> title_lines("Remarks\\n  Mr Ada Quell, JP\\n  Secretary for Riverton Affairs\\n\\nEnd.")
    'Remarks\\n\\nMr Ada Quell, JP, Secretary for Riverton Affairs.\\n\\n\\nEnd.'
    >>> title_lines("Thanks.\\n\\nBo Kettle\\nChairman\\nRiverton Design Council\\n")
    'Thanks.\\n\\n\\nBo Kettle, Chairman, Riverton Design Council.\\n\\n'
    """
    if not CUE.search(body):
        return body
    return "\n".join(replaced_blocks(body.split("\n"), _read))


def _read(lines: list[str], i: int) -> Found | None:
    """A name's line at ``i`` and the title under it, as a sentence between blank lines."""
    if (joined := _joined(lines, i)) is None:
        return None
    sentence, end = joined
    return ["", sentence, ""], end


def _joined(lines: list[str], i: int) -> tuple[str, int] | None:
    """The sentence a name's line at ``i`` and the title under it make, and the line after them; or None."""
    if (profile := _profile(lines, i)) is not None:
        return profile
    name = NAME_LINE.match(lines[i])
    title = TITLE_LINE.match(lines[i + 1]) if name and i + 1 < len(lines) else None
    if title is None or NAME_LINE.match(lines[i + 1]) and not name.group("hon"):
        return None
    words, end = title.group("title"), i + 2
    if end < len(lines) and BODY_LINE.match(lines[end]) and (GOES_ON.search(words) or _wraps(words, lines[i + 1], lines[end])):
        words, end = f"{words} {lines[end].strip()}", end + 1
    elif "," not in words and " of " not in words and end < len(lines) and BODY_LINE.match(lines[end]) \
            and BODY_HEADS.search(lines[end].strip()):
        words, end = f"{words}, {lines[end].strip()}", end + 1
    if end == i + 2 and not any(STOP.search(line.strip()) for line in lines[end:]):
        return None  # a letter's signature after its last paragraph: kg.text.signatures reads it, as the writer's
    alone = (i == 0 or not lines[i - 1].strip()) and (end >= len(lines) or not lines[end].strip())
    if not name.group("hon") and not alone:
        return None
    return f"{name.group('name')}, {words}.", end


def _wraps(words: str, line: str, following: str) -> bool:
    """Whether a title with its field ("Principal Assistant Secretary for Constitutional") goes on on the next line,
    indented as it is, with no name of its own ("Affairs (Mainland)")."""
    indent = len(line) - len(line.lstrip())
    return bool(re.search(r"\s(?:for|of)\s", words)) and indent > 0 and len(following) - len(following.lstrip()) == indent \
        and NAME_LINE.match(following) is None


def _profile(lines: list[str], i: int) -> tuple[str, int] | None:
    """A who's who profile: its heading (a name alone on a line, after a blank line) and the paragraph under it,
    which opens with the person's title. The bracketed side in the heading goes: the title says more."""
    if i + 1 >= len(lines) or i > 0 and lines[i - 1].strip() or not PROFILE_TITLE.match(lines[i + 1]):
        return None
    name = PROFILE_NAME.match(lines[i])
    if name is None or STOP.search(lines[i].strip()) or not re.search(r"[a-z]", name.group("name")):
        return None
    return f"{_as_said(name.group('name'))}, {lines[i + 1].strip()}", i + 2


def _as_said(name: str) -> str:
    """A heading's name as prose says it: the family name in ordinary case, the English name first.

    >>> _as_said("KETTLE Wing-ping, Bo")
    'Bo Kettle Wing-ping'
    >>> _as_said("Dr QUELL Mei-lin, Ada")
    'Dr Ada Quell Mei-lin'
    """
    said = CAPITALS.sub(lambda m: m.group(0).capitalize(), name)
    given, _, english = said.partition(", ")
    hon = re.match(rf"(?:The[ \t]+Hon[ \t]+)?(?:{HONORIFIC}[ \t]+)?", given).group(0)
    return f"{hon}{english} {given[len(hon):]}" if english else said

