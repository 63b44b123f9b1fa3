"""The one met or called on, as the text names them: "the Secretary of the CPC Shanghai Municipal Committee, Mr
Chen Jining", "Shanghai Vice Mayor Hua Yuan", "Mr Xue Guangming, Vice-Chairman of the Standing Committee of X".

Releases and those who read them name a meeting by the post of the one met ("Call on the Vice Mayor of
Shanghai", "Meeting with the Director of ..."), so a meeting's label keeps the title the text gives before or
after the name. Only one person with one title: a list of people met, or a name with no title, is named by the
names.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import unmask
from kg.extract.mentions import View

HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Professor", "Prof", "Madam", "Sir"}
_HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Madam)\.?\s+)"
_WORD = r"(?:[A-Z][\w'’&-]*|⟦(?:org|place):\d+⟧)"
# "the Mayor of Shanghai, Mr", "Shanghai Vice Mayor", "the Director of the X Office,": a title, then the name.
TITLED = re.compile(rf"^\s*(?:with\s+)?(?P<t>(?:the\s+)?{_WORD}(?:\s+(?:of|and|for|the|in|{_WORD})){{0,12}}),?\s+"
                    rf"{_HONORIFIC}?(?=⟦person:\d+⟧)")
# "Mr X, Vice-Chairman of the Standing Committee of Y": the name, then the title.
NAME_TITLED = re.compile(rf"^\s*(?:with\s+)?{_HONORIFIC}?⟦person:\d+⟧,\s+(?P<t>(?:the\s+)?{_WORD}(?:\s+(?:of|and|for|the|in|{_WORD})){{0,14}})"
                         r"(?=\s*(?:[,;.]|$)|\s+(?:and|at|in|on|to|who|which|before|after)\b)")
# The word that makes the words a title: "Vice Mayor", "Director of ...", "Secretary-General".
TITLE_WORD = re.compile(r"\b(?:Chairman|Chairwoman|Chairperson|Chair|Director|Mayor|Secretary|Minister|President|Head|Chief"
                        r"|Commissioner|Governor|Consul|Ambassador|Deputy|Vice|Member|Representative|Commander|Dean|Principal)\b")
# Another person right after the first: a list of people met.
MORE = re.compile(r"^(?:,?\s+(?:and|&)\s+|,\s+)[^;.⟦]{0,80}?⟦person:")
# "the Chief Secretary for Administration, Mrs X": a post read as its holder, then the holder's name.
POST_NAMED = re.compile(rf"^\s*(?:with\s+)?⟦person:(?P<post>\d+)⟧,\s+{_HONORIFIC}?⟦person:(?P<name>\d+)⟧")


def as_written(view: View, obj: str, *, after_name: bool = True) -> str | None:
    """The title and name of the one met, as written in ``obj`` (the words after the verb), or None."""
    if "⟦person" not in obj:
        return None
    if (posted := POST_NAMED.match(obj)) and TITLE_WORD.search(view.mention(posted.group("post")).surface) \
            and not MORE.match(obj[posted.end():]):
        return re.sub(r"\s+", " ", unmask(obj[:posted.end()].lstrip().removeprefix("with "), view.mentions)).strip()
    titled = TITLED.match(obj)
    if titled is not None and re.sub(r"^the\s+", "", titled.group("t")) not in HONORIFICS \
            and TITLE_WORD.search(unmask(titled.group("t"), view.mentions)):
        title = titled.group("t")
        name = re.match(r"⟦person:\d+⟧", obj[titled.end():])
        if MORE.match(obj[titled.end() + name.end():]):
            return None
        return re.sub(r"\s+", " ", unmask(obj[obj.find(title):titled.end() + name.end()], view.mentions)).strip()
    if not after_name or (after := NAME_TITLED.match(obj)) is None or not TITLE_WORD.search(unmask(after.group("t"), view.mentions)) \
            or MORE.match(obj[after.end():]):
        return None
    return re.sub(r"\s+", " ", unmask(re.sub(r"^\s*(?:with\s+)?", "", obj[:after.end()]), view.mentions)).strip()
