"""Exports in chunks, so that a rebuild rewrites only what changed.

Each export is a line file (N-Triples for the union, N-Quads for the named graphs), sorted, and formats
derived from it (Turtle, JSON-LD; TriG). Every file is a head, the bodies of consecutive chunks of the
sorted lines, and a tail. Chunks start where the content says (a key whose CRC the family's period
divides), never by position, so a full build and an incremental one cut the same chunks, write the same
bytes, and the incremental one copies every unchanged chunk's bytes from the last build's files.

>>> union = Chunked(UNION, keys=["<a> "], lengths={".nt": [20]})
>>> union.chunk_of("<b> ")
0
"""

from __future__ import annotations

import bisect
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg.formats import Format
from kg.prefixes import PREFIX_IRIS

NAME = "hksh"


def subject(line: str) -> str:
    """An N-Triples or N-Quads line's subject term."""
    return line[:line.index(" ")]


def subject_key(line: str) -> str:
    """A union line's subject (with the space after it, so keys sort as the lines do)."""
    return line[:line.index(" ") + 1]


def _graph_start(line: str) -> int:
    return line.rindex("<", 0, len(line) - 3)


def graph_key(line: str) -> str:
    """An N-Quads line's graph IRI (graphs are written in the order of their IRIs)."""
    return line[_graph_start(line) + 1:-4]


def triple_line(line: str) -> str:
    """An N-Quads line as the N-Triples line of its triple."""
    return line[:_graph_start(line)] + ".\n"


@dataclass(frozen=True)
class Family:
    """Exports that share their chunks: one line format and the formats derived from it."""

    name: str
    lines: Format
    derived: tuple[Format, ...]
    key: Callable[[str], str]
    period: int  # a key starts a chunk when its CRC is a multiple of this (1: every key)
    leading: bool = False  # each line starts with its key (so a line that starts with the last key has it)

    def starts_chunk(self, key: str) -> bool:
        return self.period == 1 or zlib.crc32(key.encode()) % self.period == 0

    @property
    def formats(self) -> tuple[Format, ...]:
        return (self.lines, *self.derived)


UNION = Family("union", Format.NTRIPLES, (Format.TURTLE, Format.JSONLD), subject_key, 256, leading=True)
GRAPHS = Family("graphs", Format.NQUADS, (Format.TRIG,), graph_key, 1)
_PROBE = "<urn:x:s> <urn:x:p> <urn:x:o> .\n"


@dataclass(frozen=True)
class Layout:
    head: bytes = b""
    sep: bytes = b""
    tail: bytes = b""


@lru_cache(maxsize=None)
def layout(fmt: Format) -> Layout:
    if fmt is Format.JSONLD:
        return Layout(b"[", b",", b"]")
    if fmt in (Format.TURTLE, Format.TRIG):
        probe = serialize(_PROBE.encode(), Format.NTRIPLES, fmt)
        return Layout(probe[:probe.index(b"<urn:x:s>")])
    return Layout()


def _written(quads, target: Format) -> bytes:
    prefixes = PREFIX_IRIS if target in (Format.TURTLE, Format.TRIG) else None
    return ox.serialize(quads, format=target.rdf, prefixes=prefixes)


def serialize(data: bytes, source: Format, target: Format) -> bytes:
    """Data in one format to another; Oxigraph's writers keep the order they are given."""
    return _written(ox.parse(data, format=source.rdf), target)


def bodies(data: bytes, source: Format, targets: tuple[Format, ...], *, lenient: bool = False) -> list[bytes]:
    """One chunk's lines in each derived format, without the file's head and tail; parsed once for all
    (strictly, unless ``lenient``: see :func:`derive`)."""
    quads = ox.parse(data, format=source.rdf, lenient=lenient)
    quads = list(quads) if len(targets) > 1 else quads
    found = []
    for target in targets:
        out = _written(quads, target)
        shape = layout(target)
        if not (out.startswith(shape.head) and out.endswith(shape.tail)):
            raise ValueError(f"unexpected {target.name} output for a chunk")
        found.append(out[len(shape.head):len(out) - len(shape.tail)])
    return found


def body(data: bytes, source: Format, target: Format) -> bytes:
    """One chunk's lines in a derived format, without the file's head and tail."""
    return bodies(data, source, (target,))[0]


@dataclass
class Chunked:
    """Where each chunk of a family starts (its first key) and its bodies' lengths in every format."""

    family: Family
    keys: list[str] = field(default_factory=list)
    lengths: dict[str, list[int]] = field(default_factory=dict)

    def chunk_of(self, key: str) -> int:
        return max(0, bisect.bisect_right(self.keys, key) - 1)

    def offsets(self, fmt: Format) -> list[int]:
        """Where each chunk's body starts in the format's file."""
        shape, found = layout(fmt), []
        at = len(shape.head)
        for length in self.lengths[fmt.suffix]:
            found.append(at)
            at += length + len(shape.sep)
        return found

    def to_json(self) -> dict:
        return {"keys": self.keys, "lengths": self.lengths}

    @classmethod
    def from_json(cls, family: Family, data: dict) -> "Chunked":
        return cls(family, list(data["keys"]), {k: list(v) for k, v in data["lengths"].items()})


