"""A document's YAML front matter, checked field by field.

Each accepted field has one type; anything else (an impossible date, a list where text belongs, a
malformed language tag, a URL that is not http(s), a misspelt field name) is refused with one line naming
the file and the field, rather than crashing the converter later or being dropped. Fields the model has no
place for (``author``, ``tags``, ``source`` ...) are what other tools put in front matter: they are passed
over, as static-site generators do, so that a page exported from one converts as it is.
"""

from __future__ import annotations

import difflib
import re
import reprlib
from collections.abc import Callable
from datetime import date, datetime

import langcodes
import yaml

from kg.links import url_problem

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[T ]\d)")
LANGUAGE_TAG = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*")
_shown = reprlib.Repr()
_shown.maxstring = _shown.maxother = 60


class FrontMatterError(ValueError):
    """A field that cannot be accepted; the message says which and why, on one line."""


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """YAML without implicit timestamps: a date stays text, so that an impossible one ("2023-02-30") is
    reported with its field instead of as a YAML constructor's traceback. libyaml's parser where PyYAML
    has it: reading front matter was a fiftieth of converting a document with the pure-Python one."""


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
    if not ISO_DATE.match(value.strip()):
        raise FrontMatterError(f"{key} {_shown.repr(value)} is not an ISO date (YYYY-MM-DD)")
    try:
        if len(value.strip()) > 10:
            return datetime.fromisoformat(value.strip()).date()
        return date.fromisoformat(value.strip())
    except ValueError as error:
        why = "YYYY-MM-DD" if "isoformat" in str(error) else error
        raise FrontMatterError(f"{key} {_shown.repr(value)} is not an ISO date ({why})") from None


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
ALIASES = {"date": "published"}  # the name Jekyll, Hugo and most blog engines give it


def _misspelt(key: str) -> str | None:
    """The known field that ``key`` looks like a slip of ("tittle", "publshed"), or None for a field of its
    own ("subtitle", "author").

    >>> _misspelt("publshed"), _misspelt("Title"), _misspelt("subtitle"), _misspelt("source")
    ('published', 'title', None, None)
    """
    close = [known for known in (*FIELDS, *ALIASES) if abs(len(known) - len(key)) <= 2
             and difflib.SequenceMatcher(None, key.lower(), known).ratio() >= 0.8]
    return close[0] if close else None


def read_front_matter(block: str) -> dict:
    """The checked fields of a front matter block (YAML); a field left empty is absent.

    >>> read_front_matter("title: T\\npublished: 2024-06-25\\nurl:\\n")
    {'title': 'T', 'published': datetime.date(2024, 6, 25)}
    >>> read_front_matter("title: T\\ndate: 2024-06-25T09:30:00+08:00\\nauthor: A. Reporter\\ntags: [a, b]\\n")
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
        field = ALIASES.get(key, key)
        if field not in FIELDS:
            if isinstance(key, str) and (known := _misspelt(key)):
                raise FrontMatterError(f"front matter has an unknown field {_shown.repr(key)} (did you mean "
                                       f"{known!r}? known: {', '.join(FIELDS)})")
            continue
        if field in meta or (field != key and field in data):
            raise FrontMatterError(f"front matter gives {field} twice ({key} and {field})")
        if value is not None:
            meta[field] = FIELDS[field](key, value)
    return meta
