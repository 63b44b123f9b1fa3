"""Who was at an event, in the ways of saying it that do not put the event after a verb.

"..., co-chaired by the Chief Executive and the Mayor of Shanghai, Mr Yang Xiong"; "the second plenary
session, which Donald Tsang and Han Zheng co-chaired at ..."; "Members of the delegation attending the
session included <people>"; "<people> were among the officials at the meeting"; "<people> attended on the
Shanghai side." The event is the one the sentence names before the words, else the last one of its kind
the document named.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext, is_session
from kg.extract.delegation_members import join_party
from kg.extract.mentions import View
from kg.extract.panels import listed_people
from kg.extract.patterns import HONORIFIC, LIST_END, LIST_VERB, ORDINAL, PRESIDED_OVER
from kg.extract.people_lists import list_end, list_start
from kg.extract.session_meetings import meeting_is_other

PEOPLE = r"⟦person:\d+⟧(?:(?:\s*,\s*|\s*;\s*|\s+and\s+|,\s+and\s+)(?:(?:the\s+)?(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧)\s+){0,8}?(?:of\s+(?:the\s+)?(?:[A-Z⟦][^\s,;]*\s+){1,6})?,?\s*⟦person:\d+⟧)*"
VERBS = r"co-chaired|chaired|attended|officiated|addressed|opened|" + PRESIDED_OVER
IT_WAS = re.compile(r"^It\s+(?:was|is|will\s+be)\s+(?:also\s+|jointly\s+)?$")
# "chaired jointly by", "held ... under the co-chairmanship of A and B"
PASSIVE = re.compile(rf"\b(?:(?:jointly\s+|officially\s+|formally\s+)?(?:{VERBS}|(?:co-)?hosted)(?:\s+jointly)?\s+by|under\s+the\s+(?:joint\s+)?(?:co-)?chairmanship\s+of)\s+(?P<who>[^;.]*)")
RELATIVE = re.compile(rf",\s+which\s+(?P<who>(?:(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧)\s+){{0,6}}{PEOPLE})\s+(?:also\s+|jointly\s+)?(?:{VERBS})\b")
KINDS = r"session|meeting|plenary|ceremony|reception|conference|forum|event|dinner|luncheon|banquet|seminar|summit"
# "Attending the session from the Hong Kong side were <people>", "Also attending the plenary session from Hong Kong
# were <people>" (a side or a place only of a session: of other events it cost a never-read set precision)
INCLUDED = re.compile(rf"\b(?:[Aa]ttending|[Pp]resent\s+at|[Aa]t|[Pp]articipating\s+in|[Tt]aking\s+part\s+in"
                      rf"|[Jj]oining(?:\s+(?P<host>(?:{HONORIFIC}\s+)?⟦person:\d+⟧)\s+(?:at|in|for))?)\s+(?:the\s+)?(?:plenary\s+(?=session|meeting))?(?P<what>{KINDS})(?:\s+(?:in|at|on)\s+[^,;.⟦]{{0,30}}?⟦place:\d+⟧)?"
                      r"(?:(?<=session|plenary)\s+(?:(?:from|for|on)\s+the\s+(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)\s+side|from\s+⟦place:\d+⟧))?\s+(?:included|were|was)\b(?P<who>[^.]*)")
# "The Hong Kong delegation to the session comprised <people>": a delegation said to be at the session itself
# ("Members of the X delegation attending the session will be <people>. Members of the Y delegation attending will be ...")
DELEGATION_AT = re.compile(r"\b[Dd]elegation\s+(?:(?:to|at|attending|for)\s+(?:the|this)\s+(?:plenary\s+)?(?P<what>session|meeting|plenary)|attending(?=\s+will\s+be\b))"
                           r"\s+(?:included|includes|comprised|comprises|consisted\s+of|was\s+made\s+up\s+of|were|will\s+be|was\s+(?:led|headed)\s+by)\b(?P<who>(?:(?!,?\s+(?:but|while|whereas)\b)[^.])*)")
# "Members of the HKSAR delegation included <people>", "The delegation comprised <people>": of a delegation the text
# said was led to the session (kg.extract.session_trips), not of one on a visit of its own
DELEGATION_MEMBERS = re.compile(r"^(?:(?:Other\s+)?[Mm]embers\s+of\s+the|The)\s+(?:[\w⟦⟧:'’-]+\s+){0,3}?delegation\s+"
                                r"(?:included|includes?|comprised|comprises?|consisted\s+of|consists\s+of|were|are)\s+(?P<who>[^.]*)")
# "..., with A and B in attendance", "opened ..., with A and B presiding": at the event named before
WITH_ATTENDANCE = re.compile(r"\bwith\s+(?P<who>[^;.]*?⟦person:\d+⟧[^;.]*?)\s+(?:also\s+)?(?:in\s+attendance|presiding|officiating|"
                             r"co-chairing|attending)\b")
# "Members attending included <people>", "Other officials present were <people>": of the event last told
MEMBERS = re.compile(r"^(?:Other\s+)?(?:[Mm]embers|[Oo]fficials|[Gg]uests|[Pp]articipants|[Rr]epresentatives|[Dd]elegates|[Tt]hose)\s+"
                     r"(?:attending|present)(?:\s+from\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)(?:\s+side)?)?\s+"
                     r"(?:included|include|were|are)\b(?P<who>[^.]*)"
                     # "Present were <people>", "Among those attending were <people>", "Among the attendees were ..."
                     # "Participants included <people>", "On the Shanghai side, attendees included", "Also on the X side were"
                     r"|^(?:Also\s+)?(?:[Oo]n\s+the\s+(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)\s+side(?=\s+were\b)|(?:[Oo]n\s+the\s+(?:⟦(?:place|org):\d+⟧|[A-Z][\w-]*)\s+side,\s+)?"
                     r"(?:(?:Present|Attending)(?:\s+(?:from|on)\s+(?:the\s+)?⟦(?:place|org):\d+⟧(?:\s+side)?)?|Among\s+those\s+(?:attending|present)|Among\s+the\s+(?:attendees|participants|(?:officiating\s+|other\s+)?guests|speakers|panell?ists)"
                     r"|(?:[Pp]articipants|[Aa]ttendees)(?=\s+(?:included|were)\b)))"
                     r"\s+(?:were|was|are|included)\b(?P<among>[^.]*)")
# The people right before "were among", in their own clause: not "Mr A, who did not attend, said Mr B was among".
NEAREST = rf"⟦person:\d+⟧(?:(?!\s+(?:also\s+)?{LIST_VERB}\b|,?\s+(?:who|which|where|while|whereas|but)\b)[^.;])*?"
AMONG = re.compile(rf"(?P<who>{NEAREST})\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:officials|guests|participants|attendees|dignitaries|those|speakers|panell?ists)"
                   rf"(?:\s+(?:at|attending|present\s+at)\s+(?:the\s+)?(?P<what>{KINDS})\b|\s+(?:attending|present)\s*\.?$|(?:(?<=guests)|(?<=speakers)|(?<=panelists)|(?<=panellists))\s*\.?$)")
# "<people> co-chaired the half-day meeting at ...", "<people> briefed the session on ...", "<people> attended today's
# meeting, as did <people>", the sentence naming no event: the session told
CHAIRED_THE = re.compile(rf"(?P<who>⟦person:\d+⟧[^;]*?)\s+(?:jointly\s+)?(?:co-chaired|chaired|co-chairs?|chairs?|{PRESIDED_OVER}|briefed|addressed|attended|sat\s+in\s+on"
                         r"|(?:will|to)\s+(?:also\s+)?attend|(?P<at>(?:spoke|delivered\s+(?:[\w-]+\s+){0,2}?(?:speech(?:es)?|remarks|address(?:es)?)|(?:was|were)(?:\s+also)?)\s+at))"
                         r"\s+(?:the|this|(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\s+(?:[\w-]+\s+){0,2}?(?P<noun>session|meeting|plenary)(?:\s+(?:session|meeting))?\b(?P<of>\s+of\s+(?!(?:the\s+)?(?:⟦conf|(?i:conference|mechanism)\b)))?"
                         r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?(?:\s+in\s+⟦place:\d+⟧)?(?:\s+(?:today|tomorrow))?(?:\s+(?:together\s+)?with\s+(?P<with>[^;.]*)|,\s+as\s+did\s+(?P<did>[^;.]*))?")
OTHER_KIND = re.compile(r"(?i)\bthe\s+(?:high[\s-]level|working|preparatory|liaison|expert)\s+meeting\b")
# "A and B will co-chair", "A is due to chair": not "A was unable to co-chair", "A hoped to", "B would not attend and A will"
WILL_CHAIR = re.compile(r"\b(?:will|(?:is|are|was|were)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to)\s+(?:jointly\s+)?(?:co-)?chair\s")
WONT = re.compile(r"\b(?:not|never|unable|declin\w*|refus\w*|hop\w*|wish\w*|want\w*)\b|n['’]t\b")
# "A attended as well", "A and B were present", "A and B were among the Hong Kong officials present": at what is told
ON_THE_SIDE = re.compile(r"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:(?:also\s+)?attend(?:ed|s)(?:\s+on\s+the\s+[^.;]*?\s+side|\s+as\s+well|\s+too)"
                         r"|(?P<also>also\s+attend(?:ed|s))"
                         r"|(?P<present>(?:was|were|is|are)\s+(?:also\s+)?present|(?:also\s+)?(?:took\s+part|participated|takes\s+part|participates)"
                         r"|(?:was|were|is|are)\s+(?:also\s+)?among\s+the\s+(?:(?:[\w-]+|⟦place:\d+⟧)\s+){0,3}?(?:officials|guests|members|representatives)"
                         r"\s+(?:present|attending|in\s+attendance)))\s*[.;]?\s*$")
# "A and B attended on the Shanghai side (with the Shanghai delegation); C and D attended on the Hong Kong side": each
# side's clause, not only the last
SIDE_CLAUSE = re.compile(r"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:also\s+)?attended\s+(?:on|with)\s+the\s+(?:[^.;⟦]|⟦(?:place|org):\d+⟧){1,40}?\s+(?:side|delegation)\s*;")
# "Mayor A was present at the meeting", "A and B were also present at the banquet": of the last such event
PRESENT_AT = re.compile(rf"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:was|were)\s+(?:also\s+)?present\s+at\s+(?:the|this)\s+(?P<what>{KINDS})\b")


# The title of the last person of a list, in title words only: "..., and Mr B, Director of the X Office in Y."
LAST_TITLE = r",\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|the|and|for|in|⟦(?:org|place):\d+⟧|\([^()]{1,40}\)))*"


# "Mr A was joined by B and C.", "Also joining them were B and C", "Also at the table were B and C": a sentence
# that says nothing else puts B and C at the event told last (not "Mr A was joined by B on a visit to ...")
JOINED = re.compile(rf"^(?:(?:(?:The|the)\s+)?(?:[A-Z][\w'&-]*\s+){{0,4}}⟦person:\d+⟧(?:,\s+{HONORIFIC}\s+⟦person:\d+⟧,)?(?:\s+and\s+⟦person:\d+⟧)?|He|She|They)\s+(?:was|were)\s+"
                    rf"(?:also\s+)?(?:joined|accompanied)(?P<to>\s+(?:at|to)\s+the\s+(?:meeting|session|talks|plenary(?:\s+session)?))?\s+by\s+(?P<who>[^.;]*?⟦person:\d+⟧)(?:,\s+[A-Z]{{2,4}}|{LAST_TITLE})?\s*\.?\s*$"
                    rf"|^(?:Also\s+)?(?:(?:[Jj]oining|[Aa]ccompanying)\s+(?:him|her|them|(?:{HONORIFIC}\s+)?⟦person:\d+⟧(?:,\s+{HONORIFIC}\s+⟦person:\d+⟧)?,?"
                    rf"(?:\s+and\s+(?:{HONORIFIC}\s+)?⟦person:\d+⟧)?)"
                    r"(?:\s+(?:at|to)\s+the\s+(?:meeting|session|talks|plenary(?:\s+session)?))?"
                    r"|[Jj]oining\s+the\s+(?:meeting|session|talks)|at\s+the\s+(?:table|talks)(?:\s+for\s+(?:the\s+)?⟦(?:place|org):\d+⟧(?:\s+side)?)?)"
                    r"\s+(?:were|was)\b(?P<also>[^.]*)")

# "At the ninth plenary session in Shanghai yesterday, A and B agreed ...", "Speaking at the session, A said",
# "In his speech at the meeting, A said": the people of the main clause
FRONTED_AT = re.compile(rf"^(?:At|During|(?:Speaking|Delivering\s+(?:a|the|his|her)\s+(?:keynote\s+)?(?:speech|remarks|address))\s+at|Addressing"
                        rf"|In\s+(?:his|her|their)\s+(?:opening\s+|closing\s+)?(?:speech|speeches|remarks|address)\s+at)\s+(?:the|a|an|its|this(?:\s+year['’]s)?)\s+[^,;]*?"
                        rf"(?:,\s+(?:which|where)\s+[^,;]*)?,\s+(?P<who>(?:(?:the\s+)?(?:[A-Z][\w'-]*|⟦place:\d+⟧|of)(?:\s+|,\s+(?=[A-Z⟦]))){{0,8}}"
                        rf"{PEOPLE}),?\s+[a-z]")
# "The Hong Kong side was represented by A, and the Shanghai side by B": at the session the text tells
REPRESENTED = re.compile(r"\b(?:(?:side|delegation|[Gg]overnment)\s+(?:was|were)\s+represented|side\s+(?:was|were)\s+(?:led|headed))\s+by\s+(?P<who>[^.]*)")
THE_SESSION = re.compile(r"\b(?:the|this(?:\s+year['’]s)?)\s+(?:plenary\s+)?(?:session|plenary)\b")
ORDINAL_SESSION = re.compile(rf"(?i:\b{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting|plenary)\b)")
# "..., which she will co-chair with Mayor Bo Kettle": the sentence's subject and the people after "with" ("which I
# co-chaired with": the speaker)
CHAIR_WITH = re.compile(rf",\s+which\s+(?:he|she|they|(?:{HONORIFIC}\s+)?(?P<who>⟦person:\d+⟧))\s+(?:will\s+)?(?:jointly\s+)?(?:co-chair|chair|co-chaired|chaired|co-chairs)"
                        r"\s+(?:together\s+)?with\s+(?P<with>[^.;]*)")

# Who leads or sits on a panel of the event told: "..., was moderated by X, with Y and Z among the panellists".
# Each list ends with its clause ("Speakers included bankers, and Mr A thanked Mr B"), and those "among" them
# are the people right before (not "Mr A, who did not attend, said Mr B was among the speakers").
PANEL = re.compile(rf"\bmoderated\s+by\s+(?P<who>[^;.]*?)(?={LIST_END}|[;.]|$)|(?P<among>{NEAREST})\s+(?:were\s+|was\s+)?"
                   rf"(?:also\s+)?among\s+the\s+(?:panell?ists|speakers|moderators)\b"
                   rf"|\b(?:[Pp]anell?ists|[Ss]peakers|[Mm]oderators)\s+(?:included|were)\s+(?P<list>[^;.]*?)(?={LIST_END}|[;.]|$)")


def _listed(view: View, match: re.Match, group: str = "who") -> list[URIRef]:
    """The people of a match's group, with the semicolon list it ends or begins ("A; B; and C attended")."""
    masked = view.masked
    told = masked[list_start(masked, match.start(group)):list_end(masked, match.end(group))]
    return view.people(re.sub(r"⟦person:\d+⟧['’]s\b", "", told))  # "Mayor A's deputy B": B, not A


