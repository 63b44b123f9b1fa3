"""Reading one document: bytes → front matter + body, with a one-line error for bad input."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

MAX_BYTES = 2_000_000
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


class DocumentError(ValueError):
    """A document that cannot be read; the message names the file and the problem on one line."""


@dataclass(frozen=True)
class Document:
    """A source document as read from disk: its metadata and its raw body text."""

    path: Path
    name: str
    meta: dict = field(default_factory=dict)
    body: str = ""

    @property
    def published(self) -> date | None:
        value = self.meta.get("published")
        return value if isinstance(value, date) else None


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 (with or without BOM); anything else is refused rather than guessed."""
    if not data.strip():
        raise DocumentError(f"{name}: empty document")
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in data:
        raise DocumentError(f"{name}: binary file (contains NUL bytes), not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None


def parse_front_matter(text: str, name: str) -> tuple[dict, str]:
    """Split an optional YAML front matter block from the body."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        problem = str(error).splitlines()[0]
        raise DocumentError(f"{name}: front matter is not valid YAML ({problem})") from None
    if not isinstance(meta, dict):
        raise DocumentError(f"{name}: front matter must be a mapping of keys to values")
    published = meta.get("published")
    if isinstance(published, str):
        try:
            meta["published"] = date.fromisoformat(published)
        except ValueError:
            raise DocumentError(f"{name}: published {published!r} is not an ISO date") from None
    return meta, text[match.end():]


def read_document(path: Path | str) -> Document:
    """Read a document file; raise DocumentError with a one-line message on bad input."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot read ({error.strerror})") from None
    text = decode(data, str(path))
    meta, body = parse_front_matter(text, str(path))
    if not body.strip():
        raise DocumentError(f"{path}: no text after the front matter")
    return Document(path=path, name=path.stem, meta=meta, body=body)
