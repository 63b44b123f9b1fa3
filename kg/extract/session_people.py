"""Who sat at a plenary session, as features and op-eds tell the mechanism's history.

A retrospective names the co-chairs in shapes a press release does not use: "A co-chaired two sessions:
the fourth, in 2018, with B; and the fifth, ..., with C"; "the second session took place, in Hong Kong,
with A as host to B"; "The sixth ... and the seventh ... were both co-chaired by A and B"; "A, who also
attended that session"; and the launch itself, "A flew to Shanghai in
2003 to launch the X with B" (the first session, the mechanism's founding one).
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.mentions import View, masked_pos
from kg.extract.other_bodies import before, other_bodies
from kg.extract.patterns import PRESIDED_OVER
from kg.extract.presence import attend
from kg.extract.session_attending import attending
from kg.extract.session_places import REMOTE

PERSON = r"⟦person:\d+⟧"
# A person with a few words of title before: "then mayor ⟦person⟧", "⟦place⟧'s then mayor ⟦person⟧"
# or a post and a comma, in the house style of releases: "the Mayor of ⟦place⟧, Mr ⟦person⟧"
TITLED = rf"(?:(?:[\w'’-]+|⟦place:\d+⟧(?:['’]s|,)?)\s+){{0,5}}?{PERSON}(?!['’]s)"
# a caption's seat after a name: "Mr A (left)", "Mr B (second right)"
SEAT = r"(?:\s+\((?:(?:far|second|third|fourth|front|back)\s+)?(?:left|right|centre|center)\))?"
SESSIONS_WORD = r"(?:plenary\s+)?(?:sessions|meetings|plenaries)"
# a caption's present tense ("A and B co-chair the ..."), never an infinitive or a modal's ("was unable to co-chair")
NOT_MODAL = "".join(rf"(?<!\b{word}\s)" for word in ("to", "will", "would", "may", "might", "shall", "should", "can", "could", "not", "must"))
# "A (and B) co-chaired (two sessions: | the fourth session ...)": the people before the verb, a list of them
# ("Chief Executive A and Shanghai Mayor B co-hosted the seventh plenary session", "the Chief Executive, Mr A, and the
# Mayor of Shanghai, Mr B, co-chaired the ...", "when then chief executive A and then mayor B held the conference's first
# plenary session")
CHAIR_VERB = re.compile(rf"(?P<who>{PERSON}{SEAT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?!and\b)[\w'’-]+|⟦place:\d+⟧(?:['’]s|,)?)\s+){{0,6}}?{PERSON}{SEAT})*+[^;:]*?)\s+(?:jointly\s+)?(?:co-chaired|{NOT_MODAL}co-chairs?|chaired|{PRESIDED_OVER}|co-hosted|hosted|(?P<held>held))\s+"
                        rf"(?:(?:two|three|four|five|six|both|all)\s+(?:of\s+the\s+)?{SESSIONS_WORD}\s*:|(?:the|its)\s+(?=(?:[\w'’-]+\s+){{0,2}}?"
                        rf"(?i:plenary|session|meeting)\b|⟦))"
                        # "held the first plenary session", "held the ⟦conf⟧'s first session": not "held the meeting on the
                        # sidelines of", "held the ⟦place⟧ Mayor's hand at"
                        rf"(?(held)(?=(?:[\w'’-]+\s+){{0,2}}?(?i:plenary|session)\b|⟦conf:\d+⟧['’]s\s+(?:[\w-]+\s+){{0,2}}?(?i:plenary|session)\b))")
# The same people told by a participle after the main clause ("A and B, mayor, put the conference back on its feet
# yesterday, co-chairing its sixth plenary") or after "with" ("..., with A and B co-chairing the sixth session"): the
# subjects alone, so no one is named between them and the participle ("A met B on Monday, co-chairing ..." gives A).
_SUBJECTS = rf"{PERSON}{SEAT}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:(?!and\b)[\w'’-]+,?|⟦place:\d+⟧(?:['’]s|,)?)\s+){{0,6}}?{PERSON}{SEAT})*+"
CHAIRING = re.compile(rf"(?:^(?:[A-Z][\w'’-]*\s+){{0,4}}?|\bwith\s+(?:[\w'’-]+\s+){{0,4}}?)(?P<who>{_SUBJECTS})(?:(?P<main>(?:[^;:⟦]|⟦(?!person)[^⟧]*⟧)*?,)|(?=\s))"
                      r"\s+(?:jointly\s+)?(?:co-chairing|chairing|(?:co-?)?presiding(?:\s+over)?|co-hosting)\s+(?:the|its)\s+(?=(?:[\w'’-]+\s+){0,2}?(?i:plenary|session|meeting)\b|⟦)")
# "..., with B" in a session's own words, and whether B is "as host/co-chair (to C)"
WITH = re.compile(rf"\bwith\s+(?P<who>{TITLED}(?:\s+and\s+{TITLED})?)(?P<as>(?:,[^;,]{{0,60}},)?\s+as\s+(?:the\s+)?(?:co-?)?"
                  rf"(?:host|chair)\w*(?:\s+(?:to|of|for)\s+(?P<guest>{TITLED}))?)?")
# "by video link, with A in Hong Kong and B in Shanghai": each at the session from a place of their own
WITH_IN = re.compile(rf"\bwith\s+(?P<who>{TITLED}\s+in\s+⟦place:\d+⟧(?:,?\s+and\s+{TITLED}\s+in\s+⟦place:\d+⟧)+)")
# "were both co-chaired by A and B": every session the sentence names before the words
ALL_BY = re.compile(r"(?:\b(?:were|are|will\s+be)\s+|,\s+(?=both\s|all\s|each\s))(?:both\s+|all\s+|each\s+|jointly\s+)?(?:co-chaired|chaired|attended|hosted)\s+"
                    r"by\s+(?P<who>[^;.]*)")
# "Chief Executive A and Mayor B co-chaired that session"
THAT_SESSION = re.compile(rf"(?P<who>{PERSON}(?:,?\s+and\s+{TITLED})?),?\s+(?:who\s+)?(?:had\s+)?(?:also\s+)?(?:attended|was\s+at|"
                          rf"took\s+part\s+in|sat\s+in\s+on|(?:jointly\s+)?(?:co-chaired|chaired|co-hosted|{PRESIDED_OVER}))\s+(?:that|the\s+same)\s+(?:plenary\s+)?session\b(?!\s+of\b)")
# "The following officials attended the session: A, B and C": those listed after the colon
FOLLOWING = re.compile(r"^The\s+following\s+(?:[\w-]+\s+){0,3}?(?:attended|took\s+part\s+in|were\s+present\s+at|were\s+at)\s+"
                       r"the\s+(?:plenary\s+)?(?P<what>session|meeting)\s*:(?P<who>[^.]*)")
# A delegation, "led by" someone, "included" others, in the sentence right after the session that a text with no
# visit tells: "The Shanghai delegation, led by Mayor A, included B and C"
LED_INCLUDED = re.compile(r"^The\s+(?:⟦place:\d+⟧\s+|[A-Z]{2,6}\s+)?delegation,\s+(?:which\s+was\s+)?(?:led|headed)\s+by\s+(?P<head>[^,;.]*?⟦person:\d+⟧),"
                          r"\s+(?:included|comprised|also\s+included)\s+(?P<who>[^.]*)")
# "A flew to Shanghai in 2003 to launch the X with B", "A sat down with B ... to open what was then called the X"
LAUNCH = re.compile(rf"(?P<who>{PERSON}[^.;]*?)\b(?:to\s+(?:launch|open|inaugurate)|launched|opened|inaugurated)\s+"
                    r"(?:what\s+was\s+(?:then\s+)?(?:called|known\s+as|named)\s+)?(?:the\s+)?⟦conf:\d+⟧(?![\w'’]|\s+(?!(?:with|in|on|at|together|and|to|for|when|which|that)\b)[a-z])"
                    rf"(?P<with>\s+with\s+{TITLED}(?:\s+and\s+{TITLED})?)?")
# "the X, a mechanism the two governments launched in Shanghai in 2003 but which had not met since its
# inaugural meeting there": the first session is the launch, where and when it was
SINCE_FIRST = re.compile(r"⟦conf:\d+⟧(?:,\s+(?:a|an)\s+[^.;,]{0,80}?|\s+(?:was|had\s+been)\s+(?:first\s+)?)"
                         r"(?:launched|established|founded|set\s+up|inaugurated)\b(?P<words>[^.;]*?)"
                         r"\bsince\s+its\s+(?:inaugural|first)\s+(?:plenary\s+)?(?:meeting|session)\b", re.I)
# "Hong Kong will host the sixth plenary session", "Shanghai played host to the third session"
HOST_PLACE = re.compile(r"⟦place:(?P<i>\d+)⟧\s+(?:(?:will|would|is\s+to|is\s+set\s+to)\s+)?(?:host|hosts|hosted|play(?:ed|s)?\s+host\s+to)"
                        r"\s+the\s+(?=(?:[\w-]+\s+){0,2}?(?i:plenary|session)\b)")
ON_CONDITION = re.compile(r"\b(?:if|unless|provided\s+that|subject\s+to|should\s+(?:the|it|conditions))\b")  # "... if the two sides agreed"
IN_PLACE_AFTER = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧")  # "... launched the X in Shanghai"
TRAVEL = re.compile(r"\b(?:(?:flew|travelled|traveled|went|came|headed)\s+to|in|at)\s+⟦place:(?P<i>\d+)⟧")
Spot = tuple[URIRef, int, int]  # a session the sentence names, and where its own words start and end


def find_session_people(ctx: DocContext, view: View, spots: list[Spot]) -> None:
    """Attendees of the sessions a sentence names (``spots``), or of the one the text told last."""
    masked = view.masked
    attending(ctx, view, spots)
    if spots:
        first = min(start for _, start, _ in spots)
        chair = CHAIR_VERB.search(masked, 0, first + 1) or _chairing(masked, first + 1)
        chairs = view.people(chair.group("who")) if chair and chair.end() <= first + 1 else []
        for iri, start, end in spots:
            if "with " in masked and REMOTE.search(masked) and (match := WITH_IN.search(masked, start, end)):
                attend(ctx, view, iri, view.people(match.group("who")))
            if (match := WITH.search(masked, start, end)) and (chairs or match.group("as")):
                attend(ctx, view, iri, chairs + view.people(match.group("who")) + view.people(match.group("guest") or ""))
        if chairs and len({iri for iri, _, _ in spots}) == 1 and _names_it(masked, chair.end(), spots[0][1]):
            attend(ctx, view, spots[0][0], chairs)  # "when Donald Tsang hosted the second plenary session"
        host = HOST_PLACE.search(masked)
        if host and not ON_CONDITION.search(masked, host.end()) and (after := [iri for iri, start, _ in spots if start >= host.end() and _names_it(masked, host.end(), start)]):
            place = view.mention(host.group("i")).entity  # "Hong Kong will host the sixth plenary session"
            if place is not None:
                ctx.findings.add(after[0], SDO.location, ctx.entity_iri(place), view.sentence)
        if len(spots) > 1 and (both := ALL_BY.search(masked)):
            for iri, start, _ in spots:
                if start <= both.start():
                    attend(ctx, view, iri, view.people(both.group("who")))
        return
    last = ctx.last_event("session")
    if (match := THAT_SESSION.search(masked)) and last is not None and not _others_since(ctx, view, last, match.start()):
        attend(ctx, view, last, view.people(match.group("who")))
    if last is not None and masked.startswith("The ") and (match := FOLLOWING.match(masked) or _led_included(ctx, view, last)):
        if match.re is FOLLOWING and ctx.last_event() != last:
            last = ctx.last_event("meeting") if match.group("what") == "meeting" else None  # a working group's meeting told since
        attend(ctx, view, last, view.people(match.group("who")) + view.people(match.groupdict().get("head") or ""))


def _chairing(masked: str, end: int) -> re.Match | None:
    """The subjects of a participle "co-chairing" the session (a "with" clause's or the main clause's)."""
    match = CHAIRING.search(masked, 0, end)
    return match if match and (match.group("main") is not None or match.group(0).startswith("with")) else None


def _others_since(ctx: DocContext, view: View, last: URIRef, position: int) -> bool:
    """Whether another pair's conference was named since the session last told ("The Hong Kong/Guangdong ... Joint
    Conference held its 22nd plenary meeting in 2019. A and B co-chaired that session": that one, not ours)."""
    told = max(ctx.findings.mentions.get(last, ()), default=-1)
    if before(other_bodies(view), position) is not None:
        return True
    return any(other_bodies(v) for s, v, _ in ctx.views[-6:] if told < s.index < view.sentence.index)


