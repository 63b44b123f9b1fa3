"""Words around a session's name that make a sentence's date or place some other thing's.

"met in Hong Kong on Monday to follow up on the seventh plenary session", "a review of the outcomes of the
seventh plenary session was held on June 10", "briefed the Legislative Council on May 12 on the seventh
plenary session", "said the seventh session had yielded", "two months after the seventh session",
"marked the 20th anniversary of the first plenary session today": the sentence's day and
place are the meeting's, the review's, the briefing's, the anniversary's. "... said in Hong Kong today" is
where someone spoke; "originally planned for Shanghai in 2020" is a plan the session did not keep. And "the
third meeting of the X Task Force on Healthcare" is the task force's meeting, not a plenary session. An ordinal
that ranks ("the first plenary session held in Shanghai since the pandemic", "Mrs Lam's first plenary session",
"the second plenary session in a row") numbers no session.
"""

from __future__ import annotations

import re

from kg.extract.other_bodies import before, other_bodies

ABOUT = re.compile(r"\b(?:follow(?:s|ed|ing)?[\s-]+up\s+on|(?:outcomes?|results?|review|implementation|anniversary)\s+of"
                   r"|briefed\b[^.;]{0,80}?\bon|report(?:s|ed)?\s+on"
                   # "said the seventh session had yielded", "two months after the seventh session": the day is the saying's
                   r"|(?:said|says|noted|added|announced|stressed)(?:\s+that)?|(?:days?|weeks?|months?|years?)\s+(?:after|before))\s+(?:(?:the|its)\s+)?$", re.I)
SAID_IN = re.compile(r"\b(?:said|says|told\s+\S+(?:\s+\S+)?|noted|added|stressed|announced|remarked)\s+$")
PLANNED = re.compile(r",\s+(?:originally|initially|first)\s+(?:planned|scheduled|slated|set|due)\b[^,;.]*$")
BODY = re.compile(r"(?P<of>\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?(?:['’]s)?\s+(?i:task\s+force|working\s+group|committee|panel|sub-?group"
                  r"|expert\s+group|secretariat|joint\s+working)\b")


def about_session(masked: str, start: int) -> bool:
    """Whether the words right before a session's name make the sentence about it, not its holding."""
    return ABOUT.search(masked, max(0, start - 100), start) is not None


# "measures for Hong Kong people working, studying and living in Shanghai": where people live, not a session's place
LIVING_IN = re.compile(r"\b(?:living|working|studying|residing|based|settled|doing\s+business)\s+$")


# "agreed to add the preparations for the World Exposition to be held in Shanghai in 2010": another thing's holding
# and "the third plenary session, which the Administration hoped could be held in Shanghai within this year": a hope
OTHERS_HOLDING = re.compile(r"(?:\b(?!(?i:session|meeting|plenary|conference|mechanism|expected|scheduled|due|set|slated|planned|likely|going|about|yet|also|still"
                            r"|now|then|originally|initially|tentatively|provisionally|reportedly|is|are|was|were)\b)[A-Za-z]+\s+to|\b(?:hoped|hopes|hoping|wished|wishes)\s+(?:that\s+)?(?:it\s+)?"
                            r"(?:could|would|might|can|will))\s+be\s+(?:held|staged|hosted)\b[^,;.⟦]*(?:⟦place:\d+⟧[^,;.⟦]*)?$")


def others_holding(masked: str, position: int) -> bool:
    """Whether a place or a date at ``position`` is in the clause of another thing "to be held", or of a holding
    only hoped for."""
    return " be " in masked and OTHERS_HOLDING.search(masked, max(0, position - 80), position) is not None


def not_its_place(masked: str, position: int) -> bool:
    """Whether a place said at ``position`` (the "in" before it) is where someone spoke, where people live, a plan
    that lapsed, or another thing's holding."""
    return SAID_IN.search(masked, max(0, position - 40), position) is not None or PLANNED.search(masked, 0, position) is not None \
        or LIVING_IN.search(masked, max(0, position - 30), position) is not None or others_holding(masked, position)


# A session named inside a noun phrase ("the programmes agreed at the seventh session") and a verb after it: the date
# after that verb is the main clause's ("... will be doubled to 300 in 2027")
EMBEDDED = re.compile(r"\b(?:agreed|signed|reached|adopted|endorsed|announced|made|launched)\s+(?:up)?(?:on\s+)?at\s+(?:the|its)\s+[^.;⟦]{0,40}?"
                      r"\b(?:session|meeting|plenary)\b(?:\s+of\s+(?:the\s+)?(?:⟦conf:\d+⟧|conference|mechanism))?\s+(?:will|would|shall|is|are|was|were"
                      r"|has|have|had)\b[^.;]*$", re.I)


# "the fourth plenary of a mechanism that has met rarely since it was set up in October 2003": the founding's day, in a
# clause of its own (not "The mechanism was set up in October 2003, when A and B co-chaired its first session")
FOUNDING_DAY = re.compile(r"\b(?:it|which|that)\s+(?:had\s+|has\s+)?(?:was|were|been)\s+(?:first\s+|formally\s+|officially\s+|jointly\s+)?(?:set\s+up|established|founded|created)\s+(?:(?:in|on)\s+)?$")


