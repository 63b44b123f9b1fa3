"""Writing the dataset in every format, byte-identical for the same input.

The build holds each graph as sorted N-Triples lines. The line formats are written from them directly;
Turtle, TriG and JSON-LD by Oxigraph's streaming writers, which keep the (sorted) order they are given.
"""

from __future__ import annotations

import heapq
import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import Dataset, Graph, Literal

from kg.graph.chunks import GRAPHS, NAME, UNION, ChunkIndex, Chunked, derive, serialize, write_lines
from kg.formats import Format
from kg.graph.job import BuildError
from kg.graph.runs import distinct, write_run
from kg.namespaces import bind_prefixes
from kg.timing import NoStages, Stages


def union_graph(dataset: Dataset) -> Graph:
    graph = Graph()
    bind_prefixes(graph)
    for triple in dataset.triples((None, None, None)):
        graph.add(triple)
    return graph


Graphs = list[tuple[str, str]]  # (graph IRI, sorted N-Triples), in IRI order


# Characters that end a line for str.splitlines() but that N-Triples does not escape: written as \uXXXX
# so that one triple is always one line.
_LINE_BREAKS = {c: f"\\u{c:04X}" for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029)}


def _literal(literal: Literal) -> str:
    """A literal as rdflib's N-Triples writer quotes it (``Literal.n3()`` would use Turtle's short forms,
    which N-Triples lacks): backslash, line feed, quote and carriage return escaped, nothing else."""
    quoted = str(literal).replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")
    if literal.language:
        return f'"{quoted}"@{literal.language}'
    return f'"{quoted}"^^<{literal.datatype}>' if literal.datatype else f'"{quoted}"'


_BREAKS = re.compile("[" + "".join(map(chr, _LINE_BREAKS)) + "]")


def _term(term) -> str:
    text = _literal(term) if isinstance(term, Literal) else term.n3()
    return text.translate(_LINE_BREAKS) if _BREAKS.search(text) else text


def nt_line(triple: tuple) -> str:
    """One triple as an N-Triples line, as rdflib's writer gives it, with the line breaks it leaves alone
    escaped (so that one triple is always one line)."""
    s, p, o = triple
    return f"{_term(s)} {_term(p)} {_term(o)} .\n"


def nt_text(graph: Graph | Iterable[tuple]) -> str:
    """A graph (or its triples) as N-Triples, lines sorted and unique: the same graph always gives the same
    text. Each term is written once (a document's terms recur in many of its triples).

    >>> from rdflib import Literal, URIRef
    >>> print(nt_text([(URIRef("http://e/s"), URIRef("http://e/p"), Literal('"a"\\u2028b', lang="en"))] * 2), end="")
    <http://e/s> <http://e/p> "\\"a\\"\\u2028b"@en .
    """
    written: dict = {}

    def term(node) -> str:
        text = written.get(node)
        if text is None:
            text = written[node] = _term(node)
        return text

    return "".join(sorted({f"{term(s)} {term(p)} {term(o)} .\n" for s, p, o in graph}))


def turtle(graph: Graph) -> str:
    """Turtle, sorted: the same graph always gives the same bytes.

    >>> from rdflib import URIRef
    >>> from rdflib.namespace import RDF, SDO
    >>> g = Graph(); _ = g.add((URIRef("https://w3id.org/hksh/id/person/x"), RDF.type, SDO.Person))
    >>> turtle(g).splitlines()[-1]
    '<https://w3id.org/hksh/id/person/x> a schema:Person .'
    """
    return serialize(nt_text(graph).encode(), Format.NTRIPLES, Format.TURTLE).decode()


def graph_lines(iri: str, text: str) -> tuple[bytes, bytes]:
    """A graph's N-Triples, ending in a line break, and the same lines as N-Quads in the graph ``iri``, both
    in UTF-8: encoded once, the quads by a replace in bytes (" .\\n" ends a line, never a term, in either),
    so that the store is handed bytes without a segment's text being joined and encoded whole."""
    data = text.encode()
    data = data if data.endswith(b"\n") else data + b"\n"
    return data, data.replace(b" .\n", f" <{iri}> .\n".encode())