def attend(ctx: DocContext, view: View, event: URIRef | None, people: list[URIRef]) -> None:
    """The people attended the event (when there is one)."""
    for person in people if event is not None else ():
        ctx.findings.add(event, SDO.attendee, person, view.sentence)


def _around(ctx: DocContext, view: View, named: list[tuple[URIRef, int]]) -> None:
    """Attendees in the main clause after a fronted "At <event>, ...", and with whom a session is
    co-chaired. (Giving the members a delegation "comprised" to the session told was tried and dropped:
    a delegation is as often on a visit of its own.)"""
    masked = view.masked
    if match := FRONTED_AT.match(masked):
        event = _before(named, match.start("who"))
        if is_session(event) and not ORDINAL_SESSION.search(masked, 0, match.start("who")):
            event = session_told(ctx) or event  # "In her address at the session, A said that since the first session ..."
        elif event is None and THE_SESSION.search(masked, 0, match.start("who")):
            event = session_told(ctx)  # "Speaking at the plenary session, A said": the session the text tells
        attend(ctx, view, event, view.people(match.group("who")))
    if match := CHAIR_WITH.search(masked):
        chair = view.people(match.group("who")) if match.group("who") else view.people(masked[:match.start()])[:1]
        attend(ctx, view, _before(named, match.start()), chair + view.people(match.group("with")))


