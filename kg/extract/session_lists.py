"""Sessions a text lists by their ordinals alone, once it is telling plenary sessions.

Fact sheets, LegCo replies and features list the mechanism's sessions in one breath: "The first plenary
session was held in Shanghai in October 2003, the second in Hong Kong in January 2012 and the third in
...", "The fourth and fifth sessions were held in Hong Kong in 2018 and Shanghai in 2021 respectively",
"The fourth session, in Hong Kong in August 2018, ... The fifth, in August 2021, was held by video link."
Each listed session has its own words (a segment of the masked sentence), where its date and place are
read. An ordinal no larger than the one before it is no list item ("the seventh session ..., the first in
Shanghai since 2018" names no first session).
"""

from __future__ import annotations

import re

from kg.extract.mentions import View
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.extract.other_bodies import before
from kg.extract.session_context import ranks

ORD = ORDINAL.replace("(?P<ord>", "(?:")
ITEM = re.compile(rf"(?:,|;|\band\b)\s+(?:and\s+)?(?:for\s+)?(?:the|its|their)\s+(?P<ord>{ORD})(?:\s+(?:plenary\s+)?session)?(?=\s+(?:in|at|on|by|was|were|held|took|followed|came)\b|\s*,)", re.I)
PLURAL = re.compile(rf"\b(?:the\s+)?(?P<ords>{ORD}(?:\s*,\s*{ORD})*,?\s+and\s+(?:the\s+)?{ORD})\s+(?:plenary\s+)?"
                    rf"(?:sessions|meetings|plenaries)\b", re.I)
BARE = re.compile(rf"\b(?:the\s+)?(?P<ord>{ORD})\s+session\b(?!\s+of\b)", re.I)
# "co-chaired two sessions: the fourth, in Hong Kong in 2018, ...; and the fifth, ..."
# "Six plenary sessions have been held so far: the first session, held in ...; the second session, ..." (a LegCo
# paper's sub-items, joined to their lead-in)
COUNTED = re.compile(rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?P<plenary>plenary\s+)?(?:sessions|meetings|plenaries)"
                     rf"(?:\s+(?:have|had)\s+been\s+(?:held|convened)(?:\s+(?:so\s+far|to\s+date|since\s+(?:19|20)\d\d))?)?\s*:\s+"
                     rf"the\s+(?P<ord>{ORD})(?:\s+(?:plenary\s+)?session)?(?=\s*,|\s+(?:in|at|on|was|held)\b)", re.I)
# "The third followed in ...", "The sixth is expected to be held in Shanghai later this year"
NEXT = re.compile(rf"^The\s+(?P<ord>{ORD})(?=\s*,|\s+(?:was|were|in|took|followed|came|convened|met)\b"
                  r"|\s+(?:is|will\s+be)\s+(?:(?:expected|scheduled|due|set|slated|planned)\s+)?to\s+(?:be\s+held|take\s+place|convene)\b|\s+will\s+(?:be\s+held|take\s+place|convene)\b)")
PLACE = re.compile(r"⟦place:\d+⟧")
# a bare session's own verb of taking place, after which the next ordinals are list items
HAPPENED = re.compile(r"\s+(?:followed|took\s+place|met|came)\b")
# the end of a list after a bare session: a contrast, or another body (kg.extract.other_bodies: "the Hong
# Kong/Guangdong Co-operation Joint Conference held its sixth session, ..., and the seventh, ...")
RUNS_TO = re.compile(r"\b(?:while|whereas|but)\b")
CLAUSE_END = re.compile(r"[;.]\s|[;.]?$")
# ", a high-level mechanism that ... launched in Shanghai in 2003": what follows describes the
# mechanism named before it, not the session
APPOSITIVE = re.compile(r",\s+(?:a|an)\s+")


def appositive_end(masked: str, position: int) -> int:
    """Where a session's own words end: at an appositive noun phrase after it, else at the end."""
    match = APPOSITIVE.search(masked, position)
    return match.start() if match else len(masked)


