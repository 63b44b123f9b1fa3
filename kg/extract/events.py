"""Events named in the text: exhibitions, ceremonies, forums, receptions, meetings, with who and where.

An event is found as a noun phrase whose head is an event word ("the 3rd Hong Kong Trade Expo", "the
"Spring Harbour" gala reception hosted by the SHETO", "an exhibition to celebrate ..."); a definite
phrase with no name ("the exhibition") refers back to the last one of its kind. Organisers come from
"organised/held/hosted by", places from "in/at <place>", dates from the same clause; attendees from
"<person> attended / participated in / witnessed ..." and "Speaking at <event>, <person>".
Visits and meetings between people are read in kg.extract.visits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS, XSD

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.gazetteer import unmask
from kg.extract.mechanism import LEFTOVER
from kg.extract.mentions import View, masked_pos, nearest, same_clause
from kg.extract.patterns import HONORIFIC, ORG_HEADS
from kg.extract.presence import session_told
from kg.extract.venues import venues_after
from kg.namespaces import HKSH, slug

HEAD_CLASS = {
    "exhibition": SDO.ExhibitionEvent, "expo": SDO.ExhibitionEvent, "fair": SDO.ExhibitionEvent,
    "festival": SDO.Festival, "ceremony": HKSH.Ceremony, "forum": SDO.BusinessEvent,
    "conference": SDO.BusinessEvent, "symposium": HKSH.Meeting, "dialogue": HKSH.Meeting,
    "seminar": SDO.EducationEvent, "session": HKSH.Meeting, "meeting": HKSH.Meeting,
    "party": SDO.SocialEvent, "gathering": SDO.SocialEvent, "reception": SDO.SocialEvent,
    "luncheon": SDO.SocialEvent, "dinner": SDO.SocialEvent, "banquet": SDO.SocialEvent,
    "event": SDO.Event, "summit": SDO.BusinessEvent, "concert": SDO.MusicEvent, "week": SDO.Festival,
    "carnival": SDO.Festival, "roadshow": SDO.BusinessEvent, "workshop": SDO.EducationEvent,
    "programme": SDO.EducationEvent, "program": SDO.EducationEvent,
    "showcase": SDO.ExhibitionEvent, "panorama": SDO.ScreeningEvent,
    "duty visit": HKSH.Visit, "study tour": HKSH.Visit, "study mission": HKSH.Visit,
    "business mission": HKSH.Visit, "trade mission": HKSH.Visit,
}
# A group's journey named as an event goes "to" where it is held: "the joint-panel duty visit to the major
# cities in the Yangtze River Delta Region".
JOURNEY_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:(?:in|of)\s+(?:the\s+)?)?⟦place:(?P<i>\d+)⟧(?:['’]s(?:\s+[a-z]+){1,2}\b)?")
# A place noun after the event word makes it a modifier: "an exhibition area", "the conference hall".
SITE = r"area|areas|hall|halls|centre|center|room|rooms|venue|zone|booth|booths|site|grounds|building|complex|space|services|service|industry|industries|sector|sectors"
HEAD = rf"(?P<head>(?i:exhibition|expo|fair|festival|ceremony|forum|conference|symposium|dialogue|seminar|session|meeting|party|gathering|reception|luncheon|dinner|banquet|event|summit|concert|roadshow|workshop|series(?=\s+of\s+(?:activities|events)))|Week|Carnival|Programme|Program|Showcase|Panorama|(?i:duty\s+visit|study\s+tour|(?:study|business|trade)\s+mission))(?P<plural>s)?(?!\s+(?i:Secretary|Committee|Member|School|Chief|Leader)\b)(?!\s+(?i:{SITE})\b)(?!\s+and\s+[A-Z]\w*\s+(?:Centre|Center|Hall|Park)\b)"
ORDINAL_WORD = r"(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)"
# A capitalised function word opens a sentence, not a name: "Throughout Expo, ...", "During Forum week".
FUNCTION = r"Today|Tomorrow|Yesterday|This|That|These|Those|Our|Their|His|Her|Its|Other|Throughout|During|After|Before|Since|Until|At|In|On|For|With|Without|From|By|Upon|Following|Ahead|Besides|Unlike|Like|As|Also|Meanwhile|Then|When|While|Where|If|Each|Every|Both|All|Some|Many|Such"
MOD = r"(?!(?:" + FUNCTION + r")\b)(?:\d{4}|\d{1,2}(?:st|nd|rd|th)|" + ORDINAL_WORD + r"|and(?=\s+[A-Z])|\"[^\"]{2,120}\"|⟦(?:place|org):\d+⟧|[A-Z][\w'&-]*|[a-z]+-and-[a-z]+|press(?=\s+conference)|&(?=\s+[A-Z⟦])|(?<![\w'’])[a-z]+(?:-[A-Za-z]+)?(?=(?:\s+[a-z]+(?:-[a-z]+)?){0,3}\s+(?i:ceremony|exhibition|session|party|gathering|reception|forum|event|dinner|luncheon|banquet|conference|seminar|symposium|summit|visit|tour|mission)))"
ANNIVERSARY = r"\d{1,2}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+(?:the\s+)?)?⟦conf:\d+⟧(?:\s+mechanism)?"
# What a talk-like event is on: "a symposium on healthcare financing" (lower-case words, up to a verb or
# a preposition that starts the next part of the sentence).
TOPIC_STOP = (r"(?:in|at|on|to|by|with|from|for|of|organi[sz]ed|co-organi[sz]ed|held|hosted|jointly|which|that|and|or|before"
              r"|after|during|will|was|were|is|are|today|tomorrow|yesterday|this|next|last|where|when|the|a|an)\b")
TOPIC = (r"(?:(?<=(?i:symposium)\s)|(?<=(?i:seminar)\s)|(?<=(?i:forum)\s)|(?<=(?i:workshop)\s)|(?<=(?i:dialogue)\s))"
         rf"on\s+(?:(?:(?!{TOPIC_STOP})(?:[a-z][\w'’-]*|⟦place:\d+⟧(?:-⟦place:\d+⟧)?)\s+){{0,4}}(?!{TOPIC_STOP})[a-z][\w'’-]*"
         r"|the\s+(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)(?:\s+(?:(?:of|the|for|and|&)\s+)*(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)){0,10})")
TAIL = (
    rf"\s+(?:(?:for|of|on)\s+(?:the\s+)?(?:{ANNIVERSARY}|\"[^\"]+\"|co-?operation(?:\s+between\s+(?:the\s+)?(?:two\s+)?[a-z]+)?)"
    r"|of\s+(?:the\s+)?(?:\d{4}\s+)?(?:(?:[A-Z][\w'-]*|⟦(?:place|org):\d+⟧)\s+){1,6}(?:Conference|Forum|Expo|Festival|Exhibition|Week|Summit)\b"
    r"|of\s+(?:activities|events)\b"
    r"|(?P<proper>of\s+(?:the\s+)?(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧)(?:[\s-]+(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧|and|&)){0,8}(?<![\s-]and)(?<!&))"
    r"|(?:titled|entitled)\s+[\"“][^\"”]{2,120}[\"”]"
    rf"|{TOPIC}"
    r"|to\s+(?:showcase|celebrate|commemorate|mark|promote)\s+[^,]+?(?=\s+(?:jointly|organi[sz]ed|held|was|is|will|co-organi[sz]ed)\b)"
    r"|(?P<held>\s*(?:was|were|will\s+be)\s+(?:also\s+)?held)\s+to\s+(?:celebrate|commemorate|mark)\s+[^,;.]+"
    r"|(?P<site>\s*in\s+⟦place:\d+⟧)?\s+(?:celebrating|commemorating|marking)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+anniversary\b[^,;.]+)"
)
EVENT = re.compile(rf"(?P<det>\b(?i:the|a|an)\s+)?(?P<mods>(?:(?!(?i:the|a|an)\s){MOD}[\s:–-]+)*?){HEAD}\b(?P<tail>{TAIL})?")
# A superlative describes an event named elsewhere ("the biggest event held by ...", "the largest marine
# technology exhibition in Asia"); it is not a name.
SUPERLATIVE = re.compile(r"\b(?!(?:west|interest|request|forest|guest|test|harvest|contest|honest|modest|protest|digest|suggest|manifest|rest|nest|chest|quest|pest|vest)\b)[a-z]+est\s+(?:[a-z-]+\s+){0,2}$|\bmost\s+[a-z-]+\s+(?:[a-z-]+\s+){0,2}$")
# An event named inside a venue's or body's name ("the China Pavilion of World Expo 2010") is not
# mentioned there as an event.
PART_OF_NAME = re.compile(r"\b(?:Pavilion|Office|Bureau|Secretariat|Organi[sz]er|Organi[sz]ing\s+Committee|Authority|Hall|Centre|Center|Park|Village|Site|Zone|Area|Coordination\s+Office)\s+(?:of|for)\s+(?:the\s+)?$")
# A name that goes on after its head with a year: "the World Expo 2010 Shanghai China".
EDITION = re.compile(r"\s+\d{4}\b(?:\s+(?:[A-Z][\w'-]*|⟦place:\d+⟧))*")
# Two titles joined by a colon are one event and its subtitle: "the X Forum: New Ideas Dialogue".
SUBTITLE = re.compile(r"\s*:\s+$")
NAMED = re.compile(r"[\"“]|\d{4}|\d(?:st|nd|rd|th)|(?<!^)\b[A-Z]|⟦")
# A relative clause may stand between an event and who organised it: '"X", which runs June 16-24 at Y, was organised by'.
RELATIVE = r"[\"”]?(?:,\s*which\s+(?:runs|ran|will\s+run|is\s+held|was\s+held|takes\s+place|took\s+place|opened|opens)\b[^,;.]*,)?"
ORGANISED = re.compile(r"^" + RELATIVE + r"\s*(?:,\s*)?(?:which\s+(?:was|is|will\s+be)\s+|(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|held|hosted|presented|co-organi[sz]ed|co-ordinated|coordinated)\s+by\s+(?:the\s+)?(?P<orgs>⟦org:\d+⟧(?:\s*\(⟦org:\d+⟧\))?(?:(?:,|\s+and)\s+(?:the\s+)?⟦org:\d+⟧(?:\s*\(⟦org:\d+⟧\))?)*)")
ORG_NAME = r"(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)(?:\s+(?:(?:of|the|for|and|&)\s+)*(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)){0,10}"
ORGANISED_BY_NAME = re.compile(
    r"^" + RELATIVE + r"\s*(?:,\s*)?(?:which\s+(?:was|is|will\s+be)\s+|(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|presented)\s+by\s+"
    rf"(?:the\s+)?(?P<names>{ORG_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+)the\s+{ORG_NAME})*)")
HOST_SUBJECT = re.compile(r"⟦org:(?P<o>\d+)⟧\s+(?:\([^)]*\)\s+)?(?:(?:has|have)\s+(?:held|hosted|organi[sz]ed|staged)|held|hosted|organi[sz]ed|staged"
                          r"|(?:will|is\s+to|plans\s+to)\s+(?:hold|host|organi[sz]e|stage)|holds|hosts|organi[sz]es|stages)\s+$")
# An event whose name starts with its event word and carries a year: "Festival Hong Kong 2019 - A Cultural
# Extravaganza@Shanghai", "Expo 2010 Shanghai China".
NAME_WORD = r"(?:[A-Z][\w'&-]*|⟦place:\d+⟧)"
HEAD_FIRST = re.compile(
    rf"(?<![\w⟧])(?P<head>Festival|Expo|Forum|Fair|Summit|Carnival)(?P<mods>(?:\s+{NAME_WORD}){{0,4}}\s+(?:19|20)\d\d"
    rf"(?:\s+{NAME_WORD})*(?:\s*[–—-]\s*{NAME_WORD}(?:(?:\s+|@){NAME_WORD}|\s+(?:of|and|the|for)\s+{NAME_WORD})*)?)(?P<site>(?!))?")
ATTEND = re.compile(r"⟦person:(?P<p>\d+)⟧(?:\s+and\s+⟦person:\d+⟧)*[^;.]*?\b(?:attended|attends|participated\s+in|participates\s+in|took\s+part\s+in|joined|officiated(?:\s+at)?|officiates\s+at|made\s+(?:the|a|this|his|her)\s+(?:statement|remarks)\s+at|said\s+at|witnessed|witnesses|spoke\s+at|speaks\s+at|addressed|addresses|convened|co-chaired|chaired"
    r"|(?:(?:will|to)\s+(?:also\s+)?)?(?:attend|participate\s+in|take\s+part\s+in|officiate\s+at|witness|speak\s+at|address)"
    r"|(?:will|to)\s+(?:also\s+)?(?:chair|co-chair|preside\s+over)"
    r"|(?:will\s+(?:also\s+)?)?deliver(?:s|ed)?\s+(?:a\s+|the\s+)?(?:keynote\s+)?(?:speech|address|remarks)\s+at)\b|⟦person:(?P<q>\d+)⟧['’]s\s+(?:attendance|participation)\s+(?:at|in)\b")
SPEAKING_AT = re.compile(r"(?:(?:Speaking|Delivering\s+a\s+speech|Addressing|Officiating)\s+at|^At)\s+$")
# "Following is the speech by the Financial Secretary, Mr Paul Chan, at the <event>".
SPEECH_BY = re.compile(r"\b(?:speech|remarks|address|statement|keynote\s+speech)\s+(?:delivered\s+|made\s+)?by\s+[^.;]*?⟦person:(?P<p>\d+)⟧[^.;⟦]*?\s+at\s+$")
# An infinitive whose subject is someone else: "invite Shanghai enterprises to take part in", "encourage them to attend".
OTHERS_TO = re.compile(r"\b(?:invit\w*|encourag\w*|urg\w*|help\w*|welcom\w*|ask\w*|call\w*\s+on)\s+(?:[^\s.;]+\s+){1,5}?to\s+\w+(?:\s+\w+){0,2}\s*$")
TOGETHER = re.compile(r"\b(?:together\s+with|alongside|along\s+with)\s+(?P<who>[^;.]*)")
IN_ATTENDANCE = re.compile(
    r"\bin\s+attendance\s+(?:were|was|are|is)\b|\b(?:were|was|are|is)\s+(?:also\s+)?in\s+attendance\b"
    r"|^(?:Also\s+)?(?:attending|present)(?:\s+(?:at\s+)?the\s+(?:[a-z-]+\s+){0,3}?(?:ceremony|event|reception|meeting|banquet|dinner|luncheon|forum|function|celebration|gathering))?\s+(?:were|was|are|is)\b")
# "the meeting of the Steering Committee": a body's meeting is an event of its own.
BODY_END = re.compile(r"(?:Committee|Council|Board|Commission|Panel|Assembly|Working\s+Group)$|⟦org:\d+⟧$")
# An event of an organisation, and where: "the opening ceremony of <org> under <org> in <place>".
OWNED_IN = re.compile(r"(?:\s+(?:of|for|under)\s+(?:the\s+)?(?:⟦org:\d+⟧|(?:[A-Z][\w'&-]*\s+){0,5}[A-Z][\w'&-]*))+\s+in\s+⟦place:(?P<i>\d+)⟧")
# An event held next to the plenary session the document tells: it is on the session's day.
AROUND_SESSION = re.compile(r"[^.;]*?\b(?:was|were|will\s+be)\s+held\s+(?:right\s+|shortly\s+|immediately\s+)?(?:after|following|before)\s+the\s+(?:plenary\s+)?(?:meeting|session|plenary)\b")
# An event described only by who gives it: "a dinner hosted by <organisation>".
HOSTED_BY = re.compile(rf"\s+(?:hosted|organi[sz]ed|given|held)\s+by\s+(?:the\s+)?(?:⟦org:\d+⟧|(?:{HONORIFIC}\s+)?⟦person:(?P<host>\d+)⟧)")
# "<person> visited <place>, where she attended <event>": the event is in that place.
WHERE_CLAUSE = re.compile(r"⟦place:(?P<i>\d+)⟧\s*,?\s+where\b")
# What may stand between an event's name and its date: a place or a named venue.
RIGHT_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d{4})){0,5}))?\s*,?\s*(?:(?:in|on)\s+)?")
WHERE = re.compile(r"(?:\s+[\w()-]+){0,8}?\s+(?:in|at)\s+⟦place:(?P<i>\d+)⟧")
@dataclass
class EventHit:
    iri: URIRef
    start: int
    end: int


def _label(view: View, text: str) -> str:
    text = re.sub(r"\s+", " ", unmask(text, view.mentions)).strip()
    return text[:1].upper() + text[1:]


def _event(ctx: DocContext, view: View, label: str, head: str, named: bool, when: DateSpan | None) -> URIRef:
    doc_key = str(ctx.findings.doc).rsplit("/", 1)[-1]
    if named:
        key = slug(label)
    elif when is not None:
        key = f"{slug(label)}-{when.start}"
    else:
        key = f"{slug(label)}-{doc_key}"
    iri = ctx.iri("event", key)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HEAD_CLASS.get(head, SDO.Event), s)
    if HEAD_CLASS.get(head, SDO.Event) != SDO.Event:
        f.add(iri, RDF.type, SDO.Event, s)
    f.add(iri, RDFS.label, Literal(label, lang="en"), s)
    return iri


def _same_named(ctx: DocContext, view: View, words: str) -> URIRef | None:
    """An event the document already named, met again with or without its year or article."""
    key = slug(re.sub(r"^(?:\d{4}|\d+(?:st|nd|rd|th))\s+", "", _label(view, words)))
    if key in ctx.event_names:
        return ctx.event_names[key]
    for _, iri in reversed(ctx.events):
        other = str(iri).rsplit("/", 1)[-1]
        if other == key or re.sub(r"^\d{4}-|^\d+(?:st|nd|rd|th)-", "", other) == key:
            return iri
    return None


def _date_facts(ctx: DocContext, view: View, iri: URIRef, span: DateSpan) -> None:
    ctx.findings.add(iri, SDO.startDate, span.start, view.sentence)
    if span.end is not None:
        ctx.findings.add(iri, SDO.endDate, span.end, view.sentence)


def find_events(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[EventHit]:
    """Record each event a sentence names, with organisers, place and dates."""
    hits: list[EventHit] = []
    masked = view.masked
    dated = [(masked_pos(view, d.center), d) for d in dates]
    for match in HEAD_FIRST.finditer(masked):
        if re.search(r"(?:[A-Z][\w'-]*|⟧)\s+$", masked[:match.start()]):
            continue  # "World Expo 2010": the event pattern reads it from its first word
        head = match.group("head").lower()
        label = _label(view, match.group(0))
        iri = _same_named(ctx, view, match.group(0)) or _event(ctx, view, label, head, True, None)
        ctx.remember_event(head, iri)
        hits.append(EventHit(iri, match.start(), match.end()))
        _event_facts(ctx, view, iri, match, dated)
    taken = [(h.start, h.end) for h in hits]
    matches = [m for m in EVENT.finditer(masked) if not any(a < m.end() and m.start() < b for a, b in taken)]
    skip: set[int] = set()
    for n, match in enumerate(matches):
        if n in skip:
            continue
        head = " ".join(match.group("head").lower().split())
        mods, tail = match.group("mods") or "", match.group("tail") or ""
        journey = JOURNEY_TO.match(masked, match.end()) if HEAD_CLASS.get(head) == HKSH.Visit and not tail else None
        if journey:
            tail = journey.group(0)
        if match.group("proper") and not match.group("head")[:1].isupper() and not (
                head in ("meeting", "session") and BODY_END.search(match.group("proper"))):
            tail = ""  # "of <Name>" is part of a name only after a capitalised event word ("Working Meeting of ...")
        subtitle = _subtitle(masked, match, matches[n + 1] if n + 1 < len(matches) else None)
        if subtitle is not None:
            skip.add(n + 1)
            tail = tail + masked[match.end():subtitle.end()]
        if _described_only(masked, match, mods) or PART_OF_NAME.search(masked[:match.start()]):
            continue
        edition = EDITION.match(masked, match.end())
        if edition and subtitle is None and not tail and match.group("head")[:1].isupper() and re.search(r"[A-Z⟦]", mods):
            tail = edition.group(0)
        if re.match(r"\s+of\s+(?:the\s+)?(?:⟦conf|(?:co-?operation\s+)?mechanism\b)", masked[match.end("head"):]) or "⟦person" in mods:
            continue
        if head in ("session", "meeting") and re.search(r"(?i)plenary", mods) or match.group("plural"):
            continue
        if head == "party" and re.search(r"(?i)\b(?:his|her|their|the\s+visiting)\s+$", masked[:match.start("head")]):
            continue  # "Mr Yao and his party": the people with him
        if LEFTOVER.match(mods.strip() or "-"):
            continue
        if re.fullmatch(r"(?i)(?:(?:by|via|through|over)\s+)?(?:video|tele|web)[\s-]*", mods) and not tail.strip():
            continue  # "by video conference": how a meeting was held, not an event
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
        previous = ctx.last_event(head if head != "event" else None)
        if previous is None and head in ("meeting", "conference", "session"):
            previous = ctx.last_event("session")
        if previous is None and HEAD_CLASS.get(head, SDO.Event) not in (SDO.Event, HKSH.Meeting, HKSH.Visit):
            # "the festival" after "Hong Kong Week@Shanghai, a cultural festival": an event of the same class
            previous = next((e for h, e in reversed(ctx.events) if HEAD_CLASS.get(h) == HEAD_CLASS[head]), None)
        descriptors = re.findall(r"\b[a-z]+\b", mods) if not named else []
        if previous is not None and descriptors:  # "the opening ceremony" is not the signing ceremony named before
            previous = next((e for h, e in reversed(ctx.events) if h == head
                             and all(w in str(e).rsplit("/", 1)[-1].split("-") for w in descriptors)), None)
        same_name = _same_named(ctx, view, words) if named else None
        if view.sentence.paragraph < 0 and previous is not None:
            named = False
        short = next((h for h in hits if re.fullmatch(r"\s*\(\s*(?:the\s+)?", masked[h.end:match.start()], re.I)), None)
        if short is not None and masked[match.end():match.end() + 1] == ")":
            iri = short.iri  # "Expo 2010 Shanghai China (Shanghai Expo)": the short name of the event just named
            alias = _label(view, words)
            ctx.event_names[slug(alias)] = iri
            ctx.findings.add(iri, SKOS.altLabel, Literal(alias, lang="en"), view.sentence)
        elif same_name is not None:
            iri = same_name
        elif not named and (definite or view.sentence.paragraph < 0) and previous is not None and not tail.strip():
            iri = previous
        elif not (named or described) or head in ("session", "meeting") and not named and not mods.strip():
            if definite and previous is None and view.sentence.paragraph >= 0:
                ctx.pending_refs.append((head, view, match, dated))  # "the reception" a headline may name
            continue
        else:
            span = nearest(dated, match.end(), key=lambda d: d[0])
            when = span[1] if span and same_clause(masked, match.end(), span[0]) else None
            iri = _event(ctx, view, _label(view, words), head, named, when)
            ctx.remember_event(head, iri)
            places = set(re.findall(r"⟦place:(\d+)⟧", words))
            if named and head in ("expo", "fair", "festival") and len(places) == 1:
                entity = view.mention(places.pop()).entity  # "the 2010 Shanghai Expo" was in Shanghai
                if entity is not None and entity.kind == "place":
                    ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
            larger = next((e for h, e in reversed(ctx.events) if h not in ("ceremony", "meeting", "visit", "session") and e != iri), None)
            if head == "ceremony" and not tail.strip() and not named and larger is not None:
                ctx.findings.add(iri, SDO.superEvent, larger, view.sentence)
        end = match.end() + len(tail) - len(match.group("tail") or "") if subtitle is None else subtitle.end()
        hits.append(EventHit(iri, match.start(), end))
        _event_facts(ctx, view, iri, match, dated)
        hosted = hosted or HOSTED_BY.match(masked, end) or HOSTED_BY.match(re.sub(r",", " ", masked[end:end + 2]) + masked[end + 2:])
        if hosted and hosted.group("host") and view.mention(hosted.group("host")).ref is not None:
            ctx.findings.add(iri, SDO.attendee, view.mention(hosted.group("host")).ref, view.sentence)  # a host is there
        if journey and view.mention(journey.group("i")).entity is not None:
            ctx.findings.add(iri, SDO.location, ctx.entity_iri(view.mention(journey.group("i")).entity), view.sentence)
        if view.sentence.paragraph < 0 and named:
            _resolve_pending(ctx, head, iri)
    return hits


def _resolve_pending(ctx: DocContext, head: str, iri: URIRef) -> None:
    """The headline names the event the body only called "the reception": what the body said of "the
    reception" (who spoke at it, who attended it) is said of the event the headline names."""
    for pending in [p for p in ctx.pending_refs if p[0] == head]:
        _, view, match, dated = pending
        _event_facts(ctx, view, iri, match, dated)
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
    if re.search(r'"|⟦|\d', mods):
        return False
    if SUPERLATIVE.search(masked[:match.start("mods")]) or SUPERLATIVE.search(mods + " ") and not re.search(r"\b[A-Z]", mods):
        return True
    return False


