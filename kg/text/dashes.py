"""Dashes as the rules read them: typography must not change a fact.

A dash set between two words with no space is a hyphen ("Hong Kong\u2013Shanghai", "14\u201317 May",
"Ka\u2011chiu"); an em dash set so is a break in the sentence, as " \u2014 " writes it. The rules read ASCII
hyphens and spaced dashes.

>>> plain_dashes("the Shanghai\u2013Hong Kong Association\u2014set up in 1985\u2014met")
'the Shanghai-Hong Kong Association \u2014 set up in 1985 \u2014 met'
"""

from __future__ import annotations

import re

JOINING_DASH = re.compile(r"(?<=\w)[\u2010-\u2013\u2212](?=\w)")
BREAKING_DASH = re.compile(r"(?<=\S)[\u2014\u2015](?=\S)")


def plain_dashes(text: str) -> str:
    """The text with joining dashes as hyphens and unspaced em dashes spaced."""
    return BREAKING_DASH.sub(" \u2014 ", JOINING_DASH.sub("-", text))