def _led_included(ctx: DocContext, view: View, last: URIRef) -> re.Match | None:
    """"The X delegation, led by A, included B and C" right after a sentence naming the session, in a text of no visit."""
    if any(head == "visit" for head, _ in ctx.events) or view.sentence.index - 1 not in ctx.findings.mentions.get(last, ()):
        return None
    match = LED_INCLUDED.match(view.masked)
    return match if match and "⟦person:" in match.group("who") else None  # not "included officials who visited ..."


def _names_it(masked: str, verb_end: int, spot_end: int) -> bool:
    """Whether the words between a verb and a session's end are that session's own name ("the second
    plenary session of the X"), not another thing's ("the closing session of the Forum, to discuss the ninth
    session")."""
    between = masked[verb_end:spot_end]
    return len(between) <= 80 and not re.search(r"[,;]", between) and len(re.findall(r"(?i)\bsession\b", between)) <= 1


def launched_by(view: View, dates: list[DateSpan]) -> tuple[list[URIRef], DateSpan | None, int | None] | None:
    """The mechanism's launch by two named people (its first session, which they attended): the people,
    the launch's date and the placeholder index of its place."""
    match = LAUNCH.search(view.masked)
    if match is None:
        return None
    people = list(dict.fromkeys(view.people(match.group("who")) + view.people(match.group("with") or "")))
    if len(people) < 2:
        return None
    own = [d for d in dates if d.kind not in BACKGROUND and masked_pos(view, d.start_char) < match.end()]
    place = TRAVEL.search(view.masked, 0, match.end()) or IN_PLACE_AFTER.match(view.masked, match.end())
    return people, own[-1] if own else None, int(place.group("i")) if place else None


def first_met(view: View, dates: list[DateSpan]) -> tuple[list[URIRef], DateSpan | None, int | None] | None:
    """The first session a sentence names as the meeting that launched the mechanism: its date and place."""
    match = SINCE_FIRST.search(view.masked)
    if match is None:
        return None
    start, end = match.start("words"), match.end("words")
    own = [d for d in dates if d.kind not in BACKGROUND and start <= masked_pos(view, d.start_char) < end]
    place = TRAVEL.search(view.masked, start, end)
    return [], own[0] if own else None, int(place.group("i")) if place else None
