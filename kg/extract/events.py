"""Events named in the text: exhibitions, ceremonies, forums, receptions, meetings, with who and where.

An event is found as a noun phrase whose head is an event word ("the 3rd Hong Kong Trade Expo", "the
"Spring Harbour" gala reception hosted by the SHETO", "an exhibition to celebrate ..."); a definite
phrase with no name ("the exhibition") refers back to the last one of its kind. Organisers come from
"organised/held/hosted by", places from "in/at <place>", dates from the same clause; attendees from
"<person> attended / participated in / witnessed ..." and "Speaking at <event>, <person>".
Visits are read in kg.extract.visits, meetings between people in kg.extract.meetings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, SKOS

from kg.extract.called_off import called_off
from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_facts import event_facts, find_attendance
from kg.extract.event_slots import slot_of
from kg.extract.event_record import EventHit, event_label, record_event, same_named
from kg.extract.event_scan import event_matches
from kg.extract.event_words import (
    BARE_ORDINAL, BODY_END, EDITION, FOR_DELEGATION, HOSTING_BEFORE, MEAL_HEADS, MECHANISM_ITS, HEAD_CLASS, HEAD_FIRST, HEAD_WORD, HOSTED_BY, JOURNEY_TO, MEANS, MECHANISM,
    NAMED, OF_ANOTHER, OF_MECHANISM, PART_OF_NAME, POLITICAL, PREPOSITION_IN_MODS, REFERRING_MODS, SESSION_OF, SUBTITLE, SUPERLATIVE,
    SEGMENT, STANDING, VERB_IN_MODS, WITH_GUESTS, WITH_HEADS, heads_row)
from kg.extract.mechanism import LEFTOVER
from kg.extract.mentions import View, masked_pos, nearest, same_clause
from kg.extract.fronted_held import fronted_held
from kg.extract.organisers import organised_back, runs_until
from kg.extract.presence import meeting_held_before
from kg.extract.proposals import proposed
from kg.extract.rescheduled import MOVED_MODS, moved_to
from kg.extract.titled_hosts import title_holder, titled_host
from kg.extract.venues import locate_at_venue, site
from kg.namespaces import HKSH, slug


# Two places' co-operation mechanism, named with a slash or a dash between them: no event.
OTHER_MECHANISM = re.compile(r"(?:⟦place:\d+⟧|[A-Z][\w'’-]*)\s*[/–-]\s*(?:⟦place:\d+⟧|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
                             r"(?i:(?:economic\s+and\s+trade\s+)?co-?operation\s+(?:joint\s+)?)$")

# "the ⟦Beijing⟧ conference" in lower case: a place's standing mechanism, named short.
PLACE_ONLY = re.compile(r"⟦place:\d+⟧")

# ... unless the text tells a meeting of it through it: "<mechanism> held its 24th Plenary Meeting in X on D".
HELD_ITS = re.compile(r"\s+(?:held|holds|will\s+hold|convened|convenes)\s+its\b")
# ... but one that is not plenary ("held its third meeting") is an event named by the meeting words themselves.
ITS_MEETING = re.compile(r"(?i)\s+(?:held|holds|will\s+hold|convened|convenes)\s+its\s+(?!(?:[\w-]+\s+)?plenary\b)"
                         r"(?:[\w-]+\s+)?(?:meeting|session)\b")

# The mechanism, then its meeting by a possessive: "The conference was set up in 2003, and its first meeting ...";
# not where another body is named before it ("The Working Group, set up under the conference, held its first meeting").
OWN_ORDINAL = re.compile(r"(?:⟦conf:\d+⟧|\b[Tt]he\s+conference\b).*(?:\bits|conference['’]s)\s+$")
OTHER_BODY = re.compile(r"(?i)\b(?:group|force|panel|committee|council|commission|board|association|chamber|alliance|forum"
                        r"|mechanism)\b")

# "tourism, convention and exhibition, and health care": an industry among fields, not an event.
INDUSTRY = re.compile(r"(?i)(?:conventions?|conferences?|meetings?)\s+and\s+")

# "Since the Conference was established in 2003, ...": what was founded is a standing body or series, not the
# event last named, and the founding year is no date of that event.
FOUNDED = re.compile(r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|formally|officially|jointly)\s+)?"
                     r"(?:established|founded|set\s+up|created|inaugurated|instituted)\b")


# "The Forum will next be held in Shanghai in 2026": the next edition, not the one told, nor its place and year.
NEXT_EDITION = re.compile(r"\s+(?:will|would|is\s+to|is\s+expected\s+to)\s+(?:next\s+be\s+held|be\s+held\s+next|return\s+(?:next|again))\b")


@dataclass
class Phrase:
    """What an event phrase says: its head word, modifiers and the rest of its name, and the clauses after
    it that belong to it ("hosted by ...", "to <place>", a subtitle)."""

    head: str
    mods: str
    tail: str
    words: str
    named: bool
    described: bool
    definite: bool
    hosted: re.Match | None
    journey: re.Match | None
    subtitle: re.Match | None
    titled: re.Match | None = None


def find_events(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[EventHit]:
    """Record each event a sentence names, with organisers, place and dates."""
    masked = view.masked
    if not dates and proposed(masked):
        return []  # "2. Hold an annual review meeting": a recommendation, not an event held
    dated = [(masked_pos(view, d.center), d) for d in dates]
    hits = _head_first(ctx, view, dated)
    taken = [(h.start, h.end) for h in hits]
    matches = [m for m in event_matches(masked) if not any(a < m.end() and m.start() < b for a, b in taken)] \
        if HEAD_WORD.search(masked) else []
    skip: set[int] = set()
    for n, match in enumerate(matches):
        if n in skip:
            continue
        phrase = _phrase(masked, match, matches[n + 1] if n + 1 < len(matches) else None)
        if phrase is None:
            continue
        if phrase.subtitle is not None:
            skip.add(n + 1)
        iri = _which_event(ctx, view, match, phrase, hits, dated)
        if iri is None:
            continue
        tail_group = match.group("tail") or ""
        end = match.end() + len(phrase.tail) - len(tail_group) if phrase.subtitle is None else phrase.subtitle.end()
        hits.append(EventHit(iri, match.start(), end))
        event_facts(ctx, view, iri, match, dated)
        moved_to(ctx, view, iri, end, dated)
        _said_after(ctx, view, iri, phrase, end)
    if not hits:
        organised_back(ctx, view)
        runs_until(ctx, view, dates)
    fronted_held(ctx, view, dates)
    return hits


def _head_first(ctx: DocContext, view: View, dated: list) -> list[EventHit]:
    """Events whose name starts with the event word: "Festival Hong Kong 2019 - ...", "Expo 2010 Shanghai China"."""
    hits = []
    for match in HEAD_FIRST.finditer(view.masked):
        if re.search(r"(?:[A-Z][\w'-]*|⟧)\s+$", view.masked[:match.start()]):
            continue  # "World Expo 2010": the event pattern reads it from its first word
        head = match.group("head").lower()
        label = event_label(view, match.group(0))
        iri = same_named(ctx, view, match.group(0)) or _fuller(ctx, label) or record_event(ctx, view, label, head, True, None)
        ctx.remember_event(head, iri)
        hits.append(EventHit(iri, match.start(), match.end()))
        event_facts(ctx, view, iri, match, dated)
    return hits


def _fuller(ctx: DocContext, label: str) -> URIRef | None:
    """The event named before in full that a head-first name is the start of: "Expo 2010" after "Expo 2010 Shanghai China"."""
    key = slug(label) + "-"
    return next((e for _, e in reversed(ctx.events) if str(e).rsplit("/", 1)[-1].startswith(key)), None)


def _phrase(masked: str, match: re.Match, following: re.Match | None) -> Phrase | None:
    """The event phrase a match reads, or None where the words are not an event's name."""
    head = " ".join(match.group("head").lower().split())
    mods, tail = match.group("mods") or "", match.group("tail") or ""
    journey = JOURNEY_TO.match(masked, match.end()) if HEAD_CLASS.get(head) == HKSH.Visit and not tail else None
    if journey:
        tail = journey.group(0)
    if match.group("proper") and not match.group("head")[:1].isupper() and not (
            head in ("meeting", "session") and BODY_END.search(match.group("proper"))):
        tail = ""  # "of <Name>" is part of a name only after a capitalised event word ("Working Meeting of ...")
    subtitle = _subtitle(masked, match, following)
    if subtitle is not None:
        tail = tail + masked[match.end():subtitle.end()]
    if _not_a_name(masked, match, head, mods, tail):
        return None
    edition = EDITION.match(masked, match.end())
    if edition and subtitle is None and not tail and match.group("head")[:1].isupper() and re.search(r"[A-Z⟦]", mods):
        tail = edition.group(0)
    words = re.sub(r"\s+(?:titled|entitled)\s+(?=[\"“])", " ", (mods + match.group("head") + tail).strip())
    for clause in (match.group("held"), match.group("site")):
        if clause:  # "A dinner was also held to celebrate X" is named "Dinner to celebrate X"
            words = words.replace(clause, "", 1)
    named = bool(NAMED.search(mods + tail)) or bool(re.search(r'"', mods))
    described = bool(mods.strip() or tail.strip())
    definite = (match.group("det") or "").strip().lower() == "the"
    hosted = None if described or definite else HOSTED_BY.match(masked, match.end())
    if hosted:  # "a dinner hosted by the Shanghai Municipal People's Government"
        tail = tail + hosted.group(0)
        words = f"{words} {hosted.group(0).strip()}"
        described = True
    titled = None if hosted or definite or tail.strip() or re.search(r"[A-Z⟦\"\d]", mods) else titled_host(masked, match.end(), head)
    if titled:  # "a (welcome) dinner (at <venue>) hosted by the Director of X"
        tail = tail + titled.group(0)
        words = f"{words} {titled.group('by').strip()}"
        described = True
    guests = None if described or definite or head not in WITH_HEADS else WITH_GUESTS.match(masked, match.end())
    if guests is None and not (described or definite) and head in MEAL_HEADS and not HOSTING_BEFORE.search(masked, 0, match.start("head")):
        guests = FOR_DELEGATION.match(masked, match.end())
    if guests:  # "a luncheon with Hong Kong shipping companies operating in Shanghai"
        tail = tail + guests.group(0)
        words = f"{words} {guests.group(0).strip()}"
        described = True
    return Phrase(head, mods, tail, words, named, described, definite, hosted, journey, subtitle, titled)