def session_told(ctx: DocContext) -> URIRef | None:
    """The plenary session the document is about: the one it tells most (first told on a tie), not one
    it recalls in passing."""
    sessions = list(dict.fromkeys(iri for head, iri in ctx.events if head == "session"))
    return max(sessions, key=lambda iri: len(ctx.findings.mentions.get(iri, ()))) if sessions else None


def in_passing(ctx: DocContext, session: URIRef | None) -> bool:
    """Whether "the meeting" cannot be a session: one recalled in passing (nobody attends it, no day of its own: "the
    latest in Shanghai in November 2023", "to be held later this year"; or one of years before the text's) after people met."""
    f = ctx.findings
    return is_session(session) and (not f.objects(session, SDO.attendee) or _years_before(ctx, session)) \
        and not any(len(str(day)) == 10 for day in f.objects(session, SDO.startDate)) and _last_with_attendees(ctx, "meeting") is not None


def _years_before(ctx: DocContext, session: URIRef) -> bool:
    """Whether a session is dated a year or more before the year of the text's own day."""
    years = [int(str(day)[:4]) for day in ctx.findings.objects(session, SDO.startDate)]
    return ctx.published is not None and bool(years) and max(years) < ctx.published.year - 1


def still_to_come(ctx: DocContext, session: URIRef | None) -> bool:
    """Whether a session is dated after the text's own day ("should hold its third plenary session in Shanghai in
    the first half of next year"): "A was accompanied at the meeting by B" tells a meeting held already."""
    if session is None or ctx.published is None:
        return False
    today = ctx.published.isoformat()
    return any(str(day) > today[:len(str(day))] for day in ctx.findings.objects(session, SDO.startDate))


