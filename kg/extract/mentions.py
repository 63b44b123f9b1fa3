"""A sentence's mentions: known names, new people found by pattern, and short references.

New people are found only where the sentence itself marks a name as a person's: after an honorific
("Mr Chen Jie"), after a title ("Financial Secretary Paul Chan"), or before an appositive title
("Zhang Wei, Director of ..."). Short references ("Mr Chan", "Lee", "He") resolve to a person the
document has already named, or to nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from kg.extract.bare_names import NOT_BARE, bare_people
from kg.extract.bare_places import used_as_place
from kg.extract.caps_names import english_first, ordinary_case
from kg.extract.context import GENDER, DocContext
from kg.extract.gazetteer import Gazetteer, Mention, hidden_label, mask
from kg.extract.informal_titles import name_contexts
from kg.extract.mechanism import is_bare
from kg.extract.orgnames import refine
from kg.extract.other_offices import others_offices
from kg.extract.pair_conference import pair_described
from kg.extract.patterns import (ORG_HEADS, PINYIN_SURNAMES, ABBREVIATION, AFTER_BODY, APPOSED, HONORIFIC, LOWER_TITLE, NAME_TOKEN, NEW_NAME, ORG_PHRASE, PLURAL_RANK, POSSESSED, POST_NOMINALS, THE_LOWER, TITLE,
                                 is_name)
from kg.extract.resolve import resolve_org
from kg.extract.body_refs import said_short
from kg.extract.city_refs import city_described
from kg.extract.city_units import units_of_cities
from kg.extract.units import units_of_governments
from kg.namespaces import slug
from kg.reference import Entity, Reference
from kg.text.prefilter import Scan
from kg.text.sentences import Sentence

PH = r"⟦(?:org|place):\d+⟧"
# A Cantonese syllable as Hong Kong names spell it: "kwok", "fai", "chiu", "ngor", "tsz".
SYLLABLE = r"(?:[bcdfghjklmnpstwyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|p|t|k|h|r)?|t?sz)"
CAPITAL_SYLLABLE = r"(?:(?:[BCDFGHJKLMNPSTWYZ][bcdfghjklmnpstwyz]{0,2}[aeiouy]|[AEIOUY])[aeiouy]{0,2}(?:ng|n|m|p|t|k|h|r)?|Tsz|Sz)"
# A name's other form in brackets, and the title after both ("..., Chief Secretary for Administration").
BRACKETED = r"(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){1,3})"
AS_TITLED = rf"\){POST_NOMINALS}*,\s+(?:the\s+|an?\s+)?(?:⟦(?:place|org):\d+⟧['’]s\s+)?(?i:{TITLE})\b"
NAME_CONTEXTS = [
    re.compile(rf"\b{HONORIFIC}\s+{NEW_NAME}"),
    re.compile(rf"(?:{POSSESSED}|\b(?=[A-Z]|{LOWER_TITLE}|{AFTER_BODY})|{THE_LOWER})(?i:{TITLE})(?:\s+of\s+(?:the\s+)?(?:{PH}|{ORG_PHRASE})(?:\s*\({ABBREVIATION}\))?)?,?\s+{NEW_NAME}"),
    re.compile(rf"{PLURAL_RANK}\s+{NEW_NAME}"),  # "Vice Mayors A and B" (the second joins by "and")
    re.compile(rf"{NEW_NAME}{POST_NOMINALS}*{APPOSED}(?:the\s+|an?\s+|its\s+|our\s+)?(?:former\s+)?(?:⟦(?:place|org):\d+⟧['’]s\s+|(?-i:[A-Z]{{2,}}[A-Z&]*)\s+)?(?i:{TITLE})\b"),
    # "Zhang Jianzong (Matthew Cheung), Chief Secretary ...": a pinyin name, the English one in brackets, a title
    re.compile(rf"{NEW_NAME}\s*\((?:⟦person:\d+⟧|{BRACKETED}){AS_TITLED}"),
    # "Ada Quell (Vice Mayor of Riverton)": a title in brackets after the name, as tables and captions give it
    re.compile(rf"{NEW_NAME}\s*\((?:the\s+)?(?:⟦(?:place|org):\d+⟧(?:['’]s)?\s+)?(?i:{TITLE})(?:\s+of\s|\s*[,)])"),
    # "Lawrence Yip Kwok-fai, the career administrator ...": a Hong Kong name's hyphened given name marks it alone
    # (each part a Cantonese syllable: "Eco-park", "Hi-tech", "Mid-town" are no given names)
    re.compile(rf"(?P<name>{NAME_TOKEN}(?:\s{NAME_TOKEN})?\s{CAPITAL_SYLLABLE}-{SYLLABLE})(?=,\s|\s+[a-z])"),
]
# A body's head word a few capitalised words after a name found after a title: the name is the body's.
BODY_NEXT = re.compile(rf"(?:\s+[A-Z][a-z]+){{0,2}}\s+(?-i:{ORG_HEADS.strip('(?:)')}|School|Kindergarten|Theatre|Theater|Museum|Gallery|Corps)\b")
# A name before ", <title>" starts where the capitalised words before it end ("met with Yao Ming, president").
CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|⟧)\s+$")
COORDINATED = re.compile(rf"⟦person:\d+⟧,?\s+and\s+{NEW_NAME}")
SHORT_REF = re.compile(rf"(?:\b(?P<hon>{HONORIFIC})\s+)?\b(?P<name>[A-Z][a-z]+)\b(?:['’]s)?(?!\s+[A-Z][a-z])")
HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Madam)\.?\s+$")
PREVIOUS_WORD = re.compile(r"([A-Z][\w'-]*)\s+$")
# A body whose name starts with a place's: "⟦place⟧ Trade Development Council", "⟦place⟧ Education Association";
# with two places hyphened, from the first: "⟦place⟧-⟦place⟧ Business Council" is one body, not the second's.
# (Not a venue's: "the Shanghai World Expo Exhibition and Convention Center" is a place.)
BODY_HEADS = (r"(?:Council|Association|Bureau|Commission|Committee|Department|Office|Corporation|Authority|Federation"
              r"|Chamber|Group|Institute|Society|Agency|Administration|Board|Unit|Alliance|Foundation|Trust|University"
              r"|College|Academy|Bank|Company|Limited|Ltd|Government|Corps)")
PLACE_BODY = re.compile(rf"(?<![\w-])(?:⟦place:\d+⟧-)?⟦place:\d+⟧(?:\s+(?:(?:of|and|for|&)\s+)?(?-i:[A-Z][\w&'’-]*)){{1,6}}?\s+(?-i:{BODY_HEADS})\b(?!\s+(?:of|for)\s)")
# A subject pronoun opening the sentence, or its main clause after a fronted adverbial ("In addition, he").
# Or after years fronted with no comma, as a profile tells a career: "From 2009 to 2014 she was ...".
YEARS = r"(?:From|Between|Since|In|Until|By)\s+(?:[A-Z][a-z]+\s+)?\d{4}(?:\s+(?:to|and|until)\s+(?:[A-Z][a-z]+\s+)?\d{4})?\s+"
PRONOUN = re.compile(rf"^(?:[A-Z][^,;.⟦]{{0,40}},\s+|{YEARS})?(?:[Aa]ccompanied\s+by\s+[^;.]*?,\s+)?(?P<p>[Hh]e|[Ss]he)\b")
# "I" in a text whose author is known (a signed blog, a speech): the author.
FIRST_PERSON = re.compile(r"(?<![\w'’&/.-])I(?=\s|[,;:!?)]|$)")
# How many sentences back a pronoun may look for the person it stands for.
PRONOUN_REACH = 3


@dataclass
class View:
    """A sentence with its mentions (in order) and the masked text the rules read."""

    sentence: Sentence
    mentions: list[Mention]
    masked: str

    def mention(self, placeholder_index: str | int) -> Mention:
        return self.mentions[int(placeholder_index)]

    def people(self, masked: str) -> list[URIRef]:
        """The people a piece of this masked sentence names, in order (those resolved to someone)."""
        return [r for r in (self.mention(i).ref for i in re.findall(r"⟦person:(\d+)⟧", masked)) if r is not None]


def _outside(spans: list[Mention], start: int, end: int) -> bool:
    return all(end <= m.start or m.end <= start for m in spans)


def _original_offsets(masked: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Pairs (masked position, shift) at the start of each unmasked segment."""
    shifts, shift, pos = [(0, 0)], 0, 0
    for i, m in enumerate(mentions):
        placeholder = f"⟦{m.kind}:{i}⟧"
        at = masked.index(placeholder, pos)
        shift += (m.end - m.start) - len(placeholder)
        pos = at + len(placeholder)
        shifts.append((pos, shift))
    return shifts