# "Thursday's meeting", "yesterday's forum": an event told before, named by its day.
DAY_OWNED = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day['’]s", re.I)
YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
ANY_OF = re.compile(r"\b(?:each|any|every)\s+$")
SPAN_OR_DAY = re.compile(rf"(?i)(?:one|two|three|four|five|six|\d{{1,2}})[\s-](?:hour|day|minute)(?:-long)?|{DAY_OWNED.pattern}")


def _not_a_name(masked: str, match: re.Match, head: str, mods: str, tail: str) -> bool:
    """A description, a part of another name, a plenary session, a leftover of the mechanism's name, a
    person's party, or the means of a meeting ("by video conference")."""
    if _described_only(masked, match, mods) or PART_OF_NAME.search(masked[:match.start("mods")]):
        return True
    if OF_MECHANISM.match(masked, match.end("head")) or MECHANISM.search(mods + match.group("head")) or "⟦person" in mods:
        return True
    if head in ("session", "meeting") and re.search(r"(?i)plenary|^full\s+$", mods) or match.group("plural"):
        return True  # "a full session": the plenary session, which kg.extract.sessions reads
    if head == "meeting" and not tail.strip() and BARE_ORDINAL.fullmatch(mods.strip()) \
            and OWN_ORDINAL.search(masked[:match.start()]) and not OTHER_BODY.search(masked[:match.start()]):
        return True  # "The conference was set up in 2003, and its first meeting was held ...": one of its sessions
    if head == "session" and not tail.strip() and SPAN_OR_DAY.fullmatch(mods.strip()):
        return True  # "the three-hour session", "Monday's session": the session told, by its length or day
    if BARE_ORDINAL.fullmatch(mods.strip()) and (head == "session" or head == "meeting" and not tail.strip() and heads_row(masked, match)):
        return True  # "The fourth session": one of a series, which kg.extract.sessions reads
    if head in ("session", "meeting") and BARE_ORDINAL.fullmatch(mods.strip()) and MECHANISM_ITS.search(masked[:match.start("mods")]):
        return True  # "The conference ..., and its first meeting was held in ...": a plenary session
    if match.group("head") == "session" and not tail.strip() and SEGMENT.search(mods):
        return True  # "a question-and-answer session": a part of the event it closes
    if head == "exhibition" and not tail.strip() and not match.group("det") and INDUSTRY.fullmatch(mods):
        return True
    if VERB_IN_MODS.search(mods) or REFERRING_MODS.search(mods) or MEANS.search(mods) or PREPOSITION_IN_MODS.search(mods):
        return True  # "was held by video conference", "prepare for next cooperation conference": a clause
    if head == "conference" and not tail.strip() and OTHER_MECHANISM.search(masked[:match.start("mods")] + mods) \
            and (not HELD_ITS.match(masked, match.end()) or ITS_MEETING.match(masked, match.end())):
        return True  # "the Hong Kong/Guangdong Co-operation Joint Conference": a standing mechanism of two places
    if match.group("head") == "conference" and not tail.strip() and PLACE_ONLY.fullmatch(mods.strip()) \
            and (match.group("det") or "").strip().lower() == "the":
        return True  # "The Guangdong conference meets every year": a short name of a standing mechanism
    if head == "conference" and not mods.strip() and SESSION_OF.search(masked[:match.start("head")]):
        return True  # "the first plenary session of the conference": the mechanism, not an event
    if head == "party" and re.search(r"(?i)\b(?:his|her|their|the\s+visiting)\s+$", masked[:match.start("head")]):
        return True  # "Mr Yao and his party": the people with him
    if head == "party" and POLITICAL.search(mods):
        return True  # "the Communist Party of China": a political party
    if head == "party" and masked.startswith(": ", match.end("head")):
        return True  # "Hong Kong party: the Tourism Commission": a table's column of the parties to an agreement
    if STANDING.match(mods) and (match.group("det") or "").strip().lower() in ("a", "an"):
        return True  # "gave our two cities a standing forum for working together": a body, not an event held
    if LEFTOVER.match(mods.strip() or "-"):
        return True
    return bool(re.fullmatch(r"(?i)(?:(?:by|via|through|over)\s+)?(?:video|tele|web)[\s-]*", mods) and not tail.strip())


def _previous(ctx: DocContext, phrase: Phrase) -> URIRef | None:
    """The event named before that a phrase may refer back to: of its kind, or of its class ("the festival"
    after "Hong Kong Week"); "the opening ceremony" is not the signing ceremony named before."""
    head = phrase.head
    previous = ctx.last_event(head if head != "event" else None)
    if previous is None and head in ("meeting", "conference", "session"):
        previous = ctx.last_event("session")
    if previous is None and HEAD_CLASS.get(head, SDO.Event) not in (SDO.Event, HKSH.Meeting, HKSH.Visit):
        previous = next((e for h, e in reversed(ctx.events) if HEAD_CLASS.get(h) == HEAD_CLASS[head]), None)
    descriptors = re.findall(r"\b[a-z]+\b", MOVED_MODS.sub("", SPAN_OR_DAY.sub("", phrase.mods))) if not phrase.named else []
    if previous is not None and descriptors:
        previous = next((e for h, e in reversed(ctx.events) if h == head
                         and all(w in str(e).rsplit("/", 1)[-1].split("-") for w in descriptors)), None)
    return previous


def _which_event(ctx: DocContext, view: View, match: re.Match, phrase: Phrase, hits: list[EventHit],
                 dated: list) -> URIRef | None:
    """The event a phrase names: a short name of one just named, one named the same before, the one a
    definite phrase refers back to, or a new one; None for a phrase that names none."""
    masked, head = view.masked, phrase.head
    previous = _previous(ctx, phrase)
    if head == "meeting" and meeting_held_before(ctx, view, previous):
        previous = None
    same_name = same_named(ctx, view, phrase.words) if phrase.named else None
    named = phrase.named = phrase.named and not (view.sentence.paragraph < 0 and previous is not None)
    short = next((h for h in hits if re.fullmatch(r"\s*\(\s*(?:the\s+)?", masked[h.end:match.start()], re.I)), None)
    if short is not None and masked[match.end():match.end() + 1] == ")":
        alias = event_label(view, phrase.words)  # "Expo 2010 Shanghai China (Shanghai Expo)": the short name
        ctx.event_names[slug(alias)] = short.iri
        ctx.findings.add(short.iri, SKOS.altLabel, Literal(alias, lang="en"), view.sentence)
        return short.iri
    if same_name is not None:
        return same_name
    of_another = re.search(rf"\b{re.escape(head)}\s+(?:of|for|at)\s", masked[match.start():match.end() + 6])  # "of the ⟦place⟧ ..."
    if not of_another and (larger := slot_of(ctx, head, phrase.mods, phrase.tail)) is not None:
        return larger
    if not named and not phrase.tail.strip() and DAY_OWNED.fullmatch(phrase.mods.strip()) and ctx.last_event(head) is not None:
        return ctx.last_event(head)  # "Officials at Thursday's meeting": the meeting told before
    if not named and (phrase.definite or view.sentence.paragraph < 0) and previous is not None and not phrase.tail.strip():
        if _other_name(phrase, previous):
            return None  # "the InnoEX exhibition" is not the Robotics Expo told before, nor said to be held
        return None if OF_ANOTHER.match(masked, match.end()) or FOUNDED.match(masked, match.end()) \
            or NEXT_EDITION.match(masked, match.end()) else previous
    if head in ("session", "meeting") and not phrase.tail.strip() and ctx.last_event("session") is not None \
            and (YEAR_ONLY.fullmatch(phrase.mods.strip()) or ANY_OF.search(phrase.mods)):
        return None  # "the 2012 meeting", "at each session" of a text that tells the sessions: no event of its own
    if not (named or phrase.described) or head in ("session", "meeting") and not named and not phrase.mods.strip():
        if phrase.definite and previous is None and view.sentence.paragraph >= 0:
            ctx.pending_refs.append((head, view, match, dated))  # "the reception" a headline may name
        return None
    if called_off(masked, match.end()):
        return None  # "The X Carnival, which was to be held on June 13, has been postponed"
    return _new_event(ctx, view, match, phrase, named, dated)


def _other_name(phrase: Phrase, previous: URIRef) -> bool:
    """Whether a name's own capitalised words ("InnoEX"; not initials, "HK") are none of the event's named before."""
    words = {w.lower() for w in re.findall(r"\b[A-Z][\w'-]*", phrase.words) if w.lower() != phrase.head and not re.fullmatch(r"[A-Z]{2,4}", w)}
    return bool(words) and not words & set(str(previous).rsplit("/", 1)[-1].split("-"))


def _new_event(ctx: DocContext, view: View, match: re.Match, phrase: Phrase, named: bool, dated: list) -> URIRef:
    """A new event, with the place its name gives and the larger event a bare ceremony is part of."""
    span = nearest(dated, match.end(), key=lambda d: d[0])
    when = span[1] if span and same_clause(view.masked, match.end(), span[0]) else None
    head = phrase.head
    iri = record_event(ctx, view, event_label(view, phrase.words), head, named, when)
    ctx.remember_event(head, iri)
    places = set(re.findall(r"⟦place:(\d+)⟧", phrase.words))
    if named and head in ("expo", "fair", "festival") and len(places) == 1:
        entity = view.mention(places.pop()).entity  # "the 2010 Shanghai Expo" was in Shanghai
        if entity is not None and entity.kind == "place":
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
    larger = next((e for h, e in reversed(ctx.events) if h not in ("ceremony", "meeting", "visit", "session") and e != iri), None)
    if head == "ceremony" and not phrase.tail.strip() and not named and larger is not None:
        ctx.findings.add(iri, SDO.superEvent, larger, view.sentence)
    return iri


def _said_after(ctx: DocContext, view: View, iri: URIRef, phrase: Phrase, end: int) -> None:
    """What the words after an event's name say of it: a host who is there, where a journey goes; and a
    headline's name for the event the body only called "the reception"."""
    masked = view.masked
    hosted = phrase.hosted or HOSTED_BY.match(masked, end) or HOSTED_BY.match(re.sub(r",", " ", masked[end:end + 2]) + masked[end + 2:])
    if hosted and hosted.group("host") and view.mention(hosted.group("host")).ref is not None:
        ctx.findings.add(iri, SDO.attendee, view.mention(hosted.group("host")).ref, view.sentence)
    if phrase.titled and (holder := title_holder(ctx, view, phrase.titled.group("title"))) is not None:
        ctx.findings.add(iri, SDO.attendee, holder, view.sentence)
    if phrase.titled and not phrase.titled.group("venue"):
        locate_at_venue(ctx, view, iri, phrase.titled.end())  # "... hosted by the Chairman of X at the Y Hotel"
    elif phrase.titled and (place := site(ctx, view, re.sub(r"^\s+at\s+", "", phrase.titled.group("venue")))) is not None:
        ctx.findings.add(iri, SDO.location, place, view.sentence)  # "a reception at the Peninsula Shanghai hosted by ..."
    if phrase.journey and view.mention(phrase.journey.group("i")).entity is not None:
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(view.mention(phrase.journey.group("i")).entity), view.sentence)
    if view.sentence.paragraph < 0 and phrase.named:
        _resolve_pending(ctx, phrase.head, iri)


