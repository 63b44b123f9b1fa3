"""Visits and meetings: who went where, and whom they met.

"<person> visited / arrived in / will proceed to <place>", "X will lead a delegation to <place>" (its
members, as the document names them, go too), "during his visit to <place>"; "<person> met (with)
<person>" is a meeting of both. Once the whole document is read, a visit ends when the visitor "will
return ... tomorrow (June 26)" or on the last day of "a three-day visit", and the visitor's meetings are part
of the visit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, FUTURE, DateSpan
from kg.extract.events import record_dates, record_event
from kg.extract.mentions import View, masked_pos
from kg.extract.met_groups import led_delegation, met_in, venue_after_people
from kg.extract.patterns import FRONT_IN
from kg.extract.visit_length import begun, length_dates
from kg.namespaces import HKSH, slug

MET = re.compile(r"(?P<subj>⟦person:\d+⟧(?:\s+and\s+(?:[A-Z]\w*\s+){0,3}⟦person:\d+⟧)*)[^;.]*?\b(?:met|meets|will\s+(?:also\s+)?meet|(?P<call>called\s+on|calls\s+on|will\s+(?:also\s+)?call\s+on)|(?P<talks>held\s+talks\s+with))\b(?:\s+with)?(?P<obj>[^;]*)")
# Leading people to a place is visiting it: "X will tomorrow lead a delegation to <place>", "X led an
# eleven-member delegation ... to visit <place>", "X led members of ... to continue their visit to <place>".
LEAD = (r"(?:will\s+(?:[a-z]+\s+)?)?(?:lead|leads|led|is\s+leading|heads|headed)\s+(?:a|an|the|members)\b[^.;]*?\s+to"
        r"(?:\s+(?:(?P<cont>continue|resume)|begin|start)\s+(?:their|the|his|her)\s+visit\s+to|\s+visit)?")
# Going somewhere on a programme: "will proceed to Nanjing tomorrow", "arrived in Hangzhou", "started their
# visit to Shanghai".
MOVE = (r"arrived\s+in|arrives\s+in|(?:will\s+)?arrive\s+in|proceeded\s+to|proceeds\s+to|(?:will\s+)?proceed\s+to"
        r"|travelled\s+to|traveled\s+to|(?:will\s+)?travel\s+to|left\s+for|(?:will\s+)?leave\s+for|departed\s+for"
        r"|(?:before|after)\s+(?:leaving|departing)\s+for|(?:before|after)\s+(?:proceeding|travelling|heading)\s+to"
        r"|(?:will\s+)?depart\s+for|flew\s+to|flies\s+to|(?:will\s+)?fly\s+to|(?:started|began|begins|starts|will\s+start|will\s+begin)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to")
# Ending a visit tells it too, and its last day, which kg.extract.visits.link_visits reads: "concluded his
# three-day visit to Shanghai today".
ENDED = r"(?:concluded|concludes|will\s+conclude|wrapped\s+up|wraps\s+up|completed|completes)\s+(?:a|an|his|her|their)\s+(?:(?!(?:of|the|on|for|about)\b)[\w-]+\s+){0,3}?(?:visit|trip)\s+to"
VISIT = re.compile(
    r"(?:(?:delegation|team)\s+led\s+by\s+(?:\w+\s+)?⟦person:(?P<leader>\d+)⟧[^.;]*?\s|⟦person:(?P<p>\d+)⟧[^.;]*?\s|^(?P<abbr>[A-Z]{2,3})\s+)"
    rf"(?:visited|visits|is\s+visiting|will\s+visit|(?P<move>{MOVE})|(?P<lead>{LEAD})|(?P<ended>{ENDED}))\s+⟦place:(?P<place>\d+)⟧"
)
# A group, not a person, sets out: "Three bureau heads started their visit to Shanghai".
GROUP_VISIT = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:heads|officials|officers|secretaries|ministers|legislators|lawmakers|members|delegates"
    r"|delegation|team|group|mission)\b[^.;⟦]*?\b(?P<verb>started|began|begins|starts|kicked\s+off|continued|continues)"
    r"\s+(?:their|its|the)\s+(?:official\s+|duty\s+)?visit\s+to\s+⟦place:(?P<place>\d+)⟧")
# Asking someone else to come is no visit of one's own: "invited Mr Chen to lead a delegation to visit Hong Kong".
INVITED = re.compile(r"\b(?:invit|encourag|urg|ask)(?:e|es|ed|ing|s)?\s+(?!to\b|by\b)[^.;]*?\bto\b")
# ... in the clause that governs the visit, not one set off by commas ("Ms A, who urged firms to invest, arrived in").
ASIDE = re.compile(r",\s+(?:who|whom|whose|which|having|after|while|when)\b[^,;.]*,")
VISIT_NOUN = re.compile(r"\b(?:this|his|her|the|their)\s+(?:official\s+)?visit\s+to\s+⟦place:(?P<place>\d+)⟧[^.;]*?⟦person:(?P<p>\d+)⟧")
RETURN = re.compile(r"⟦person:(?P<p>\d+)⟧,?\s+(?:will\s+)?(?:return|returns|returned|is\s+returning|will\s+conclude|concluded"
                    r"|(?:concludes|wrapped\s+up|wraps\s+up|completed|completes)(?=\s+(?:his|her|their)\s+(?:(?!(?:of|the|on|for|about)\b)[\w-]+\s+){0,3}?(?:visit|trip)\b))\b"
                    # "<person> arrived in Shanghai yesterday (May 7) and will return to Hong Kong tomorrow (May 9)"
                    r"|⟦person:(?P<p3>\d+)⟧\s+(?:arrived|arrives)\b[^.;]{0,100}?\band\s+(?:will\s+)?(?:return|returns|leave|leaves)\b"
                    # "<person> is leading a delegation on a three-day visit to <place>, which ends tomorrow (May 9)"
                    r"|⟦person:(?P<p2>\d+)⟧[^.;]*?\b(?:visit|trip|tour)\b[^.;]*?,\s+which\s+(?:ends|will\s+end|concludes|will\s+conclude)\b")
# Meeting someone "and his delegation in <place>": the person is on a visit there with a delegation, begun
# on some other day ("Mayor X met with Secretary Y, ..., and his delegation in Shanghai on Tuesday"). The
# place comes straight after "delegation" (or after a day: "and his delegation on Tuesday in Shanghai"), and
# what stands between the person and "and" is a title in commas, not a clause of its own ("X, returned to
# Hong Kong today and his delegation will stay in Hangzhou"; "X and his delegation met investors in Y").
DAY_BETWEEN = (r"(?:\s+(?:today|yesterday|tonight|(?:this|tomorrow)\s+(?:morning|afternoon|evening)"
               r"|on\s+(?:\w+\s+)?\w+(?:\s+\d{4})?)(?:\s*\([^()]{1,20}\))?)?")
WITH_DELEGATION = re.compile(r"⟦person:(?P<p>\d+)⟧(?:,(?P<title>(?:[^.;⟦]|⟦(?:org|place):\d+⟧)*?),|,)?"
                             rf"\s+and\s+(?:his|her|their)\s+delegation{DAY_BETWEEN}\s+in\s+⟦place:(?P<place>\d+)⟧")
VERB = re.compile(r"\b(?:[a-z]+ed|will|is|was|has|had|are|were)\b")
# Arriving somewhere as a delegation's leader leads it there: "arrived in Shanghai at the head of a delegation".
# (In the visitor's own clause: not "..., where the university is heading a delegation to Europe".)
HEADING = re.compile(r"\b(?:at\s+the\s+head\s+of|leading|heading)\s+(?:a|an|the|his|her)\b[^.;⟦]*?\bdelegation\b")
CLAUSE_END = re.compile(r"[;.]|,\s+(?:where|which|who|whom|whose|while|when|whereas|but|and)\b|\s(?:while|whereas)\s")
IN_PLACE = re.compile(r"\bin\s+⟦place:(?P<i>\d+)⟧")
DISTRICT = re.compile(r"\b(?:District|New Area|County|Town)$")
# Away from home: "<person> will return to Hong Kong", "... before leaving for Ningbo", "during Mr Lam's absence".
# The programme's last item, then home: "Tomorrow (May 9), Mr A will visit X before returning to Hong Kong in
# the afternoon", "... before leading the delegation back to Shanghai on Saturday".
LEAVING = re.compile(r"⟦person:(?P<p>\d+)⟧[^.;]*?\bbefore\s+(?:returning|leaving|departing"
                     r"|leading\s+(?:the|his|her|its)\s+delegation\s+back)\b(?P<rest>[^.;]*)")
SAME_DAY = re.compile(r"\s+(?:(?:to|for)\s+)?⟦place:\d+⟧\s+(?:in\s+the\s+(?:afternoon|evening)|later\s+(?:that|the\s+same)\s+day)\b")
# Leaving for the next city on the sentence's day: "Tomorrow, Mr A will attend a luncheon before leaving for Ningbo".
ONWARD = re.compile(r"\s+for\s+⟦place:(?P<place>\d+)⟧\s*(?:[.;]|$)")
# "a three-day visit", "her two-day official visit": the visit's length.
DAYS = re.compile(r"\b(?P<n>[2-7]|(?i:two|three|four|five|six|seven))-day\s+(?:(?:official|duty|working|study)\s+)?(?:visit|trip)\b")
VISIT_TO = re.compile(r"\bvisit\s+to\s+⟦place:(?P<place>\d+)⟧")
RETURN_TO = re.compile(r"\b(?:(?:return(?:s|ed|ing)?|back)\s+to|(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+for)\s+⟦place:(?P<place>\d+)⟧")
AWAY = re.compile(r"⟦person:(?P<who>\d+)⟧[^.;]*?\b(?:return(?:s|ed|ing)?\s+to\s+⟦place:(?P<home>\d+)⟧"
                  r"|(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+for\s+⟦place:(?P<next>\d+)⟧)|\bduring\s+⟦person:(?P<who2>\d+)⟧['’]s\s+absence")


def find_meetings(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """A meeting between the people named on both sides of "met (with)", in each part a semicolon ends
    (a list of "- on 9 July, I met A; - on 17 October, B met C")."""
    for match in MET.finditer(view.masked):
        opened = view.masked.rfind(";", 0, match.start()) + 1
        _meeting(ctx, view, [d for d in dates if opened <= masked_pos(view, d.center) < match.end()], match)


def _meeting(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match) -> None:
    subj = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", match.group("subj"))]
    obj = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", match.group("obj"))]
    people = list(dict.fromkeys(p for p in subj + obj if p is not None))
    if not subj or not obj or len(people) < 2:
        return
    for head, known in reversed(ctx.events):
        if head == "meeting" and set(people) <= set(ctx.findings.objects(known, SDO.attendee)):
            return  # the same meeting told again, as a headline tells it
    label = _meeting_label(ctx, match, people, len(list(dict.fromkeys(p for p in subj if p is not None))))
    if (led := led_delegation(view, match.group("obj"))) and not match.group("call"):  # "Meeting of A with a delegation of X led by B"
        label = f"Meeting of {_and([person_name(ctx, p) for p in people if p not in led[1]])} with {led[0]} {_and([person_name(ctx, p) for p in led[1]])}"
    # A year alone is another event's ("... five years after the World Expo in 2010"), not the meeting's day.
    when = dates[0] if len(dates) == 1 and dates[0].start.datatype != XSD.gYear else None
    iri = record_event(ctx, view, label, "meeting", False, when)
    ctx.findings.add(iri, RDF.type, HKSH.Meeting, view.sentence)
    for person in people:
        ctx.findings.add(iri, SDO.attendee, person, view.sentence)
    if when is not None:
        record_dates(ctx, view, iri, when)
    led_in = led[2] if led and led[2].group("i") else None  # "met in Hong Kong a delegation ..."
    if where := met_in(match.group("obj")) or FRONT_IN.match(view.masked) or led_in:
        place = view.mention(where.group("i")).entity
        if place is not None and place.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    for venue in venue_after_people(ctx, view, match.start("obj"), match.end("obj")):
        ctx.findings.add(iri, SDO.location, venue, view.sentence)
    ctx.remember_event("meeting", iri)


def _meeting_label(ctx: DocContext, match: re.Match, people: list[URIRef], callers: int) -> str:
    """A meeting named as the text's verb tells it: "A called on B" is a call of A on B, "A held talks
    with B" talks between them, and "A met B" a meeting of both."""
    names = [person_name(ctx, p) for p in people]
    if match.group("call") and 0 < callers < len(names):
        return f"Call of {_and(names[:callers])} on {_and(names[callers:])}"
    return f"{'Talks between' if match.group('talks') else 'Meeting of'} {_and(names)}"


