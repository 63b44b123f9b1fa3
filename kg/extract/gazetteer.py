"""Finding mentions of reference entities in a sentence, whatever the spelling.

Each name becomes a pattern tolerant of case, hyphens, spaces and apostrophes ("Lee Ka Chiu" finds
"Lee Ka-chiu"); all names of all kinds go into one alternation, longest first, so "Hong Kong Economic
and Trade Office in Shanghai" wins over "Hong Kong". A matched sentence is *masked*: each mention is
replaced by a placeholder ``⟦kind:i⟧``, so later rules can say "a title, then a person".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.mechanism import mechanism_pattern
from kg.reference import Entity, Reference
from kg.text.prefilter import started

HAN = "\u3400-\u9fff\uf900-\ufaff"
PLACEHOLDER = re.compile(r"⟦(\w+):(\d+)⟧")


@dataclass(frozen=True)
class Mention:
    """A span of a sentence that names an entity (known, or found by a pattern)."""

    kind: str
    start: int
    end: int
    surface: str
    entity: Entity | None = None
    ref: object = None


def name_pattern(name: str) -> str:
    """A regex for a name, tolerant of spacing, hyphenation and apostrophes.

    >>> bool(re.fullmatch(name_pattern("Lee Ka-chiu"), "Lee Ka Chiu", re.I))
    True
    >>> bool(re.fullmatch(name_pattern("Jing'an District"), "Jingan District", re.I))
    True
    """
    tokens = re.split(r"[\s\-–]+", name.strip())
    parts = []
    for token in tokens:
        piece = re.escape(token).replace("'", "['’]?").replace("’", "['’]?")
        if token.lower() in ("and", "&", "\\&"):
            piece = "(?:and|&)"
        if len(token) > 1 and token.isupper():
            piece = f"(?-i:{piece})"
        parts.append(piece)
    return r"[\s\-–]*".join(parts) if len(tokens) > 1 else parts[0]


# "(ABBR)" between two words of a name: after a capitalised word, before a capitalised word or "of".
INNER_ABBREVIATION = re.compile(r"(?P<word>\b[A-Z][\w'’-]*)(?P<abbr>\s*\((?-i:[A-Z][A-Za-z&]{1,9})\))(?=\s+(?:[A-Z]|of\s))")


# A possessive before a name: "our Shanghai office", "the Council's Shanghai office" is that body's own, not the
# entity a hidden label ("Shanghai Office") stands for alone.
OWNED = re.compile(r"(?:\b[Oo]ur|\b[Ii]ts|\b[Tt]heir|\w['’]s)\s+$")


def hidden_label(entity: Entity, surface: str) -> bool:
    """Whether a surface is one of the entity's hidden labels only."""
    key = re.sub(r"[\s\-–]+", " ", surface).casefold()
    return any(re.sub(r"[\s\-–]+", " ", n).casefold() == key for names in entity.hidden.values() for n in names)


class Gazetteer:
    """All reference names of people, organisations, places and the conference, compiled once."""

    KINDS = ("person", "org", "place")

    def __init__(self, reference: Reference):
        self.reference = reference
        entries: list[tuple[str, str, Entity, str]] = []
        for entity in [*reference.people, *reference.orgs, *reference.places]:
            for name in entity.match_names():
                entries.append((name_pattern(name), entity.kind, entity, name.strip()))
        entries.sort(key=lambda e: -len(e[0]))
        self._entities: list[tuple[str, Entity]] = [(kind, entity) for _, kind, entity, _ in entries]
        # Names grouped by their first letter, each group behind a one-character lookahead: at a word's
        # start only the names that can begin there are tried (longest first, as before), not all of them.
        groups: dict[str, list[str]] = {}
        for i, (pattern, _, _, name) in enumerate(entries):
            first = name[:1].lower()
            groups.setdefault(first if first.isalpha() else "", []).append(f"(?P<g{i}>{pattern})")
        alternatives = [f"(?P<c>{mechanism_pattern(reference.conference_patterns)})"]
        for first, group in sorted(groups.items()):
            guard = f"(?=[{re.escape(first)}{re.escape(first.upper())}])" if first else ""
            alternatives.append(f"{guard}(?:{'|'.join(group)})")
        # Chinese writes no spaces between words: a name is bounded by any letter but a Han character.
        # Told the letters a name begins with (started()), the engine skips spaces and punctuation at once.
        self._regex = started(re.compile(rf"(?<![^\W{HAN}])(?<!/)(?:" + "|".join(alternatives) + rf")(?![^\W{HAN}])", re.I))

    def find(self, text: str) -> list[Mention]:
        """Mentions of known names; a name may carry its abbreviation in brackets inside it ("the Harbour
        (HB) Board", "the Harbour Board (HB) of Riverton"), which stays in the mention's surface."""
        mentions = []
        read = INNER_ABBREVIATION.sub(lambda m: m.group("word") + " " * len(m.group("abbr")), text) if "(" in text else text
        for match in self._regex.finditer(read):
            group = match.lastgroup
            if group == "c":
                kind, entity = "conf", self.reference.conference
            else:
                kind, entity = self._entities[int(group[1:])]
                if entity.hidden and OWNED.search(read, 0, match.start()) and hidden_label(entity, match.group(0)):
                    continue
            mentions.append(Mention(kind, match.start(), match.end(), text[match.start():match.end()], entity))
        return mentions


def mask(text: str, mentions: list[Mention]) -> str:
    """Replace each mention by its placeholder.

    >>> mask("Mr Lee met Mr Gong", [Mention("person", 3, 6, "Lee"), Mention("person", 14, 18, "Gong")])
    'Mr ⟦person:0⟧ met Mr ⟦person:1⟧'
    """
    out, last = [], 0
    for i, m in enumerate(mentions):
        out.append(text[last:m.start])
        out.append(f"⟦{m.kind}:{i}⟧")
        last = m.end
    out.append(text[last:])
    return "".join(out)


def unmask(masked: str, mentions: list[Mention]) -> str:
    """Restore the surfaces of placeholders in a piece of masked text."""
    return PLACEHOLDER.sub(lambda m: mentions[int(m.group(2))].surface, masked)