def listed_sessions(masked: str, named: list[tuple[int, int]], last: int | None,
                    bodies: list[tuple[int, int]] = ()) -> list[tuple[int, int, int]]:
    """(number, start, end) of each session a sentence lists by ordinal: after a session it names
    (``named``: number and end of each), or going on from the last session the text told (``last``); ``bodies``
    are the other conferences the sentence names.

    >>> s = "The ⟦conf:0⟧ met. The first plenary session was held in ⟦place:1⟧, the second in ⟦place:2⟧ and the third in ⟦place:1⟧."
    >>> [n for n, _, _ in listed_sessions(s, [(1, s.index(" was"))], None)]
    [2, 3]
    """
    found: list[tuple[int, int, int]] = []
    previous = max((n for n, _ in named), default=last or 0)
    if named:
        found += _items(masked, min(end for _, end in named), previous)
    elif last and (item := NEXT.match(masked)) and ordinal_value(item.group("ord")) == last + 1:
        found.append((last + 1, item.end(), _item_end(masked, item.end())))
        found += _items(masked, item.end(), last + 1)
    elif last and (bare := BARE.search(masked)) and ranks(masked, bare.start(), bare.end()):
        found += _ranked_since(masked, bare.end(), last)
    elif last and (bare := BARE.search(masked)) and (number := ordinal_value(bare.group("ord"))) and number != last:
        found.append(_bare_item(masked, number, bare.end()))
        found += _later_clauses(masked, bare.end(), number) if ";" in masked else []
        if before(bodies, bare.start()) is None and (masked.startswith(", ", bare.end()) or HAPPENED.match(masked, bare.end())):
            # "the sixth session, at A on ..., and the seventh, at B ...", "the third session followed in A in
            # 2015, the fourth in B in 2018": up to a contrast or another body's name
            ends = [s for s, _ in bodies if s >= bare.end()] + [m.start() for m in RUNS_TO.finditer(masked, bare.end())]
            told = masked[:min(ends, default=len(masked))]
            found += [item for item in _items(told, bare.end(), number)
                      if told.startswith(",", item[1]) or HAPPENED.match(masked, bare.end())]
    if not found and (counted := COUNTED.search(masked)) and (named or last or counted.group("plenary")):
        number = ordinal_value(counted.group("ord"))
        if number:
            found.append((number, counted.end(), _item_end(masked, counted.end())))
            found += _items(masked, counted.end(), number)
    if (plural := PLURAL.search(masked)) is not None:
        found += _plural(masked, plural)
    elif "first " in masked and (first := FIRST_N.search(masked)) is not None:
        found += _first_n(masked, first)
    return found


# "It was the first session since the fourth, held in Hong Kong in 2018": the fourth, recalled with its own words
SINCE_ORD = re.compile(rf"\s+since\s+the\s+(?P<ord>{ORD})(?:\s+(?:plenary\s+)?(?:session|meeting))?\b", re.I)


def _ranked_since(masked: str, end: int, last: int) -> list[tuple[int, int, int]]:
    """The session a bare ordinal that ranks ("the first session since ...") counts from, when it is one by ordinal."""
    since = SINCE_ORD.match(masked, end)
    number = ordinal_value(since.group("ord")) if since else None
    return [_bare_item(masked, number, since.end())] if number and number != last else []


# "The first two plenary sessions were held in 2003 and 2004": the first n, each the item of the list in its turn
FIRST_N = re.compile(r"\b[Tt]he\s+first\s+(?P<n>two|three|four|five)\s+(?:plenary\s+)?(?:sessions|meetings)\s+(?:were|had\s+been)\s+(?:held|convened)\s+")
SPLIT = re.compile(r"(?:[^,]|,(?!\s))+?(?=,\s+(?:and\s+)?|\s+and\s+|$)")


