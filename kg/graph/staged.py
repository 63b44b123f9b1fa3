"""SHACL by parts, so that validation memory does not grow with the corpus: each document graph with the
base graphs (ontology and reference data) as it is converted, then one cross-document view; the whole
union only when either part finds anything, so that a failing build still gets the exact report.

Why the parts are enough. A node described in one graph only (most nodes: articles, annotations, events)
has all its values in that graph, and ``sh:class`` only gets easier with more type statements, so its
verdict in "its graph + the base graphs" is its verdict in the union. A node described in several graphs
(a person, a post, a session) is *shared*: the cross-document view holds every union triple about it, and
about any node that points at a shared node through a property checked with ``sh:node`` (whose verdict
depends on the pointed node's whole description). Whatever either part misses can only be a missing type
or value, which shows up as a violation there and sends the build to the full union.

>>> from rdflib import Graph
>>> paths = node_paths(Graph().parse(data='''@prefix sh: <http://www.w3.org/ns/shacl#> .
... [] sh:property [ sh:path <http://ex/target> ; sh:node [] ] , [ sh:path <http://ex/label> ] .''', format="turtle"))
>>> sorted(paths)
['<http://ex/target>']
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.graph.chunks import Chunked, read_chunks, subject_key
from kg.graph.validate import _compiled
from kg.graph.dataset import SHAPES


def node_paths(shapes: Graph) -> set[str]:
    """The predicates (as N-Triples terms) whose values are checked against a node shape."""
    return {f"<{path}>" for shape in shapes.subjects(SH.node, None)
            for path in shapes.objects(shape, SH.path) if isinstance(path, URIRef)}


def document_conforms(text: str, base_text: str, *, shapes: Path = SHAPES) -> bool:
    """Whether one document graph, with the base graphs, gives no SHACL result at all."""
    return len(_compiled(shapes)[0].validate_text(text + base_text, "ntriples").results) == 0


def _subject(line: str) -> str:
    return line[:line.index(" ")]


class CrossView:
    """Collects which subjects are described in more than one graph (through sorted runs on disk, like the
    union), then cuts the cross-document view out of the sorted union file."""

    def __init__(self, folder: Path, *, shapes: Path = SHAPES, run_lines: int = 1_000_000):
        self.folder, self.run_lines = Path(folder), run_lines
        self.paths = node_paths(_compiled(shapes)[1])
        self._subjects: list[str] = []
        self._runs: list[Path] = []

    def add(self, text: str) -> None:
        self._subjects += {_subject(line) for line in text.splitlines() if line}
        if len(self._subjects) >= self.run_lines:
            self._write_run()

    def _write_run(self) -> None:
        run = self.folder / f".subjects-{len(self._runs):05d}"
        run.write_text("".join(f"{s}\n" for s in sorted(self._subjects)), encoding="utf-8")
        self._runs.append(run)
        self._subjects = []

    def shared(self) -> set[str]:
        """Subjects that more than one graph describes (each graph lists a subject once)."""
        self._write_run()
        shared, previous = set(), None
        files = [open(run, encoding="utf-8") for run in self._runs]
        try:
            for line in heapq.merge(*files):
                if line == previous:
                    shared.add(line[:-1])
                previous = line
        finally:
            for handle in files:
                handle.close()
            for run in self._runs:
                run.unlink()
        return shared

    def discard(self) -> None:
        for run in self._runs:
            run.unlink()
        self._runs, self._subjects = [], []

    def conforms(self, union: Path, base_text: str, *, shapes: Path = SHAPES) -> bool:
        """Whether the cross-document view gives no SHACL result about a node it describes whole.

        The view holds the base graphs; the union's triples about shared subjects and about subjects that
        point at one through a node-shaped property; and, for ``sh:class``, the types of the nodes those
        point at, whose own verdicts come from their documents' graphs. Two passes over the sorted union."""
        shared, typed_only = self.shared(), set()
        view = union.with_name(".cross-document.nt")
        try:
            with open(view, "w", encoding="utf-8") as out:
                out.write(base_text)
                for block in _blocks(union):
                    split = [line.split(" ", 2) for line in block]
                    if _subject(block[0]) in shared or any(p in self.paths and rest[:-3] in shared for _, p, rest in split):
                        out.writelines(block)
                        typed_only.update(rest[:-3] for _, _, rest in split if rest[0] in "<_")
                taken = {_subject(line) for line in base_text.splitlines() if line} | shared
                typed_only -= taken
                for block in _blocks(union):
                    if _subject(block[0]) in typed_only:
                        out.writelines(line for line in block if line.split(" ", 2)[1] == RDF_TYPE)
            report = _compiled(shapes)[0].validate_file(str(view))
        finally:
            view.unlink(missing_ok=True)
        return not any(result.focus_node not in typed_only for result in report.results)


RDF_TYPE = f"<{RDF.type}>"


def _blocks(path: Path) -> Iterator[list[str]]:
    """The lines of a sorted N-Triples file, subject by subject."""
    block: list[str] = []
    prefix = ""
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith(prefix) or not block:
                if block:
                    yield block
                block, prefix = [], _subject(line) + " "
            block.append(line)
    if block:
        yield block


def neighbourhood_conforms(store: ox.Store, union: Chunked, folder: Path, subjects: set[str], untyped: set[str],
                           base_text: str, *, shapes: Path = SHAPES) -> bool:
    """The cross-document view of an incremental build: the union's triples about every node the changed
    graphs described (before or after), about the nodes that point at one of them through a node-shaped
    property, and, when one lost a type, about every node that points at it; plus the types of the nodes
    those point at. Whatever a change can break about a node the full view holds is in here.

    The store finds the nodes; their triples are read from the union's N-Triples, whose literals are as
    the converter wrote them (the store keeps a derived datatype's value, not its name)."""
    default = ox.DefaultGraph()
    whole = {s for s in subjects if s.startswith("<")}
    for node in sorted(whole):
        term = ox.NamedNode(node[1:-1])
        for path in node_paths(_compiled(shapes)[1]):
            whole |= {str(q.subject) for q in store.quads_for_pattern(None, ox.NamedNode(path[1:-1]), term, default)}
        if node in untyped:
            whole |= {str(q.subject) for q in store.quads_for_pattern(None, None, term, default)}
    lines = _described(union, folder, whole)
    typed_only = {rest[:-3] for line in lines for _, _, rest in [line.split(" ", 2)] if rest[0] == "<"} - whole
    lines += [line for line in _described(union, folder, typed_only) if line.split(" ", 2)[1] == RDF_TYPE]
    report = _compiled(shapes)[0].validate_text(base_text + "".join(lines), "ntriples")
    return not any(result.focus_node not in typed_only for result in report.results)


def _described(union: Chunked, folder: Path, nodes: set[str]) -> list[str]:
    """The union's lines about some subjects, read from the chunks that hold them."""
    keys = {f"{node} " for node in nodes}
    chunks = read_chunks(union, folder, {union.chunk_of(key) for key in keys})
    return [line for _, lines in sorted(chunks.items()) for line in lines if subject_key(line) in keys]
