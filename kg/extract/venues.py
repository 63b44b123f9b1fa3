"""Venues and sites the reference data does not know: "at Expo Park's Baosteel Stage (Large)", "visited
Tianzi Fang".

A venue becomes a place of its own (unreviewed, like every entity found outside the reference data) only
where the text gives it a proper name. Its label is made from the name's words alone, so that every
spelling of one name ("the Riverside Ferry Depot", "Riverside ferry depot") gives one IRI and one label;
the words as written are kept as an alternative label.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import SDO, SKOS

from kg.extract.context import DocContext
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.namespaces import slug
from kg.text.sentences import Sentence

HEADS = (r"Hall|Centre|Center|Stadium|Theatre|Theater|Park|Hotel|Stage|Museum|Pavilion|Plaza|Auditorium|Arena"
         r"|Gallery|Terminal|Hub|Square|Building|Tower|Campus|Library|Airport|Port|Wharf|Pier|Zone|District|House|Arcade")
WORD = r"(?:[A-Z][\w'&.-]*|⟦place:\d+⟧|\d+)"
# One named venue: capitalised words ending in a venue word, with a bracketed qualifier ("Stage (Large)").
ONE = rf"{WORD}(?:\s+(?:{WORD}|of|and|for)){{0,6}}?\s+(?:{HEADS})\b(?:\s*\((?:[A-Z][\w ]{{0,20}}|⟦place:\d+⟧)\))?"
# Right after an event phrase or "held": "at the X Hall", "at X Park's Y Stage".
# What may come between an event's name and its venue: its year, "..., which opened today at", "will run at",
# "tomorrow (May 10) at".
WHEN = (r"(?:today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening)"
        r"|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:\s*\([^()]{1,30}\))?")
LEAD = (r"^(?:\s+(?:19|20)\d\d\b)?\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|will\s+be|will|is|are)\s+)?"
        r"(?:(?:held|staged|opened|opens|open|run|runs|ran|takes?\s+place|took\s+place)\s+)?"
        rf"(?:{WHEN}\s+)?")
AT_VENUE = re.compile(rf"{LEAD}(?:at|in)\s+(?:the\s+)?(?P<v>{ONE})(?:['’]s\s+(?P<w>{ONE}))?")
# A site named like a body is an organisation visited, not a place ("China Harbour Corporation").
BODY = re.compile(r"\b(?:Corporation|Company|Co|Ltd|Limited|Group|Bank|Association|Institute|Institution|University|College"
                  r"|School|Council|Bureau|Office|Department|Commission|Committee|Society|Federation|Chamber|Authority"
                  r"|Board|Agency|Administration|Government|Academy|Foundation|Trust|Union)\b")
# A body's own site is a place: "the manufacturing centre of <organisation>", "the research base of <org>".
FACILITY = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:centre|center|plant|base|factory|campus|headquarters|facility"
                      r"|laboratory|terminal|shipyard|yard|works)\s+of\s+(?:the\s+)?"
                      r"(?:⟦org:\d+⟧|[A-Z][\w'&.-]*(?:\s+(?:of|and|&|[A-Z][\w'&.-]*)){0,8}(?<!\sof)(?<!\sand))(?:,?\s+(?:Ltd|Limited|Co|Inc)\b\.?)?")
SMALL = {"of", "and", "for", "the", "at", "in", "on", "de"}
ROMAN = re.compile(r"^(?:i{1,3}|iv|v|vi{1,3}|ix|x)$")


def venue_label(name: str) -> str:
    """The label of a venue: its words, capitalised the same way whatever the text did.

    >>> venue_label("the Baosteel Stage (Large)"), venue_label("Yangshan Phase IV automated terminal")
    ('Baosteel Stage Large', 'Yangshan Phase IV Automated Terminal')
    """
    words = re.findall(r"[\w'’]+", re.sub(r"^the\s+", "", name.strip(), flags=re.I))
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        out.append(low.upper() if ROMAN.match(low) else low if i and low in SMALL else low[:1].upper() + low[1:])
    return " ".join(out)


def venue(ctx: DocContext, name: str, sentence: Sentence) -> URIRef:
    """The IRI of a named venue, recorded as an unreviewed place."""
    label = venue_label(name)
    iri = ctx.iri("place", slug(label))
    ctx.findings.unreviewed(iri, [SDO.Place], label, sentence)
    written = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    if written != label:
        ctx.findings.add(iri, SKOS.altLabel, Literal(written, lang="en"), sentence)
    return iri


# After "a ceremony held", a named building is a venue even with heads that elsewhere name bodies or
# homes: "at the Central Government Offices", "at Government House".
BUILDING = rf"{WORD}(?:\s+(?:{WORD}|of|and|for)){{0,6}}?\s+(?:{HEADS}|Offices|House|Complex)\b"
AT_BUILDING = re.compile(rf"^\s*(?:held\s+)?(?:at|in)\s+(?:the\s+)?(?P<v>{BUILDING})(?P<w>)")


def venues_after(ctx: DocContext, view: View, at: int, *, building: bool = False) -> list[URIRef]:
    """The named venues a sentence gives right after a position (the end of an event's name); with
    ``building``, after words that announce one ("a ceremony held"), a named building too."""
    match = (AT_BUILDING if building else AT_VENUE).match(view.masked[at:])
    if match is None:
        return []
    out = []
    for group in ("v", "w"):
        text = match.group(group)
        if text:
            out.append(venue(ctx, unmask(text, view.mentions), view.sentence))
    return out


def site(ctx: DocContext, view: View, obj: str) -> URIRef | None:
    """The place a visited site is, when the text names it properly: "visited Tianzi Fang", "toured the
    Hongqiao Integrated Transport Hub" (not "a commercial aircraft manufacturing enterprise")."""
    if FACILITY.fullmatch(obj.strip()):
        return venue(ctx, unmask(obj.strip(), view.mentions), view.sentence)
    obj = re.sub(r"\s*\([A-Z]{2,}\)$", "", re.sub(r"^(?:the)\s+", "", obj.strip()))
    if re.search(r"⟦(?:org|person|conf|session)", obj) or not re.fullmatch(rf"{WORD}(?:\s+(?:{WORD}|of|and|for|\([A-Z][\w ]*\)))*", obj):
        return None
    if re.fullmatch(r"⟦place:\d+⟧", obj) or len(obj.split()) > 10 or BODY.search(obj):
        return None
    return venue(ctx, unmask(obj, view.mentions), view.sentence)


CITY_AFTER = re.compile(r"\s+in\s+(?:(?:western|eastern|northern|southern|central|downtown)\s+)?⟦place:(?P<i>\d+)⟧")


def locate_at_venue(ctx: DocContext, view: View, iri: URIRef, end: int, *, city_first: bool = False) -> None:
    """The venue named right after an event is its place; with ``city_first`` (a plenary session, whose
    place is told as a city), the city the venue is said to be in ("co-chaired the meeting at the Xijiao
    State Guest Hotel in western Shanghai"), which then contains the venue, and the venue too where the
    session "was held at" it; else the venue and the district or city it is said to be in. Else a venue
    told after the event's own clauses."""
    places = venues_after(ctx, view, end) or ([] if city_first else venues_after(ctx, view, end, building=True))
    if not places and not city_first and (known := _known_site_after(ctx, view, end)) is not None:
        places = [known]  # "the forum at the Hong Kong Science Park": a site the reference data knows
    elif not places and not city_first:
        _venue_later(ctx, view, iri, end)
    at = AT_VENUE.match(view.masked[end:]) if places else None
    city = CITY_AFTER.match(view.masked, end + at.end()) if at else None
    entity = view.mention(city.group("i")).entity if city else None
    for place in places if entity is None or not city_first or "held" in at.group(0) else ():
        ctx.findings.add(iri, SDO.location, place, view.sentence)  # "at the X Hall in Jing'an": the hall, and its district
    if entity is not None and entity.kind == "place":
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
        for place in places:
            ctx.findings.add(place, SDO.containedInPlace, ctx.entity_iri(entity), view.sentence)


# A known site right after an event, or after "held": "the forum at the Hong Kong Science Park" (not a city,
# nor the first words of a longer name: "at Hong Kong Disneyland").
KNOWN_AT = re.compile(rf"{LEAD}at\s+(?:the\s+)?⟦place:(?P<i>\d+)⟧(?![\w'’-]|\s+[A-Z⟦(])")


def _known_site_after(ctx: DocContext, view: View, end: int) -> URIRef | None:
    match = KNOWN_AT.match(view.masked[end:])
    entity = view.mention(match.group("i")).entity if match else None
    if entity is None or entity.kind != "place" or not entity.data.get("in"):
        return None
    return ctx.entity_iri(entity)


# An event's venue told after the clauses that follow its name: "the Harbour Film Week, co-organised by A
# and B, at the Riverside Arts Centre in Xuhui", "the exhibition, which runs June 16-24 at the Lotus
# Gallery": the venue and the district it is said to be in, unless the words between tell of something else.
# The venue is the longest run of name words that ends in a venue word: "the Lotus Hotel City Centre", not "the Lotus Hotel".
LONGEST = rf"{WORD}(?:\s+(?:{WORD}|of|and|for)){{0,6}}\s+(?:{HEADS})\b"
LATER_AT = re.compile(rf"(?P<gap>(?:[^;.⟦]|⟦(?:org|place):\d+⟧)*?)\s+at\s+(?:the\s+)?(?P<v>{LONGEST})(?:\s+in\s+⟦place:(?P<d>\d+)⟧)?")
# Words between that start another item of the day or another event, or tell of a body's seat: "..., with a
# banquet to follow at the X Hotel", "organised by the Y Council whose headquarters are at the Z Centre".
OTHER_ITEM = re.compile(r"\b(?:visit\w*|tour\w*|met|meets?|call\w*|attend\w*|jointly\s+with|before|after|then|later|where|while|when"
                        r"|who|whose|toast\w*|speech|spoke|said|says|and\s+(?:the|a|an)\s+[\w-]+\s+(?:ceremony|exhibition|forum|reception)"
                        r"|with\s+(?:a|an)|headquarter\w*|based|follow\w*"
                        r"|(?-i:banquet|dinner|luncheon|lunch|reception|ceremony|exhibition|forum|seminar|conference|meeting|gala))\b", re.I)
# The clauses that may stand between: who organised or hosted it, when it runs, a quoted title.
CLAUSES = re.compile(r"\b(?:organi[sz]ed|co-organi[sz]ed|hosted|presented|co-presented|sponsored|supported|runs|ran|running|held"
                     r"|staged|takes?\s+place|took\s+place)\b|^\s*[\"“]")


def _venue_later(ctx: DocContext, view: View, iri: URIRef, end: int) -> None:
    """The venue (and its district) told after the event's own clauses."""
    masked = view.masked
    if " at " not in masked[end:]:
        return
    match = LATER_AT.match(masked, end)
    gap = match.group("gap") if match else ""
    if match is None or OTHER_ITEM.search(gap) or len(gap) > 160 or gap.strip() and not CLAUSES.search(gap):
        return
    f, s = ctx.findings, view.sentence
    f.add(iri, SDO.location, venue(ctx, unmask(match.group("v"), view.mentions), s), s)
    entity = view.mention(match.group("d")).entity if match.group("d") else None
    if entity is not None and entity.kind == "place":
        f.add(iri, SDO.location, ctx.entity_iri(entity), s)
