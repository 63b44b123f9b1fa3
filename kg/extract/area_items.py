"""A known field narrowed by the words before it, as an item of an explicit list of areas.

In "co-operation in areas such as teacher training, vocational education and the promotion of mediation",
"vocational education" and "promotion of mediation" are fields of their own, as the list names them, not
the broad "education" or "legal" field their last word would match on its own. Words that only grade the
co-operation ("closer trade", "bilateral investment") narrow nothing.
"""

from __future__ import annotations

import re

# Item boundaries inside a list: commas, semicolons, "as well as", "and"/"or" between items.
BOUNDARY = re.compile(r"[,;:]|\bas\s+well\s+as\b|\b(?:and|or)\b|&")
LEAD = re.compile(r"^\s*(?:(?:and|or|the|a|an|including|namely|such\s+as|also|first(?:ly)?|second(?:ly)?|third(?:ly)?"
                  r"|fourth(?:ly)?|fifth(?:ly)?|finally|lastly),?\s+)*", re.I)
# The words before a known label that make a narrower field: lower-case words, "of" among them
# ("promotion of"), at most five.
NARROWER = re.compile(r"^(?:[a-z][\w'’-]*\s+){1,5}$")
GRADING = frozenset("""more further closer deeper greater better stronger bilateral mutual joint new other various related
relevant key major important respective two-way overall general practical pragmatic all-round comprehensive
in-depth extensive wide-ranging substantive green sustainable digital smart cross-border cross-boundary international global
modern high-quality high-end its their our his her the a an and or of in on for to with
between among as such like including namely also both all these those this that""".split())


def unnarrowed(span: str, known: list[tuple[int, int, object]], *, compound: list | None = None) -> list[tuple[int, int, object]]:
    """The known labels of a list that are not the last word of a narrower item ("vocational education"):
    that item, left without a known label, is then read as a field the scheme lacks. `compound` (all the
    labels found in the span, embedded ones too): only a single word that is no field itself narrows
    ("cruise tourism", not "training of legal talent" nor "cultural tourism")."""
    keep = []
    for start, end, area in known:
        before = [m.end() for m in BOUNDARY.finditer(span, 0, start)]
        left = max(before, default=0)
        after = BOUNDARY.search(span, end)
        right = after.start() if after else len(span)
        pre = LEAD.sub("", span[left:start])
        if span[end:right].strip(" .") or not pre or any(k[0] < start and k[1] > left for k in known):
            keep.append((start, end, area))
            continue
        words = pre.split()
        governed = words[0].endswith("ing") and words[1:2] != ["of"]  # "strengthening trade": the verb's object
        modifier = compound is not None and (len(words) > 1 or any(left <= k[0] and k[1] <= start for k in compound))
        if not NARROWER.match(pre) or governed or modifier or words[-1].lower() in GRADING - {"of"} or all(w.lower() in GRADING for w in words):
            keep.append((start, end, area))
    return keep


# Words that open a topic of a meeting rather than a field: "exchanged views on the preparations for ...".
NOT_A_FIELD = re.compile(r"^(?:the\s+)?(?:preparations?|arrangements?|issues?|matters?|progress|implementation|plans?|proposals?"
                         r"|directions?|future|ways?|means|details|work|situation|development\s+of\s+the|outcomes?|results?"
                         r"|latest|recent|current|[a-z]+ing)\b", re.I)


# Things, not fields: a list that opens with them, or has two, and names no known field ("new markets, new ideas").
DETERMINED = re.compile(r"(?i)(?:the|a|an|his|her|its|their|our|your|my|new|some|other|this|that|these|those)\b")


def topic_fields(span: str, known: list[tuple[int, int, object]], items: list[str]) -> list[str]:
    """The fields a meeting's topics name, once the list is plainly one of fields: three items at least, each a
    known area or a short common noun phrase ("carbon trading, air quality monitoring and the management of
    construction waste"); "the preparations for the session and tourism" names none."""
    chars = list(span.rstrip(" ."))
    for s, e, _ in known:
        chars[s:e] = ["¦"] * (e - s)
    pieces = [p.strip() for p in re.split(r"\s*(?:[,;]|\bas\s+well\s+as\b|\band\b)\s*", "".join(chars)) if p.strip()]
    fields = [i for i in items if not NOT_A_FIELD.match(i) and len(i.split()) <= 5]
    whole = sum(1 for p in pieces if "¦" in p)
    if len(pieces) < 3 or len(fields) + whole != len(pieces) or any(NOT_A_FIELD.match(p) for p in pieces):
        return []
    determined = [p for p in pieces if DETERMINED.match(p)]
    if not whole and (pieces[0] in determined or len(determined) >= 2):
        return []  # "the agenda, the venue and the timetable", "his itinerary, lunch plans and a press briefing"
    return fields