def _event_facts(ctx: DocContext, view: View, iri: URIRef, match: re.Match, dated: list) -> None:
    masked, f, s = view.masked, ctx.findings, view.sentence
    organised = ORGANISED.match(masked[match.end():])
    if organised:
        for i in re.findall(r"⟦org:(\d+)⟧", organised.group("orgs")):
            org = view.mention(i)
            if org.entity is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(org.entity), s)
    elif (body := ORGANISED_BY_NAME.match(masked[match.end():])) is not None:  # a body the reference data lacks
        for name in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+", body.group("names")):
            org = re.fullmatch(r"⟦org:(\d+)⟧", name)
            if org and view.mention(org.group(1)).entity is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(view.mention(org.group(1)).entity), s)
            elif not org and re.search(r"\b(?:" + ORG_HEADS + r")$", unmask(name, view.mentions)):
                f.add(iri, SDO.organizer, ctx.org(unmask(name, view.mentions), s), s)
    host = HOST_SUBJECT.search(masked[:match.start()])
    if host and view.mention(host.group("o")).entity is not None:
        f.add(iri, SDO.organizer, ctx.entity_iri(view.mention(host.group("o")).entity), s)
    clause_end = len(masked)
    following = re.search(r"[;]|,\s+(?:and\s+)?(?:the|a|an)\s+[^,]*?\b(?:was|were)\b|\s+and\s+(?:is|was)\b|\s+and\s+(?:participated|attended)", masked[match.end():])
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
    for place in venues_after(ctx, view, match.end()):
        f.add(iri, SDO.location, place, s)
    around = AROUND_SESSION.match(masked, match.end())
    session = session_told(ctx) if around else None
    day = next((d for d in ctx.findings.objects(session, SDO.startDate) if d.datatype == XSD.date), None) if session else None
    if day is not None and not ctx.findings.has(iri, SDO.startDate):
        f.add(iri, SDO.startDate, day, s)  # "A signing ceremony ... was held after the meeting": the session's day
    verb = re.search(r"\b(?:held|unveiled|opened|staged|hosted|took\s+place|be\s+held|launched|runs|ran|will\s+run)\b", masked[match.end():clause_end])
    if verb or host:  # "<event> will be held in <place> from ...", "<org> will hold <event> in <place> from ..."
        place = WHERE.match(masked[match.end() + (verb.end() if verb else 0):clause_end])
        if place and view.mention(place.group("i")).entity is not None:
            f.add(iri, SDO.location, ctx.entity_iri(view.mention(place.group("i")).entity), s)
        span = nearest([d for d in dated if match.end() <= d[0] < clause_end and d[1].kind not in ("since", "years_ago")],
                       match.end(), key=lambda d: d[0])
        if span:
            _date_facts(ctx, view, iri, span[1])
    if not ctx.findings.has(iri, SDO.startDate):
        for position, span in dated:  # "the World Expo in 2010", "the opening ceremony ... on 3 December"
            begins = masked_pos(view, span.start_char)
            if begins >= match.end() and RIGHT_AFTER.fullmatch(masked[match.end():begins]) and span.kind not in ("since", "years_ago"):
                _date_facts(ctx, view, iri, span)
                break
    speech = SPEECH_BY.search(masked[:match.start()])
    if speech and view.mention(speech.group("p")).ref is not None:
        f.add(iri, SDO.attendee, view.mention(speech.group("p")).ref, s)
    speaking = SPEAKING_AT.search(masked[:match.start()])
    if speaking and not ORGANISED.match(masked[match.end():]):
        after = re.search(r"⟦person:(\d+)⟧", masked[match.end():])
        if after and view.mention(after.group(1)).ref is not None:
            f.add(iri, SDO.attendee, view.mention(after.group(1)).ref, s)


def find_attendance(ctx: DocContext, view: View, hits: list[EventHit], sessions: list[tuple[URIRef, int]]) -> None:
    """Attendees: "<person> attended <event>, <event> and <event>", "... together with <person>",
    "Also in attendance were <people>" (of the event last named)."""
    if IN_ATTENDANCE.search(view.masked):
        event = ctx.last_event()
        if event is not None:
            for i in re.findall(r"⟦person:(\d+)⟧", view.masked):
                if view.mention(i).ref is not None:
                    ctx.findings.add(event, SDO.attendee, view.mention(i).ref, view.sentence)
    for match in ATTEND.finditer(view.masked):
        if OTHERS_TO.search(match.group(0)):
            continue  # "X said ... to invite enterprises to take part in <event>": the others go, not X
        people = [view.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", view.masked[match.start():match.end()])]
        people = [p for p in people if p is not None]
        after = sorted((h for h in hits if h.start >= match.end()), key=lambda h: h.start)
        parents = {b.iri for a, b in zip(after, after[1:]) if _part_of(ctx, view, a, b)}
        events = [h.iri for h in after if h.iri not in parents] + [iri for iri, pos in sessions if pos >= match.end()]
        together = TOGETHER.search(view.masked, match.end())
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