PAST = re.compile(r"\b(?:was|were|had)\b")
FUTURE = re.compile(r"\b(?:will|would|shall)\b")


def meeting_held_before(ctx: DocContext, view: View, event: URIRef | None) -> bool:
    """Whether "the meeting" of a sentence in the past tense ("Tsang was accompanied at the meeting by ...") cannot be
    the session an earlier sentence looked ahead to."""
    return is_session(event) and PAST.search(view.masked) is not None \
        and FUTURE.search(view.masked) is None and still_to_come(ctx, event)


def _last_with_attendees(ctx: DocContext, head: str | None = None) -> URIRef | None:
    """The last event (of a kind) whose attendance the text has told: "Mayor A was present" adds to the meeting
    just told, not to a session a sentence between recalled or looked ahead to."""
    return next((iri for kind, iri in reversed(ctx.events) if (head is None or kind == head)
                 and ctx.findings.objects(iri, SDO.attendee)), None)


DELEGATION_REACH = 3  # sentences


def _delegation_for(ctx: DocContext, view: View) -> URIRef | None:
    """The session a delegation was led to, when a sentence just before said so (not one told long ago, before
    another delegation set out)."""
    return ctx.delegation_to if 0 <= view.sentence.index - ctx.delegation_at <= DELEGATION_REACH else None


