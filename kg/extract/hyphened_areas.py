"""Two area labels joined by a hyphen, as translations shorten 文旅 ("culture-tourism"): each is its own area.

Only where each half is a whole label of the scheme, so that "tourism-related" or "sci-tech" stay as they are.
"""

from __future__ import annotations

import re

HYPHENED = re.compile(r"(?<![\w-])([A-Za-z]{4,})-([A-Za-z]{4,})(?![\w-])")

Found = tuple[int, int, object]  # start, end and area, as the area matcher finds them


def joined_areas(text: str, found: list[Found], label: re.Pattern, areas: list) -> list[Found]:
    """The areas of hyphen-joined pairs in ``text`` that overlap none of ``found`` (``label`` matches one label whole,
    its group ``a<i>`` naming ``areas[i]``)."""
    joined = []
    for m in HYPHENED.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        halves = [label.fullmatch(m.group(g)) for g in (1, 2)]
        if all(halves):
            joined += [(m.start(g), m.end(g), areas[int(h.lastgroup[1:])]) for g, h in zip((1, 2), halves)]
    return joined