def _first_n(masked: str, match: re.Match) -> list[tuple[int, int, int]]:
    """(number, start, end) of each of "the first two sessions" when its list has as many items.

    >>> m = "The first two plenary sessions were held in 2003 and 2004."
    >>> [(n, m[a:b]) for n, a, b in _first_n(m, FIRST_N.search(m))]
    [(1, 'in 2003'), (2, '2004')]
    """
    end = CLAUSE_END.search(masked, match.end()).start()
    items = [(match.end() + m.start(), match.end() + m.end()) for m in SPLIT.finditer(masked[match.end():end]) if m.group(0).strip(" ,")]
    items = [(start + len(masked[start:stop]) - len(masked[start:stop].lstrip(" ,")), stop) for start, stop in items]
    items = [(start + (4 if masked.startswith("and ", start) else 0), stop) for start, stop in items]
    if len(items) != CARDINALS[match.group("n")]:
        return []
    return [(k, start, stop) for k, (start, stop) in enumerate(items, 1)]


# "The first session was held in A that October; we renamed it at the second, in B in 2012; and the last ... was
# the fourth session, in B in August 2018": a later semicolon clause's session, by its ordinal and its own facts.
LATER = re.compile(rf";\s+[^;]*?\bthe\s+(?P<ord>{ORD})(?:\s+(?:plenary\s+)?session)?(?=,\s+(?:in|at|on|by|held)\b)", re.I)


def _later_clauses(masked: str, after: int, previous: int) -> list[tuple[int, int, int]]:
    found = []
    for item in LATER.finditer(masked, after):
        number = ordinal_value(item.group("ord"))
        if number is None or number <= previous:
            break
        found.append((number, item.end(), _clause_end(masked, item.end())))
        previous = number
    return found


# a bare session's words stop at an aside about something else: "..., three years after the outbreak in A",
# and a relative clause right after it is skipped: "The second session, which B had hoped to host in A, was ..."
ASIDE = re.compile(r",\s+(?:(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+)?(?:after|before|following)\s")
RELATIVE = re.compile(r",\s+(?:which|who|that)\s[^,;]*,")


def _bare_item(masked: str, number: int, start: int) -> tuple[int, int, int]:
    relative = RELATIVE.match(masked, start)
    start = relative.end() if relative else start
    aside = ASIDE.search(masked, start)
    return number, start, min(appositive_end(masked, start), _clause_end(masked, start), aside.start() if aside else len(masked))


def _clause_end(masked: str, start: int) -> int:
    """Where a bare session's clause ends: "The first session was held in A that October; we ... in 2012" (a
    semicolon's clause is another's)."""
    semicolon = masked.find(";", start)
    return semicolon if semicolon >= 0 else len(masked)


def _items(masked: str, after: int, previous: int) -> list[tuple[int, int, int]]:
    found = []
    for item in ITEM.finditer(masked, after):
        number = ordinal_value(item.group("ord"))
        if number is None or number <= previous:
            break
        found.append((number, item.end(), _item_end(masked, item.end())))
        previous = number
    return found


def _item_end(masked: str, start: int) -> int:
    following = ITEM.search(masked, start)
    return following.start() if following else CLAUSE_END.search(masked, start).start()


def _plural(masked: str, match: re.Match) -> list[tuple[int, int, int]]:
    """"The fourth and fifth sessions": each its own place and date with "respectively", a shared place
    without, else neither."""
    numbers = [ordinal_value(word) for word in re.findall(ORD, match.group("ords"), re.I)]
    end = CLAUSE_END.search(masked, match.end()).start()
    places = [m.start() for m in PLACE.finditer(masked, match.end(), end)]
    if "respectively" in masked[match.end():end + 15] and len(places) == len(numbers):
        bounds = places[1:] + [end]
        return [(n, start, stop) for n, start, stop in zip(numbers, places, bounds) if n]
    shared = (match.end(), end) if len(places) == 1 else (match.end(), match.end())
    return [(n, *shared) for n in numbers if n]


