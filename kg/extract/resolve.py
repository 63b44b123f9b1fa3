"""Fuzzy entity resolution: a spelling the reference data lacks, matched to the entity it names.

A new name joins a known person only when the whole names are near-identical (rapidfuzz ratio at or above
the threshold) *and* they share the family-name token and the number of name parts: "Laura Arron" is
Laura Aron, but "Chen Jie" is never "Chen Jining", and "Paul Lam" never "Paul Chan". Two family names that
differ are two families however alike they look ("Yin Yong" is never Ying Yong, "Stephen Lau" never Stephen Lam),
and two whole pinyin syllables are two given names ("Han Zhen" is not Han Zheng): a typo is fuzzy matching's
business, another Chinese name is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from kg.extract.bare_names import SURNAMES
from kg.extract.patterns import PINYIN_SURNAMES
from kg.reference import Entity, Reference

THRESHOLD = 90


def _key(name: str) -> str:
    """A name as compared: lower case, words split at spaces and hyphens.

    >>> _key("Lee Ka-chiu")
    'lee ka chiu'
    """
    return " ".join(re.split(r"[\s\-–]+", name.lower().strip()))


@lru_cache(maxsize=8)
def _index(reference: Reference, kind: str) -> tuple[list[str], list[Entity]]:
    entities = {"person": reference.people, "org": reference.orgs}[kind]
    keys, owners = [], []
    for entity in entities:
        for name in entity.match_names():
            keys.append(_key(name))
            owners.append(entity)
    return keys, owners


# A whole syllable of Hanyu Pinyin (toneless, "v" for "ü"): an initial, then a final.
PINYIN_SYLLABLE = re.compile(r"(?:[bpmfdtnlgkhjqxrwy]|zh|ch|sh|z|c|s)?"
                             r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu"
                             r"|ou|ua|ui|un|uo|ue|ve|van|vn|a|e|i|o|u|v)")


def _other_name(a: str, b: str) -> bool:
    """Two differing words that are each a name of their own: two family names, or two pinyin syllables.

    >>> _other_name("lau", "lam"), _other_name("zhen", "zheng"), _other_name("arron", "aron")
    (True, True, False)
    """
    return (a in SURNAMES and b in SURNAMES) or bool(PINYIN_SYLLABLE.fullmatch(a) and PINYIN_SYLLABLE.fullmatch(b))


def _compatible(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if wa[0] != wb[0] and wa[0] in PINYIN_SURNAMES and wb[0] in PINYIN_SURNAMES:
        return False
    if len(wa) != len(wb) or any(x != y and _other_name(x, y) for x, y in zip(wa, wb)):
        return False
    return wa[0] == wb[0] or wa[-1] == wb[-1]


def resolve_person(name: str, reference: Reference, threshold: int = THRESHOLD) -> Entity | None:
    """The reference person a new spelling names, or None.

    >>> from kg.reference import load_reference
    >>> ref = load_reference()
    >>> resolve_person("Laura Arron", ref).id, resolve_person("Chen Jie", ref), resolve_person("Paul MP Chan", ref).id
    ('laura-aron', None, 'paul-chan-mo-po')
    """
    keys, owners = _index(reference, "person")
    key = _key(name)
    if (initialled := MIDDLE_INITIALS.fullmatch(name)) is not None and (found := _initialled(initialled, keys, owners)):
        return found
    for candidate, score, i in process.extract(key, keys, scorer=fuzz.ratio, limit=5):
        if score >= threshold and _compatible(key, candidate):
            return owners[i]
    return None


# An English name, the Chinese given name's initials, the family name: "Paul MP Chan", "John C Tsang".
MIDDLE_INITIALS = re.compile(r"(?P<first>[A-Z][a-z]+)\s(?P<initials>[A-Z]\.?|[A-Z]{2})\s(?P<family>[A-Z][a-z]+)")


def _initialled(name: re.Match, keys: list[str], owners: list[Entity]) -> Entity | None:
    """The one reference person named "<first> <family> <given name>" whose given name has those initials."""
    first, family, initials = name.group("first").lower(), name.group("family").lower(), name.group("initials").rstrip(".").lower()
    found = {owners[i].id: owners[i] for i, key in enumerate(keys)
             if (words := key.split())[:2] == [first, family] and "".join(w[0] for w in words[2:]).startswith(initials)}
    return next(iter(found.values())) if len(found) == 1 else None


def resolve_org(label: str, reference: Reference, threshold: int = THRESHOLD) -> Entity | None:
    """The reference organisation a new name near-identically spells, or None; an office "in" another city is
    another office."""
    keys, owners = _index(reference, "org")
    key = _key(re.sub(r"^the\s+", "", label, flags=re.I))
    match = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=threshold)
    city = re.search(r" in (\w+)$", key)
    if match and city and city.group(1) not in match[0].split():
        return None  # "the Economic and Trade Office in Chengdu" is not the one in Shanghai, however alike the names
    return owners[match[2]] if match else None
