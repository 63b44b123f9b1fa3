"""A recommendation written as a command ("2. Hold an annual review meeting of the two sides", "Convene a forum of
business chambers"): a think tank's or a critic's proposal names an event nobody has held or fixed, so a sentence
that opens so, and gives no date, names no event."""

from __future__ import annotations

import re

# The verb opens the sentence, after a list's mark at most ("1.", "(b)", "-", "•").
PROPOSAL = re.compile(r"(?:\(?[0-9a-z]{1,2}[.)]\s+|[-•*]\s+)?(?:Hold|Organi[sz]e|Convene|Host|Launch|Stage|Set\s+up|Establish"
                      r"|Create|Introduce|Institute)\s+(?:an?|more|regular|annual|joint)\s")


def proposed(masked: str) -> bool:
    """Whether a sentence is a recommendation opening with a command to hold something.

    >>> proposed("2. Hold an annual review meeting at the level of the two deputies.")
    True
    >>> proposed("Hold on: the forum opened today.")
    False
    """
    return masked[:1] in "0123456789(-•*HOCLSEI" and PROPOSAL.match(masked) is not None
