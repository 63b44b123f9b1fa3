"""Co-operation areas a text sets out as its priorities or as the sections of a speech.

"Youth exchanges had been a priority of the conference", "A would be high on the agenda, covering B and
C"; "eight areas for the next phase: A; B; and C"; "Let me highlight three areas. First, A. ... Second, B.";
"(a) Finance: promoting ..."; "On innovation and technology, ...". The phrase must name a known area of
the scheme, or (for priorities of the mechanism, announced sections and a counted list's semicolon items)
be a short common noun phrase, kept as an unreviewed concept.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.area_cues import names_another
from kg.extract.area_item_fields import find_item_fields
from kg.extract.area_words import SECTION_TITLE
from kg.extract.areas import NEW_AREA, NOT_AREA, SLASHED, AreaMatcher, _embedded, _items, _leftovers, _new_area, _semicolon_items
from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies, two_cities_only
from kg.extract.patterns import NUMBER_WORDS, count

# "A, B and C were the three priorities", "youth exchanges had been a priority of ...", "cultural exchange was
# one of the fields ...", "trade facilitation would be high on the agenda", "A has become one of its busiest
# tracks", "A and B were among the priorities agreed by the two cities".
PRIORITY = re.compile(
    r"\s+(?:was|were|is|are|had\s+(?:been|become)|has\s+(?:been|become)|have\s+(?:been|become)|would\s+(?:be|become)"
    r"|will\s+(?:be|become)|remains?|remained|became|becomes|forms?|formed|constitutes?|constituted)\s+"
    r"(?:also\s+|again\s+)?(?:(?:listed|named|identified|designated|chosen|selected|picked)\s+as\s+)?"
    r"(?:(?:one\s+of\s+|among\s+(?:of\s+)?)?(?:the|a|an|our|their|its)\s+(?:(?:[a-z]+|\d+)\s+){0,2}?priorit(?:y|ies)"
    r"|(?:one\s+of|among)\s+(?:the|its|their|our)\s+(?:(?:[a-z]+|\d+)\s+){0,2}?(?:fields|areas|priorities|tracks|pillars|subjects|focuses|focal\s+points)"
    r"|(?:high|top|first|foremost)\s+on\s+the\s+agenda|(?:an?\s+)?(?:(?:important|key|major|integral|essential|central)\s+)?part\s+of\s+(?:the\s+)?(?:co-?operation|collaboration)"
    r"|(?:(?:a|an|the)\s+)?(?:(?:[a-z]+|\d+)\s+){0,2}?(?:areas?|fields?|items?)\s+(?:of|for|in)\s+(?:the\s+)?(?:co-?operation|collaboration)"
    # "A, B and C were areas where Hong Kong and Shanghai should run together" (not where they compete)
    r"|(?:key|major|main|important|priority)\s+(?:areas|fields)\s+(?:for|of)\s+(?:both\s+(?:cities|sides|places)|the\s+two\s+(?:cities|sides|places))\b"
    r"|(?:(?:the|key|major|main|important|natural)\s+)?(?:areas|fields|sectors)\s+(?:where|in\s+which)\s+(?:the\s+two\s+(?:cities|sides|places)"
    r"|Hong\s+Kong\s+and\s+Shanghai|Shanghai\s+and\s+Hong\s+Kong)(?=\s+(?:\w+\s+)?(?:should|could|can|will|would|may|might|must|need|work|co-?operat"
    r"|collaborat|join|complement|partner|jointly|together))(?!\s+(?:\w+\s+)?(?:compet|rival|differ|lag|clash)))\b", re.I)
# Where the subject of "was a priority" starts: after "said", "that", a colon, or at the sentence's start.
SUBJECT_START = re.compile(r"^.*(?:\b(?:said|says|noted|stressed|added|explained|believed|that|while)\s+|:\s*|\s[—–]\s+)", re.I)
# The mechanism's business: a priority of anything else (a company's, a family's) is no co-operation area.
MECHANISM = re.compile(r"⟦conf|\b(?:co-?operation|collaboration|conference|plenary|mechanism|working\s+group|(?:two|both)\s+(?:cities|places|sides))\b", re.I)
# "which identified exhibitions, trade promotion and professional services as priorities for the two cities"
IDENTIFIED = re.compile(r"\b(?:identified|named|listed|designated|picked|chose|chosen|selected|set\s+out|singled\s+out|highlighted)\s+"
                        r"(?P<items>[^.;:⟦]{3,200}?)\s+as\s+(?:(?:the|its|their|our|key|main|major|top|new)\s+){0,3}"
                        r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:priorit(?:y|ies)|areas|fields)\b", re.I)
AFTER_PRIORITY = re.compile(r"^[^,;.]{0,80}?,?\s+(?:covering|including|such\s+as|namely|like|alongside|along\s+with|together\s+with)\s+", re.I)
# "Let me highlight three areas.", "We will focus on the following priorities:" -- a list that follows.
ANNOUNCE = re.compile(
    r"\b(?P<n>two|three|four|five|six|several|a\s+few|the\s+following)\s+(?:key\s+|main\s+|major\s+|priority\s+|specific\s+)?"
    r"(?:areas|fields|priorities|aspects|directions|focuses)(?:\s+of\s+(?:co-?operation|collaboration|work))?\s*[.:]?$", re.I)
# "agreed to focus on three fronts: A, B and C", "identified eight areas for the next phase: A; B; and C".
COUNTED = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:key|main|major|priority|specific)\s+)?"
    r"(?:areas|fields|fronts|priorities|aspects|directions|tracks|pillars)(?:\s+(?:of|for|in)\s+[^:.;]{0,60}?"
    # "five areas will be added to those agreed in 2003: A, B, ...": the list the clause announces
    r"|(?P<verb>\s+(?:will|would|were|are|have|has|had|was|to)\s+(?:be\s+|been\s+)?(?:added|agreed|identified|covered|included|chosen"
    r"|selected|listed|proposed|named|discussed|highlighted|targeted|prioriti[sz]ed|explored|set\s+out|singled\s+out)\b[^:.;]{0,60}?))?\s*:\s*", re.I)
# "The eight areas are A, B, ... and H", told after the text counted them: a list that names as many items as it counts
COUNTED_ARE = re.compile(
    r"^(?:The|These|Those|Its|Their)\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:(?:key|main|major|priority|new)\s+)?"
    r"(?:areas|fields|priorities)(?:\s+(?:of|for)\s+co-?operation)?\s+(?:are|were)\s+(?!(?:all|both|each|now|not|to|being|as)\b)")
# "what became an eight-point agenda: A, B, ... and H": counted points, in a text that has named the conference
POINTS = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-point\s+(?:agenda|plan|programme)\s*:\s*", re.I)
# An item that is a deed, not a field: "three priorities: to deepen links, promoting visits".
ACTION = re.compile(r"^(?:to|jointly|further|(?:promot|strengthen|deepen|enhanc|expand|build|develop|support|foster|facilitat|encourag"
                    r"|explor|improv|boost|advanc|establish|set|creat|mak|hold|hav|continu|work|tak|help|lay|seiz|captur|driv"
                    r"|leverag|consolidat|broaden|push|step|implement|pursu|attract|nurtur|cultivat)(?:e|es|ed|ing|s)?)\b", re.I)
# "Let me highlight three things we are doing together.": the work of both sides, announced as a list.
TOGETHER = re.compile(r"\b(?P<n>two|three|four|five|six)\s+(?:things|points|initiatives|projects|areas|fields)\s+(?:that\s+|which\s+)?"
                      r"(?:[a-z]+\s+){1,5}?(?:together|jointly)\s*[.:]?$", re.I)
# "research collaboration" heads a section as a field; "closer co-operation" does not.
FIELD_COOP = re.compile(r"^(?P<field>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:co-?operation|collaboration)$")
ANNOUNCED = ("areas", "fields", "priorities", "aspects", "directions", "focuses")  # a cheap test first
ORDINAL = re.compile(r"^(?:First(?:ly)?|Second(?:ly)?|Third(?:ly)?|Fourth(?:ly)?|Fifth(?:ly)?|Sixth(?:ly)?|Finally|Lastly),\s+"
                     r"(?:on\s+)?(?P<head>[^.:;,!?]{3,60}?)\s*(?:[.:;!]|$)")
WINDOW = 12  # sentences after an announcement in which its ordinal sections may stand
# "(a) Finance: promoting ...", "2. Culture, sports and tourism: co-organising ...".
# "(a) Finance and financial services - the regulators ...": a panel paper's item, its heading set off by a dash
HEADED = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(?P<label>[A-Z](?:(?!\s[-–—]\s)[^.;:!?()–—]){2,60})(?::|\s[-–—])\s")
# "(d) culture, sports and tourism: the bureau will ...": a statute's or a policy address's item, headed in lower case
LOWER_HEADED = re.compile(r"^\((?:[a-h]|[ivx]{1,4})\)\s+(?P<label>[a-z][^.;:!?()]{2,60}):\s")
# "under the following areas:" then "Finance: a working meeting ...;" / "Civil service: an attachment ...": a paragraph
# headed by a short label, with no number, under an announced list
LABELLED = re.compile(r"^(?!(?:Photos?|Pictures?|Images?|Captions?|Source|Sources|Notes?|Enquiries|Contacts?|Tel|Fax|E-?mail|Website|Address"
                      r"|Time|Date|Dates|Venue|Admission|Dress\s+code|Remarks?|Reporters?|Questions?|Answers?|Secretary|Moderator|Host"
                      r"|Speakers?|Chairman|Chairperson|Mayor|Editor|Credit|Translation|Attachments?|Video|Update|Updated)\s*:)"
                      r"(?P<label>[A-Z][a-z][\w'’-]*(?:,?\s+(?:[a-z][\w'’-]*|&)){0,5}):\s+[a-zA-Z]")
# "On innovation and technology, we will ...", "(2) On youth development, the bureau ...": a known area heading a
# speech's passage or a spokesman's numbered example.
ON_SECTION = re.compile(r"^(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+)?(?:On|As\s+for|As\s+regards|Regarding|In\s+terms\s+of)\s+(?:the\s+(?:front\s+of\s+)?)?(?P<label>[^,]{3,50}),\s")
# Words that say how co-operation goes, not in what: "closer co-operation", "further collaboration".
DEGREE_WORDS = frozenset("closer close further deeper stronger greater more bilateral mutual joint two-way practical".split())
NOT_HEAD = frozenset("we i it he she they this that there our my let as is are was were will would can".split())


def _known(matcher: AreaMatcher, span: str) -> list[URIRef]:
    return [area for start, end, area in matcher.find(span) if not _embedded(span, start, end)]


def _phrase(ctx: DocContext, matcher: AreaMatcher, phrase: str, sentence, *, new: bool) -> list:
    """The area a short heading names: known labels in it, else (if allowed) the phrase itself."""
    phrase = re.sub(r"^(?:the|our|and)\s+", "", phrase.strip(), flags=re.I)
    known = _known(matcher, phrase)
    if known:
        return [ctx.entity_iri(a) for a in known]
    words = phrase.split()
    field = FIELD_COOP.match(phrase)
    if new and field and not NOT_AREA.search(field.group("field")) and not DEGREE_WORDS & set(words):
        return [_new_area(ctx, phrase, sentence)]
    if new and 1 <= len(words) <= 4 and NEW_AREA.match(phrase) and not NOT_AREA.search(phrase) \
            and not (NOT_HEAD | DEGREE_WORDS) & {w.lower() for w in words[:1]} and not NOT_HEAD & {w.lower() for w in words}:
        return [_new_area(ctx, phrase, sentence)]
    return []


# A subject that is a clause, not a field: "the agreements signed at the meeting were in eight areas".
CLAUSE_WORDS = re.compile(r"\b(?:agreements?|signed|held|were|was|is|are)\b", re.I)
# An item that opens with a preposition or a comparative is a level, a manner or an aim, not a field.
NOT_A_FIELD = re.compile(r"(?:at|in|on|by|for|with|to|from|more|less|closer|bigger|greater|better|stronger|deeper|wider|higher)\b", re.I)


def _priorities(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """Areas said to be a priority (or on the agenda) of the co-operation, and the list that follows."""
    text = view.sentence.text
    match = PRIORITY.search(text)
    if not match or not (MECHANISM.search(view.masked) or " where " in match.group(0) or " which " in match.group(0)):
        return []  # "areas where Hong Kong and Shanghai ..." names the pair itself
    subject = SUBJECT_START.sub("", text[: match.start()])
    if re.match(r"[A-Z][a-z]", subject):  # "Urban renewal would be ...": a common noun, capitalised to start
        subject = subject[0].lower() + subject[1:]
    known = [k for k in matcher.find(subject) if not _embedded(subject, k[0], k[1])]
    found = [ctx.entity_iri(a) for _, _, a in known]
    found += [_new_area(ctx, item, view.sentence) for item in _leftovers(subject, known)
              if not NOT_HEAD & set(item.lower().split()) and not CLAUSE_WORDS.search(item)]
    rest = text[match.end():]
    if lead := AFTER_PRIORITY.match(rest):
        span = _items(rest[lead.end():])
        known = [k for k in matcher.find(span) if not _embedded(span, k[0], k[1])]
        found += [ctx.entity_iri(a) for _, _, a in known]
        found += [_new_area(ctx, item, view.sentence) for item in _leftovers(span, known)]
    return found


def _identified(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """The fields the mechanism identified as its priorities: known ones, and short common nouns beside them."""
    match = IDENTIFIED.search(view.masked)
    if match is None or not MECHANISM.search(view.masked) or other_bodies(view) or not two_cities_only(view):
        return []  # "The Shenzhen-Hong Kong mechanism, modelled on the one with Shanghai, named A and B as ...": not ours
    span = match.group("items")
    known = [k for k in matcher.find(span) if not _embedded(span, k[0], k[1])]
    new = [i for i in _leftovers(span, known) if NEW_AREA.match(i) and len(i.split()) <= 4 and not NOT_AREA.search(i) and not ACTION.match(i)]
    if not known or len(new) != len(_leftovers(span, known)):
        return []
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]


def _comma_items(span: str) -> list[str]:
    """The items of "A, B and C" or "A, B, and C", each without its article."""
    pieces = [p.strip(" .") for p in span.split(",")]
    if pieces and " and " in pieces[-1] and not re.match(r"and\s", pieces[-1]):
        pieces[-1:] = pieces[-1].rsplit(" and ", 1)
    return [re.sub(r"^(?:and\s+)?(?:the\s+)?", "", p) for p in pieces if p]


POINTS_OF = re.compile(r"\b(?:talks|meetings?|sessions?|sides|leaders|mayors|negotiat\w*|agreed)\b", re.I)


def _our_points(before: str, span: str, n: str) -> bool:
    """Whether an N-point agenda is the mechanism's (said of the talks, the session or the co-operation) and lists
    as many points as it counts."""
    if not (MECHANISM.search(before) or POINTS_OF.search(before)) or names_another(before):
        return False
    items = len(span.strip(" .;").split(";")) if ";" in span else len(_comma_items(span))
    return items == count(n)


def _counted(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """The items of a counted list that a colon opens, in a sentence about the co-operation."""
    match = COUNTED.search(view.sentence.text)
    lead = COUNTED.search(view.masked)
    told = None
    if (not match or not lead) and "-point" in view.masked and ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions:
        match = lead = POINTS.search(view.sentence.text)
    elif not match or not lead or not (told := MECHANISM.search(view.masked[:lead.end()])) and not (
            lead.group("verb") and ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions):
        return []
    if not match:
        return []
    if match.re is COUNTED and not told:  # said of the areas alone, in a text about the mechanism: only a list as long as counted
        return _counted_whole(ctx, view, matcher, match)
    span = _items(view.sentence.text[match.end():])
    if match.re is POINTS and not _our_points(view.masked[:view.masked.find("-point")], span, match.group("n")):
        return []  # "The Policy Address set out a four-point plan: ...", "a three-point plan: A, B, C, D and E"
    known = [k for k in matcher.find(span) if not _embedded(span, k[0], k[1])]
    items: list[str] = []
    if ";" in span:  # items set apart by semicolons are whole: new ones are areas too, if there are as many as said
        known, items = _semicolon_items(span, known)
        items = [i for i in items if NEW_AREA.match(i) and len(i.split()) <= 6 and not NOT_AREA.search(i) and not ACTION.match(i)]
        if len(span.strip(" .;").split(";")) != count(match.group("n")):
            items = []
    elif len(pieces := _comma_items(span)) == count(match.group("n")) \
            and not any(NOT_A_FIELD.match(p) for p in pieces):  # "three fronts: at the city level, ..." lists no fields
        items = [i for i in pieces if not matcher.find(i) and NEW_AREA.match(i) and len(i.split()) <= 8
                 and not NOT_AREA.search(i) and not ACTION.match(i)]
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in items]


def _counted_whole(ctx: DocContext, view: View, matcher: AreaMatcher, match: re.Match) -> list:
    span = _items(view.sentence.text[match.end():])
    pieces = span.strip(" .;").split(";") if ";" in span else _comma_items(span)
    if len(pieces) != count(match.group("n")) or any(NOT_A_FIELD.match(p) for p in pieces):
        return []
    known = [k for k in matcher.find(span) if not _embedded(span, k[0], k[1])]
    new = [i for i in _leftovers(span, known) if len(i.split()) <= 6 and NEW_AREA.match(i) and not NOT_AREA.search(i) and not ACTION.match(i)]
    if len(new) != len(_leftovers(span, known)):
        return []
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]


def _counted_are(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """"The eight areas are A, B, ... and H", in a text about the mechanism: known areas, and new ones where the list
    names exactly as many items as it counts."""
    match = COUNTED_ARE.match(view.sentence.text)
    if not match or not (MECHANISM.search(view.masked) or ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions):
        return []
    span = _items(view.sentence.text[match.end():])
    pieces = [p for piece in _comma_items(span) for p in piece.split(";")] if ";" not in span else span.strip(" .;").split(";")
    if len(pieces) != count(match.group("n")) or any(NOT_A_FIELD.match(p) for p in pieces):
        return []
    known = [k for k in matcher.find(span) if not _embedded(span, k[0], k[1])]
    new = [i for i in _leftovers(span, known) if len(i.split()) <= 6 and not ACTION.match(i)]
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]


def _sections(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """Areas set out as numbered, ordinal or "On X," sections."""
    text, s = view.sentence.text, view.sentence
    if ("together" in text or "jointly" in text) and (announced := TOGETHER.search(text)):
        ctx.area_sections = (s.index, count(announced.group("n")))
        ctx.area_labelled = s.paragraph
    elif any(w in text for w in ANNOUNCED) and (announced := ANNOUNCE.search(text)):
        ctx.area_sections = (s.index, NUMBER_WORDS.get(announced.group("n").lower(), WINDOW if announced.group(0).endswith(":") else 6))
        ctx.area_labelled = s.paragraph
    at, left = ctx.area_sections
    if left and 0 < s.index - at <= WINDOW and (ordinal := ORDINAL.match(text)):
        ctx.area_sections = (at, left - 1)
        return _phrase(ctx, matcher, ordinal.group("head"), s, new=True)
    headed = HEADED.match(text) if ctx.headed >= 2 else None
    if headed is None and left and 0 < s.index - at <= WINDOW and ": " in text[:60]:
        headed = LABELLED.match(text)  # a run of labelled paragraphs straight after the announcement
        if headed and s.paragraph - ctx.area_labelled != 1:
            headed = None
        if headed:
            ctx.area_labelled = s.paragraph
    if headed:
        label = headed.group("label")[:1].lower() + headed.group("label")[1:]  # "Culture, sports and tourism"
        if SECTION_TITLE.match(label):
            return []  # "(e) Way forward: the two sides will ...": the paper's own section
        label = SLASHED.sub(", ", label)  # "healthcare/medical"
        known = [k for k in matcher.find(label) if not _embedded(label, k[0], k[1])]
        return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, s) for i in _leftovers(label, known)]
    if text[:1] == "(" and (lower := LOWER_HEADED.match(text)):
        return _lower_heading(ctx, matcher, lower.group("label"), s)
    # a spokesman's numbered examples joined into one list: "...; On innovation and technology, ...; and On healthcare, ..."
    parts = [text] + (re.split(r";\s+(?:and\s+)?", text)[1:] if "; " in text else [])
    return [ctx.entity_iri(area) for part in parts if (area := _on_section(matcher, part)) is not None]


def _lower_heading(ctx: DocContext, matcher: AreaMatcher, label: str, sentence) -> list:
    """The areas of a numbered item headed in lower case ("(d) culture, sports and tourism: we will ..."): only where a
    known area heads it and what else it lists are short common nouns."""
    known = [k for k in matcher.find(label) if not _embedded(label, k[0], k[1])]
    new = _leftovers(label, known)
    if not known or any(not NEW_AREA.match(i) or len(i.split()) > 3 or NOT_AREA.search(i) for i in new):
        return []
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, sentence) for i in new]


def _on_section(matcher: AreaMatcher, text: str):
    """The known area an "On X," opening names, when X is that area's whole label."""
    if (text[:2] in ("On", "As", "Re", "In") or text[:1] == "(" or text[:1].isdigit()) and (section := ON_SECTION.match(text)):
        label = section.group("label")
        known = matcher.find(label)
        if len(known) == 1 and known[0][0] == 0 and known[0][1] == len(label):
            return known[0][2]
    return None


