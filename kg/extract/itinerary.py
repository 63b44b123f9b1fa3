"""A visit programme: the sites a delegation visits, whom it meets or calls on, and who went, on which day.

Press releases about a visit name its parts by what was done, not by a name: "In the afternoon, Mr Lam
visited the Harbour Depot", "The delegation then met with the management of ...", "had called on
various ... organisations". Each becomes an event labelled the way releases label them ("Visit to ...",
"Meeting with ...", "Calls on ..."). Its attendees are the clause's subject: a person, or "the
delegation" / "we" / "they", which stand for the people the document says lead or make up the
delegation (never guessed when it names none). Its day is the sentence's own date, else the day the
narrative is on ("today (May 2)" earlier, then "in the morning", "then", "at noon").
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kg.extract.call_sites import called_at_site, last_party
from kg.extract.campus import campuses
from kg.extract.background_days import history_day, long_before
from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, JOINED, DateSpan, on_the_narratives_day
from kg.extract.event_words import NOT_BEFORE
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos
from kg.extract.met_groups import group_met, met_with
from kg.extract.met_titles import as_written
from kg.extract.patterns import FRONT_IN, HONORIFIC, TITLED_SECOND
from kg.extract.sites import is_site, listed_sites
from kg.extract.speakers import first_person_plural
from kg.extract.venues import site
from kg.namespaces import HKSH, slug

PERSONS = rf"⟦person:\d+⟧(?:(?:\s*,\s*|\s+and\s+)(?:{HONORIFIC}\s+)?⟦person:\d+⟧)*"
# "Members visited X": a legislature's delegation, its Members by the capital the releases give them
GROUP = r"(?:the|our|my|his|her|their)\s+delegation|the\s+(?:team|group|mission)|we|they|(?-i:Members)(?!\s+of\b)"
ACTOR = re.compile(rf"(?P<actor>{PERSONS}(?:\s+and\s+(?:{GROUP}))?|\b(?i:{GROUP})\b)(?:\s*\([^)]*\))?[^.;]*?$")
ACCOMPANIED = re.compile(rf"\b[Aa]ccompanied\s+by\s+(?P<who>[^;.]*?),\s+(?:{HONORIFIC}\s+)?(?P<subj>⟦person:\d+⟧(?:\s+and\s+(?:{HONORIFIC}\s+)?⟦person:\d+⟧)?),?\s+$"
                         # "<person>, accompanied by X and Y, will visit ..."
                         r"|(?P<subj2>⟦person:\d+⟧(?:\s+and\s+⟦person:\d+⟧)?),\s+accompanied\s+by\s+(?P<who2>[^;.]*?),\s+$"
                         # "accompanied by X, the delegation visited ...": X and the delegation
                         rf"|\b[Aa]ccompanied\s+by\s+(?P<who3>[^;.]*?⟦person:\d+⟧(?:[^;.⟦]|⟦(?:org|place):\d+⟧)*?),\s+(?P<group>{GROUP})\s+$")
# A fronted phrase of what was done before, with people of its own: "After meeting Mr A, Mr B toured ...".
FRONTED = re.compile(rf"^(?:[^,;]*,\s+)?(?:After|Following|Before|Upon|Having|Besides)\s[^;]*?,\s+(?=(?:{HONORIFIC}\s+)?⟦person)")
ACTION = re.compile(
    r"\b(?:(?:also|then|later|subsequently|had|have|has|will|would)\s+){0,3}"
    r"(?P<verb>visited|toured|visits|tours|paid\s+(?:a\s+)?(?:courtesy\s+)?visits?\s+to|visit|tour|called\s+at|calls\s+at|call\s+at"
    r"|met\s+with|met|meets\s+with|meets|meet\s+with|meet|called\s+on|calls\s+on|call\s+on|(?:paid|pays|pay)\s+(?:a\s+)?(?:courtesy\s+)?calls?\s+on|(?<!\bwas\s)(?<!\bwere\s)received"
    r"(?=\s+(?:a|an|the)\s+(?:(?!of\b|from\b|by\b)[\w-]+\s+){0,4}?(?:delegation|delegates|officers|officials|visitors|representatives|students|group|team|mission)s?\b))"
    r"\s+(?P<obj>(?:the|a|an|various|several|two|three|four|five|six|seven|eight|nine|ten)\s+|(?=[A-Z⟦])"
    r"|(?=(?:officials|representatives|members|leaders|executives|delegates|students|staff)\s+(?:of|from)\b))")
# Where the object of a visit or meeting ends: a clause, a purpose, a place, a time.
OBJ_END = re.compile(
    r"\s*[,;.]|:\s|\s+for\b(?!\s+[A-Z])|\s+(?:to|where|in|on|at|during|from|with\s+(?:whom|a\s+view)|and\s+(?:to|chat|discuss|exchange|learn|"
    r"met|meet|visit|visited|toured|received|highlight|show|attend|attended|was|were|is|are|has|had|then|also"
    r"|exchanged|discussed|learned|learnt|chatted|shared|held|agreed)|who|which|this|that|before"
    r"|after|today|tomorrow|yesterday|the\s+(?:next|following|previous|preceding)\s+(?:day|morning|afternoon|evening)|the\s+day\s+(?:before|after)|earlier|(?:last|next)\s+(?:week|month|year))\b|$")
GROUP_AFTER = re.compile(r"\s+and\s+(?:the|his|her|their)\s+delegation$")
GROUP_ATTENDS = re.compile(
    rf"(?:^|[^\w⟧]\s*)(?P<group>(?i:{GROUP}))\b[^.;]*?\b(?:attended|participated\s+in|took\s+part\s+in|joined|will\s+attend)\b")
NEGATED = re.compile(r"\b(?:not|never|no\s+longer|unable|n['’]t)\b|n['’]t\b")
PRESENT = re.compile(
    r"\b(?:was|were)\s+(?:also\s+)?attended\s+by\b|\b(?:Also|also)\s+(?:speaking|present|officiating)\s+at\b"
    r"|\b(?:officiating\s+guests|guests\s+of\s+honour|officials\s+present\s+at\s+[^,]*?)\s+(?:included|were)\b")


# "led a delegation of the ⟦org⟧ to": what follows is the visit led, told as its purpose.
LED_TO = re.compile(r"\b(?:led|headed)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}delegation\s+(?:(?:of|from)\s+(?:the\s+)?"
                    r"(?:⟦(?:org|place):\d+⟧|[A-Z][\w'&-]*)(?:\s+(?:⟦(?:org|place):\d+⟧|[A-Z][\w'&-]*)){0,6}"
                    r"(?:\s+\(⟦org:\d+⟧\)|\s+\([A-Z]{2,}\))?\s+)?to\s+$")


UNTIL = re.compile(r"\b(?:until|till|through)\s+$")  # "It runs until September 6": an end, not the day told
# The day a law or arrangement took effect is its own, not the narrative's: "CEPA, which took effect on Jan. 1 this year".
IN_EFFECT = re.compile(r"\b(?:take[sn]?|took|comes?|came|enter(?:s|ed)?|went|goe?s?)\s+(?:into\s+)?(?:effect|force|operation)(?:\s+(?:on|from|as\s+of))?\s+$"
                       r"|\beffective(?:\s+(?:from|on|as\s+of))?\s+$")

# A clause that looks ahead, put after what the sentence tells: "..., which will take place tomorrow".
LOOKS_AHEAD = re.compile(r",\s+(?:which|that|where|when)\s+(?:\w+\s+)?(?:will|is\s+to|are\s+to|(?:is|are)\s+(?:scheduled|expected|due)\s+to)\b")
CLAUSE_BREAK = re.compile(r";|,\s+and\s+|\.\s")
# A future told in reported speech: "said he would join the forum tomorrow" does not move the narrative's day.
REPORTED = re.compile(r"\bwould\b[^;.]*$")
# The day someone was quoted is not the day the story is on: "she said in an interview on Wednesday".
INTERVIEWED = re.compile(r"\b(?:in|during)\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:interview|podcast|phone\s+call)\s+(?:with\s+[^,;.]{1,40}?\s+)?(?:on\s+)?$")


def _ahead(text: str, at: int) -> bool:
    """Whether a position is inside a clause that looks ahead, begun before it in the same clause."""
    last = None
    for last in LOOKS_AHEAD.finditer(text, 0, at):
        pass
    return last is not None and CLAUSE_BREAK.search(text, last.end(), at) is None


def track_day(ctx: DocContext, view: View, dates: list[DateSpan]) -> None:
    """The day the narrative is on: the last single day a sentence gave (not one a clause looks ahead to)."""
    ctx.day_before[view.sentence.index] = ctx.day
    text = view.sentence.text
    days = [d for d in dates if d.end is None and d.start.datatype == XSD.date
            and not UNTIL.search(text, max(0, d.start_char - 12), d.start_char)
            and not IN_EFFECT.search(text, max(0, d.start_char - 40), d.start_char) and not _ahead(text, d.start_char)
            and not ("would" in text and REPORTED.search(text, max(0, d.start_char - 80), d.start_char))
            and not ("interview" in text and INTERVIEWED.search(text, max(0, d.start_char - 80), d.start_char))
            and not _recalled(text, d.end_char) and not history_day(ctx, d)]
    if days:
        far = long_before(ctx, days[-1].start)
        ctx.aside = (view.sentence.paragraph, ctx.aside[1] if ctx.aside else ctx.day) if far else None
        ctx.day = days[-1].start


# The one called on, by name or title and name: "the Mayor of X, Mr A", "Mr A".
CALLED_ONE = re.compile(r"(?:(?:the\s+)?(?:[^,;⟦]|⟦(?:place|org):\d+⟧){0,80}?,\s+)?(?:[A-Z][a-z]{1,3}\.?\s+)?⟦person:\d+⟧")


def _recalled(text: str, end: int) -> bool:
    """A day of another year ("on August 21 last year"): recalled, not the day the narrative is on ("on January 5
    this year" may be either)."""
    return text.endswith(("last year", "next year"), 0, end)


def programme_actor(ctx: DocContext, view: View, before: str) -> list[URIRef]:
    """Who does what a programme verb tells, from the words before it: a person, or the delegation."""
    return _actor(ctx, view, before)


def _actor(ctx: DocContext, view: View, before: str) -> list[URIRef]:
    accompanied = ACCOMPANIED.search(before)
    if accompanied and accompanied.group("group"):
        return _actor(ctx, view, accompanied.group("group")) + view.people(accompanied.group("who3"))
    if accompanied:  # "accompanied by X and Y, he visited ...": all of them went
        subject, others = accompanied.group("subj") or accompanied.group("subj2"), accompanied.group("who") or accompanied.group("who2")
        return view.people(subject) + view.people(others)
    fronted = FRONTED.match(before)  # "After meeting Mr A, Mr B toured ...": B toured
    match = ACTOR.search(before, fronted.end() if fronted else 0)
    if match is None:
        return []  # an organisation, or a subject the sentence does not name
    actor = match.group("actor")
    if re.search(r"\b(?:that|which|who|whom|when|while|since|if|as)\b|⟦org:\d+⟧\s+(?:has|have|had|was|is)\b", before[match.end("actor"):]):
        return []  # the verb belongs to another clause, whose subject is not the person
    people = view.people(actor)
    if people and (second := TITLED_SECOND.match(before, match.end("actor"))) is not None:
        people += view.people(second.group("p"))  # "Mr A, Secretary of X, and the Mayor of Y, Mr B, met ..."
    if people and GROUP_AFTER.search(actor):  # "Mr A and the delegation"
        return people + [p for p in ctx.delegation if p not in people]
    if people:
        return people
    own = first_person_plural(ctx, actor)  # "we", "our delegation" in a speech: the speaker too
    if actor.lower() == "they" and not ctx.delegation:
        return last_party(ctx, view)
    if actor.lower() in ("we", "they") and not ctx.delegation:
        return own
    return own + [p for p in ctx.delegation if p not in own]


def _same_part(masked: str, a: int, b: int) -> bool:
    """Whether two positions are in one part of a sentence that ", and" or ";" joins: "He met A on Sunday,
    and will tour B on Tuesday" tours on the Tuesday."""
    lo, hi = sorted((a, b))
    return JOINED.search(masked, lo, hi) is None


# A date of an earlier verb joined by "and": "arrived on 12 May and will visit the base tomorrow".
EARLIER_VERB = re.compile(r"\s+and\s+(?:(?:then|also|later|will|would|is\s+to|are\s+to)\s+){0,2}$")


def _own_predicate(view: View, dates: list[DateSpan], at: int) -> list[DateSpan]:
    """The dates of the verb at ``at`` when an earlier verb joined to it by "and" has a date of its own: those
    after the verb."""
    after = [d for d in dates if masked_pos(view, d.start_char) >= at]
    if not after or not EARLIER_VERB.search(view.masked, max(0, at - 40), at):
        return dates
    return after


def when_said(ctx: DocContext, view: View, dates: list[DateSpan], at: int) -> tuple[Literal | None, Literal | None]:
    """When a programme item happened: the date nearest the verb in its sentence (not a background date),
    else the day the narrative is on (not for plans or the past perfect)."""
    own = [d for d in dates if d.kind not in BACKGROUND]
    if own:
        own = [d for d in own if _same_part(view.masked, masked_pos(view, d.center), at)] or own
        own = _own_predicate(view, own, at)
        d = min(own, key=lambda d: abs(masked_pos(view, d.center) - at))
        return d.start, d.end
    if ctx.day is not None and on_the_narratives_day(view.sentence.text):
        return ctx.day, None
    return None, None


def _met_already(ctx: DocContext, view: View) -> bool:
    """Whether the people-to-people meeting rule already read this sentence."""
    return any(p == RDF.type and o == HKSH.Meeting and view.sentence.index in where and "/meeting-of-" in str(s)
               for (s, p, o), where in ctx.findings.triples.items())


def _label(verb: str, obj: str, view: View, after: str = "") -> str:
    names = [m for m in re.findall(r"⟦person:(\d+)⟧", obj)]
    written = as_written(view, obj + after) if len(names) == 1 and verb.startswith(("met", "meet", "call")) else None
    text = re.sub(r"\s+", " ", unmask(obj, view.mentions)).strip()
    text = re.sub(r"^(?:various|several)\s+", "", text)
    if verb == "received":  # the host receives a group: "Reception of a delegation of ..."
        return f"Reception of {text}"
    if verb.startswith(("met", "meet")):
        if names:
            text = written or " and ".join(view.mention(i).surface for i in names)
        return f"Meeting with {text}"
    if verb.endswith(" at"):  # "called at the Exhibition Center": a visit to a place
        return f"Call at {text}"
    if verb.startswith(("called", "call")):
        return f"Call on {written}" if written else f"Calls on {text}"
    return f"Visit to {text}"


# One more object of the same verb: "visited the X, as well as the Y".
AS_WELL_AS = re.compile(r",?\s+as\s+well\s+as\s+(?=(?:the|a|an)\s+|[A-Z⟦])")


def _objects(masked: str, match: re.Match) -> list[tuple[int, int]]:
    """Where each object of a programme verb starts and ends: "met the Mayor of X, Mr Y", and the
    objects "as well as" adds."""
    spans, start = [], match.start("obj")
    while True:
        end = OBJ_END.search(masked, start + 1)
        obj_end = end.start() if end else len(masked)
        apposition = re.match(r",\s*(?:(?:the|[A-Z][\w'-]*)\s+){0,3}⟦person:\d+⟧", masked[obj_end:])
        if apposition:  # "met the Mayor of X, Mr Y"
            obj_end += apposition.end()
        spans.append((start, obj_end))
        more = AS_WELL_AS.match(masked, obj_end)
        if more is None:
            return spans
        start = more.end()


FUTURE_TO = re.compile(r"\b(?:is|are)\s+(?:due|scheduled|set|expected|going)\s+to\s+(?:(?:also|then|later)\s+)?$")


THE_PRESS = re.compile(r"(?i:the\s+(?:media|press)|reporters|journalists)")
THE_SHOW = re.compile(r"(?i:the)\s+(?:exhibitions?|expo|fair|show|festival)")


def _not_an_item(ctx: DocContext, view: View, match: re.Match, obj: str, city: re.Match | None) -> bool:
    """An object that is not a programme item of its own: a city (the whole visit, kg.extract.visits), a
    session, a person visited, a part of a visit told by "where", or an infinitive's purpose."""
    verb, before, words = match.group("verb"), view.masked[:match.start()], obj.split()
    if not words or len(words) > 16 or city and not is_site(ctx, view.mention(city.group(1)).entity) or NOT_BEFORE.search(before):
        return True
    if re.match(r"(?i:the|a|an|its)\s*$", obj) or re.search(r"⟦(?:conf|session)", obj):
        return True
    if ctx.press_event is not None and THE_PRESS.fullmatch(obj):
        return True  # a transcript's caption, "A meets the media at ...": the press event its heading told
    if verb.endswith(" at") and not called_at_site(obj):
        return True  # "called at the forum for closer ties", "called at the time": no site named
    if (verb.startswith(("visit", "tour", "paid")) or verb.endswith(" at")) and "⟦person" in obj or verb.startswith(("visit", "tour")) and THE_SHOW.fullmatch(obj):
        return True  # "officiate at the opening of the Expo and tour the exhibition": at the event, no visit of its own
    if re.search(r"\bwhere\s+(?:they|he|she|it|we|the\s+delegation|⟦person:\d+⟧)\s+$", before):
        return True  # "visited the terminal, where they met its staff": part of that visit
    if verb in ("visit", "tour") and before.endswith("to ") and LED_TO.search(before):
        return False  # "led a delegation of the Force to visit the Bureau today": the visit led, not a purpose
    if verb in ("visit", "tour", "meet", "meet with", "call on", "call at") and FUTURE_TO.search(view.masked[:match.start("verb")]):
        return False  # "is due to visit the Science Park on Friday": a plan of the programme
    return verb in ("visit", "tour", "meet", "meet with", "call on", "call at") and (
        bool(re.search(r"\bto\s+$", before)) or not re.search(r"\bwill\b", view.masked[:match.start("verb")]))


def find_itinerary(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """Each visit, meeting or call of a visit programme that a sentence states."""
    masked, found = view.masked, []
    for match in ACTION.finditer(masked):
        verb, before = match.group("verb"), masked[:match.start()]
        if " call" in verb:  # "paid a courtesy call on": a call, as "called on"
            verb = "call on" if verb.startswith("pay") else "called on"
        for start, obj_end in _objects(masked, match):
            group = group_met(masked, start, obj_end) if verb.startswith(("met", "meet")) else None
            obj_end = group or obj_end
            obj = re.sub(r"\s*\(⟦org:\d+⟧\)", "", masked[start:obj_end]).strip()
            city = None if group else re.match(r"(?:the\s+)?⟦place:(\d+)⟧(?!\s*[A-Z(⟦-])", obj)
            if _not_an_item(ctx, view, match, obj, city):
                continue
            people = _actor(ctx, view, before)
            if verb.startswith(("met", "meet", "call")) and ("⟦person" in obj and people or _met_already(ctx, view)):
                continue  # two people named on both sides: kg.extract.meetings.find_meetings
            if not people and not re.search(r"(?i)\b(?:we|delegation)\b", before):
                continue  # nobody to say who went
            found.append(_item(ctx, view, dates, match, _label(verb, obj, view, masked[obj_end:]), obj, city, obj_end, people))
    return found


def _item(ctx: DocContext, view: View, dates: list[DateSpan], match: re.Match, label: str, obj: str,
          city: re.Match | None, obj_end: int, people: list[URIRef]) -> URIRef:
    """The event of one programme item, with who went, when and where."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    iri = ctx.iri("event", f"{slug(label)}-{str(ctx.findings.doc).rsplit('/', 1)[-1]}")
    kind = HKSH.Visit if label.startswith(("Visit", "Call at")) else HKSH.Meeting
    f.add(iri, RDF.type, SDO.Event, s)
    f.add(iri, RDF.type, kind, s)
    f.add(iri, RDFS.label, Literal(label, lang="en"), s)
    if (label.startswith("Meeting with") or label.startswith(("Calls on", "Call on")) and CALLED_ONE.match(obj.lstrip())) and "⟦person" in obj:
        people = people + view.people(obj)  # the one called on is there too (not "the family of the late Mr A")
    more, venues = met_with(ctx, view, obj, obj_end) if kind == HKSH.Meeting else ([], [])
    people = people + more
    for place in venues:
        f.add(iri, SDO.location, place, s)
    for person in dict.fromkeys(people):
        f.add(iri, SDO.attendee, person, s)
    start_date, end_date = when_said(ctx, view, dates, match.start())
    if start_date is not None:
        f.add(iri, SDO.startDate, start_date, s)
    if end_date is not None:
        f.add(iri, SDO.endDate, end_date, s)
    if kind == HKSH.Visit and city:
        f.add(iri, SDO.location, ctx.entity_iri(view.mention(city.group(1)).entity), s)
    elif kind == HKSH.Visit and (place := site(ctx, view, obj)) is not None:
        f.add(iri, SDO.location, place, s)
    for place in campuses(ctx, view, obj) if kind == HKSH.Visit and not f.objects(iri, SDO.location) else ():
        f.add(iri, SDO.location, place, s)
    for place in listed_sites(ctx, view, obj) if kind == HKSH.Visit else ():
        f.add(iri, SDO.location, place, s)
    lead = FRONT_IN.match(masked)
    right = re.match(r"\s+in\s+⟦place:(\d+)⟧", masked[obj_end:])
    for place in (lead, right):
        entity = view.mention(place.group(1)).entity if place else None
        if entity is not None and entity.kind == "place":
            f.add(iri, SDO.location, ctx.entity_iri(entity), s)
    ctx.remember_event("visit" if kind == HKSH.Visit else "meeting", iri)
    return iri


def find_group_attendance(ctx: DocContext, view: View, hits: list) -> None:
    """"The delegation participated in <event>" and "<event> was attended by <people>"."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    match = GROUP_ATTENDS.search(masked)
    if match and NEGATED.search(match.group(0)):
        match = None  # "we have never joined <event>", "the delegation did not take part in"
    group = first_person_plural(ctx, match.group("group")) + ctx.delegation if match else []
    for hit in hits if group else ():
        if hit.start >= match.end() - 1:
            for person in dict.fromkeys(group):
                f.add(hit.iri, SDO.attendee, person, s)
    present = PRESENT.search(masked)
    if present:
        events = _present_at(ctx, masked, present, hits)
        if events:
            for person in view.people(masked[present.end():]):
                f.add(events[-1], SDO.attendee, person, s)


def _present_at(ctx: DocContext, masked: str, present: re.Match, hits: list) -> list[URIRef]:
    """The event people are said present at: the one "at" names, else one named before; officiating
    guests are a ceremony's, not the last event the text happened to mention."""
    right_after = [h.iri for h in hits if 0 <= h.start - present.end() <= 2]
    if right_after:
        return right_after
    before = [h.iri for h in hits if h.end <= present.end()]
    if before:
        return before
    listed = [(start, iri) for iri, start in ctx.session_starts.items() if start <= present.start()]
    if listed:  # "the second session, held in X, was attended by A; the third ...": the item it is said in
        return [max(listed, key=lambda item: item[0])[1]]
    last = ctx.last_event("ceremony") if "officiat" in present.group(0).lower() else None
    last = last or ctx.last_event()
    return [last] if last is not None else []
