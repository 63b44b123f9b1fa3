"""A bilingual release's lines that pair a Chinese term with its English one ("金融 / financial services", "完 / Ends"):
read across, the Chinese half glues itself to the English and hides it from the rules (a list of areas set out so gives
no area). The English half is what an English reader reads: it stays where it stood, and the Chinese half goes. Only a
line of exactly two halves, one with Chinese and no Latin letter, the other with Latin letters and no Chinese, is read
so; a line that mixes them ("Mr Gong Zheng (龔正) / Mayor") or has no Chinese stays as it is.

>>> print(english_halves("  金融 / financial services\\nTourism / 旅遊\\nHong Kong / Shanghai\\n龔正 (Gong Zheng) / Mayor"))
  financial services
Tourism
Hong Kong / Shanghai
龔正 (Gong Zheng) / Mayor
"""

from __future__ import annotations

import re

CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
# Two halves parted by a slash or a bar with a space on either side (full-width ones too).
PAIR = re.compile(r"^(?P<lead>[ \t]*)(?P<a>[^/|／｜\n]+?)[ \t\u3000]+[/|／｜][ \t\u3000]+(?P<b>[^/|／｜\n]+?)[ \t]*$", re.M)


def _half(match: re.Match) -> str:
    halves = [match.group("a"), match.group("b")]
    english = [h for h in halves if LATIN.search(h) and not CJK.search(h)]
    chinese = [h for h in halves if CJK.search(h) and not LATIN.search(h)]
    if len(english) == 1 and len(chinese) == 1:
        return match.group("lead") + english[0].strip()
    return match.group(0)


def english_halves(text: str) -> str:
    """The text with each line pairing a Chinese term and an English one read as its English half."""
    if not CJK.search(text):
        return text
    return PAIR.sub(_half, text)