# "one of the co-operation items agreed under culture and sports at the Fourth Plenary Session": the heading the
# mechanism's items are set out under names its areas (known ones, and with one known the others as new ones).
ITEMS_UNDER = re.compile(r"\bitems?\s+(?:(?:agreed|listed|set\s+out|adopted)\s+)?under\s+(?:the\s+(?:area|heading|field|category)\s+of\s+)?"
                         r"(?P<label>[a-z][a-z ,'’-]{2,60}?)(?=\s+(?:at|in|by|during|for|was|were|is|are|had|have|has)\b|\s*[;.)]|\s*$)")
# "... under tourism at the Hong Kong/Guangdong Co-operation Joint Conference": another pair's items
PAIRS_ITEMS = re.compile(r"\s+(?:at|in|by|during|for|of)\s+(?:the\s+)?⟦place:\d+⟧\s*(?:[/&–-]|and)\s*(?:⟦place:\d+⟧|[A-Z])")


def _items_under(ctx: DocContext, view: View, matcher: AreaMatcher) -> list:
    """The areas of the heading items are agreed under."""
    text = view.sentence.text
    heading = ITEMS_UNDER.search(text) if " under " in text and "item" in text else None
    if heading is None:
        return []
    label = heading.group("label")
    if (at := view.masked.find(label)) >= 0 and PAIRS_ITEMS.match(view.masked, at + len(label)):
        return []
    known = [k for k in matcher.find(label) if not _embedded(label, k[0], k[1])]
    new = [i for i in _leftovers(label, known) if NEW_AREA.match(i) and len(i.split()) <= 3 and not NOT_AREA.search(i)]
    if not known or len(new) != len(_leftovers(label, known)) or new and re.search(r"\b(?:the|of|its|their)\b", label):
        return []
    return [ctx.entity_iri(a) for _, _, a in known] + [_new_area(ctx, i, view.sentence) for i in new]


def find_area_sections(ctx: DocContext, view: View, matcher: AreaMatcher) -> None:
    """Record the areas a sentence names as a priority or a section of a set-out list."""
    text = view.sentence.text
    concepts = _sections(ctx, view, matcher) + _items_under(ctx, view, matcher)
    if ":" in text:
        concepts += _counted(ctx, view, matcher)
    elif " are " in text or " were " in text:
        concepts += _counted_are(ctx, view, matcher)
    if " as " in text and (" areas" in text or "priorit" in text or " fields" in text):
        concepts += _identified(ctx, view, matcher)
    if "priorit" in text or "agenda" in text or " one of " in text or "operation" in text or "collaboration" in text or " where " in text or " among " in text:
        concepts += _priorities(ctx, view, matcher)
    for concept in dict.fromkeys(concepts):
        ctx.findings.mention(concept, view.sentence)
    find_item_fields(ctx, view, matcher)