def _resolve_pending(ctx: DocContext, head: str, iri: URIRef) -> None:
    """The headline names the event the body only called "the reception": what the body said of "the
    reception" (who spoke at it, who attended it) is said of the event the headline names."""
    for pending in [p for p in ctx.pending_refs if p[0] == head]:
        _, view, match, dated = pending
        event_facts(ctx, view, iri, match, dated)
        find_attendance(ctx, view, [EventHit(iri, match.start(), match.end())], [])
        ctx.pending_refs.remove(pending)


def _subtitle(masked: str, match: re.Match, following: re.Match | None) -> re.Match | None:
    """The next event phrase when it is the subtitle of this one ("<Name> Forum: <Title> Dialogue")."""
    if following is None or not NAMED.search(match.group("mods") or ""):
        return None
    between = masked[match.end():following.start()]
    if SUBTITLE.match(between) and not following.group("det") and re.match(r"[A-Z\"⟦]", following.group("mods") or ""):
        return following
    return None


def _described_only(masked: str, match: re.Match, mods: str) -> bool:
    """A superlative phrase, or the complement of "is/was": a description of an event, not its name."""
    return not re.search(r'"|⟦|\d', mods) and bool(SUPERLATIVE.search(masked[:match.start("mods")]) or (
        SUPERLATIVE.search(mods + " ") and not re.search(r"\b[A-Z]", mods)))
