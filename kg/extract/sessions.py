"""The mechanism itself: the names it goes by, its founding, its renaming, its plenary sessions.

"the Sixth Plenary Session of the Hong Kong/Shanghai Co-operation Conference", "the sixth meeting of
the Shanghai-Hong Kong Cooperation Conference", "the 3rd Plenary Session" or "the first session of the
mechanism" in a document that has named the mechanism (not "the third plenary session of the <another
body>"); "... was established in October 2003"; "... was renamed as ... after the 3rd Plenary
Session in 2015". A session's date and place are the ones said nearest to it in its sentence.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO, SKOS, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.history import find_history
from kg.extract.session_renaming import conference_iri, find_renaming, session_iri
from kg.extract.history_names import find_former_names
from kg.extract.session_bare import apposed_sessions, possessed_sessions
from kg.extract.session_items import enumerated_session
from kg.extract.session_pair import pair_after
from kg.extract.session_recalled import SINCE_AT, counted_from
from kg.extract.session_context import about_session, another_body, not_its_date, not_its_place, others_session, ranks, relative_clause_end
from kg.extract.session_founding import first_session_founds
from kg.extract.session_later import later_session
from kg.extract.other_bodies import both_cities, other_bodies, ours_last, their_sessions, two_cities_only
from kg.extract.session_meetings import note_meetings
from kg.extract.session_others import others_meeting
from kg.extract.session_here import held_here
from kg.extract.session_places import dateline_place, lede_day, on_the_day, slated_place, the_city
from kg.extract.session_rows import cells_follow, table_row
from kg.extract.session_speech import speech_at
from kg.extract.session_people import WITH_IN, find_session_people, first_met, launched_by
from kg.extract.session_pronoun import both_chaired, it_held
from kg.extract.session_lists import appositive_end, counted_sessions, listed_sessions, recounted, listed_days
from kg.extract.session_trips import trip_to
from kg.extract.mechanism import is_bare
from kg.extract.mentions import View, masked_pos, nearest, same_clause
from kg.extract.patterns import ORDINAL, ordinal_value
from kg.namespaces import HKSH

CONF = r"⟦conf:(?P<c>\d+)⟧"
SESSION = re.compile(
    rf"(?i:\b(?:the\s+)?{ORDINAL}\s+(?:(?P<plenary>(?:plenary(?:\s+(?:session|meeting))?+|sitting)(?![sS]\b)(?!\s+of\s+(?:the\s+|a\s+)?+(?!⟦conf|(?:co-?operation\s+)?(?:mechanism|conference)\b|their\s+⟦conf|their\s+(?:joint\s+)?(?:co-?operation\s+)?(?:mechanism|conference)\b|what\s+was\s+(?:still\s+|then\s+)?(?:called|known\s+as)\s+(?:the\s+)?⟦conf)))"
    rf"|(?:meeting|session|round)(?=\s+of\s+(?:the\s+)?(?:⟦conf|(?P<mech>(?:co-?operation\s+)?(?:mechanism|conference)\b))"
    rf"|\s+of\s+their\s+(?P<theirs>co-?operation\s+conference\b(?!\s+on\b))"
    # "the eighth session would be held in B": announced, once the text has told a session of the mechanism
    rf"|(?<=session)(?P<held>\s+(?:would|will|is\s+to|was\s+to|(?:is|was)\s+(?:expected|scheduled|due|set)\s+to)\s+be\s+held\b))))"
    rf"(?:\s+of\s+(?:the\s+)?{CONF})?"
)
# "the first Hong Kong/Shanghai Co-operation Conference" is its first session; "the Conference ... its
# sixth meeting" names one too.
ORDINAL_NAME = re.compile(rf"(?i:\b(?:the\s+)?{ORDINAL}\s+){CONF}(?!\s+(?i:mechanism|working|task|expert|joint|steering|sub-?group|committee))")
# (not "the X's task force on healthcare held its third meeting": its is the task force's)
ITS = re.compile(rf"{CONF}(?!['’]s\b|\s+(?i:task|working|expert|joint|steering))(?:(?!\b(?:task\s+force|committee|working\s+group|panel|forum|sub-?group|team)\b)[^.;]){{0,60}}?\b(?i:its\s+{ORDINAL}\s+(?:plenary\s+)?(?:session|meeting|plenary))")
FOUNDED = re.compile(rf"{CONF}(?:(?:(?!\band\s+that\b)[^.;])*?\b(?:was|were|had been)\s+|,\s+(?:which\s+was\s+)?)(?:officially\s+|formally\s+|jointly\s+|first\s+)?"
                     r"(?:established|founded|set up|launched|created|inaugurated)\b", re.I)
# "The conference, set up by the two governments this month, ...": the mechanism, once the text has named it.
SINCE_WHEN = re.compile(r"^(?:Ever\s+)?[Ss]ince\s+[^,;⟦]{2,30},\s+when\s+(?:the\s+)?⟦conf")
FOUNDED_BACK = re.compile(r"^(?:The|the)\s+(?:co-?operation\s+)?(?:conference|mechanism),\s+(?:which\s+was\s+)?"
                          r"(?:officially\s+|formally\s+|jointly\s+)?(?:established|founded|set up|launched|created)\b")
# "The agreements were signed after the second plenary session": the session is on the day of the signing
# the narrative is on
SIGNED_AROUND = re.compile(r"\b(?:were|was)\s+(?:signed|inked)\s+(?:shortly\s+|immediately\s+|right\s+)?(?:after|following|at|during)"
                           r"\s+the\s+[^.;⟦]{0,40}?(?:plenary\s+)?(?:session|meeting)[^.;]{0,20}$", re.I)
# "..., held in Hong Kong in April last year": the session's own participle or relative clause
OWN_CLAUSE = re.compile(r",?\s+(?:which\s+(?:was|were|had\s+been)\s+|(?:would|will|is\s+to|was\s+to)\s+be\s+|(?:was|were)\s+)?(?:held|convened)\b"
                        r"|\s+(?:opened|took\s+place)\b")  # "a day before the ninth session opened in Hong Kong"
# A session's own clause after it says when it is held: "..., which will take place in the city tomorrow",
# "..., to be held in Shanghai next year".
HELD_WHEN = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:⟦conf:\d+⟧|(?i:(?:co-?operation\s+)?(?:conference|mechanism))\b))?,?\s+(?:which\s+(?:will|is\s+(?:expected|scheduled|due|set)\s+to|is\s+to)\s+"
                       r"|(?:(?:expected|scheduled|due|set)\s+)?to\s+)(?:take\s+place|be\s+held|open|convene)\b[^,;.]*")
# A session still to come that the sentence's own events prepare for: "met on Monday to prepare for the ninth
# plenary session", "preparations for the", "ahead of the"
AWAITED = re.compile(r"\b(?:prepar(?:e|es|ed|ing|ation|ations)|(?:in\s+the\s+)?run-up|ahead|in\s+advance)\s+(?:for|to|of)\s+(?:(?:the|its)\s+)?$", re.I)
# "set up in November last year, following the first plenary session": the day before is the main clause's
AFTER_IT = re.compile(r"\b(?:following|after|before)\s+(?:(?:the|its)\s+)?$", re.I)
# "were signed on Tuesday (November 21) immediately after the sixth plenary session": the signing's day is the session's
SIGNED_RIGHT_AFTER = re.compile(r"\b(?:signed|inked)\b[^.;⟦]{0,60}?\b(?:immediately|right|shortly|just)\s+(?:after|following)\s+(?:(?:the|its)\s+)?$", re.I)
# "... was held here on Thursday", in the session's own clause; "here" is the dateline's city
HELD_HERE = re.compile(r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?\s+(?:was|is|will\s+be)\s+(?:held|convened|opened)\s+here\b")


HELD_IN_CITY = re.compile(r"\s+(?:was|were|had\s+been)\s+held\s+in\s+the\s+city\b")
LOCATIVE = re.compile(r"\b(?:in|at)\s+⟦place:(?P<i>\d+)⟧")
ANY_PLACE = re.compile(r"⟦place:(?P<i>\d+)⟧")


def _record_names(ctx: DocContext, view: View) -> None:
    conf = conference_iri(ctx)
    known = {n.casefold() for n in ctx.reference.conference.all_names()}
    for m in view.mentions:
        if m.kind != "conf":
            continue
        ctx.findings.mention(conf, view.sentence)
        said = re.sub(r"\s+", " ", m.surface)
        if is_bare(m.surface):
            continue  # "the co-operation mechanism" refers back to a name; it is none itself
        ctx.conf_names.append(said := re.sub(r"(Conference|meeting)\s+mechanism$", r"\1", said, flags=re.I))
        if said.casefold() not in known:  # as written: "the X Conference mechanism" is a name of its own
            ctx.findings.add(conf, SKOS.altLabel, Literal(said, lang="en"), view.sentence)


def session(ctx: DocContext, number: int, view: View) -> URIRef:
    iri = session_iri(ctx, number)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.PlenarySession, s)
    f.add(iri, RDFS.label, Literal(f"{_ordinal(number)} Plenary Session of the {ctx.reference.conference.name}", lang="en"), s)
    f.add(iri, HKSH.sessionNumber, Literal(number, datatype=XSD.integer), s)
    f.add(iri, HKSH.ofConference, conference_iri(ctx), s)
    ctx.remember_event("session", iri)
    return iri


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def place_near(ctx: DocContext, view: View, position: int, *, before: int | None = None, after: int = 0) -> URIRef | None:
    """The place said with "in"/"at" nearest to a position of the masked sentence (between ``after`` and ``before``);
    not where each of those "with A in Hong Kong and B in Shanghai" was."""
    spots = [(m.start(), view.mention(m.group("i"))) for m in LOCATIVE.finditer(view.masked, after, before or len(view.masked))]
    apart = [m.span() for m in WITH_IN.finditer(view.masked)] if "with " in view.masked else []
    spots = [(p, m) for p, m in spots if m.entity is not None and not any(a <= p < b for a, b in apart)
             and not not_its_place(view.masked, p)]
    best = nearest(spots, position, key=lambda s: s[0])
    return ctx.entity_iri(best[1].entity) if best else None


# A date that says when someone spoke ("said on Tuesday that the agreements signed at the session ..."):
# searched for ending where the date starts.
# A date in a clause after a session counting from it: "the sixth since the mechanism was set up in 2003" (not
# "since the first plenary session was held in 2003", where the clause holds the session)
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:the|its)\b(?:[^,;.⟦]|⟦conf:\d+⟧)*$")
SAID_ON = re.compile(r"\b(?:said|says|told(?:\s+\S+){1,3}|noted|added|stressed|remarked|announced|pointed\s+out)\s+(?:on\s+)?$")


def extract_sessions(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """Record the mechanism's names and each numbered session a sentence names; return the sessions."""
    _record_names(ctx, view)
    has_conf = any(m.kind == "conf" for m in view.mentions) or conference_iri(ctx) in ctx.findings.mentions or ctx.titled_conf
    masked = view.masked
    masked_dates = [(masked_pos(view, d.center), d) for d in dates]
    matches = [m for m in SESSION.finditer(masked) if m.group("c") or (m.group("plenary") or m.group("mech") or m.group("held") and ctx.last_event("session")) and has_conf
               and not others_session(view, m.start()) and not others_meeting(ctx, view, m) or (m.group("theirs") and both_cities(view))]
    if (theirs := their_sessions(view, {m.end() for m in matches})) or any(m.group("theirs") for m in matches):
        ctx.findings.mention(conference_iri(ctx), view.sentence)  # the mechanism, named by what it is
    matches += [*theirs, *ORDINAL_NAME.finditer(masked), *ITS.finditer(masked), *possessed_sessions(masked, has_conf)]
    matches += [m for m in apposed_sessions(masked) if not any(n.start() <= m.start() < n.end() for n in matches)]
    matches += [m for m in enumerated_session(ctx, view, has_conf) if not any(n.start() <= m.start() < n.end() for n in matches)]
    told = has_conf and (ctx.last_event("session") is not None or re.search(r"(?i)\bplenary\b", masked) is not None)
    named = [(n, m.end()) for m in matches if (n := ordinal_value(m.group("ord"))) and not ranks(masked, m.start(), m.end())
             and not another_body(masked, m.end())]
    awaited = {m.end() for m in matches if AWAITED.search(masked, max(0, m.start() - 60), m.start())}
    since = _after_it(masked, matches)
    listed = listed_sessions(masked, named, ctx.last_event("session") is not None and _last_number(ctx), other_bodies(view)) if told else []
    listed = listed or (counted_sessions(masked, view) or recounted(masked, ctx.sentences, view.sentence.index) if has_conf and not named else [])
    listed = [item for item in listed if not others_session(view, item[1], item[2])]
    rows = [] if named or listed else table_row(ctx, view, has_conf)  # "2nd | January 2012 | Hong Kong"
    listed += [(n, start, end) for word, start, end in rows if (n := ordinal_value(word))]
    limit = min((start for _, start, _ in listed), default=len(masked))
    found: list[URIRef] = []
    ctx.sessions_aside, spots = set(), []
    note_meetings(ctx, view)
    starts = {m.end(): m.start() for m in matches}
    named, asides = _counted(ctx, view, named, starts, masked_dates)  # "the first since the third session in 2015"
    for number, end in named:
        iri = session(ctx, number, view)
        found.append(iri)
        spots.append((iri, end, min([s for _, s in named if s > end] + [s for _, s, _ in listed if s > end] + [len(masked)])))
        # "The sixth session was held in 2021, and the seventh in Shanghai in 2023": the next session's clause is its own
        mine = min([m.start() for m in matches if m.start() > end and m.end() not in asides] + [limit, appositive_end(masked, end),
                                                                       relative_clause_end(masked, starts[end], end)])
        _named_facts(ctx, view, iri, (starts[end], end, mine), end in awaited, [d for d in masked_dates if end not in since or d[0] > end], asides)
        if end in awaited or about_session(masked, starts[end]) and not OWN_CLAUSE.match(masked, end):
            ctx.sessions_aside.add(iri)
    later_session(ctx, view, found)  # "Three years later, the sixth session was held in Hong Kong"
    first_session_founds(ctx, view, *next(((session_iri(ctx, 1), end) for n, end in named if n == 1), (None, 0)), session_iri(ctx, 1))
    for number, start, end in listed:
        found.append(_listed(ctx, view, number, listed_days(masked, masked_dates, number, start, end), start, end))
        spots.append((found[-1], start, end))
        if rows:  # a row's co-chairs
            for person in view.people(masked[start:end]):
                ctx.findings.add(found[-1], SDO.attendee, person, view.sentence)
    find_session_people(ctx, view, spots)
    ctx.session_starts = _starts(spots, len(named), len(listed))
    if not found:
        pair_after(ctx, view)  # "The third session ... . A, then chief executive, and B, then mayor, agreed to ..."
        it_held(ctx, view, dates)  # "The seventh plenary session ... . It was held in Shanghai on Thursday."
        both_chaired(ctx, view)  # "... and the second in B. Both were co-chaired by C."
    _founding(ctx, view, dates)
    find_renaming(ctx, view, dates)
    find_history(ctx, view, dates)
    find_former_names(ctx, view, dates)
    if has_conf:  # after the history, whose renaming "then called the X" is not dated by this first session
        _launch(ctx, view, dates, found)
    return found


