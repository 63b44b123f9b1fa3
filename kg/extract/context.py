"""The state of one document's extraction: its sentences, what was found, and who was last named.

Rules add facts through :class:`Findings`, which keeps for every triple the sentences that state it;
``kg.rdf.document_graph`` turns findings into RDF with one Web Annotation per sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, ORG, RDF, RDFS, SDO, SKOS

from kg.extract.gazetteer import Mention
from kg.extract.patterns import INITIALS, PINYIN_SURNAMES
from kg.extract.resolve import resolve_org, resolve_person
from kg.namespaces import DEFAULT_BASE, HKSH, slug
from kg.reference import Entity, Reference
from kg.text.sentences import Sentence


def is_session(iri: URIRef | None) -> bool:
    """Whether an IRI names a plenary session: rules treat a session apart from other events.

    >>> is_session(URIRef("https://example.org/session/hksh-3")), is_session(URIRef("https://example.org/event/a"))
    (True, False)
    >>> is_session(None)
    False
    """
    return iri is not None and "/session/" in str(iri)


def canonical_name(surface: str) -> str:
    """The label of a person found outside the reference data: the same for every spelling.

    Initials run together are spaced ("TT Tsui" is "T T Tsui", as "KC Chan" and "K C Chan" are one man): they
    have no vowel, as no family name but Ng has.

    >>> canonical_name("lee  ka-Chiu"), canonical_name("Laura Aron"), canonical_name("C Y Leung"), canonical_name("TT Tsui")
    ('Lee Ka Chiu', 'Laura Aron', 'C Y Leung', 'T T Tsui')
    """
    return " ".join(" ".join(w) if INITIALS.fullmatch(w) else w.capitalize()
                    for w in re.split(r"[\s\-–]+", surface.strip()) if w)



@dataclass
class Findings:
    """Triples with the sentences that state them, and the entities each sentence mentions."""

    doc: URIRef
    triples: dict[tuple, set[int]] = field(default_factory=lambda: defaultdict(set))
    mentions: dict[URIRef, set[int]] = field(default_factory=lambda: defaultdict(set))
    # (subject, predicate) -> objects in the order first stated: the rules ask this many times a sentence
    _objects: dict[tuple, dict] = field(default_factory=lambda: defaultdict(dict), repr=False)
    # predicate -> (subject, object) pairs in the order first stated: rules that look for every visit or
    # every holder of a post ask this instead of scanning all the triples
    _pairs: dict = field(default_factory=lambda: defaultdict(dict), repr=False)
    # (predicate, object) -> subjects in the order first stated: "every visit", "every attendee's event"
    _subjects: dict[tuple, dict] = field(default_factory=lambda: defaultdict(dict), repr=False)
    # memberships the text gives as past: "then" (held at the time told) or "former" (no longer held)
    past: dict[URIRef, str] = field(default_factory=dict)

    def add(self, s, p, o, sentence: Sentence | int) -> None:
        index = sentence if isinstance(sentence, int) else sentence.index
        self.triples[(s, p, o)].add(index)
        self._objects[(s, p)][o] = None
        self._pairs[p][(s, o)] = None
        self._subjects[(p, o)][s] = None
        self.mentions[s].add(index)

    def pairs(self, p) -> list[tuple]:
        """(subject, object) of every triple with this predicate, in the order first stated."""
        return list(self._pairs.get(p, ()))

    def subjects(self, p, o) -> list:
        """Subjects of the triples with this predicate and object, in the order first stated."""
        return list(self._subjects.get((p, o), ()))

    def mention(self, entity: URIRef, sentence: Sentence) -> None:
        self.mentions[entity].add(sentence.index)

    def objects(self, s, p) -> list:
        return list(self._objects.get((s, p), ()))

    def unreviewed(self, iri: URIRef, types: list[URIRef], label: str, sentence: Sentence | int, *,
                   label_property: URIRef = RDFS.label) -> None:
        """An entity found outside the reference data: its types, its English label, and the mark that
        nobody has reviewed it yet (``kg review`` lists it)."""
        for rdf_type in types:
            self.add(iri, RDF.type, rdf_type, sentence)
        self.add(iri, label_property, Literal(label, lang="en"), sentence)
        self.add(iri, HKSH.reviewStatus, Literal("unreviewed"), sentence)

    def rename(self, old: URIRef, new: URIRef) -> None:
        """Give a node another IRI in every triple and mention (an event keyed anew once its day is known)."""
        swap = lambda node: new if node == old else node  # noqa: E731
        triples: dict[tuple, set[int]] = defaultdict(set)
        for (s, p, o), where in self.triples.items():
            triples[(swap(s), p, swap(o))] |= where
        self.triples = triples
        self._objects, self._pairs, self._subjects = defaultdict(dict), defaultdict(dict), defaultdict(dict)
        for (s, p, o) in triples:
            self._objects[(s, p)][o] = None
            self._pairs[p][(s, o)] = None
            self._subjects[(p, o)][s] = None
        if old in self.mentions:
            self.mentions[new] |= self.mentions.pop(old)

    def discard(self, s, p, o) -> None:
        """Take back a triple that a reading of the whole document corrects."""
        self.triples.pop((s, p, o), None)
        self._objects.get((s, p), {}).pop(o, None)
        self._pairs.get(p, {}).pop((s, o), None)
        self._subjects.get((p, o), {}).pop(s, None)

    def has(self, s, p, o=None) -> bool:
        return (s, p, o) in self.triples if o is not None else bool(self._objects.get((s, p)))


GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f"}
# The sentences a release leads with: whoever one of them is about is the text's own, and "Mr Tang" later is them
LEAD_SENTENCES = 2


@dataclass
class DocContext:
    """Everything a rule may read or write while reading one document."""

    reference: Reference
    sentences: list[Sentence]
    published: date | None
    findings: Findings
    base: str = DEFAULT_BASE
    people: list[tuple[URIRef, set[str]]] = field(default_factory=list)
    named_in: dict[URIRef, int] = field(default_factory=dict)  # a person -> the paragraph that last named them in full
    # Full names of people the document found by pattern, and their first two words ("Ingrid Yeung" of
    # "Ingrid Yeung Ho Poi-yan"): said again without a title later, they are the same people.
    said_names: set[str] = field(default_factory=set)
    author: URIRef | None = None  # who "I" is: the blog's signatory, the speaker of a speech
    interrupted: URIRef | None = None  # the speaker a questioner's line ("Reporter: ...") interrupted
    subjects: dict[int, URIRef] = field(default_factory=dict)
    events: list[tuple[str, URIRef]] = field(default_factory=list)
    views: list = field(default_factory=list)
    headings: int = 0
    known_headings: int = 0  # numbered headings that are wholly a known area
    list_headings: int = 0  # lines heading a joint summary's lists of numbered items
    headed: int = 0  # sentences headed "(a) Finance: ..."
    section_heads: dict[int, str] = field(default_factory=dict)  # a paragraph -> the short heading above it
    section_areas: int = 0  # of those headings, the ones that name a known area
    area_sections: tuple[int, int] = (0, 0)  # (sentence, sections left) of "Let me highlight three areas."
    area_labelled: int = -2  # paragraph of the announcement or of the last "Finance: ..." item under it
    delegation: list[URIRef] = field(default_factory=list)
    led_visits: list[URIRef] = field(default_factory=list)  # visits of a delegation's leader
    escorted: list = field(default_factory=list)  # (visitor, company, sentence) told before the visit is
    delegation_whole: bool = False  # the text gives all the delegation (a visitor and those accompanying him)
    delegation_to: URIRef | None = None  # the session a delegation was said to be led to ("for the seventh session")
    delegation_at: int = -1  # the sentence that said so: its members are told in the next few sentences, or not at all
    openings: list[tuple[URIRef, URIRef]] = field(default_factory=list)  # (opening ceremony, the event it opens)
    parts: list[tuple[URIRef, URIRef]] = field(default_factory=list)  # (a panel told by its ordinal, the event it is part of)
    followed: list[tuple[URIRef, int]] = field(default_factory=list)  # (signing told after "the meeting", events named before it)
    day: Literal | None = None
    aside: tuple[int, Literal | None] | None = None  # a background paragraph's, and the story's day to resume after it
    sessions_lead: int = -100  # the last sentence that led in to (or was) a sub-item telling a session
    session_starts: dict = field(default_factory=dict)  # where the sentence's listed sessions' own words start
    factbox: tuple | None = None  # (paragraph, session, number) of the factbox bullet that led with a session
    sessions_aside: set = field(default_factory=set)  # the sentence's sessions prepared for or reported on, not held
    meeting_at: int = -1  # the last sentence that brought in a meeting other than a session
    event_names: dict[str, URIRef] = field(default_factory=dict)
    pending_refs: list = field(default_factory=list)
    conf_names: list[str] = field(default_factory=list)  # the mechanism's names, as the document gave them  # "the reception" before anything named one  # a short name the text gave an event -> it
    day_before: dict[int, Literal | None] = field(default_factory=dict)  # the narrative's day as a sentence opens
    # an organisation's short name (lower case) -> the full name the text gave it ("X of the Y")
    full_names: dict[str, str] = field(default_factory=dict)
    # a batch of agreements by its count ("six co-operation agreements"): "the six agreements" later is it
    batches: dict = field(default_factory=dict)
    # an abbreviation the text defined ("the Harbour Trade Council (HTC)") -> the full name: a later "HTC"
    # or "Director of the HTC" is that organisation, not another one named "HTC"
    short_names: dict[str, str] = field(default_factory=dict)
    # a person -> "m" or "f", from the honorific the text gave them ("Mr", "Ms"): "Ms Chan" is not Mr Chan
    honorifics: dict[URIRef, str] = field(default_factory=dict)
    notice: URIRef | None = None  # the event a notice's "Event 1:" line opened: its field lines tell of it
    notice_people: list[URIRef] = field(default_factory=list)  # who "will attend the following events"
    schedule: tuple = ((), None)  # (whose engagements a schedule lists, the event of its last row)
    press_event: URIRef | None = None  # the press conference a transcript's heading named: its speakers attend
    speech_occasion: URIRef | None = None  # the dinner or reception a speech's heading named: the title names no other
    rundown_building: URIRef | None = None  # the building a rundown's earlier row named: its rooms are in it
    present_at: tuple[int, URIRef] | None = None  # the sentence of the last "Also present ..." and its event
    visit_on: tuple | None = None  # (a visit told by where its visitor is, the visitor, its sentence, its days)
    others_told: int = -100  # the paragraph that last told another pair's conference, with ours not named since
    others_lead: bool | None = None  # whether the first conference the text named was another pair's, ours not named since
    other_shorts: dict[str, str] = field(default_factory=dict)  # "HKGDCJC" -> another pair's conference it stands for
    titled_conf: bool = False  # the title names the mechanism in full: a body that never does may still tell its sessions

    def iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{key}")

    def entity_iri(self, entity: Entity) -> URIRef:
        return URIRef(entity.iri(self.base))

    # --- people -------------------------------------------------------------------------------
    def person(self, mention: Mention, sentence: Sentence) -> URIRef:
        """The IRI of the person a mention names, recording a new person where it is one."""
        entity = mention.entity or resolve_person(mention.surface, self.reference)
        if entity is not None:
            iri = self.entity_iri(entity)
            names = entity.match_names()
            if mention.entity is None:
                self.findings.add(iri, SKOS.altLabel, Literal(mention.surface, lang="en"), sentence)
        elif (longer := self._fuller_name(mention.surface)) is not None:
            iri, names = longer, [mention.surface]  # "Dr Raymond So" after "Dr Raymond So Wai-man"
            self.findings.add(iri, SKOS.altLabel, Literal(mention.surface, lang="en"), sentence)
        else:
            name = canonical_name(mention.surface)
            iri = self.iri("person", slug(name))
            names = [mention.surface]
            if mention.surface != name:
                self.findings.add(iri, SKOS.altLabel, Literal(mention.surface, lang="en"), sentence)
            self.findings.unreviewed(iri, [SDO.Person, FOAF.Person], name, sentence)
            self._said(mention.surface)
        self._remember(iri, names)
        self.named_in[iri] = sentence.paragraph
        self.findings.mention(iri, sentence)
        self.subjects.setdefault(sentence.index, iri)
        return iri

    def _said(self, name: str) -> None:
        """Keep a new person's name (and its first two words) to find it again where no title marks it; the
        reference data's people the gazetteer finds anyway."""
        words = name.split()
        if len(words) >= 2:
            self.said_names.add(name)
        if len(words) >= 3 and "-" not in words[1] and all(len(w) > 1 for w in words[:2]):
            self.said_names.add(" ".join(words[:2]))

    def _fuller_name(self, surface: str) -> URIRef | None:
        """A person this document named in full whose name begins with these two or more words: Hong
        Kong officials are named "Raymond So Wai-man" first, then "Raymond So"."""
        key = slug(canonical_name(surface))
        if key.count("-") < 1:
            return None
        for iri, _ in reversed(self.people):
            if str(iri).rsplit("/", 1)[-1].startswith(key + "-") and f"/person/{key}-" in str(iri):
                return iri
        return None

    def _remember(self, iri: URIRef, names: list[str]) -> None:
        tokens: set[str] = set()
        for name in names:
            words = [w for w in re.split(r"\s+", name) if w]
            if words:
                tokens.add(words[0].split("-")[0].lower())
                family_first = len(words) in (2, 3) and "-" not in name and words[0].lower() in PINYIN_SURNAMES
                if "-" not in words[-1] and not family_first:
                    tokens.add(words[-1].lower())
                elif len(words) >= 3:  # "Eddie Ng Hak-kim" is "Mr Ng": the family name after the English name
                    tokens.add(words[1].lower())
        self.people = [p for p in self.people if p[0] != iri] + [(iri, tokens)]

    def by_surname(self, token: str, honorific: str | None = None, paragraph: int | None = None) -> URIRef | None:
        """The person of the document whose name has this family name.

        When several have it, the one the text's first sentences led with: a release calls its own official
        "Mr Tang" through and through, while a guest of the same name is given with full name and title; else
        the only one this paragraph or the two before named in full (a roundup's item tells of its own
        people); else the one a sentence first led with.
        """
        token = token.lower()
        candidates = [iri for iri, tokens in reversed(self.people) if token in tokens]
        gender = GENDER.get((honorific or "").rstrip(".").lower())
        if gender is not None and len(candidates) > 1:
            fitting = [iri for iri in candidates if self.honorifics.get(iri, gender) == gender]
            candidates = fitting or candidates
        if len(candidates) > 1:
            first = {}
            for index, iri in sorted(self.subjects.items()):
                first.setdefault(iri, index)
            led = sorted((c for c in candidates if c in first), key=first.__getitem__)
            near = [c for c in candidates if paragraph is not None and paragraph - 2 <= self.named_in.get(c, -9) <= paragraph]
            if len(near) == 1 and not (led and first[led[0]] <= LEAD_SENTENCES):
                return near[0]
            if led:
                return led[0]
        return candidates[0] if candidates else None

    # --- organisations, places, events ----------------------------------------------------------
    def org(self, label: str, sentence: Sentence) -> URIRef:
        """An organisation found outside the reference data."""
        label = re.sub(r"^the\s+", "", label.strip(), flags=re.I)
        label = self.short_names.get(label, label)
        known = resolve_org(label, self.reference)
        if known is not None:
            return self.entity_iri(known)
        iri = self.iri("org", slug(re.sub(r"\s*&\s*", " and ", label)))  # "X & Y Bureau" is "X and Y Bureau"
        self.findings.unreviewed(iri, [ORG.Organization], label, sentence)
        return iri

    def remember_event(self, head: str, iri: URIRef) -> None:
        self.events.append((head, iri))

    def last_event(self, head: str | None = None) -> URIRef | None:
        for h, iri in reversed(self.events):
            if head is None or h == head:
                return iri
        return None
