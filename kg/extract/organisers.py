"""Who organised an event, as the sentence that names it says: "organised by X and Y" after the name
(bodies the reference data lacks too, recorded unreviewed), or "Organised by X, the ..." before it."""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext, is_session
from kg.extract.event_words import FRONT_ORGANISED, ORGANISED, ORGANISED_BY_NAME
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.patterns import ORG_HEADS
from kg.extract.titled_hosts import a_title, title_after

# The place right after the organisers, closing the clause or before its day: "organised by X in Hangzhou today".
THEN_IN = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧(?![\w'’-]|\s+(?:and|&)\s)(?=\s*[,.;(]|\s*$|\s+(?:on|from|yesterday|today|tomorrow|this|last|next|in)\b)")
# A body of the organiser named: "'s Shanghai Alumni Network".
OWNED = re.compile(rf"['’]s(?:\s+(?:[A-Z][\w&-]*|⟦place:\d+⟧)){{0,4}}?\s+{ORG_HEADS}\b")
SHORT_AFTER = re.compile(r"\s*\([A-Z][\w&-]{1,10}\)")
EDITION_YEAR = re.compile(r"^\s+(?:19|20)\d\d\b(?=,?\s+(?:(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|held|presented))")


def organisers(ctx: DocContext, view: View, iri: URIRef, match: re.Match) -> None:
    """Who organised an event: "organised by X and Y" after it (bodies the reference data lacks too),
    "Organised by X, the ..." before it, or "<org> held/hosted <event>"."""
    masked, f, s = view.masked, ctx.findings, view.sentence
    after = EDITION_YEAR.sub("", masked[match.end():], count=1)  # "the Spring Reception 2017 hosted by X"
    organised = ORGANISED.match(after)
    if organised and title_after(after, organised.end()):
        return  # "hosted by the HKTDC Chairman": a person, by title
    if organised:
        orgs = re.findall(r"⟦org:(\d+)⟧", organised.group("orgs"))
        if orgs and after[organised.end():organised.end() + 2] in ("'s", "’s"):
            owner = orgs.pop()  # "organised by the University's Shanghai Alumni Network": the university's body, not it
            if owned := OWNED.match(after, organised.end()):
                f.add(iri, SDO.organizer, ctx.org(unmask(f"⟦org:{owner}⟧{owned.group(0)}", view.mentions), s), s)
        for i in orgs:
            org = view.mention(i)
            if org.entity is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(org.entity), s)
        where = THEN_IN.match(after, organised.end())  # "a seminar organised by X in Hangzhou"
        place = view.mention(where.group("i")).entity if where else None
        if place is not None and place.kind == "place":
            f.add(iri, SDO.location, ctx.entity_iri(place), s)
    elif (body := ORGANISED_BY_NAME.match(after)) is not None:  # a body the reference data lacks
        for name in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+", SHORT_AFTER.sub("", body.group("names"))):
            org = re.fullmatch(r"⟦org:(\d+)⟧", name)
            if org and view.mention(org.group(1)).entity is not None:
                f.add(iri, SDO.organizer, ctx.entity_iri(view.mention(org.group(1)).entity), s)
            elif not org and not a_title(unmask(name, view.mentions)) and re.search(r"\b(?:" + ORG_HEADS + r")(?:\s+of\s+[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*)?$",
                                       unmask(name, view.mentions)):
                f.add(iri, SDO.organizer, ctx.org(unmask(name, view.mentions), s), s)
    if fronted := FRONT_ORGANISED.match(masked[:match.start()]):  # "Organised by X and Y, the promotion week runs ..."
        add_organisers(ctx, view, iri, re.sub(r"\s+together\s+with\s+", ", ", fronted.group("orgs")))


# "It was co-organised by X and Y", "The exhibition is co-presented by X and Y": the event the sentence
# before was about
THE_EVENT = (r"(?:It|The\s+(?P<noun>event|exhibition|show|festival|fair|forum|programme|concert|performance|seminar|conference"
             r"|expo|exposition|roadshow|carnival|showcase|week|competition|tournament|campaign))")
# Nouns said of the event before only if its name has them: "The week" of "the Design Week", not of a fair.
OWN_NOUNS = ("expo", "exposition", "roadshow", "carnival", "showcase", "week", "competition", "tournament", "campaign")
# ... after a clause of its own: "Running until May 9, the week-long promotion is jointly hosted by X and Y". (The
# organisers before a bare noun, "Organised by X, the conference drew ...", with no event named, cost a never-read
# set precision: that noun is not always the event told before.)
LATER_NOUN = (r"(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<later>event|exhibition|show|festival|fair|forum|programme|concert"
              r"|performance|seminar|conference|symposium|expo|exposition|roadshow|carnival|showcase|week|competition"
              r"|tournament|campaign|promotion|luncheon|reception|gala))")
IT_ORGANISED = re.compile(rf"^(?:{THE_EVENT}|[A-Z][^,;⟦]{{0,60}},\s+{LATER_NOUN})\s+(?:was|is|will\s+be)\s+(?:jointly\s+|co-)?"
                          r"(?:organi[sz]ed|hosted|presented|staged)\s+(?:jointly\s+)?by\s+(?P<orgs>[^.;]*)")
# "It runs until September 6": when the event the sentence before was about ends
RUNS_UNTIL = re.compile(rf"^{THE_EVENT}\s+(?:runs|will\s+run|is\s+open|will\s+be\s+open|remains\s+open|continues)"
                        r"\s+(?:until|till|through|to)\s+")


def organised_back(ctx: DocContext, view: View) -> None:
    """Organisers said of the event the previous sentence named, as "It was organised by X and Y"."""
    match = IT_ORGANISED.match(view.masked)
    event = told_before(ctx, view, match)
    if match is None or event is None:
        return
    add_organisers(ctx, view, event, match.group("orgs"))


# "..., and co-organised by X", "..., with X as co-organiser": a co-organiser is an organiser too
CO_ORGANISER = re.compile(r",?\s+and\s+co-organi[sz]ed\s+by\s+|,?\s+with\s+(?=(?:the\s+)?(?:⟦org:\d+⟧|[A-Z][^,;]{0,80}?)\s+as\s+(?:a\s+|the\s+)?co-organi[sz]ers?\b)")


# Who only helps is no organiser: "with the support of X", "supported by X", "in collaboration with X"
SUPPORTERS = re.compile(r",?\s+(?:and\s+)?(?:(?:was\s+|is\s+)?(?:sponsored|supported)\s+by|with\s+(?:the\s+)?(?:full\s+)?(?:support|sponsorship|assistance|help)\s+of"
                        r"|in\s+(?:collaboration|partnership|association)\s+with)\b")
# The field a body's name ends with: "Shanghai Municipal Commission of Commerce"
OF_FIELD = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:and\s+)?[A-Z][\w'&-]*){0,3})?"


def add_organisers(ctx: DocContext, view: View, event: URIRef, orgs: str) -> None:
    """The bodies a list names ("X, Y and the Z"), up to its supporters and sponsors, organise the event."""
    orgs = re.sub(r"\s+as\s+(?:a\s+|the\s+)?co-organi[sz]ers?\b", "", CO_ORGANISER.sub(", ", orgs))
    orgs = SUPPORTERS.split(orgs)[0]
    for name in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+|(?=⟦org))", re.sub(r"^the\s+", "", orgs)):
        name = re.split(r",?\s+(?:and\s+)?(?:sponsored|supported|with)\b", name)[0].strip()
        known = re.fullmatch(r"(?:the\s+)?⟦org:(\d+)⟧", name)
        if known and view.mention(known.group(1)).entity is not None:
            ctx.findings.add(event, SDO.organizer, ctx.entity_iri(view.mention(known.group(1)).entity), view.sentence)
        elif not known and re.fullmatch(rf"(?:[A-Z][\w'&-]*\s+(?:(?:of|the|and|for|&)\s+)*)+(?:{ORG_HEADS}){OF_FIELD}",
                                        name := unmask(re.sub(r"^the\s+", "", name), view.mentions)):
            ctx.findings.add(event, SDO.organizer, ctx.org(name, view.sentence), view.sentence)


def told_before(ctx: DocContext, view: View, match: re.Match | None) -> URIRef | None:
    """The event the previous sentence named last, other than a plenary session it names in passing ("The
    forum was held ... on the sidelines of the seventh plenary session"); else that session. "The week" or "The
    campaign" is only an event whose name says so."""
    if match is None:
        return None
    before = view.sentence.index - 1
    noun = (match.group("noun") or match.groupdict().get("later") or "").lower()
    noun = "expo" if noun.startswith("expo") else noun
    told = [iri for head, iri in reversed(ctx.events) if before in ctx.findings.mentions.get(iri, ())
            and (noun not in OWN_NOUNS or any(noun in str(x).lower() for x in ctx.findings.objects(iri, RDFS.label)))]
    return next((iri for iri in told if not is_session(iri)), told[0] if told else None)


def runs_until(ctx: DocContext, view: View, dates: list) -> None:
    """"It runs until September 6": the end of the event the previous sentence named."""
    match = RUNS_UNTIL.match(view.masked)
    event = told_before(ctx, view, match)
    if match is None or event is None:
        return
    ends = [d for d in dates if d.end is None]
    if ends:
        ctx.findings.add(event, SDO.endDate, ends[0].start, view.sentence)