@dataclass
class ChunkIndex:
    """The chunks of both families, kept with a build so that the next one can patch its files."""

    graphs: Chunked
    union: Chunked

    def to_json(self) -> dict:
        return {"graphs": self.graphs.to_json(), "union": self.union.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> "ChunkIndex":
        return cls(Chunked.from_json(GRAPHS, data["graphs"]), Chunked.from_json(UNION, data["union"]))


def cut(family: Family, lines: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """Sorted lines in chunks (first key, lines): a chunk starts at the first line, then at each key the
    family's rule picks."""
    chunk: list[str] = []
    first = key = None
    for line in lines:
        if family.leading and key is not None and line.startswith(key):
            chunk.append(line)
            continue
        current = family.key(line)
        if current != key:
            key = current
            if chunk and family.starts_chunk(current):
                yield first, chunk
                chunk = []
            if not chunk:
                first = current
        chunk.append(line)
    if chunk:
        yield first, chunk


def cut_encoded(family: Family, lines: Iterable[bytes]) -> Iterator[tuple[bytes, list[bytes]]]:
    """:func:`cut` for sorted lines in UTF-8, of a family whose lines start with their keys, each line once:
    the same chunks as :func:`cut` of the distinct lines decoded (UTF-8 sorts as the characters do, and a
    key's CRC is taken of its UTF-8), and no line decoded.

    >>> [(first, len(chunk)) for first, chunk in cut_encoded(UNION, [b'<a> <p> <b> .\\n'] * 2 + [b'<a> <q> "c" .\\n'])]
    [(b'<a> ', 2)]
    """
    if not family.leading:
        raise ValueError(f"the {family.name} family's lines do not start with their keys")
    chunk: list[bytes] = []
    first = key = None
    period = family.period
    last = None
    for line in lines:
        if line == last:
            continue
        last = line
        if key is not None and line.startswith(key):
            chunk.append(line)
            continue
        key = line[:line.index(b" ") + 1]
        if chunk and (period == 1 or zlib.crc32(key) % period == 0):
            yield first, chunk
            chunk = []
        if not chunk:
            first = key
        chunk.append(line)
    if chunk:
        yield first, chunk


def write_lines(family: Family, lines: Iterable[str] | Iterable[bytes], folder: Path, *,
                encoded: bool = False) -> tuple[Chunked, int]:
    """The family's line file from its sorted lines (``encoded``: in UTF-8, for a family whose lines start
    with their keys, each kept once); its chunks, and how many lines."""
    index, count = Chunked(family, lengths={family.lines.suffix: []}), 0
    with open(folder / f"{NAME}{family.lines.suffix}", "wb") as out:
        for first, chunk in cut_encoded(family, lines) if encoded else cut(family, lines):
            data = b"".join(chunk) if encoded else "".join(chunk).encode()
            out.write(data)
            index.keys.append(first.decode() if encoded else first)
            index.lengths[family.lines.suffix].append(len(data))
            count += len(chunk)
    return index, count


def derive(index: Chunked, folder: Path) -> None:
    """The derived formats, chunk by chunk from the line file, each chunk parsed once for all of them.

    The union's lines are parsed strictly, so that a term no parser accepts fails the build. The named
    graphs' are parsed leniently (half their parse's time: IRIs and language tags are not checked again):
    each of their triples is a line of the union, written from the same text, and their graph names are
    checked here, so the union's strict parse has read every term they hold."""
    formats = index.family.derived
    lenient = index.family is GRAPHS
    if lenient:
        graph_names(index.keys)
    shapes = [layout(fmt) for fmt in formats]
    lengths: list[list[int]] = [[] for _ in formats]
    with open(folder / f"{NAME}{index.family.lines.suffix}", "rb") as source, ExitStack() as stack:
        outs = [stack.enter_context(open(folder / f"{NAME}{fmt.suffix}", "wb")) for fmt in formats]
        for out, shape in zip(outs, shapes):
            out.write(shape.head)
        for n, length in enumerate(index.lengths[index.family.lines.suffix]):
            for out, shape, found, data in zip(outs, shapes, lengths, bodies(source.read(length), index.family.lines,
                                                                              formats, lenient=lenient)):
                out.write(shape.sep * bool(n) + data)
                found.append(len(data))
        for out, shape in zip(outs, shapes):
            out.write(shape.tail)
    index.lengths.update({fmt.suffix: found for fmt, found in zip(formats, lengths)})


def graph_names(names: Iterable[str]) -> None:
    """Raise SyntaxError (as a strict parse does) if one of the graph names is not an IRI an RDF parser accepts.

    >>> graph_names(["http://example.org/g"])
    >>> try:
    ...     graph_names(["http://example.org/g", "http://example.org/a b"])
    ... except SyntaxError as error:
    ...     print(error)
    Parser error at line 2 between columns 31 and 55: Invalid IRI code point ' ' (line 2)
    """
    for _ in ox.parse("".join(f"<urn:x:s> <urn:x:p> <urn:x:o> <{name}> .\n" for name in names).encode(),
                      format=Format.NQUADS.rdf):
        pass


def iter_chunks(index: Chunked, folder: Path, numbers: Iterable[int]) -> Iterator[tuple[int, list[str]]]:
    """The lines of some chunks, one chunk at a time, read from the family's line file."""
    fmt = index.family.lines
    offsets, lengths = index.offsets(fmt), index.lengths[fmt.suffix]
    with open(folder / f"{NAME}{fmt.suffix}", "rb") as source:
        for n in sorted(set(numbers)):
            source.seek(offsets[n])
            yield n, source.read(lengths[n]).decode().splitlines(keepends=True)


def read_chunks(index: Chunked, folder: Path, numbers: Iterable[int]) -> dict[int, list[str]]:
    return dict(iter_chunks(index, folder, numbers))


def described(index: Chunked, folder: Path, nodes: set[str]) -> list[str]:
    """The union's lines about some subjects (N-Triples terms), read from the chunks that hold them."""
    keys = {f"{node} " for node in nodes}
    return [line for _, lines in iter_chunks(index, folder, {index.chunk_of(key) for key in keys})
            for line in lines if subject_key(line) in keys]


def patch(index: Chunked, old: Path, new: Path, removed: set[str], added: set[str]) -> Chunked:
    """Write the family's files in ``new``: the last build's (in ``old``) less the removed lines, plus the
    added ones. Chunks no line touches are copied byte for byte; the others are cut and written again."""
    family = index.family
    arriving: dict[int, set[str]] = {}
    for line in added:
        arriving.setdefault(index.chunk_of(family.key(line)), set()).add(line)
    touched = {index.chunk_of(family.key(line)) for line in removed} | set(arriving)
    lines = read_chunks(index, old, touched)
    wanted = set(touched)
    for n in touched:  # a chunk whose first key is gone joins the chunk before it, as a full build would cut
        first = index.keys[n]
        if n and not any(family.key(line) == first for line in (set(lines[n]) - removed) | arriving.get(n, set())):
            wanted.add(n - 1)
    lines.update(read_chunks(index, old, wanted - touched))
    plan: list[tuple[int, int] | tuple[str, list[str]]] = []  # (old chunks start, stop) or (first key, lines)
    start = 0
    for run in _runs(wanted):
        if start < run[0]:
            plan.append((start, run[0]))
        kept = {line for n in run for line in lines[n]} - removed
        kept |= {line for n in run for line in arriving.get(n, ())}
        plan += cut(family, sorted(kept, key=lambda line: (family.key(line), line)))
        start = run[-1] + 1
    if start < len(index.keys):
        plan.append((start, len(index.keys)))
    result = Chunked(family)
    for step in plan:
        result.keys += index.keys[step[0]:step[1]] if isinstance(step[0], int) else [step[0]]
    for fmt in family.formats:
        result.lengths[fmt.suffix] = _splice(index, fmt, plan, old, new)
    return result


def _runs(numbers: set[int]) -> list[list[int]]:
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _splice(index: Chunked, fmt: Format, plan: list, old: Path, new: Path) -> list[int]:
    """One file of the family, from the plan: old chunks' bytes copied, new chunks' bodies written."""
    shape, offsets, lengths = layout(fmt), index.offsets(fmt), index.lengths[fmt.suffix]
    found: list[int] = []
    name = f"{NAME}{fmt.suffix}"
    with open(old / name, "rb") as source, open(new / name, "wb", buffering=0) as out:
        out.write(shape.head)
        for n, step in enumerate(plan):
            if n:
                out.write(shape.sep)
            if isinstance(step[0], int):
                start, stop = step
                _copy(source, out, offsets[start], offsets[stop - 1] + lengths[stop - 1] - offsets[start])
                found += lengths[start:stop]
            else:
                data = "".join(step[1]).encode()
                data = data if fmt is index.family.lines else body(data, index.family.lines, fmt)
                out.write(data)
                found.append(len(data))
        out.write(shape.tail)
    return found


def _copy(source, out, offset: int, count: int) -> None:
    while count > 0:
        done = os.copy_file_range(source.fileno(), out.fileno(), count, offset)
        if done == 0:
            raise OSError(f"{source.name}: shorter than its chunk index says")
        offset, count = offset + done, count - done


def derive_job(job: dict) -> dict:
    """What :class:`kg.graph.export.DerivedApart`'s process does: derive the family's formats; their lengths,
    or the error. Here, beside :func:`derive`, so that the process imports Oxigraph and this module only."""
    family = {family.name: family for family in (GRAPHS, UNION)}[job["family"]]
    index = Chunked.from_json(family, job["index"])
    try:
        derive(index, Path(job["folder"]))
    except SyntaxError as error:
        return {"error": str(error)}
    return {"lengths": {fmt.suffix: index.lengths[fmt.suffix] for fmt in family.derived}}