def respective_days(masked: str, dates: list[tuple[int, object]]) -> dict[int, object]:
    """The days of "the first and second plenary sessions were held in 2003 and 2004 in A and B respectively", said
    before the places, one for each session in order (``dates``: position and span of each of the sentence's days)."""
    if "respectively" not in masked or (match := PLURAL.search(masked)) is None:
        return {}
    numbers = [ordinal_value(word) for word in re.findall(ORD, match.group("ords"), re.I)]
    place = PLACE.search(masked, match.end(), CLAUSE_END.search(masked, match.end()).start())
    days = [d for p, d in dates if place is not None and match.end() <= p < place.start()]
    return {n: d for n, d in zip(numbers, days) if n} if len(days) == len(numbers) else {}


def listed_days(masked: str, dates: list[tuple[int, object]], number: int, start: int, end: int) -> list:
    """The days of a listed session: its own of those said in order ("held in 2003 and 2004 in A and B respectively"),
    else those in its own words (from ``start`` to ``end``)."""
    respective = respective_days(masked, dates)
    return [respective[number]] if number in respective else [d for p, d in dates if start <= p < end]


# "The X has met five times: in Shanghai in 2003, in Hong Kong in 2012, ... and by video link in 2021":
# the sessions in order, when the list has as many items as the count says
# ("The conference was set up in 2003 ..., and met twice - in Shanghai in October 2003 and in Hong Kong the following year")
TIMES = re.compile(r"(?:⟦conf:\d+⟧\s+has|^(?:The\s+(?:co-?operation\s+)?(?:conference|mechanism)|It|⟦conf:\d+⟧)(?:[^.;:⟦]|⟦\w+:\d+⟧)*?(?:,\s+and|\s+has|\s+had))\s+(?:only\s+)?"
                   r"(?:met|convened|been\s+convened|held\s+(?:its\s+)?(?:plenary\s+)?(?:sessions|meetings))\s+(?:only\s+)?"
                   r"(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+times|(?P<twice>twice))\s*(?::|\s[-–—])\s+", re.I)
CARDINALS = {w: i for i, w in enumerate("two three four five six seven eight nine ten".split(), 2)}
DASHED = re.compile(r"\s[-–—]\s")
# "Sessions held so far: first (2003, Shanghai); second (2012, Hong Kong); ...": an ordinal and its facts in brackets
# ("... since 2018: the fifth (August 2021) and the sixth (December 2022) were held by video link")
TABLE = re.compile(rf"(?:^|[:;,]\s+(?:and\s+)?|\s+and\s+(?=the\s))(?:the\s+)?(?P<ord>{ORD})\s*\((?P<inner>[^()]*)\)", re.I)


# "the two sides had held six plenary sessions, the latest in Shanghai in November 2023": the count is the
# number of the latest, whose clause (to the next comma) tells its place and day.
LATEST = re.compile(r"\b(?:held|convened)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:plenary\s+)?sessions"
                    r"(?:\s+(?:so\s+far|to\s+date|in\s+all))?,\s+(?:the\s+|with\s+the\s+)?(?:latest|most\s+recent|last)"
                    r"(?:\s+(?:one|session|of\s+(?:which|them)))?(?:\s+(?:was\s+|being\s+)?held)?(?=\s+(?:in|on|at|by)\s)(?P<own>[^,;.]*)", re.I)

def _elsewhere(own: str, view: View | None) -> bool:
    """Whether the latest of the sessions counted was held in a place neither city: another pair's ("the two
    sides have held 22 plenary sessions, the latest in Guangzhou")."""
    places = [view.mention(n).entity if view is not None else None for n in re.findall(r"⟦place:(\d+)⟧", own)]
    return any(p is None or p.id not in ("hong-kong", "shanghai") for p in places)


# Whose sessions they are: the mechanism's, or the two sides' (not "the Joint Conference", another pair's).
COUNTED_BY = re.compile(r"⟦conf:\d+⟧(?:\s+\w+){0,3}\s*$|\b(?:two|both)\s+(?:sides|cities|governments|places)\s+(?:\w+\s+){0,2}$")