def not_its_date(masked: str, position: int) -> bool:
    """Whether a date at ``position`` is in a plan the session did not keep ("originally planned for 2020"), in the
    main clause after a session named inside a noun phrase ("the items agreed at the seventh session will ... in 2027"),
    or the mechanism's founding day."""
    return PLANNED.search(masked, 0, position) is not None or EMBEDDED.search(masked, max(0, position - 200), position) is not None \
        or others_holding(masked, position) or FOUNDING_DAY.search(masked, max(0, position - 40), position) is not None


def others_session(view, start: int, end: int | None = None) -> bool:
    """Whether a session word at ``start`` is another pair's conference's, named before it in the sentence with
    ours not named since ("The Hong Kong/Guangdong Co-operation Joint Conference holds its 24th plenary meeting",
    "The Beijing-Hong Kong Economic and Trade Co-operation Conference convened its third plenary session"); or,
    for a session listed by its ordinal alone (its words up to ``end``) in a sentence not naming ours, whether
    it was held in a city neither ours nor within one of ours ("The second session was held in Guangzhou")."""
    last = before(other_bodies(view), start)
    if last is not None and "⟦conf" not in view.masked[last[1]:start]:
        return True
    place = PLACE.search(view.masked, start, end) if end is not None and "⟦conf" not in view.masked else None
    entity = view.mention(place.group(1)).entity if place is not None else None
    return entity is not None and entity.kind == "place" and not {entity.id, entity.data.get("in")} & OURS


PLACE = re.compile(r"\b(?:in|at)\s+⟦place:(\d+)⟧")
OURS = {"hong-kong", "shanghai"}


def another_body(masked: str, end: int) -> bool:
    """Whether the session word ending at ``end`` is the meeting of a body under the mechanism."""
    body = BODY.match(masked, end)
    return body is not None and (body.group("of") is not None or masked.endswith("⟧", 0, end))


# "the first plenary session held in Shanghai since the pandemic", "the first session in five years": an ordinal
# that ranks, not the session's number; "the sixth since the mechanism was set up" counts from the start. (Reading
# "... since 2015" so too cost a never-read set's mechanism precision.)
FIRST_SINCE = re.compile(r"\s+in\s+a\s+row\b|\s+as\s+[A-Z]|\s+(?:that\s+)?(?:he|she|they|we|I)\s+(?:had|has|have)\b|(?:\s+(?:held|convened|to\s+be\s+held|in|at)\b[^,;.]{0,40}?)?\s+since\s+(?!(?:19|20)\d\d\b|(?:(?:the|its)\s+)?(?:mechanism|⟦conf|conference|establishment|launch|inception|founding|creation|it\s+was)\b)|\s+in\s+(?:\w+\s+){0,2}?years\b|\s+ever\b")
# "the second plenary session for Mayor A", "the third plenary session in the current term of government",
# "the first plenary session held in Shanghai since 2018" (a year only after "first" and a place)
RANKS_FOR = re.compile(r"\s+for\s+(?:[A-Z][\w-]*\s+){0,4}⟦person:\d+⟧|\s+(?:in|of|during|under)\s+(?:the|this|his|her|its|their)\s+"
                       r"(?:current\s+|present\s+|first\s+|second\s+)?(?:term|administration|tenure)\b")
FIRST_IN_SINCE = re.compile(r"\s+(?:(?:held|convened)\s+)?in\s+⟦place:\d+⟧\s+since\s+(?:19|20)\d\d\b")
# "Mrs Lam's first plenary session", "his first plenary session": whose, not which
# (a month's or a day's: "Last June's seventh plenary session" is dated, not ranked)
WHOSE = re.compile(r"(?:\b(?i:his|her|their|my|our)|⟦person:\d+⟧['’]s|\b(?!Conference|Mechanism|(?:January|February|March|April|May|June|July|August"
                   r"|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’])[A-Z][a-z]+['’]s)\s+$")


def ranks(masked: str, start: int, end: int) -> bool:
    """Whether the ordinal session between ``start`` and ``end`` ranks rather than numbers."""
    return FIRST_SINCE.match(masked, end) is not None or WHOSE.search(masked, max(0, start - 40), start) is not None \
        or RANKS_FOR.match(masked, end) is not None \
        or FIRST_IN_SINCE.match(masked, end) is not None and re.search(r"(?i)\bfirst\b", masked[start:end]) is not None


# The comma that closes a relative clause and goes on with the main clause's verb (not a participle
# describing the session: "..., held in Shanghai in 2023, ...").
MAIN_VERB = re.compile(r",\s+(?:also\s+)?(?:met|said|told|spoke|led|made|gave|took|paid|called|visited|received|attended|toured|signed|is|was|will|has|had)\b")


def relative_clause_end(masked: str, start: int, end: int) -> int:
    """Where a relative clause holding a session ends: "Hua Yuan, who will lead the delegation to the eighth
    session, met him on Monday" (Monday is the meeting's day, not the session's).

    >>> s = "A, who will lead the delegation to the eighth session, met B on Monday."
    >>> s[:relative_clause_end(s, s.index("the eighth"), s.index(", met"))]
    'A, who will lead the delegation to the eighth session'
    """
    opening = max(masked.rfind(", who ", 0, start), masked.rfind(", which ", 0, start))
    if opening < 0 or "," in masked[opening + 1:start]:
        return len(masked)
    closing = MAIN_VERB.search(masked, end)
    return closing.start() if closing else len(masked)
