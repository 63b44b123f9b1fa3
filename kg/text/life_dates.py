"""A person's birth or age set in brackets after the name, as a profile, who's-who entry or obituary gives it:
"Lee Tai-wah (born 1955) was ...", "Ms Ho (b. 3 May 1961, Shanghai) served as ...", "Mr Chan (aged 72) died".
Left in, the bracket parts the name from the verb that gives the person's post, and the graph holds no birth dates.

A bracket of years after a post ("Financial Secretary (2007-2017)") or a name's other forms ("Gong Zheng (龚正)")
is no birth and stays.

>>> plain_life_dates("Lee Tai-wah (born 1955) was Director. Ho (b. 3 May 1961, Shanghai) and Chan (aged 72) met.")
'Lee Tai-wah was Director. Ho and Chan met.'
>>> plain_life_dates("Financial Secretary (2007-2017), born in Hong Kong.")
'Financial Secretary (2007-2017), born in Hong Kong.'
"""

from __future__ import annotations

import re

LIFE = re.compile(r"(?<=[A-Za-z.])[ \t]+\((?:born|b\.|n[ée]e|aged?)[ \t]+[^()\n]{1,40}\)(?=[\s,;:.])")


def plain_life_dates(text: str) -> str:
    """The text without birth dates and ages in brackets."""
    if "(" not in text:
        return text
    return LIFE.sub("", text)