def _after_it(masked: str, matches: list[re.Match]) -> set[int]:
    """Where the sessions end that the sentence tells something as after, whose day the words before are not, but
    a signing's "immediately after" them."""
    return {m.end() for m in matches if AFTER_IT.search(masked, max(0, m.start() - 12), m.start())
            and not SIGNED_RIGHT_AFTER.search(masked, max(0, m.start() - 90), m.start())}


def _counted(ctx: DocContext, view: View, named: list[tuple[int, int]], starts: dict[int, int],
             masked_dates: list[tuple[int, DateSpan]]) -> tuple[list[tuple[int, int]], dict[int, tuple[int, int]]]:
    """The named sessions but those the sentence counts from, which get the date and place of their own words alone;
    the session told before stays told. Also each counted session's words (where its name starts and they stop), by
    its name's end: a session named before it in the sentence takes neither date nor place from them."""
    last = ctx.last_event("session")
    named, counted = counted_from(ctx, view, named, starts)
    asides = {}
    for number, end in counted:
        stop = _clause_end(view.masked, own.end() if (own := OWN_CLAUSE.match(view.masked, end)) else end)
        _listed(ctx, view, number, [d for at, d in masked_dates if end <= at < stop], end, stop)
        asides[end] = (starts[end], stop)
    if counted:
        ctx.remember_event("session", last)
    return named, asides