def _to_original(pos: int, shifts: list[tuple[int, int]]) -> int:
    shift = 0
    for at, s in shifts:
        if at <= pos:
            shift = s
    return pos + shift


def said_again(text: str, names: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Where the text says again, as whole words, a name the document gave before: the longest name at
    each place, left to right. A regex alternation of the names did this, but was compiled anew for nearly
    every document.

    >>> said_again("Mr Li Qiang met Li Qiang-wei and Li.", {"Li Qiang"})
    [(3, 11)]
    >>> said_again("Mr Li Qiang met Li Qiang-wei and Li.", {"Li", "Li Qiang"})
    [(3, 11), (16, 18), (33, 35)]
    """
    found = []
    for name in names:
        at = text.find(name) if name else -1
        while at != -1:
            end = at + len(name)
            if not _word_at(text, at - 1) and not _word_at(text, end):
                found.append((at, end))
            at = text.find(name, at + 1)
    found.sort(key=lambda span: (span[0], -span[1]))
    spans: list[tuple[int, int]] = []
    for start, end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _word_at(text: str, i: int) -> bool:
    """Whether a word character (as the regex ``[\\w-]``) stands at ``i``."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def find_mentions(sentence: Sentence, gazetteer: Gazetteer, ctx: DocContext) -> View:
    """Every mention of a sentence, with people resolved to IRIs in ``Mention.ref``."""
    text = sentence.text
    named = ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions
    mentions = others_offices(text, [m for m in gazetteer.find(text) if m.kind != "conf" or named or not is_bare(m.surface)])
    mentions = pair_described(text, _conference_short(text, mentions, ctx), ctx.reference.conference)
    mentions = units_of_cities(text, units_of_governments(text, refine(text, mentions, ctx.reference), ctx, sentence), ctx, sentence)
    mentions = city_described(text, mentions, [m for _, v, _ in ctx.views[-2:] for m in v.mentions])
    read = ordinary_case(text)
    mentions = _new_people(read, said_short(text, _bodies_named_after_places(text, mentions, ctx, sentence), ctx, sentence), ctx)
    mentions = english_first(text, read, mentions) if read is not text else mentions
    mentions = sorted(mentions + _short_references(read, mentions, ctx, sentence), key=lambda m: m.start)
    resolved = []
    for m in mentions:
        if m.kind == "person" and m.ref is None:
            m = Mention(m.kind, m.start, m.end, m.surface, m.entity, ref=ctx.person(m, sentence))
        elif m.kind == "person":
            ctx.findings.mention(m.ref, sentence)
            ctx.subjects.setdefault(sentence.index, m.ref)
        elif m.kind == "org" and m.entity is not None and _names_it(text, m):
            ctx.findings.mention(ctx.entity_iri(m.entity), sentence)
        if m.kind == "person" and m.ref is not None and (said := HONORIFIC_BEFORE.search(text, 0, m.start)):
            ctx.honorifics.setdefault(m.ref, GENDER[said.group(1).lower()])
        resolved.append(m)
    return View(sentence, resolved, mask(text, resolved))


# "the HKSAR government's Tourism Commission": the government only says whose the body named after it is
QUALIFIES = re.compile(r"['’]s\s+(?:the\s+)?(?-i:[A-Z])")


def _names_it(text: str, m: Mention) -> bool:
    """Whether a body's mention names it in the sentence, as its citation: "the municipal government" (in lower
    case) refers to it without a name, as does a short label in other case ("the Shanghai office" for the "Shanghai
    Office"); and a newspaper's possessive in lower case before another body's name ("the HKSAR government's
    Tourism Commission") only qualifies that one."""
    if m.surface.islower() or QUALIFIES.match(text, m.end) and m.surface.split()[-1].islower():
        return False
    hidden = {n for names in m.entity.hidden.values() for n in names}
    return not hidden or m.surface in hidden or not hidden_label(m.entity, m.surface)


def _conference_short(text: str, mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """The short name the text gave the mechanism ("the X (HKSCC)"), said again: the mechanism."""
    conference = ctx.reference.conference
    shorts = [a for a, full in ctx.short_names.items() if full == conference.name]
    found = [Mention("conf", start, end, text[start:end], conference) for start, end in said_again(text, shorts)]
    found = [m for m in found if _outside(mentions, m.start, m.end)]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _bodies_named_after_places(text: str, mentions: list[Mention], ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """A place's name that begins a body's name is the body's: "Hong Kong Trade Development Council",
    "Shanghai Education Association" (an organisation the reference data lacks, recorded unreviewed)."""
    masked = mask(text, mentions)
    if "⟦place" not in masked:
        return mentions
    shifts, out = _original_offsets(masked, mentions), list(mentions)
    for match in PLACE_BODY.finditer(masked):
        start, end = _to_original(match.start(), shifts), _to_original(match.end(), shifts)
        label = text[start:end]
        if label.lower() in ctx.full_names:
            continue  # "the Riverton Liaison Unit" the text named in full before ("... of the HKSAR Government")
        known = resolve_org(label, ctx.reference)
        if known is None:
            ctx.org(label, sentence)
            known = Entity("org", slug(label), {"en": label})
        out = [m for m in out if m.end <= start or end <= m.start] + [Mention("org", start, end, label, known)]
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=4)
def _name_scan(reference: Reference) -> Scan:
    return Scan(NAME_CONTEXTS + name_contexts(reference))


def _new_people(text: str, mentions: list[Mention], ctx: DocContext) -> list[Mention]:
    """The mentions with the people a sentence marks as such (after a title or honorific, before an
    appositive title, joined by "and" to one), and those the document found before, said again."""
    masked = mask(text, mentions)
    shifts = _original_offsets(masked, mentions)
    new: list[Mention] = []
    scan = _name_scan(ctx.reference)
    present = scan.present(masked)
    for pattern in scan.patterns:
        for match in scan.finditer(pattern, masked, present):
            name = match.group("name")
            if not is_name(name) or name.lower() in NOT_BARE or pattern in NAME_CONTEXTS[3:] and CAPITALISED_BEFORE.search(masked[:match.start()]):
                continue  # "General Manager of The Harbourview Tsim Sha Tsui": a district ends the hotel's name
            if pattern is NAME_CONTEXTS[1] and BODY_NEXT.match(masked, match.end("name")):
                continue  # "the Principal of ⟦Tai Po⟧ Sam Yuk Primary School": the school's name goes on
            start = _to_original(match.start("name"), shifts)
            end = start + len(name)
            if _outside(mentions + new, start, end):
                new.append(Mention("person", start, end, name))
    for start, end, name in bare_people(masked):
        start = _to_original(start, shifts)
        if _outside(mentions + new, start, start + len(name)) and not used_as_place(name, _texts(ctx, text)):
            new.append(Mention("person", start, start + len(name), name))
    for start, end in said_again(text, ctx.said_names):
        if _outside(mentions + new, start, end):
            new.append(Mention("person", start, end, text[start:end]))
    mentions = sorted(mentions + new, key=lambda m: m.start)
    while True:
        masked = mask(text, mentions)
        shifts = _original_offsets(masked, mentions)
        more = []
        for match in COORDINATED.finditer(masked):
            if is_name(match.group("name")) and match.group("name").lower() not in NOT_BARE \
                    and not used_as_place(match.group("name"), _texts(ctx, text)):
                start = _to_original(match.start("name"), shifts)
                more.append(Mention("person", start, start + len(match.group("name")), match.group("name")))
        if not more:
            return mentions
        mentions = sorted(mentions + more, key=lambda m: m.start)


def _texts(ctx: DocContext, text: str) -> list[str]:
    return [text] + [sentence.text for sentence, _, _ in ctx.views]


def _short_references(text: str, mentions: list[Mention], ctx: DocContext, sentence: Sentence) -> list[Mention]:
    """People the sentence names short: by family name ("Mr Chan"), as "I" (the author) or "he"/"she"."""
    short: list[Mention] = []
    for match in SHORT_REF.finditer(text):
        start, end = match.span("name")
        if not _outside(mentions, start, end):
            continue
        if not match.group("hon") and PREVIOUS_WORD.search(text[:start]):
            continue
        iri = ctx.by_surname(match.group("name"), match.group("hon"), sentence.paragraph)
        if iri is not None:
            short.append(Mention("person", start, end, match.group("name"), ref=iri))
        elif match.group("hon") and (full := _named_bare(ctx, sentence, match.group("name"))):
            short.append(Mention("person", start, end, full))
    if ctx.author is not None:
        for match in FIRST_PERSON.finditer(text):
            if _outside(mentions + short, *match.span()):
                short.append(Mention("person", *match.span(), match.group(0), ref=ctx.author))
    pronoun = PRONOUN.match(text)
    antecedent = _antecedent(ctx, sentence, pronoun.group("p").lower()) if pronoun else None
    if pronoun and antecedent is not None and _outside(mentions + short, *pronoun.span("p")):
        short.append(Mention("person", *pronoun.span("p"), pronoun.group("p"), ref=antecedent))
    return short


# A given name in pinyin, one to three syllables ("Meiling", "Zhenhai"): "Lin River" is no one's name.
_FINAL = r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)"
PINYIN_GIVEN = rf"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?{_FINAL}){{1,3}}\b"


# A name after "by" or "of" is more often an author's, an artist's, a namesake's ("paintings by Wu Guanzhong",
# "songs by Andy Lau") than the subject a profile goes on to call "Mr Wu".
WORK_BY = re.compile(r"\b(?:by|of)\s+$")


def _named_bare(ctx: DocContext, sentence: Sentence, family: str) -> str | None:
    """The full name a text gave, with no honorific or title to mark it, to the person it now calls "Ms Qian":
    "Few know Hong Kong as well as Qian Meiling. [...] Ms Qian spent ...". A family name first where it is a
    Chinese one ("Qian Meiling", "Chan Kwok-ki"), else last ("Laura Aron")."""
    first = family.lower() in PINYIN_SURNAMES
    found = re.compile(rf"(?<![\w'’-]){family}\s+(?P<given>[A-Z][a-z]+-[a-z]+{'|(?=[A-Z])(?i:' + PINYIN_GIVEN + ')' if first else ''})(?![\w'’-]|\s+[A-Z])"
                       rf"|(?<![\w'’-])(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{{2}}\s)(?P<english>[A-Z][a-z]+)\s+{family}(?![\w'’-]|\s+[A-Z])")
    for told in ctx.sentences[:sentence.index]:
        for match in found.finditer(told.text) if family in told.text else ():
            name = match.group(0)
            if is_name(name) and not HONORIFIC_BEFORE.search(told.text, 0, match.start()) \
                    and not WORK_BY.search(told.text, max(0, match.start() - 12), match.start()):
                return name
    return None


def _antecedent(ctx: DocContext, sentence: Sentence, pronoun: str) -> URIRef | None:
    """The person a sentence's "he" or "she" stands for: the last few sentences' nearest subject whose gender (by
    the honorific the text gave, or the reference data) is not the other one."""
    wanted = "m" if pronoun == "he" else "f"
    for i in range(sentence.index - 1, sentence.index - 1 - PRONOUN_REACH, -1):
        subject = ctx.subjects.get(i)
        if subject is not None and _gender(ctx, subject) in (wanted, None):
            return subject
    return None


def _gender(ctx: DocContext, person: URIRef) -> str | None:
    if person in ctx.honorifics:
        return ctx.honorifics[person]
    known = next((p for p in ctx.reference.people if ctx.entity_iri(p) == person), None)
    return {"male": "m", "female": "f"}.get(known.data.get("gender")) if known is not None else None


def masked_pos(view: View, original: int) -> int:
    """The position in the masked sentence of a position in the original sentence."""
    shift = 0
    for i, m in enumerate(view.mentions):
        if m.end <= original:
            shift += len(f"⟦{m.kind}:{i}⟧") - (m.end - m.start)
    return original + shift


def same_clause(masked: str, a: int, b: int) -> bool:
    """Whether two positions are not separated by a semicolon."""
    lo, hi = sorted((a, b))
    return ";" not in masked[lo:hi]


def nearest(items: list, position: int, key) -> object | None:
    return min(items, key=lambda item: abs(key(item) - position), default=None)
