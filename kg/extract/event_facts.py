"""What a sentence says of an event it names: organisers, place and dates of its clause, a speaker at it
("Speaking at <event>, <person>"), and its attendees ("<person> attended <event>", "Also in attendance
were <people>")."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.extract.context import DocContext, is_session
from kg.extract.event_record import EventHit, own_run, record_dates, run_end
from kg.extract.event_words import (
    AROUND_SESSION, ATTEND, CLAUSE_ENDS, DAY_KINDS, GREETED, HELD_BEFORE, HOST_SUBJECT, IN_ATTENDANCE, NAMED,
    NOT_ITS_DAY, ORGANISED, OTHERS_TO, OWNED_IN, RIGHT_AFTER, SPEAKING_AT, SPEECH_BY, THAT, TOGETHER, WHERE,
    WHERE_CLAUSE, held_verb)
from kg.extract.mentions import View, masked_pos, nearest
from kg.extract.organisers import organisers
from kg.extract.people_lists import list_start
from kg.extract.patterns import without_asides
from kg.extract.presence import in_passing, session_told
from kg.extract.venues import locate_at_venue
from kg.namespaces import HKSH


def event_facts(ctx: DocContext, view: View, iri: URIRef, match: re.Match, dated: list) -> None:
    masked, f, s = view.masked, ctx.findings, view.sentence
    organisers(ctx, view, iri, match)
    host = HOST_SUBJECT.search(masked[:match.start()])
    for body in (view.mention(host.group(g)).entity for g in ("o2", "o") if host.group(g)) if host else ():
        if body is not None:  # "<org> and <org> will jointly host <event>": both
            f.add(iri, SDO.organizer, ctx.entity_iri(body), s)
    partner = CO_HOST.match(masked, match.end()) if host else None
    if partner and (body := view.mention(partner.group("o")).entity) is not None:
        f.add(iri, SDO.organizer, ctx.entity_iri(body), s)  # "X jointly hosted <event> with Y": Y too
    clause_end = len(masked)
    following = CLAUSE_ENDS.search(masked[match.end():])
    if following:
        clause_end = match.end() + following.start()
    right_there = re.match(r"\s+in\s+⟦place:(?P<i>\d+)⟧", masked[match.end():])
    owned = OWNED_IN.match(masked, match.end("plural") if match.groupdict().get("plural") else match.end("head"))  # "the opening ceremony of <org> under <org> in <place>"
    if match.group("site"):  # "a reception in <place> celebrating ..."
        right_there = re.match(r"\s*in\s+⟦place:(?P<i>\d+)⟧", match.group("site"))
    if owned and not right_there:
        right_there = owned
    if right_there and (NAMED.search((match.group("mods") or "") + (match.groupdict().get("tail") or "")) or match.group("site") or owned) and view.mention(right_there.group("i")).entity is not None:
        f.add(iri, SDO.location, ctx.entity_iri(view.mention(right_there.group("i")).entity), s)
    locate_at_venue(ctx, view, iri, match.end(), city_first=is_session(iri))
    around = AROUND_SESSION.match(masked, match.end())
    session = session_told(ctx) if around else None
    day = next((d for d in ctx.findings.objects(session, SDO.startDate) if d.datatype == XSD.date), None) if session else None
    if day is not None and not ctx.findings.has(iri, SDO.startDate):
        f.add(iri, SDO.startDate, day, s)  # "A signing ceremony ... was held after the meeting": the session's day
    verb, resumed = held_verb(masked[match.end():clause_end], masked[:match.start()])
    if verb or host or HELD_BEFORE.search(masked[:match.start()]):  # "<event> will be held in <place> ...", "<org> held <event> in <place>"
        place = WHERE.match(masked[match.end() + (verb.end() if verb else 0):clause_end])
        if place and view.mention(place.group("i")).entity is not None:
            f.add(iri, SDO.location, ctx.entity_iri(view.mention(place.group("i")).entity), s)
        near = [d for d in dated if match.end() + resumed <= d[0] < clause_end and d[1].kind not in ("since", "years_ago")
                and (not run_end(view, d[1]) or own_run(masked, match.end(), masked_pos(view, d[1].start_char)))]
        span = nearest([d for d in near if not run_end(view, d[1])] or near, match.end(), key=lambda d: d[0])
        if span is None and host and host.group("when"):  # "<org> today (May 20) held <event>": the day told before the verb
            span = next(((p, d) for p, d in dated if host.start("when") <= p < host.end("when") and d.kind in DAY_KINDS), None)
        if span and (verb or host or span[1].kind in DAY_KINDS and not NOT_ITS_DAY.search(masked, match.end(), span[0])):
            record_dates(ctx, view, iri, span[1])
            for _, last in (d for d in near if d is not span and run_end(view, d[1])):
                f.add(iri, SDO.endDate, last.start, s)  # "<event> opened today and runs until Sunday"
    if not ctx.findings.has(iri, SDO.startDate):
        for position, span in dated:  # "the World Expo in 2010", "the opening ceremony ... on 3 December"
            begins = masked_pos(view, span.start_char)
            if begins >= match.end() and RIGHT_AFTER.fullmatch(masked[match.end():begins]) and span.kind not in ("since", "years_ago"):
                record_dates(ctx, view, iri, span)
                break
    speech = SPEECH_BY.search(masked[:match.start()])
    if speech and view.mention(speech.group("p")).ref is not None:
        f.add(iri, SDO.attendee, view.mention(speech.group("p")).ref, s)
        greeting = GREETED.match(masked, match.end())
        for person in view.people(greeting.group("who")) if greeting else ():
            f.add(iri, SDO.attendee, person, s)  # "... at <event>: Vice Mayor Liu (...), ..., ladies and gentlemen,"
    speaking = SPEAKING_AT.search(masked[:match.start()])
    if speaking and not ORGANISED.match(masked[match.end():]):
        after = re.search(r"⟦person:(\d+)⟧", without_asides(masked[match.end():]))  # not "At X, which B mentioned, A ..."
        if after and view.mention(after.group(1)).ref is not None:
            f.add(iri, SDO.attendee, view.mention(after.group(1)).ref, s)


def _still_present(ctx: DocContext, view: View) -> URIRef | None:
    """The event the sentence right before said who was present at: "Also present from Shanghai were ..." after
    "Also present at the meeting were ..." is of the same meeting, not of an event told in between."""
    if ctx.present_at is not None and view.sentence.index - ctx.present_at[0] == 1:
        return ctx.present_at[1]
    return None


# The body a host holds the event with: "X jointly hosted <event> with the Y Authority today".
CO_HOST = re.compile(r"\s+(?:together\s+)?with\s+(?:the\s+)?⟦org:(?P<o>\d+)⟧(?:\s*\([^)]*\))?(?=\s*[,.;]|\s+(?:today|yesterday|on|in|at|from)\b)")


# A negation right before the attendance verb: "did not attend", "was unable to attend", "has never joined".
NOT_DONE = re.compile(r"\b(?:not|never|unable|no\s+longer|n['’]t)\b(?:\s+[\w-]+){1,4}$")


TOLD_WORD = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,3}?(ceremony|reception|meeting|banquet|dinner|luncheon|forum)\s")


def find_attendance(ctx: DocContext, view: View, hits: list[EventHit], sessions: list[tuple[URIRef, int]]) -> None:
    """Attendees: "<person> attended <event>, <event> and <event>", "... together with <person>",
    "Also in attendance were <people>" (of the event last named)."""
    if told := IN_ATTENDANCE.search(view.masked):
        word = TOLD_WORD.search(told.group(0))
        event = (ctx.last_event(word.group(1)) if word else None) or _still_present(ctx, view) or ctx.last_event()  # "Also present at the meeting"
        ctx.present_at = (view.sentence.index, event) if event is not None else None
        if event is not None and not (" meeting " in view.masked and in_passing(ctx, event)):
            for i in re.findall(r"⟦person:(\d+)⟧", view.masked):
                if view.mention(i).ref is not None:
                    ctx.findings.add(event, SDO.attendee, view.mention(i).ref, view.sentence)
    for match in ATTEND.finditer(view.masked):
        if OTHERS_TO.search(match.group(0)):
            continue  # "X said ... to invite enterprises to take part in <event>": the others go, not X
        if NOT_DONE.search(match.group(0)):
            continue  # "X did not attend <event>", "was unable to attend", "has never joined"
        people = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", view.masked[list_start(view.masked, match.start()):match.end()])]
        people = [p for p in people if p is not None]
        after = sorted((h for h in hits if h.start >= match.end()), key=lambda h: h.start)
        parents = {b.iri for a, b in zip(after, after[1:]) if _part_of(ctx, view, a, b)}
        events = [h.iri for h in after if h.iri not in parents] + [iri for iri, pos in sessions if pos >= match.end() and not THAT.search(view.masked, match.end(), pos)]
        if match.group("near"):  # a caption's "joins", "co-chair", "meets ... at": the event named right after
            events = [h.iri for h in after[:1]]
        together = TOGETHER.match(view.masked, match.end())
        if together:
            people += [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", together.group("who"))]
        where = WHERE_CLAUSE.search(view.masked, match.start(), match.end())
        place = view.mention(where.group("i")).entity if where else None
        for event in events:
            for person in people:
                if person is not None:
                    ctx.findings.add(event, SDO.attendee, person, view.sentence)
            if place is not None and place.kind == "place" and event in {h.iri for h in hits}:
                ctx.findings.add(event, SDO.location, ctx.entity_iri(place), view.sentence)


def _part_of(ctx: DocContext, view: View, first: EventHit, second: EventHit) -> bool:
    """Whether the first event is a ceremony of the second: "the opening ceremony for <festival>" (and
    record it so); who attends the ceremony is not said to attend all of the festival."""
    if not re.fullmatch(r"\s+(?:for|of)\s+(?:the\s+)?", view.masked[first.end:second.start]):
        return False
    if (first.iri, RDF.type, HKSH.Ceremony) not in ctx.findings.triples:
        return False
    ctx.findings.add(first.iri, SDO.superEvent, second.iri, view.sentence)
    return True