def _starts(spots: list[tuple[URIRef, int, int]], named: int, listed: int) -> dict[URIRef, int]:
    """Where each session's own words start, when the sentence lists some: "The first session, co-chaired by A and B,
    was held in X, and the second in Y" (A and B at the first)."""
    if listed > 1:
        return {iri: start for iri, start, _ in spots[named:]}
    return {iri: start for iri, start, _ in spots} if listed and named else {}


def _named_facts(ctx: DocContext, view: View, iri: URIRef, words: tuple[int, int, int], awaited: bool,
                 masked_dates: list[tuple[int, DateSpan]], asides: dict[int, tuple[int, int]] | None = None) -> None:
    """The date, place and people of a session a sentence names (``words``: where its name starts and ends, and
    where its own words end); ``awaited`` when the sentence's events prepare for it; ``asides`` the words of the
    sessions it counts from ("the first since the third session held in Shanghai"), whose date and place are theirs."""
    masked = view.masked
    begin, end, mine = words
    aside = next((span for at, span in (asides or {}).items() if at > end), (0, 0))
    held = HELD_WHEN.match(masked, end)  # "..., which is expected to take place in the city next year"
    after = end if awaited else 0  # "met on Monday to prepare for the ninth session": not its day
    # "the first meeting held in Hong Kong since the seventh session": neither that day nor that place
    floor = end if SINCE_AT.search(masked, max(0, begin - 12), begin) else 0
    if not held and about_session(masked, begin) and not OWN_CLAUSE.match(masked, end):
        after = mine = end  # "met on Monday to follow up on the seventh session": neither its day nor its place
    bound = min(mine, _clause_end(masked, end) if after and not held else len(masked))
    own = [d for d in masked_dates if max(after, floor) <= d[0] < bound and not aside[0] <= d[0] < aside[1] and d[1].kind != "since" and not SAID_ON.search(masked, 0, at := masked_pos(view, d[1].start_char))
           and not SINCE_CLAUSE.search(masked, end, at) and not not_its_date(masked, at)]
    span = nearest(own, end, key=lambda d: d[0])
    if held:
        span = next((d for d in own if held.start() <= d[0] < held.end()), span)
    lede = span is None and not own and lede_day(ctx, view)
    if span and (held or same_clause(masked, end, span[0])):
        ctx.findings.add(iri, SDO.startDate, span[1].start, view.sentence)
    elif span is None and ctx.day is not None and SIGNED_AROUND.search(masked[:end]) and not ctx.findings.objects(iri, SDO.startDate):
        ctx.findings.add(iri, SDO.startDate, ctx.day, view.sentence)  # signed "on Thursday", "after the session"
    elif lede:  # on the day of the wire story's lede just before
        ctx.findings.add(iri, SDO.startDate, Literal(ctx.published.isoformat(), datatype=XSD.date), view.sentence)
    if aside[1] > aside[0]:
        place = place_near(ctx, view, end, before=aside[0], after=after) or place_near(ctx, view, end, before=bound if after else mine, after=aside[1])
    else:
        place = place_near(ctx, view, end, before=bound if after else mine, after=max(after, floor))
    if place is None and cells_follow(masked, end) and (cell := ANY_PLACE.search(masked, end, mine)):
        place = _place_of(ctx, view, cell)  # "First plenary session: October 2003, Shanghai"
    if place is None and held and re.search(r"\bin\s+the\s+city\b", held.group(0)):
        place = the_city(ctx, view, held.start())  # "which will take place in the city tomorrow"
    elif place is None and HELD_IN_CITY.match(masked, end):
        place = the_city(ctx, view, end)  # "its first meeting was held in the city on ..."
    speech_at(ctx, view, iri, begin, end)  # "Following is the speech by A at the ... session"
    trip = _trip(ctx, view, iri, end)  # a trip made for the session: its travellers, and where it goes
    place = place or trip or slated_place(ctx, view, end)
    if place is None and (HELD_HERE.match(masked, end) or lede or on_the_day(ctx, view, span)):
        place = dateline_place(ctx)  # "SHANGHAI, May 8 (Xinhua) -- The seventh ... was held here on Thursday"
    place = place or held_here(ctx, view, begin, end)  # "held its ninth session here", "met in the city for its ..."
    if place is not None:
        ctx.findings.add(iri, SDO.location, place, view.sentence)