def _last_attended_not_trip(ctx: DocContext, view: View) -> URIRef | None:
    """The last event told that people attend; a visit is skipped only where it is the trip a delegation just
    said to be led to the session is on ("led a delegation to Shanghai for the session"; "A and B attended on
    the Shanghai side"): after "toured the port", "Accompanying Mr A were ..." were on the tour. A session recalled in
    passing after a meeting people attended ("the first at this level since the second session") is not it."""
    trip = _delegation_for(ctx, view) is not None
    return next((iri for head, iri in reversed(ctx.events) if (head != "visit" or not trip) and not in_passing(ctx, iri)), None)


def _last_of(ctx: DocContext, what: str) -> URIRef | None:
    """The last event of a kind the document named; "the meeting" of a plenary is that session, and so is
    "the conference" where the text has told no conference of its own."""
    what = what.lower()
    if what in ("session", "plenary", "meeting"):
        told = session_told(ctx)
        if what == "meeting" and meeting_is_other(ctx, told):  # "a working meeting ... Attending the meeting were"
            return ctx.last_event("meeting")
        if what == "meeting" and (in_passing(ctx, told) or still_to_come(ctx, told)):
            return None
        return told or ctx.last_event("meeting")
    if what == "conference":
        return ctx.last_event(what) or session_told(ctx)
    return ctx.last_event(what)


