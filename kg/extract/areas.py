"""Co-operation areas named in a list: "13 co-operation areas, including A, B and C".

Areas of the reference scheme are matched by any of their labels, longest first. Items of an explicit
"co-operation areas including ..." list that the scheme lacks become new, unreviewed concepts. A list
links to the session or event its sentence names, else (for "consensus on N areas") to the session
the document last named.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.extract.area_cues import (COUNTED_RANGE, CUE_CONTEXTS, FIRMS, REMIT, SHARED_LIST, STRICT_MECHANISM, another_first, cue_spans,
                                  TOPIC_WORDS, field_items, firms_fields, item_heads, labels_only, names_another, unasided)
from kg.extract.area_items import topic_fields, unnarrowed
from kg.extract.area_words import COOP_WORD, FIELD_TAILS, FUNCTION_WORDS, _embedded, coop_fields
from kg.extract.context import DocContext
from kg.extract.gazetteer import name_pattern
from kg.extract.hyphened_areas import joined_areas
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies
from kg.text.chronology import OTHER_BODY
from kg.namespaces import HKSH, slug
from kg.reference import Reference
from kg.text.prefilter import Scan, started

FIELD = r"(?:areas?|fields?|sectors?|aspects|domains)"
COOP = r"(?:co-?operation|collaboration|exchanges?|partnership|co-?operat(?:e|ing))"
INTRO = r"(?:including|such\s+as|namely|covering|spanning|encompassing|ranging\s+from|like|among\s+them|among\s+which)(?:\s*:)?"
BETWEEN = r"(?:\s+between\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
# "co-operation in the light of ...", "in line with ...", "in depth": idioms, not fields.
NOT_IDIOM = (r"(?!(?:the\s+)?(?:light|spirit|context|face|course|framework|process|long\s+run|same\s+way)\b|line\s+with|accordance|keeping"
             r"|respect|terms|particular|turn|return|depth|earnest|good\s+faith|an?\s+[\w-]+\s+(?:manner|way)\b)")
# The topics of a meeting: "They discussed A, B and co-operation in C", "exchanged views on A and B".
TOPICS = re.compile(r"\b(?:discussed|discuss|discussing|exchanged\s+views\s+on|exchange\s+views\s+on|talked\s+about"
                    r"|held\s+discussions\s+on|had\s+discussions\s+on)\s+(?:(?:issues|topics|matters|subjects)\s+(?:such\s+as|including|like)\s+"
                    r"|(?:new\s+|further\s+)?(?:proposals|plans|ideas)\s+(?:on|for)\s+(?:co-?operation\s+in\s+)?)?", re.I)
# Working together on fields: "team up on A, B and C", "join hands in developing A and B".
JOINT_WORK = re.compile(r"\b(?:work(?:s|ed|ing)?\s+together|join(?:s|ed|ing)?\s+hands|team(?:s|ed|ing)?\s+up"
                        r"|collaborat(?:e|es|ed|ing)|partner(?:s|ed|ing)?\s+up|join(?:s|ed|ing)?\s+forces|(?:mak(?:e|es|ing)|made)\s+joint\s+efforts"
                        r"|co-?operat(?:e|es|ed|ing)(?=\s+(?:more\s+)?closely))\s+(?:closely\s+|more\s+closely\s+)?(?:on|in)\s+"
                        r"(?:(?:developing|promoting|advancing|building|areas\s+such\s+as|fields\s+such\s+as)\s+)?", re.I)
# "co-operation this year would centre on A and B": a time between the co-operation and its verb
# "areas agreed for the next two years are: A; B", "thirteen areas agreed, among them A and B": areas the pair chose
CHOSEN = r"(?:agreed|identified|selected|chosen|endorsed|adopted)\b"
LATER = r"(?:(?:this|next|in\s+the\s+coming)\s+(?:year|years|months)\s+)?"
# "the two sides agreed that preparations would focus on: A; B; C": a list a colon sets out (the pair's only, as checked)
FOCUS_LIST = re.compile(r"\b(?:focus(?:es|ed|ing)?|centre[sd]?|center(?:s|ed)?|concentrat(?:e|es|ed))\s+on\s*:\s*", re.I)
# "the conference's agenda covers A, B and C", "has a long agenda: A, B and C" (the pair's, as checked)
AGENDA = re.compile(r"\b(?:agenda|remit|work\s+plan|action\s+plan|work\s+programme)\s+(?:now\s+|also\s+)?(?:covers|covered|includes|included|spans|spanned|encompasses|encompassed)\s+"
                    r"(?!(?:a|an|its|their|all|both|every|some|most|many|more|over|about|everything|anything|from|the\s+(?:period|years?|months?))\b|\d)"
                    r"|\b(?:has|had|have|with)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}agenda\s*:\s*", re.I)
# (explicit, context): an explicit list may name areas the scheme lacks; the others only known ones; a
# list of topics (None) names known areas and named initiatives ("the Riverside Free Trade Zone") only.
LIST_CONTEXTS = [
    (True, re.compile(rf"\b(?:{COOP}\s+)?{FIELD}(?:\s+of\s+{COOP})?(?:\s+{CHOSEN})?,?\s+{INTRO}\s+|\bin\s+(?:areas|fields)\s+from\s+|\b{COOP}(?:\s+(?:(?:initiatives|measures|projects|items|agreements|arrangements|documents)\s+)?(?:{FIELD},?\s+in|{INTRO})|(?<=ation),\s*{INTRO})\s+", re.I)),
    # "Other fields include A and B", "the main areas of co-operation cover A and B".
    # "eight areas had been identified for co-operation at the first session, namely A; B; ...": a list set out as such
    (True, re.compile(rf"\b{FIELD}\s+(?:had|have|has)\s+been\s+(?:identified|designated|selected|chosen|earmarked|agreed(?:\s+(?:on|upon))?)\b"
                      r"[^.;:]{0,80}?,\s+namely\s+", re.I)),
    (True, re.compile(rf"\b(?:other|main|key|major|priority)\s+{FIELD}(?:\s+of\s+{COOP})?\s+(?:include[sd]?|cover(?:s|ed)?)\s+", re.I)),
    (True, re.compile(rf"\bin\s+(?:the\s+)?(?:{FIELD}|{FIELD}\s+of\s+{COOP})\s+of\s+|\bsuch\s+{FIELD}\s+as\s+", re.I)),
    (True, re.compile(rf"\b{COOP}\s+(?:centr(?:e|es|ing|ed)|center(?:s|ing|ed)|focus(?:es|ing|ed)?)\s+on\s+(?:the\s+)?", re.I)),
    (True, re.compile(rf"\b{FIELD}\s+of\s+{COOP}\s+(?:include|includes|included|cover|covers|covered|comprise|comprises)\s+", re.I)),
    # a sentence that opens a list with a colon: "The key areas are: A; B; C", "The co-operation areas agreed are as follows: A; B"
    (True, re.compile(rf"\A(?:the\s+)?(?:(?:main|key|major|priority)\s+{FIELD}|{COOP}\s+{FIELD}|{FIELD}\s+of\s+{COOP}|{FIELD}(?=\s+{CHOSEN}))\b[^.;:]{{0,60}}?"
                      rf"\s+(?:are|were|include[sd]?|cover(?:s|ed)?)(?:\s+as\s+follows)?\s*:\s*", re.I)),
    (True, re.compile(rf"\b{COOP}(?:\s+of\s+(?:experience|expertise|know-how|ideas))?{BETWEEN}\s+in(?:\s*:)?\s+(?:(?:respect|terms)\s+of\s+(?!the\b))?{NOT_IDIOM}(?:(?:diverse|various|different|many)\s+fields\s+such\s+as\s+)?", re.I)),
    (False, re.compile(rf"\b(?:covering\s+the\s+areas\s+of|focus(?:es|ed|ing)?\s+on|ties\s+in|co-?operate\s+in|{COOP}\s+on"
                       rf"|{COOP}\s+(?:projects|initiatives|items)\s+(?:(?:agreed|adopted|endorsed)\s+)?in"
                       rf"|{COOP}\s+between\s+the\s+two\s+(?:cities|places|sides)\s+in)\s+", re.I)),
    # "promote co-operation with Shanghai in urban planning, urban renewal and construction technology": new fields only
    # where every item is one (not "co-operation with Shanghai in the coming years")
    (None, re.compile(r"\b(?:(?:co-?operation|collaboration|partnership|co-?operat(?:e|es|ed|ing)|collaborat(?:e|es|ed|ing))\s+with\s+(?:the\s+)?"
                      r"(?:⟦(?:place|org):\d+⟧|(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))"
                      # "enhance exchanges with Hong Kong in A and B": exchanges with one of the pair only (not "with Macao")
                      r"|exchanges\s+with\s+(?:Hong\s+Kong|Shanghai))\s+(?:in|on)\s+(?:(?:respect|terms)\s+of\s+(?!the\b))?", re.I)),
    # "the agenda covers everything from A to B", "the co-operation ranges from A to B"; "its remit extends to A
    # and B" and other subjects ("the exchanges covered everything from the weather to ...") name known areas only
    (True, re.compile(r"\b(?:agenda|remit|co-?operation|collaboration)\b[^.;:]{0,60}?\b(?:covers?|covered|spans?|spanned|ranges?"
                      r"|ranged|runs?|ran|stretch(?:es|ed)?)\s+(?:(?:everything|anything|all)\s+)?from\s+(?!the\s+two\b)", re.I)),
    (False, re.compile(rf"\b(?:agenda|remit|{COOP})\b[^.;:]{{0,60}}?\b(?:(?:covers?|covered|spans?|spanned|ranges?|ranged"
                       rf"|runs?|ran|stretch(?:es|ed)?)\s+(?:(?:everything|anything|all)\s+)?from|extend(?:s|ed)?\s+to)\s+", re.I)),
    # "agreed on co-operation items in the following areas: A; B; ...": the list after the colon
    (True, re.compile(rf"\b(?:in|on|across|covering|into|under)\s+the\s+following\s+(?:\w+\s+)?{FIELD}(?:\s+of\s+{COOP})?\s*:\s*", re.I)),
    # "the co-operation items agreed at the session cover A and B", "areas of co-operation: A, B and C",
    # "expand co-operation to A and B"
    (True, re.compile(rf"\b{COOP}\s+(?:items|agreements|projects|initiatives|documents|arrangements)\b[^.;:]{{0,100}}?"
                      rf"\b(?:cover(?:s|ed|ing)?|span(?:s|ned|ning)?|encompass(?:es|ed|ing)?)\s+|\A(?:(?:the\s+)?(?:main|key|major|priority)\s+{FIELD}\s*:\s*|(?:the\s+)?(?:(?:main|key|major|priority)\s+)?(?:{FIELD}\s+of\s+{COOP}|{COOP}\s+{FIELD})\s*:\s*)(?:[^:;.]{{0,160}}:\s*)?"
                      rf"|\b(?:expand|extend|broaden)(?:s|ed|ing)?\s+(?:the\s+|their\s+|our\s+)?{COOP}\s+to\s+"
                      rf"|\b{COOP}\s+(?:opportunities|potential|prospects)\s+in\s+", re.I)),
    # "The 16 agreements span A and B", "agreements relating to A": the subjects of agreements, known areas only
    (False, re.compile(r"\b(?:agreements|memoranda|MoUs|documents)\b[^.;:]{0,60}?\b(?:involv(?:e|es|ed|ing)|concern(?:s|ed|ing)?"
                       r"|relat(?:e|es|ed|ing)\s+to|cover(?:s|ed|ing)?|span(?:s|ned|ning)?)\s+", re.I)),
    (None, TOPICS),
    (None, JOINT_WORK),
    # Commentaries' shapes: "the partnership will centre on A and B", "areas for future co-operation include A",
    # "step up collaboration across A, B and C", "their agenda runs wider, covering A; B; and C"
    (True, re.compile(rf"\b{COOP}\s+{LATER}(?:will|would|shall|is\s+to|should)\s+(?:centre|center|focus)\s+on\s+(?:the\s+)?"
                      rf"|\b{FIELD}\s+for\s+(?:(?:future|further|closer|deeper|more)\s+)?{COOP}\s+(?:include|includes|included|cover|covers)\s+"
                      rf"|\b{COOP}\s+across\s+(?!the\s+(?:board|two|border|region|globe|world)\b|borders?\b)", re.I)),
    # Retrospectives: "The 2003 meeting was dominated by A, B and C" (new fields only where the list is plainly
    # one of fields, as in a meeting's topics)
    (None, re.compile(r"\b(?:meeting|session|plenary|agenda|talks)\s+(?:was|were|is|are|had\s+been)\s+dominated\s+by\s+", re.I)),
    # "Key areas of co-operation this year are A, B and C", "the agenda ..., covering A": known areas only
    (False, re.compile(rf"\b(?:key|main|major|priority)\s+{FIELD}\s+of\s+{COOP}(?:\s+(?:this|next)\s+year)?\s+(?:are|were|will\s+be)\s+"
                       r"|\b(?:agenda|remit)\b[^.;:]{0,60}?,\s+covering\s+", re.I)),
    (True, FOCUS_LIST),
    (True, AGENDA),
    # "follow up on the outcomes of the X in youth development and innovation and technology": known areas only
    (False, re.compile(r"\b(?:outcomes?|results|achievements|consensus)\s+of\s+(?:the\s+)?(?:[\w/'’-]+\s+){0,8}?(?:Conference|plenary\s+session"
                       r"|session)\s+in\s+(?!(?:the\s+)?(?:19|20)\d\d|(?-i:[A-Z])|the\s+(?:past|end|years?|months?|morning|afternoon|evening|city|two)\b)", re.I)),
    # "the areas of co-operation agreed at its three sessions, such as A, B and C": the list after the clause
    (True, re.compile(rf"\b{FIELD}\s+of\s+{COOP}\s+(?:agreed|identified|set\s+out|adopted|endorsed|covered)\b[^,;.:⟦]{{0,60}}?,\s+{INTRO}\s+", re.I)),
    # "carried out the co-operation items agreed there one by one, in A, B and C": the items' fields (known ones)
    (False, re.compile(rf"\b{COOP}\s+(?:items|projects)\s+(?:agreed|adopted|endorsed)\b[^,;.:]{{0,60}}?,\s+in\s+(?!the\s+(?:hope|past|end|years?|months?)\b)", re.I)),
    *CUE_CONTEXTS,
]
CUES = {CUE_CONTEXTS[0][1]}  # a meeting "covered" A and B
# "the list agreed last month runs from A to B": a list of the mechanism's, only in a text that has named it
MECHANISM_LISTS = [(None, re.compile(r"\b(?:list|items)\s+(?:agreed|adopted|endorsed)\b[^.;:]{0,40}?\b(?:runs?|ran|ranges?|ranged|spans?"
                                     r"|spanned|stretch(?:es|ed)?)\s+(?:(?:everything|all)\s+)?from\s+", re.I)),
                   # a slide's bullet "- Areas include: A; B; C": known areas only
                   (False, re.compile(r"\A(?:[-•*▸]\s*)?(?:the\s+)?(?:areas|fields)\s+(?:include[sd]?|covered|cover)\s*:\s*", re.I))]
# "in finance, trade and other areas": the list comes before its marker.
OTHER_AREAS = re.compile(rf"\b(?:in|involv(?:e|es|ed|ing)|cover(?:s|ed|ing)?)\s+(?P<items>[^.;:]{{3,160}}?),?\s+and\s+other\s+{FIELD}\b", re.I)
LIST_END = re.compile(r"\.|,?\s+and\s+the\s+like\b|,\s+according\s+to\b|,[\"”]?\s+(?:the|a|an|its|their)\s+[a-z]+\s+(?:said|says|added|noted|showed|shows)\b|,?\s+among\s+other(?:s|\s+(?:things|areas|fields|sectors|aspects))\b|,[\"”]?\s+(?:he|she|they|we)\s+(?:said|says|added|noted|told)\b|,[\"”]?\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:said|says|added|noted)\b|,\s+and\s+(?:the|a|an|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:will|would|can|could|should|is|are|was|were|has|have|had)\b|;(?=\s*(?:[a-z][\w-]*\s+){1,3}(?:will|was|were)\b)|,\s+(?:and\s+)?(?:to|thereby|so|which|with|and\s+(?:carry|make|promote|jointly|form|continue))\b|\s+(?:to\s+jointly|under\s+the|with\s+a\s+view|were\s+signed|between\s+the|in\s+the\s+(?:hope|new)|by\s+(?:government|the)|can\s+be|could\s+be|will|would|should|is|are|was|were|has|have|had)\b|,\s+(?:and\s+)?(?:that|who|where|while|but)\b|,\s+and\s+(?:on|in|for|with)\s|\s+to\s+(?:a\s+)?(?:new|higher|greater|next)\s+(?:level|stage|height)|\s+between\s+(?=[A-Z])|\s+alongside\b"
                      r"|\s+(?:that|which)\s+(?=(?:the|a|an|its|their|both|he|she|they|we|it|this)\b)"
                      r"|\s+and\s+(?:gain|achieve|help|build|create|make|promote|jointly|form|continue|carry|further|enhance"
                      r"|strengthen|explore|improve|expand|deepen|boost|to)\b")
# "healthcare, where ..., education, tourism and ...": two items at least after it (not "where A is, B persists and C grows")
WHERE_ASIDE = re.compile(r"(?<=[a-z]),(?P<aside>\s+where\s+[^,;.⟦]{3,120}?)(?=,\s+[a-z][^,.;]*,\s+[a-z][^,.;]*?\s+and\s)")
# A new area is a common noun phrase: "cross-border renminbi business", not "the Greater Bay Area".
NEW_AREA = re.compile(r"^(?:[a-z][\w'’-]*|of|and|&)(?:\s+(?:[a-z][\w'’-]*|[A-Z]{2,}|&))*$")
# A named initiative or zone is a field of co-operation: "the Belt and Road Initiative", "the Riverside
# Free Trade Zone" (but not "the Greater Bay Area", a region).
NAMED_FIELD = re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|&|and|of|for|the)){0,8}\s+(?:Initiative|Zone|Strategy|Scheme|Programme|Connect)$")
# A gloss in brackets ("STEM (science, technology, ...)") is not a list of fields.
BRACKETS = re.compile(r"\((?![A-Z][\w'’-]*\))[^()]*\)")  # but "the China (Shanghai) Pilot Free Trade Zone" keeps its name
# The heading of an enumerated list: "(1) Finance", "2. Cultural and creative industries", "iii) Tourism".
ENUMERATED = re.compile(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(?P<label>[A-Z][^.;:!?]{2,70})$")
NEW_HEADING = re.compile(r"^[A-Z][a-z][\w'’-]*(?:\s+(?:[a-z][\w'’-]*|&))*$")
NOT_AREA = re.compile(rf"^(?:more|different|various|diverse|many|multiple|all|several|key|major|new|these|those|such|etc|other|others)$|^other\s"
                      rf"|\b{FIELD}\b|\b(?:co-?operation|collaboration|partnership)\b|\b(?:first|second|last)\s+time\b|^[a-z]+ing\s+(?:the|a|an|its|their|our)\b|\b(?:win-win|mutual\s+benefits?|results|principles?|spirit|manner|situation|requirements|past|future|years?|months?|weeks?|today|tomorrow|yesterday|morning|afternoon|evening|night|cities|places|sides|countries)\b", re.I)
GENERIC_FIELDS = re.compile(rf"^(?:various|different|diverse|many|more|multiple|all|other|\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten"
                            rf"|eleven|twelve|an?\s+(?:(?:wide|broad|whole|large|great)\s+)?(?:number|range|variety|host|series|raft|array)\s+of"
                            rf"(?:\s+(?:other|new|key|major|different))?)\s+{FIELD}\b", re.I)  # "cover three areas.", "in a number of areas." name none
# "healthcare/medical", "culture/tourism": two fields joined by a slash
SLASHED = re.compile(r"(?<=[a-z])\s*/\s*(?=[a-zA-Z])")
# An item of a list of agreements ("the Memorandum ... between A and B, signed by ..."), not of areas.
AGREEMENT_ITEM = re.compile(r"\bsigned\s+by\b|\bbetween\s+(?:the\s+)?[A-Z⟦]|\b(?:Memorand(?:um|a)|Agreements?|Letters?\s+of\s+Intent|"
                            r"Arrangements?)\b")
GENERIC_TAIL = re.compile(r"\s+(?:industries|industry|sectors?|fields?|areas?)$")
CONSENSUS = re.compile(r"\bconsensus\s+on\b|\bagreed\s+on\b", re.I)


class AreaMatcher:
    """Compiled labels of the area scheme."""

    def __init__(self, reference: Reference):
        entries = []
        for area in reference.areas:
            for name in {area.label["en"], *area.alt.get("en", [])}:
                entries.append((name_pattern(name), area, name.strip()))
        entries.sort(key=lambda e: -len(e[0]))
        self.areas = [a for _, a, _ in entries]
        # grouped by first letter, so that at each word only the labels that can start there are tried
        groups: dict[str, list[str]] = {}
        for i, (pattern, _, name) in enumerate(entries):
            groups.setdefault(name[:1].lower(), []).append(f"(?P<a{i}>{pattern})")
        body = "|".join(f"(?=[{re.escape(c + c.upper())}])(?:{'|'.join(alts)})" for c, alts in groups.items())
        self.regex = started(re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I))  # tried only at their letters
        self.label = re.compile(r"(?:" + body + r")", re.I)

    def find(self, text: str) -> list[tuple[int, int, object]]:
        found = [(m.start(), m.end(), self.areas[int(m.lastgroup[1:])]) for m in self.regex.finditer(text)]
        return sorted(found + joined_areas(text, found, self.label, self.areas), key=lambda f: f[0]) if "-" in text else found


UNSTOPPED = re.compile(r"[.!?\"”)]\s*$")


def _items(rest: str) -> str:
    """The list that follows an introducing phrase; in a text cut off mid-list, the cut item is left out. An item's
    aside ("healthcare, where ... this year, education and tourism") is blanked (same length): the list goes on."""
    if ", where " in rest:
        rest = WHERE_ASIDE.sub(lambda m: "," + " " * len(m.group("aside")), rest)
    stop = re.search(r"\.(?:\s|$)", rest)
    sentence = rest[: stop.start()] if stop else rest
    if sentence.count(";") >= 2:  # "A; B, C and D; ...; and E": items set apart by semicolons run to the stop
        return sentence
    end = LIST_END.search(rest)
    if end:
        return rest[: end.start()]
    if not re.search(r"[.!?\"”)]\s*$", rest):
        return re.sub(r"(?:^|[,;]\s*)[^,;]*$", "", rest)
    return rest


# "the following aspects: first, A; second, B", "the following 12 areas: A; B": the words that set out a list
# are not part of its items.
ORDINAL_LEAD = re.compile(r"^(?:(?:the\s+)?following\s+(?:\w+\s+)?(?:aspects|areas|fields)\s*:\s*)?(?:(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|also),?\s+)?(?:the\s+)?", re.I)


LEADS_IN = re.compile(r"\b(?:of|in|on|for|to|with|between|among|the)$", re.I)


def _semicolon_items(span: str, known: list) -> tuple[list, list[str]]:
    """In "A; B and C; D" each item is one area: a known label counts only if it is the whole item."""
    whole, new = [], []
    position = 0
    for item in span.split(";"):
        lead = re.match(r"\s*(?:(?:and|or)\s+)?", item).end()
        lead += ORDINAL_LEAD.match(item[lead:]).end()  # "the following areas: A"
        start = position + lead
        end = position + len(item.rstrip(" ,."))
        inside = [k for k in known if start <= k[0] and k[1] <= end]
        rest = "".join(" " if any(k[0] <= position + i < k[1] for k in inside) else c for i, c in enumerate(item))
        # "the exchange of talent", "exchanges in education, health care and sports": the words that lead in to a
        # known area, and "airport co-operation": a field word after it, are no area of their own
        parts = [p for p in _parts(rest[lead:]) if not LEADS_IN.search(p)] if inside else []
        if inside and all(w.lower() in FIELD_TAILS or w.lower() in FUNCTION_WORDS for p in parts for w in p.split()):
            parts = []
        if len(inside) == 1 and inside[0][0] == start and inside[0][1] == end:
            whole.append(inside[0])
        elif inside and _listed(parts, len(inside)):
            whole += inside  # "shipping and aviation", "culture, sports and tourism": areas, listed
            new += parts
        elif item.strip(" ,.") and not AGREEMENT_ITEM.search(item):
            new.append(ORDINAL_LEAD.sub("", re.sub(r"^(?:and|or)\s+", "", item.strip(" ,."))))
        position += len(item) + 1
    return whole, new


def _listed(parts: list[str], known: int) -> bool:
    """Whether an item is a list of areas rather than one: all its words are known areas ("shipping and
    aviation"), or it lists three or more ("culture, sports and tourism"); "youth development and social
    management" stays one area."""
    if not all(NEW_AREA.match(p) and len(p.split()) <= 3 for p in parts):
        return False
    return not parts or len(parts) + known >= 3


def _parts(text: str) -> list[str]:
    """The words left of a listed item once its known areas are blanked: "  , sports and  " -> sports."""
    return [p for p in (q.strip(" .") for q in re.split(r"\s*(?:,|&|\band\b|\bor\b)\s*", text)) if p]


def _leftovers(span: str, known: list[tuple[int, int, object]], *, skip_semicolon_items: bool = False) -> list[str]:
    """Items of a list that the scheme lacks: split at commas, semicolons and "as well as"; the item
    before the end (or before "as well as") also at its last "and"."""
    if skip_semicolon_items:
        return []
    chars = list(span)
    for s, e, _ in known:
        chars[s:e] = ["¦"] * (e - s)
    pieces = re.split(r"\s*(?:[;,]|\bas\s+well\s+as\b)\s*", "".join(chars))
    tails = [m.start() for m in re.finditer(r"\bas\s+well\s+as\b", "".join(chars))]
    items: list[str] = []
    for i, piece in enumerate(pieces):
        if i == len(pieces) - 1 - len(tails):
            items += re.split(r"\s+(?:and|&)\s+(?=(?:(?!\band\b).)+$)", piece)
        else:
            items.append(piece)
    out = []
    for item in items:
        if re.search(r"(?:^|\s)(?!(?:and|or)\s)[\w-]+\s+¦|¦\s+(?!and\b|or\b)[\w-]", item):
            continue  # a known area narrowed by the words around it ("vocational education"): that area
        item = re.sub(r"\s+(?:and|or|&)$", "", item.strip(" ¦"))
        item = re.sub(r"^(?:(?:and|the|a|an|in|including|various)(?:\s+|$))+", "", ORDINAL_LEAD.sub("", item), flags=re.I)
        item = re.sub(r"\s+in\s+particular$", "", item)
        item = GENERIC_TAIL.sub("", item.strip(" .¦"))
        if "¦" in item or "⟦" in item or not re.search(r"[A-Za-z]{3}", item):
            continue
        if 1 <= len(item.split()) <= 6 and (NEW_AREA.match(item) or NAMED_FIELD.match(item)) and not NOT_AREA.search(item):
            out.append(item)
    return out


CLAUSE_ITEM = re.compile(r"\b(?:met|meet|meets|was|were|is|are|will|has|have|had|led|signed|held|visited)\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}")


def _area_like(item: str) -> bool:
    """Whether a whole item of a list can be a field's name: not a clause ("on 17 October 2024, the
    Secretary met ..."), nor a long one (nor, as the caller checks, a place or body the text names)."""
    return len(item.split()) <= 10 and not CLAUSE_ITEM.search(item)


def _new_area(ctx: DocContext, label: str, sentence) -> URIRef:
    """An area the scheme lacks, kept as an unreviewed concept."""
    iri = ctx.iri("area", slug(label))
    ctx.findings.unreviewed(iri, [SKOS.Concept], label[:1].upper() + label[1:], sentence, label_property=SKOS.prefLabel)
    ctx.findings.add(iri, SKOS.inScheme, HKSH.CooperationAreas, sentence)
    return iri


LIST_SCAN = Scan(context for _, context in LIST_CONTEXTS + MECHANISM_LISTS)


# The field of a group the co-operation sets up: "set up a working group on A", "task forces, on A, on B, and on C".
GROUPS = re.compile(r"\b(?:task\s+forces?|working\s+groups?|expert\s+(?:groups?|panels?)|sub-?groups?),?\s+on\s")
GROUP_TASK = re.compile(rf"(?:the\s+)?{TOPIC_WORDS}\b", re.I)
GROUP_ITEM = re.compile(r"(?:,\s+(?:and\s+)?)?on\s+(?P<item>[^,.;]{3,80})")


def _spans(text: str, about_mechanism: bool = False):
    """(explicit, items) for every list of areas a sentence introduces."""
    present = LIST_SCAN.present(text)
    for explicit, context in LIST_CONTEXTS + (MECHANISM_LISTS if about_mechanism else []):
        for match in LIST_SCAN.finditer(context, text, present):
            if context in CUES and OTHER_BODY.search(text, 0, match.start()) or another_first(text, match.end()):
                continue  # "the Hong Kong/Guangdong ... Joint Conference meeting covered A and B": another's fields
            if firms_fields(text, match):
                continue  # "companies had registered in Lingang, in fields including A and B": a firm's, not the co-operation's
            if context is REMIT and FIRMS.search(text, 0, match.end()):
                continue  # "the co-operation between the two firms covers A and B": a firm's business
            if context is SHARED_LIST and not STRICT_MECHANISM.search(text, 0, match.start()):
                continue  # "the shops keep a common list: A and B": not the pair's
            if context in (COUNTED_RANGE, FOCUS_LIST, AGENDA) and not STRICT_MECHANISM.search(text):
                continue  # "41 recommendations in 12 areas, from governance to ...": a report's, not the co-operation's
            span = _items(text[match.end():])
            # "in 10 areas, namely A and B", "in areas of mutual interest such as A", "cover eight areas: (a) A; (b) B": the list follows
            lead = re.match(rf"^[^,;]*?\b(?:{FIELD}|interests?)\b(?:[^,;]*?,?\s+(?:{INTRO}|from)\s+|\s*:\s*)", span, re.I)
            span = span[lead.end():] if lead else span
            if re.search(r"(?i)\bfrom\s+$", match.group(0)) or lead and re.search(r"(?i)\bfrom\s+$", lead.group(0)):
                # "ranging from A to B and C": "to" divides two items (same length, so offsets hold)
                span = re.sub(r"\s+to\s+", lambda m: "," + " " * (len(m.group(0)) - 1), span, count=1)
            if not GENERIC_FIELDS.match(span):
                yield explicit, span
    for match in GROUPS.finditer(text) if " on " in text else ():
        # "three task forces, on A, on B, and on C": each "on" opens one group's field; one the mechanism sets up may
        # be a field the scheme lacks ("a working group on elderly care"), but not a task ("on the preparations for ...")
        ours = bool(STRICT_MECHANISM.search(text)) and not names_another(text)
        at = match.end() - 3
        while item := GROUP_ITEM.match(text, at):
            field = _items(item.group("item") + ".")
            yield ours and not GROUP_TASK.match(field), field
            at = item.end()
    yield from cue_spans(text)
    for match in OTHER_AREAS.finditer(text) if " other " in text else ():
        items = match.group("items")
        cut = list(re.finditer(rf"\b(?:{COOP}\w*|in)\b[^,]*?\s+in\s+|\bin\s+", items, re.I))
        yield True, items[cut[-1].end():] if cut else items


def find_areas(ctx: DocContext, view: View, matcher: AreaMatcher, targets: list[URIRef]) -> None:
    """Record the areas a sentence lists (or names as a field of co-operation), linked to what names them."""
    text = view.sentence.text
    s = view.sentence
    concepts: list[URIRef] = []
    # a headline has no stop, but its last item is whole: only a text's later sentences can be cut off mid-list
    whole = text + "." if (s.index == 0 or s.paragraph < 0) and not UNSTOPPED.search(text) else text
    for explicit, span in _spans(whole, ctx.entity_iri(ctx.reference.conference) in ctx.findings.mentions):
        span = BRACKETS.sub(lambda m: " " * len(m.group(0)), span)
        span = labels_only(unasided(span)) if ";" in span else span
        labels = matcher.find(span)
        known = [k for k in labels if not _embedded(span, k[0], k[1])]
        known += item_heads(text, span, labels, known)
        # a known field narrowed by a word before it ("cruise tourism") is an item of its own in an explicit
        # list, which still names the broad field too, as texts use the two interchangeably
        narrowed = unnarrowed(span, known, compound=labels if explicit else None) if explicit is None or explicit and ";" not in span else known
        broad = [k for k in known if k not in narrowed] if explicit else []
        known = narrowed
        whole_items: list[str] = []
        if ";" in span:
            known, whole_items = _semicolon_items(span, known)
            named = {m.surface for m in view.mentions}
            whole_items = [i for i in whole_items if _area_like(i) and i not in named]
        items = whole_items + _leftovers(span, known, skip_semicolon_items=";" in span)
        if explicit:
            listed = items
        else:  # a list of topics, or of what co-operation is "on": new fields only where all its items are fields
            listed = [i for i in items if NAMED_FIELD.match(i)] if explicit is None else []
            listed = listed or (topic_fields(span, known, items) if explicit is None else [])
        concepts += [ctx.entity_iri(a) for _, _, a in known + broad]
        concepts += [_new_area(ctx, label, s) for label in listed]
    heading = ENUMERATED.match(text)
    if heading and ctx.headings >= 2:
        found = matcher.find(heading.group("label"))
        if len(found) == 1 and found[0][1] - found[0][0] == len(heading.group("label")):
            concepts.append(ctx.entity_iri(found[0][2]))
        elif NEW_HEADING.match(heading.group("label")) and ctx.known_headings:
            concepts.append(_new_area(ctx, heading.group("label"), s))
    if COOP_WORD.search(view.masked):
        masked = view.masked
        concepts += [ctx.entity_iri(a) for _, _, a in coop_fields(masked, matcher.find(masked))]
    if " items " in view.masked or " projects " in view.masked:
        concepts += [ctx.entity_iri(a) for a in field_items(view.masked, matcher.find(view.masked))]
    link = list(targets)
    if not link and (CONSENSUS.search(text) or heading) and not other_bodies(view):  # not another's consensus
        last = ctx.last_event("session")
        link = [last] if last is not None else []
    for concept in dict.fromkeys(concepts):
        ctx.findings.mention(concept, s)
        for target in link:
            ctx.findings.add(target, DCTERMS.subject, concept, s)