def _launch(ctx: DocContext, view: View, dates: list[DateSpan], told: list[URIRef]) -> None:
    """"A flew to Shanghai in 2003 to launch the X with B": the first session, attended by both; "the X,
    launched in Shanghai in 2003, had not met since its inaugural meeting": the first session, then and there."""
    launched = launched_by(view, dates) or first_met(view, dates)
    if launched is None:
        return
    people, when, where = launched
    iri = session(ctx, 1, view)
    for person in people:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    if when is not None and not ctx.findings.objects(iri, SDO.startDate):
        ctx.findings.add(iri, SDO.startDate, when.start, view.sentence)
    place = view.mention(where).entity if where is not None else None
    if place is not None and not ctx.findings.objects(iri, SDO.location):
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    if told:  # the session the sentence is about stays the last one told, not the one it recalls
        ctx.remember_event("session", told[-1])


def _trip(ctx: DocContext, view: View, iri: URIRef, end: int) -> URIRef | None:
    """Where a trip to the session goes ("will lead a delegation to Shanghai for the seventh plenary
    session"); those who make it "for the session" attend it."""
    index, travellers, delegation = trip_to(view, end)
    if delegation:
        ctx.delegation_to, ctx.delegation_at = iri, view.sentence.index  # "Members of the delegation included ..." attend it
    for person in travellers:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    entity = view.mention(index).entity if index is not None else None
    return ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None