def _and(names: list[str]) -> str:
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]


def person_name(ctx: DocContext, person: URIRef) -> str:
    for entity in ctx.reference.people:
        if ctx.entity_iri(entity) == person:
            return entity.name
    labels = ctx.findings.objects(person, RDFS.label)
    return str(labels[0]) if labels else person.rsplit("/", 1)[-1]


def _visit_of(ctx: DocContext, person: URIRef) -> URIRef | None:
    """The person's visit to a place, rather than one item of its programme (kg.extract.itinerary)."""
    visits = _visits_of(ctx, person)
    return next((v for v in visits if "/visit-of-" in str(v)), visits[0] if visits else None)


def find_visits(ctx: DocContext, view: View, dates: list[DateSpan], abbreviations: Callable[[DocContext], dict]) -> None:
    """A visit: "<person> visited <place> from ... to ...", "<delegation led by X> visited ...", "CS visits
    <place>" (``abbreviations(ctx)`` maps short titles to this document's post holders)."""
    match = VISIT.search(view.masked) or VISIT_NOUN.search(view.masked) or next(
        (m for m in WITH_DELEGATION.finditer(view.masked) if not VERB.search(m.group("title") or "")), None)
    if not match or match.re is VISIT and INVITED.search(ASIDE.sub(" ", view.masked[match.start():match.start("place")])):
        _group_visit(ctx, view, dates)
        return
    if match.re is VISIT and match.group("abbr"):
        person = abbreviations(ctx).get(match.group("abbr"))
    else:
        person = view.mention(match.groupdict().get("leader") or match.group("p")).ref
    place = view.mention(match.group("place"))
    if person is None or place.entity is None or place.entity.kind != "place":
        return
    place_iri = ctx.entity_iri(place.entity)
    continued = match.re is VISIT and (match.group("cont") or match.group("ended")) is not None or match.re is WITH_DELEGATION
    dates = begun(view, dates)
    when = None if continued else dates[0] if dates else _dated_presence(ctx, person, place_iri)
    if when is None and match.re is VISIT and match.group("move") and ctx.day is not None and not FUTURE.search(view.masked):
        when = (DateSpan(0, 0, ctx.day), view.sentence)  # "arrived in Hangzhou in the evening": the narrative's day
    label = f"Visit of {person_name(ctx, person)} to {place.entity.name}"
    iri = record_event(ctx, view, label, "visit", False, None)  # one visit per visitor and place in a document
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HKSH.Visit, s)
    f.add(iri, SDO.location, place_iri, s)
    f.add(iri, SDO.attendee, person, s)
    if isinstance(when, tuple):
        span, sentence = when
        f.add(iri, SDO.startDate, span.start, sentence)
    elif when is not None:
        record_dates(ctx, view, iri, when)
    led = match.re is WITH_DELEGATION or match.re is VISIT and (match.group("lead") or _heading(view.masked, match))
    if led and iri not in ctx.led_visits:
        ctx.led_visits.append(iri)
    ctx.remember_event("visit", iri)


