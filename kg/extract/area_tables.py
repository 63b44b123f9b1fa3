"""Co-operation areas a table gives in a column of their own.

A summary of a session's documents or a progress report often sets the work out as a table whose first column is
the field ("| Field | Document |", "| Area of co-operation | Progress |"); the cleaner reads each row as one
sentence, its cells after their headings ("Field: Finance | Document: Memorandum on ..."). The cell under such a
heading names the row's field: a known area, or a short common noun phrase kept as a new one. A column of
"sectors" counts only where its heading says it is the co-operation's (a firm's table of sectors is not), and
only in a text that names the mechanism.
"""

from __future__ import annotations

import re

from kg.extract.areas import NEW_AREA, NOT_AREA, AreaMatcher, _embedded, _leftovers, _new_area
from kg.extract.context import DocContext
from kg.extract.mentions import View

CELL = re.compile(r"(?:^|\|\s)(?P<name>[^|:]{1,60}): (?P<value>[^|]*?)(?=\s\||\.$)")
FIELD_COLUMN = re.compile(r"(?i)^(?:(?:co-?operation|key|priority)\s+)?(?:areas?|fields?)(?:\s+of\s+co-?operation)?$"
                          r"|^co-?operation\s+(?:areas?|fields?|sectors?)$|^sectors?\s+of\s+co-?operation$")


def find_table_areas(ctx: DocContext, view: View, matcher: AreaMatcher) -> None:
    """Record the field a table row's field cell names."""
    text = view.sentence.text
    if " | " not in text or not text.endswith(".") or ctx.entity_iri(ctx.reference.conference) not in ctx.findings.mentions:
        return
    for cell in CELL.finditer(text):
        if not FIELD_COLUMN.match(cell.group("name").strip()):
            continue
        value = cell.group("value").strip()
        value = value[:1].lower() + value[1:] if re.match(r"[A-Z][a-z]", value) else value
        known = [k for k in matcher.find(value) if not _embedded(value, k[0], k[1])]
        new = [i for i in _leftovers(value, known) if NEW_AREA.match(i) and len(i.split()) <= 5 and not NOT_AREA.search(i)]
        for concept in [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]:
            ctx.findings.mention(concept, view.sentence)