def _clause_end(masked: str, position: int) -> int:
    """Where the clause a position is in ends: at the next comma or semicolon."""
    ends = [i for i in (masked.find(",", position), masked.find(";", position)) if i >= 0]
    return min(ends, default=len(masked))


def _place_of(ctx: DocContext, view: View, match: re.Match) -> URIRef | None:
    entity = view.mention(match.group("i")).entity
    return ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None


def _last_number(ctx: DocContext) -> int | None:
    last = ctx.last_event("session")
    return next((int(n) for n in ctx.findings.objects(last, HKSH.sessionNumber)), None) if last is not None else None


def _listed(ctx: DocContext, view: View, number: int, dates: list[DateSpan], start: int, end: int) -> URIRef:
    """A session named by its ordinal in a list: its date and place are the first said in its own words."""
    iri = session(ctx, number, view)
    year = re.match(r"\s*((?:19|20)\d{2})\b", view.masked[start:end])  # a table's "(2003, Shanghai)"
    if dates:
        ctx.findings.add(iri, SDO.startDate, dates[0].start, view.sentence)
    elif year:
        ctx.findings.add(iri, SDO.startDate, Literal(year.group(1), datatype=XSD.gYear), view.sentence)
    place = next((view.mention(m.group("i")) for m in ANY_PLACE.finditer(view.masked, start, end)), None)
    if place is not None and place.entity is not None:
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(place.entity), view.sentence)
    return iri


def _founding(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    match = FOUNDED.search(view.masked)
    if not match and conference_iri(ctx) in ctx.findings.mentions and ours_last(ctx.views, view):
        match = FOUNDED_BACK.search(view.masked)
    if not match or match.re is FOUNDED and not two_cities_only(view) and "Shanghai" not in view.mention(match.group("c")).surface:
        return  # "Hong Kong and Shenzhen ... under the co-operation mechanism, which was set up in 2004": theirs
    after = [d for d in dates if masked_pos(view, d.start_char) >= match.end()]
    since = SINCE_WHEN.match(view.masked)  # "Since 2003, when the X was established, ..."
    before = [d for d in dates if since and masked_pos(view, d.start_char) < since.end()]
    if after or before:
        ctx.findings.add(conference_iri(ctx), DCTERMS.created, (after or before)[0].start, view.sentence)


def session_at(view: View) -> int:
    """Where a sentence names its session: the first session word (the start when it names none)."""
    match = re.search(r"(?i)\b(?:plenary|session|meeting)\b", view.masked)
    return match.start() if match else 0