def _heading(masked: str, match: re.Match) -> bool:
    """Whether the visitor's own clause says they head a delegation, before or after the verb."""
    start = max((m.end() for m in CLAUSE_END.finditer(masked, 0, match.start())), default=0)
    end = CLAUSE_END.search(masked, match.end())
    return HEADING.search(masked, start, end.start() if end else len(masked)) is not None


def _dated_presence(ctx: DocContext, person: URIRef, place: URIRef) -> tuple[DateSpan, object] | None:
    """The date of a sentence that puts the visitor in the place: "X today (June 25) ... in Shanghai"."""
    for sentence, view, dates in ctx.views:
        if not dates or not any(m.ref == person for m in view.mentions):
            continue
        for m in IN_PLACE.finditer(view.masked):
            entity = view.mention(m.group("i")).entity
            if entity is not None and ctx.entity_iri(entity) == place:
                return dates[0], sentence
    return None


def _group_visit(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """"Three bureau heads started their visit to Shanghai with legislators today": a visit of the group,
    whose members are the people the document says join or make up the delegation (none when it names
    nobody)."""
    match = GROUP_VISIT.search(view.masked)
    place = view.mention(match.group("place")).entity if match else None
    if place is None or place.kind != "place":
        return
    iri = record_event(ctx, view, f"Visit to {place.name}", "visit", False, None)
    ctx.findings.add(iri, RDF.type, HKSH.Visit, view.sentence)
    ctx.findings.add(iri, SDO.location, ctx.entity_iri(place), view.sentence)
    days = [d for d in dates if d.end is None and d.kind not in BACKGROUND]
    if match.group("verb") in ("started", "began", "begins", "starts", "kicked off") and len(days) == 1:
        record_dates(ctx, view, iri, days[0])
    if iri not in ctx.led_visits:
        ctx.led_visits.append(iri)
    ctx.remember_event("visit", iri)


def _key_visits_by_day(ctx: DocContext) -> None:
    """A visit whose first day the document gives is keyed by it, not by the document: the releases that
    tell one visit ("Visit of John Lee Ka-chiu to Shanghai", from 2023-11-04) then give one IRI."""
    doc_key = str(ctx.findings.doc).rsplit("/", 1)[-1]
    visits = sorted({s for s in ctx.findings.subjects(RDF.type, HKSH.Visit)
                     if "/visit-of-" in str(s) and str(s).endswith("-" + doc_key)}, key=str)
    for visit in visits:
        starts, labels = ctx.findings.objects(visit, SDO.startDate), ctx.findings.objects(visit, RDFS.label)
        if len(starts) == 1 and len(labels) == 1:
            new = ctx.iri("event", f"{slug(str(labels[0]))}-{starts[0]}")
            ctx.findings.rename(visit, new)
            ctx.led_visits = [new if v == visit else v for v in ctx.led_visits]
            ctx.events = [(h, new if e == visit else e) for h, e in ctx.events]


def _implied_visits(ctx: DocContext) -> None:
    """An official who "will return to Hong Kong", leaves "for Ningbo" or is absent from office while
    attending events in a city is visiting that city, though no sentence says "visited" (a visit of the
    person to the city most of their located events are in, other than home and the city they leave for)."""
    places = {ctx.entity_iri(p): p for p in ctx.reference.places}
    for sentence, view, _ in ctx.views:
        match = AWAY.search(view.masked)
        person = view.mention(match.group("who") or match.group("who2")).ref if match else None
        if person is None:
            continue
        home = view.mention(match.group("home")).entity if match.group("home") else None
        where = Counter(_city(ctx, places[loc]) for s in ctx.findings.subjects(SDO.attendee, person)
                        for loc in ctx.findings.objects(s, SDO.location) if loc in places)
        where.pop(ctx.entity_iri(home) if home is not None else None, None)
        if match.group("next") and (after := view.mention(match.group("next")).entity) is not None:
            where.pop(_city(ctx, after) if after.kind == "place" else None, None)  # the city they leave for is the next
        if not where:
            continue
        place = places[sorted(where.items(), key=lambda item: (-item[1], str(item[0])))[0][0]]
        if any(ctx.entity_iri(place) in ctx.findings.objects(v, SDO.location)
               for v in _visits_of(ctx, person) if "/visit-of-" in str(v)):
            continue
        iri = record_event(ctx, view, f"Visit of {person_name(ctx, person)} to {place.name}", "visit", False, None)
        for p, o in ((RDF.type, HKSH.Visit), (SDO.location, ctx.entity_iri(place)), (SDO.attendee, person)):
            ctx.findings.add(iri, p, o, sentence)
        ctx.remember_event("visit", iri)


def _city(ctx: DocContext, place) -> URIRef:
    """The city a place is in: a district, or a site inside one, is in its city ("Minhang" is Shanghai)."""
    by_id = {p.id: p for p in ctx.reference.places}
    while (parent := by_id.get(place.data.get("in"))) is not None and (
            DISTRICT.search(place.name) or parent.data.get("in") in by_id):
        place = parent
    return ctx.entity_iri(place)


def _visits_of(ctx: DocContext, person: URIRef) -> list[URIRef]:
    """Every visit the person went on, programme items included, in the order first stated."""
    return [s for s in ctx.findings.subjects(SDO.attendee, person) if ctx.findings.has(s, RDF.type, HKSH.Visit)]


def _visit_ends(ctx: DocContext) -> None:
    """A visit ends when the visitor "will return ... tomorrow (June 26)", "concluded her visit to X
    today", goes "before returning to Hong Kong in the afternoon" (on the sentence's day) or "before
    leaving Hong Kong on Saturday"; else, a visit whose first day is known and which the text calls "a
    three-day visit" ends on its third day."""
    for sentence, view, dates in ctx.views:
        match = RETURN.search(view.masked)
        leaving = None if match else _leaving(ctx, view, dates)
        if leaving is not None and not ctx.findings.objects(leaving[0], SDO.endDate):
            ctx.findings.add(leaving[0], SDO.endDate, leaving[1], sentence)
        if match and dates:
            later = match.group("p2") or match.group("p3")  # the end is the date said after "which ends", "and will return"
            ends = [d for d in dates if masked_pos(view, d.start_char) >= match.end()] if later else dates
            visit = _ending_visit(ctx, view, view.mention(match.group("p") or later).ref) if ends else None
            if visit is not None:
                ctx.findings.add(visit, SDO.endDate, ends[0].start, sentence)
    _moving_on(ctx)
    for _, view, dates in ctx.views:
        match = DAYS.search(view.masked)
        people = re.findall(r"⟦person:(\d+)⟧", view.masked[:match.start()]) if match else []
        visit = _ending_visit(ctx, view, view.mention(people[-1]).ref, whole=True) if people else None
        if visit is not None:
            length_dates(ctx, visit, match, view, dates)


def _moving_on(ctx: DocContext) -> None:
    """A visitor who goes on to another city ("arrived in Hangzhou in the evening to continue the visit")
    on the release's own day ends their visit to the one before that day."""
    people = {p for v in ctx.findings.subjects(RDF.type, HKSH.Visit) for p in ctx.findings.objects(v, SDO.attendee)}
    for person in sorted(people, key=str):
        visits = [v for v in _visits_of(ctx, person) if "/visit-of-" in str(v)]
        for visit, following in zip(visits, visits[1:]):
            starts, begun = ctx.findings.objects(following, SDO.startDate), ctx.findings.objects(visit, SDO.startDate)
            if len(starts) != 1 or starts[0].toPython() != ctx.published or ctx.findings.objects(visit, SDO.endDate):
                continue  # moving on today, as the release tells it; a move planned for later may yet change
            if all(b.datatype == XSD.date and b.toPython() <= starts[0].toPython() for b in begun):
                sentence = min(ctx.findings.triples[(following, SDO.startDate, starts[0])])
                ctx.findings.add(visit, SDO.endDate, starts[0], sentence)


def _leaving(ctx: DocContext, view: View, dates: list[DateSpan]) -> tuple[URIRef, Literal] | None:
    """The visit a programme's last item ends and its day: "Tomorrow (May 9), Mr A will visit X before
    returning to Hong Kong in the afternoon", "... in Nanjing today, before returning to Hong Kong
    tomorrow" (the visit to a place the sentence names first), "Tomorrow, Mr A will attend a luncheon
    before leaving for Ningbo" (a city the visit goes on to)."""
    match = LEAVING.search(view.masked)
    if match is None:
        return None
    person, rest = view.mention(match.group("p")).ref, match.group("rest")
    after = [d for d in dates if masked_pos(view, d.start_char) >= match.start("rest")]
    onward = ONWARD.match(rest)
    onward = onward and _next_stop(ctx, person, view.mention(onward.group("place")).entity)
    if len(after) == 1 and len(dates) <= 2:
        day = after[0].start
    elif (SAME_DAY.match(rest) or onward) and len(dates) == 1:
        day = dates[0].start
    else:
        return None
    before = {ctx.entity_iri(e) for i in re.findall(r"⟦place:(\d+)⟧", view.masked[:match.start("rest")])
              if (e := view.mention(i).entity) is not None and e.kind == "place"}
    visits = [v for v in _visits_of(ctx, person) if "/visit-of-" in str(v)
              and any(ctx.findings.has(v, SDO.location, place) for place in before)]
    visit = visits[0] if visits else _ending_visit(ctx, view, person, whole=True)
    return (visit, day) if visit is not None else None


def _next_stop(ctx: DocContext, person: URIRef | None, place) -> bool:
    """Whether the person also visits the place they leave for: the programme's next city, not one of the
    mechanism's two (home, or the city the visit is to)."""
    return place is not None and place.kind == "place" and place.id not in ("hong-kong", "shanghai") and any(
        ctx.findings.has(v, SDO.location, ctx.entity_iri(place)) for v in _visits_of(ctx, person) if "/visit-of-" in str(v))


def _ending_visit(ctx: DocContext, view: View, person: URIRef | None, whole: bool = False) -> URIRef | None:
    """The visit a sentence ends: the person's visit to the place it names ("concluded her visit to
    Shanghai"), not one to the place they return to ("returned to Hong Kong"), else their first visit (a
    whole visit only, not one item of its programme, when ``whole``)."""
    if person is None:
        return None
    visits = [v for v in _visits_of(ctx, person) if "/visit-of-" in str(v)]
    for regex, wanted in ((VISIT_TO, True), (RETURN_TO, False)):
        match = regex.search(view.masked)
        entity = view.mention(match.group("place")).entity if match else None
        if entity is not None and entity.kind == "place":
            place = ctx.entity_iri(entity)
            visits = [v for v in visits if ctx.findings.has(v, SDO.location, place) == wanted] or visits
    return visits[0] if visits else None if whole else _visit_of(ctx, person)


def link_visits(ctx: DocContext) -> None:
    """Once the whole document is read: a visit ends when the visitor "will return ... tomorrow
    (June 26)", the visitor's meetings in the document are part of the visit, and the people the
    document says make up a delegation went on the visit its leader led it on."""
    _implied_visits(ctx)
    for visit in ctx.led_visits:
        sentence = min(ctx.findings.triples[(visit, RDF.type, HKSH.Visit)])
        for person in ctx.delegation:
            ctx.findings.add(visit, SDO.attendee, person, sentence)
    _visit_ends(ctx)
    _key_visits_by_day(ctx)
    meetings = ctx.findings.subjects(RDF.type, HKSH.Meeting)
    for meeting in meetings:
        if ctx.findings.has(meeting, SDO.superEvent):
            continue
        for person in ctx.findings.objects(meeting, SDO.attendee):
            visit = _visit_of(ctx, person)
            if visit is not None and str(meeting).rsplit("/", 1)[-1].startswith("meeting-of-"):
                ctx.findings.add(meeting, SDO.superEvent, visit, min(ctx.findings.triples[(meeting, RDF.type, HKSH.Meeting)]))
                break