def counted_sessions(masked: str, view: View | None = None) -> list[tuple[int, int, int]]:
    """(number, start, end) of each session a sentence counts in order or sets out as a table."""
    table = [(ordinal_value(m.group("ord")), m.start("inner"), m.end("inner")) for m in TABLE.finditer(masked)]
    if len(table) >= 2 and re.search(r"(?i)\bsessions?\b", masked):
        return [(n, start, end) for n, start, end in table if n]
    lowered = masked.lower()
    if "sessions" in lowered and ("latest" in lowered or "recent" in lowered or "last" in lowered) \
            and (latest := LATEST.search(masked)) and COUNTED_BY.search(masked, 0, latest.start()) \
            and not _elsewhere(latest.group("own"), view):
        word = latest.group("n").lower()
        return [(CARDINALS.get(word) or int(word), latest.start("own"), latest.end("own"))]
    match = TIMES.search(masked)
    if match is None:
        return []
    word = (match.group("n") or "two").lower()
    count = CARDINALS.get(word) if word.isalpha() else int(word)
    end = CLAUSE_END.search(masked, match.end()).start()
    if (dash := DASHED.search(masked, match.end(), end)) is not None:  # "... - before going quiet"
        end = dash.start()
    items = [m for m in re.finditer(r"(?:[^,]|,(?!\s))+?(?=,\s+(?:and\s+)?|\s+and\s+|$)", masked[match.end():end])]
    items = [(match.end() + m.start(), match.end() + m.end()) for m in items if m.group(0).strip(" ,")]
    years = [int(y.group(0)) for start, stop in items if (y := re.search(r"\b(?:19|20)\d\d\b", masked[start:stop]))]
    if count is None or len(items) != count or years != sorted(set(years)):
        return []  # sessions counted in order have years in order: "in 2003 and 2007 in Shanghai, in 2004 ..." pairs them
    return [(k, start, stop) for k, (start, stop) in enumerate(items, 1)]


# A count of the mechanism's sessions, and then one of them picked out by its ordinal alone: "It has met only
# eight times in 23 years, including Monday's session. The seventh was held in Shanghai in July last year.",
# "... the two cities have held seven plenary sessions. The seventh, held here in June last year, agreed ...".
_N = r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
COUNT = re.compile(rf"\b(?:met|convened)\s+(?:only\s+|just\s+)?(?P<a>{_N})\s+times\b"
                   rf"|\b(?P<b>{_N})\s+(?:plenary\s+)?(?:sessions|meetings|plenaries)\b", re.I)
PICKED = re.compile(rf"^The\s+(?P<ord>{ORD})(?=\s*,\s*(?:held|in|at|on)\s|\s+(?:was|were|had\s+been)\s+(?:held|convened)\s|\s+took\s+place\s)")


def recounted(masked: str, sentences: list, index: int) -> list[tuple[int, int, int]]:
    """(number, start, end) of the session a sentence (``index`` in ``sentences``) picks out by its ordinal after
    the sentence before counted the sessions: no later than the count, or it is no session counted there."""
    if not masked.startswith("The ") or index < 1 or (picked := PICKED.match(masked)) is None:
        return []
    previous = sentences[index - 1].text
    if "session" not in previous.lower():
        return []
    count = COUNT.search(previous)
    number = ordinal_value(picked.group("ord"))
    words = count and (count.group("a") or count.group("b")).lower()
    counted = CARDINALS.get(words) or (int(words) if words.isdigit() else 0) if count else 0
    if not number or number > counted:
        return []
    # "The first had been held on ... in A and the second on ... in B": the later ones the count holds, each its own words
    later = [item for item in _items(masked, picked.end(), number) if item[0] <= counted]
    number, start, end = _bare_item(masked, number, picked.end())
    following = ITEM.search(masked, picked.end()) if later else None
    return [(number, start, min(end, following.start()) if following else end), *later]
