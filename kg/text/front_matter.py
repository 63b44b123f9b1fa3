"""A document's YAML front matter, checked field by field.

Each accepted field has one type; anything else (an impossible date, a list where text belongs, a
malformed language tag, a URL that is not http(s), a field the converter does not know) is refused with
one line naming the file and the field, rather than crashing the converter later or being dropped.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Callable
from datetime import date

import langcodes
import yaml

from kg.links import url_problem

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
LANGUAGE_TAG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_shown = reprlib.Repr()
_shown.maxstring = _shown.maxother = 60


class FrontMatterError(ValueError):
    """A field that cannot be accepted; the message says which and why, on one line."""


class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps: a date stays text, so that an impossible one ("2023-02-30") is
    reported with its field instead of as a YAML constructor's traceback."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _kind(value: object) -> str:
    names = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a mapping"}
    return names.get(type(value), type(value).__name__)


def _text(key: str, value: object) -> str:
    if not isinstance(value, str):
        raise FrontMatterError(f"{key} must be text, not {_kind(value)} (quote it)")
    if not value.strip():
        raise FrontMatterError(f"{key} is empty")
    return value


def _published(key: str, value: object) -> date:
    if not isinstance(value, str):
        raise FrontMatterError(f"{key} must be an ISO date (YYYY-MM-DD), not {_kind(value)}")
    if not ISO_DATE.fullmatch(value.strip()):
        raise FrontMatterError(f"{key} {_shown.repr(value)} is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value.strip())
    except ValueError as error:
        raise FrontMatterError(f"{key} {_shown.repr(value)} is not an ISO date ({error})") from None


def _language(key: str, value: object) -> tuple[str, ...]:
    """One tag, or several (a bilingual text): a list, or tags between commas; the first is the main one."""
    items = value if isinstance(value, list) else _text(key, value).split(",")
    tags = tuple(_one_language(key, item) for item in items)
    if not tags:
        raise FrontMatterError(f"{key} is empty")
    return tags


def _one_language(key: str, value: object) -> str:
    tag = _text(key, value).strip()
    if not LANGUAGE_TAG.fullmatch(tag) or not langcodes.tag_is_valid(tag):
        raise FrontMatterError(f"{key} {_shown.repr(value)} is not a BCP 47 language tag (e.g. en, zh-Hant)")
    return tag


def _url(key: str, value: object) -> str:
    url = _text(key, value).strip()
    problem = url_problem(url)
    if problem:
        raise FrontMatterError(f"{key} {_shown.repr(url)} {problem}")
    return url


FIELDS: dict[str, Callable[[str, object], object]] = {
    "title": _text, "published": _published, "publisher": _text, "url": _url, "language": _language,
}


def read_front_matter(block: str) -> dict:
    """The checked fields of a front matter block (YAML); a field left empty is absent.

    >>> read_front_matter("title: T\\npublished: 2024-06-25\\nurl:\\n")
    {'title': 'T', 'published': datetime.date(2024, 6, 25)}
    """
    try:
        data = yaml.load(block, Loader=_Loader)
    except (yaml.YAMLError, ValueError) as error:
        raise FrontMatterError(f"front matter is not valid YAML ({str(error).splitlines()[0]})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values")
    meta = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise FrontMatterError(f"front matter has an unknown field {_shown.repr(key)} "
                                   f"(known: {', '.join(FIELDS)})")
        if value is not None:
            meta[key] = FIELDS[key](key, value)
    return meta