def _panel_of(ctx: DocContext) -> URIRef | None:
    """The event a panel told on its own is part of: the last one told that is not a session, unless that is
    a visit (a panel is held at a forum or a conference, not on a trip)."""
    head, event = next(((h, iri) for h, iri in reversed(ctx.events) if not is_session(iri)), (None, None))
    return None if head == "visit" else event


def _other_meeting(match: re.Match) -> bool:
    """Whether "<people> chaired/was at the meeting" is of another body ("the meeting of the finance committee"),
    a meeting of another kind than a plenary ("co-chaired the high level meeting in Macao"), or a "was at"/"spoke at"
    is at a meeting not said to be a session ("a speech at the annual general meeting")."""
    return match.group("of") is not None or OTHER_KIND.search(match.group(0)) is not None \
        or (match.group("at") is not None and match.group("noun") == "meeting" and not re.search(r"\b(?:session|plenary)\b", match.group(0)))


def _before(named: list[tuple[URIRef, int]], position: int) -> URIRef | None:
    earlier = [iri for iri, at in sorted(named, key=lambda n: n[1]) if at <= position]
    return earlier[-1] if earlier else None


def find_presence(ctx: DocContext, view: View, named: list[tuple[URIRef, int]]) -> None:
    """Attendees said after or around the event; ``named`` are the sentence's events with positions."""
    masked = view.masked
    _around(ctx, view, named)
    for pattern in (PASSIVE, RELATIVE):
        for match in pattern.finditer(masked):
            event = _before(named, match.start())
            if event is None and pattern is PASSIVE and IT_WAS.match(masked[:match.start()]):
                event = ctx.last_event()  # "The session was held in May. It was co-chaired by ..."
            attend(ctx, view, event, _listed(view, match) if pattern is PASSIVE else view.people(match.group("who")))
    if "with " in masked and (match := WITH_ATTENDANCE.search(masked)):
        attend(ctx, view, _before(named, match.start()), _listed(view, match))
    for pattern in (INCLUDED, AMONG, DELEGATION_AT):
        if match := pattern.search(masked):
            event = _last_of(ctx, match.group("what")) if match.group("what") else _last_attended_not_trip(ctx, view)  # "were among those attending"
            host = view.people(match.group("host") or "") if "host" in pattern.groupindex else []  # "Joining Mr A at the session were"
            attend(ctx, view, event, host + _listed(view, match))
    if " by " in masked and (match := REPRESENTED.search(masked)):
        other = re.search(rf"\b(?:{KINDS})\b", masked[:match.start()])  # "At the dinner, the X side was represented by"
        # "... was led by A at a roundtable with ...": an event of its own after the people
        later = re.search(r"\b(?:at|during|in)\s+(?:a|an)\s+(?!(?:plenary\s+)?session\b)", match.group("who"))
        told = None if later or other and other.group(0) not in ("session", "plenary", "meeting") else _last_attended_not_trip(ctx, view)
        attend(ctx, view, _before(named, match.start()) or told, _listed(view, match))
    if match := PRESENT_AT.search(masked):
        what = match.group("what").lower()
        attend(ctx, view, _last_with_attendees(ctx, what) or _last_of(ctx, what), _listed(view, match))
    if _delegation_for(ctx, view) is not None and (match := DELEGATION_MEMBERS.match(masked)) and not named:
        attend(ctx, view, ctx.delegation_to, _listed(view, match))
    if (match := MEMBERS.match(masked)) and not named:
        attend(ctx, view, _last_attended_not_trip(ctx, view), view.people(match.group("who") or match.group("among")))
    if (match := CHAIRED_THE.search(masked)) and not _other_meeting(match):
        told = session_told(ctx)  # else the session a co-chair to come names: "A and I will co-chair the fourth session"
        own = next((iri for iri, at in named if match.end("who") < at < match.end() and ("session", iri) in ctx.events), None) \
            if match.group("noun") != "meeting" and WILL_CHAIR.search(masked, max(0, match.end("who") - 25), match.start("noun")) \
            and not WONT.search(masked, match.start("who"), match.start("noun")) else None
        if own is not None or all(iri == told for iri, _ in named):
            attend(ctx, view, own or told, _listed(view, match) + view.people(match.group("with") or match.group("did") or ""))
    for match in PANEL.finditer(masked):
        event = _before(named, match.start()) or _panel_of(ctx)
        told = match.group("who") or match.group("among")
        attend(ctx, view, event, view.people(told) if told else listed_people(view, match.group("list")))
    if (match := JOINED.match(masked)) and not re.search(r"\b(?:who|which|said|that)\b", match.group("who") or ""):
        table = (match.group("also") is not None or match.group("to")) and re.search(r"\b(?:the\s+(?:table|talks|meeting|session|plenary))\b", match.group(0))
        event = _before(named, len(masked)) or (_last_of(ctx, "meeting") if table else _last_attended_not_trip(ctx, view))
        # "A was accompanied to the session by B", "Accompanying A to the session were B": A is there too
        went = re.search(r"\b(?:at|to)\s+the\s+(?:meeting|session|plenary)\b", match.group(0))
        company = view.people(match.group(0) if went else match.group("who") or match.group("also"))
        attend(ctx, view, event, company)
        join_party(ctx, event if match.group("who") else None, company)
    for match in SIDE_CLAUSE.finditer(masked) if ("side;" in masked or "delegation;" in masked) and not named else ():
        attend(ctx, view, _last_attended_not_trip(ctx, view), view.people(match.group("who")))
    if (match := ON_THE_SIDE.search(masked)) and not named:
        present = match.group("present") is not None  # "A and B were present": at what the text is telling
        # "thanked Mr B, whose department also took part": the department, not B
        # "Mr A said Mr B also attended": a bare "also attended" is said of a list of people, not of a clause
        also = match.group("also") is not None and re.search(r"\b(?:said|says|told|noted|added|that|who|which)\b", match.group("who"))
        if not (present and re.search(r"\b(?:whose|which|who)\b", match.group("who"))) and not also:
            attend(ctx, view, _last_with_attendees(ctx) if present else _last_attended_not_trip(ctx, view), _listed(view, match))