class Spool:
    """Takes the graphs one at a time, in IRI order, and writes the N-Quads file (a chunk per graph) and the
    union's N-Triples (sorted, each triple once, in chunks) without holding the dataset in memory: the
    union goes through sorted runs on disk, merged at the end."""

    def __init__(self, folder: Path, *, run_lines: int = 1_000_000, also: Callable[[bytes, bytes, int], None] | None = None):
        self.folder, self.run_lines, self.also = Path(folder), run_lines, also
        self.nquads_path = self.folder / f"{NAME}{Format.NQUADS.suffix}"
        self.ntriples_path = self.folder / f"{NAME}{Format.NTRIPLES.suffix}"
        self._nquads = open(self.nquads_path, "wb")
        self._lines: list[str] = []
        self._runs: list[Path] = []
        self.quads = 0  # lines written to the N-Quads file
        self.graphs = Chunked(GRAPHS, lengths={Format.NQUADS.suffix: []})
        self.union = Chunked(UNION)

    def add(self, iri: str, text: str) -> list[str]:
        """Spool one graph's N-Triples (and hand its quads and triples to ``also``, the store a build fills
        as it goes); its lines, for whatever else reads them."""
        lines = text.splitlines()
        triples, data = graph_lines(iri, text)
        self._nquads.write(data)
        if self.also is not None:
            self.also(data, triples, len(lines))
        self.graphs.keys.append(iri)
        self.graphs.lengths[Format.NQUADS.suffix].append(len(data))
        self._lines += lines
        self.quads += len(lines)
        if len(self._lines) >= self.run_lines:
            self._write_run()
        return lines

    def _write_run(self) -> None:
        self._lines.sort()
        run = self.folder / f".run-{len(self._runs):05d}.nt"
        write_run(run, distinct(self._lines))
        self._runs.append(run)
        self._lines = []

    def close_quads(self) -> None:
        """The N-Quads file is complete once the last graph is added: what reads it may start."""
        self._nquads.close()

    def finish(self) -> int:
        """Close the N-Quads file, merge the runs into the N-Triples file; the number of triples in it."""
        self.close_quads()
        self._write_run()
        files = [open(run, "rb") for run in self._runs]  # lines hold no "\r" (N-Triples escapes it), so as read in text
        try:
            self.union, count = write_lines(UNION, heapq.merge(*files), self.folder, encoded=True)
        finally:
            for handle in files:
                handle.close()
            for run in self._runs:
                run.unlink()
        return count


def write_derived(out: Path, index: ChunkIndex, *, stages: Stages | None = None) -> None:
    """TriG from the N-Quads, Turtle and JSON-LD from the N-Triples, chunk by chunk."""
    stages = stages or NoStages()
    with strict():
        with stages("serialise TriG"):
            derive(index.graphs, out)
        with stages("serialise Turtle, JSON-LD"):
            derive(index.union, out)


@contextmanager
def strict() -> Iterator[None]:
    """The exports parse strictly what the store took leniently: a term no parser accepts fails the build."""
    try:
        yield
    except SyntaxError as error:
        raise unparsable(str(error)) from None


def unparsable(error: str) -> BuildError:
    return BuildError([f"the converted graphs hold a term no RDF parser accepts: {error}"])


class DerivedApart:
    """A family's derived formats written by a process of its own (:func:`derive` holds the interpreter's
    lock most of its time, so a thread would not run beside the build's other exports); :meth:`result`
    waits for it and records the chunks' lengths in the index, as :func:`derive` does.

    A fresh interpreter, not a fork (the build has threads running) nor multiprocessing's "spawn" (which
    runs the caller's main script again when it lacks a ``__main__`` guard)."""

    def __init__(self, index: Chunked, folder: Path):
        self.index = index
        self._job = Path(folder) / f".derive-{index.family.name}.json"
        self._job.write_text(json.dumps({"path": sys.path, "index": index.to_json(), "family": index.family.name,
                                         "folder": str(folder)}), encoding="utf-8")
        self._process = subprocess.Popen([sys.executable, "-c", _CHILD, str(self._job)], stdin=subprocess.DEVNULL,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def result(self) -> None:
        out, err = self._process.communicate()
        answer = out.decode(errors="replace").strip().splitlines()[-1:]
        if self._process.returncode != 0 or not answer or not answer[0].startswith("{"):
            last = (err.decode(errors="replace").strip().splitlines() or ["no message"])[-1]
            formats = " and ".join(fmt.name for fmt in self.index.family.derived)
            raise BuildError([f"writing the {formats} export failed: {last}"])
        answer = json.loads(answer[0])
        if "error" in answer:
            raise unparsable(answer["error"])
        self.index.lengths.update(answer["lengths"])

    def __enter__(self) -> "DerivedApart":
        return self

    def __exit__(self, *exc) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()
        self._job.unlink(missing_ok=True)


_CHILD = ("import json, sys; job = json.load(open(sys.argv[1], encoding='utf-8')); sys.path[:] = job['path']; "
          "from kg.graph.chunks import derive_job; print(json.dumps(derive_job(job)))")

