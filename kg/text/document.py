"""Reading one document: bytes → front matter + body, with a one-line error for bad input."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg.text.front_matter import FrontMatterError, read_front_matter

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
        return self.meta.get("published")


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
    """Split an optional YAML front matter block from the body; its fields are checked (:mod:`front_matter`)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = read_front_matter(match.group(1))
    except FrontMatterError as error:
        raise DocumentError(f"{name}: {error}") from None
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
