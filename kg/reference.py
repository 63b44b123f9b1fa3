"""Loading the curated reference data (``data/reference/*.yaml``) into plain objects.

Reference data says who a thing *is* and every spelling of its name; it never says what a document
states. ``kg.rdf.reference_graph`` turns it into the reference named graph.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from kg.namespaces import DEFAULT_BASE
from kg.resources import packaged

REFERENCE_DIR = packaged("reference")  # data/reference in the checkout, package data in a wheel
LATIN_TAGS = ("en", "zh-Latn-pinyin", "yue-Latn-jyutping")


class ReferenceError(ValueError):
    """Reference data that cannot be loaded; the message names the file and the entry."""


@dataclass
class Entity:
    """A curated thing: its kind (``person``, ``org``, ...), slug and names by language tag."""

    kind: str
    id: str
    label: dict[str, str]
    alt: dict[str, list[str]] = field(default_factory=dict)
    hidden: dict[str, list[str]] = field(default_factory=dict)
    data: dict = field(default_factory=dict)

    def iri(self, base: str = DEFAULT_BASE) -> str:
        return f"{base}{self.kind}/{self.id}"

    @property
    def name(self) -> str:
        return self.label.get("en") or next(iter(self.label.values()))

    def match_names(self) -> list[str]:
        """Every Latin-script name to look for in English text."""
        names = [self.label[t] for t in LATIN_TAGS if t in self.label]
        for group in (self.alt, self.hidden):
            for tag in LATIN_TAGS:
                names.extend(group.get(tag, []))
        return names

    def all_names(self) -> set[str]:
        names = set(self.label.values())
        for group in (self.alt, self.hidden):
            for values in group.values():
                names.update(values)
        return names


@dataclass
class Post:
    """A post in the catalogue: the titles that name it with its organisation, and alone."""

    id: str
    label: str
    org: str
    titles: list[str]
    bare_titles: list[str]
    informal_titles: list[str] = field(default_factory=list)
    placed_titles: list[str] = field(default_factory=list)


@dataclass(eq=False)
class Reference:
    conference: Entity
    people: list[Entity]
    orgs: list[Entity]
    places: list[Entity]
    areas: list[Entity]
    posts: list[Post]
    conference_patterns: list[str]

    @cached_property
    def by_key(self) -> dict[tuple[str, str], Entity]:
        items = [self.conference, *self.people, *self.orgs, *self.places, *self.areas]
        return {(e.kind, e.id): e for e in items}

    def get(self, kind: str, id_: str) -> Entity | None:
        return self.by_key.get((kind, id_))

    @cached_property
    def posts_by_id(self) -> dict[str, Post]:
        return {post.id: post for post in self.posts}

    def government_of(self, place_id: str) -> Entity | None:
        return next((o for o in self.orgs if o.data.get("jurisdiction") == place_id), None)

    def governs(self, org_id: str, place_id: str) -> bool:
        """Whether the organisation governs the place, or is its party committee ("Shanghai Mayor", "Shanghai
        party chief")."""
        org = self.get("org", org_id)
        return org is not None and place_id in (org.data.get("jurisdiction"), org.data.get("party_of"))


def _read(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ReferenceError(f"{path}: {str(error).splitlines()[0]}") from None


def _entity(kind: str, item: dict, path: Path) -> Entity:
    try:
        label = item["label"] if kind != "area" else {"en": item["prefLabel"]}
        alt = item.get("altLabels") or {}
        if kind == "area":
            alt = {"en": list(alt)}
        return Entity(
            kind=kind,
            id=str(item["id"]),
            label=dict(label),
            alt={k: list(v) for k, v in alt.items()},
            hidden={k: list(v) for k, v in (item.get("hiddenLabels") or {}).items()},
            data=item,
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise ReferenceError(f"{path}: entry {item!r} lacks {error}") from None


def load_reference(directory: Path | str = REFERENCE_DIR) -> Reference:
    """Load every reference file of a directory."""
    directory = Path(directory)

    def entries(name: str, kind: str) -> list[Entity]:
        path = directory / name
        items = _read(path) or []
        if not isinstance(items, list):
            raise ReferenceError(f"{path}: expected a list of entries")
        return [_entity(kind, item, path) for item in items]

    conf_path = directory / "conference.yaml"
    conf = _read(conf_path)
    if not isinstance(conf, dict):
        raise ReferenceError(f"{conf_path}: expected a mapping")
    posts_path = directory / "posts.yaml"
    posts = [
        Post(
            id=p["id"], label=p["label"], org=p["org"],
            titles=list(p.get("titles", [])), bare_titles=list(p.get("bare_titles", [])),
            informal_titles=list(p.get("informal_titles", [])), placed_titles=list(p.get("placed_titles", [])),
        )
        for p in (_read(posts_path) or [])
    ]
    return Reference(
        conference=_entity("org", conf, conf_path),
        people=entries("people.yaml", "person"),
        orgs=entries("organisations.yaml", "org"),
        places=entries("places.yaml", "place"),
        areas=entries("areas.yaml", "area"),
        posts=posts,
        conference_patterns=list(conf.get("patterns", [])),
    )
