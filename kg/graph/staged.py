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

import bisect
import heapq
import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.graph.chunks import Chunked, described, subject
from kg.graph.validate import Engine, Key, Report, compiled_shapes, graph_checks, shacl
from kg.graph.dataset import SHAPES
from kg.graph.runs import write_run
from kg.timing import Stages


def node_paths(shapes: Graph) -> set[str]:
    """The predicates (as N-Triples terms) whose values are checked against a node shape."""
    return {f"<{path}>" for shape in shapes.subjects(SH.node, None)
            for path in shapes.objects(shape, SH.path) if isinstance(path, URIRef)}


def document_conforms(text: str, base_text: str, *, shapes: Path = SHAPES) -> bool:
    """Whether one document graph, with the base graphs, gives no SHACL result at all."""
    return len(compiled_shapes(shapes).native.validate_text(text + base_text, "ntriples").results) == 0


def graphs_pass(graphs: list[tuple[str, str]], base_text: str, *, shapes: Path = SHAPES) -> bool:
    """Whether several document graphs (IRI, N-Triples), held together with the base graphs, give no
    graph-scoped check row and no SHACL result: one pass over them all, which costs a third of checking
    each on its own (the base graphs are read and validated once), and is a part as good as each of
    theirs, since what one graph tells about another's nodes is what the union tells."""
    if graph_checks(*graphs[0], *graphs[1:]).violations:
        return False
    return document_conforms("".join(text for _, text in graphs), base_text, shapes=shapes)


POINTER = re.compile(r"(\S+) (\S+) (<[^>\n]*>|_:\S+) \.")


def pointers(text: str, paths: set[str]) -> list[tuple[str, str]]:
    r"""(subject, object) of the N-Triples lines whose predicate is one of ``paths`` and whose object is a node:
    each predicate is looked for as a string, and only the lines holding it are matched (a regular
    expression anchored at every line's start cost a millisecond and a half a document).

    >>> pointers('<a> <p> <b> .\n<a> <p> "x" .\n<c> <q> <d> .\n', {"<p>"})
    [('<a>', '<b>')]
    """
    found = []
    for path in sorted(paths):
        needle = f" {path} "
        at = text.find(needle)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            match = POINTER.fullmatch(text, start, end)
            if match and match[2] == path:
                found.append((match[1], match[3]))
            at = text.find(needle, end)
    return found


def subjects(lines: list[str]) -> list[str]:
    """The subjects of sorted N-Triples lines, each once: a subject's lines are together, so one is read
    from each run of lines, found by bisection.

    >>> subjects(['<a> <p> "1" .', '<a> <q> "2" .', '<ab> <p> "3" .', '_:b <p> <a> .'])
    ['<a>', '<ab>', '_:b']
    """
    found, at = [], 0
    while at < len(lines):
        line = lines[at]
        if not line:
            at += 1
            continue
        term = line[:line.index(" ")]
        found.append(term)
        at = bisect.bisect_left(lines, f"{term}!", at)  # "!" is the first character after the space
    return found


class CrossView:
    """Collects which subjects are described in more than one graph (through sorted runs on disk, like the
    union) and which subjects point at which nodes through node-shaped properties, then cuts the
    cross-document view out of the chunks of the union that hold those subjects."""

    def __init__(self, folder: Path, *, shapes: Path = SHAPES, run_lines: int = 1_000_000):
        self.folder, self.run_lines = Path(folder), run_lines
        self.paths = node_paths(compiled_shapes(shapes).graph)
        self._subjects: list[str] = []
        self._runs: list[Path] = []
        self._pointers_path = self.folder / ".pointers"
        self._pointers = open(self._pointers_path, "w", encoding="utf-8")

    def add(self, text: str, lines: list[str] | None = None) -> None:
        """One graph's N-Triples (and its lines, sorted, when the caller has split them already)."""
        self._subjects += subjects(sorted(text.splitlines()) if lines is None else lines)
        self._pointers.writelines(f"{target} {source}\n" for source, target in pointers(text, self.paths))
        if len(self._subjects) >= self.run_lines:
            self._write_run()

    def _write_run(self) -> None:
        run = self.folder / f".subjects-{len(self._runs):05d}"
        self._subjects.sort()
        write_run(run, self._subjects)
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
            self._clear_runs()
        return shared

    def _clear_runs(self) -> None:
        for run in self._runs:
            run.unlink()
        self._runs, self._subjects = [], []

    def _pointers_at(self, nodes: set[str]) -> set[str]:
        self._pointers.close()
        found = set()
        with open(self._pointers_path, encoding="utf-8") as pairs:
            for pair in pairs:
                target, source = pair[:-1].split(" ", 1)
                if target in nodes:
                    found.add(source)
        return found

    def discard(self) -> None:
        self._clear_runs()
        self._pointers.close()
        self._pointers_path.unlink(missing_ok=True)

    def conforms(self, union: Chunked, base_text: str, *, shapes: Path = SHAPES) -> bool:
        """Whether the cross-document view gives no SHACL result about a node it describes whole.

        The view holds the base graphs; the union's triples about shared subjects and about subjects that
        point at one through a node-shaped property; and, for ``sh:class``, the types of the nodes those
        point at, whose own verdicts come from their documents' graphs. Only the union's chunks that hold
        these subjects are read."""
        shared = self.shared()
        try:
            whole = shared | self._pointers_at(shared)
        finally:
            self.discard()
        return _view_conforms(union, self.folder, whole, base_text, shapes)


RDF_TYPE = f"<{RDF.type}>"


def neighbourhood_conforms(store: ox.Store, union: Chunked, folder: Path, subjects: set[str], untyped: set[str],
                           base_text: str, *, shapes: Path = SHAPES) -> bool:
    """The cross-document view of an incremental build: the union's triples about every node the changed
    graphs described (before or after), about the nodes that point at one of them through a node-shaped
    property, and, when one lost a type, about every node that points at it; plus the types of the nodes
    those point at. Whatever a change can break about a node the full view holds is in here.

    The store finds the nodes; their triples are read from the union's N-Triples, whose literals are as
    the converter wrote them (the store keeps a derived datatype's value, not its name)."""
    default = ox.DefaultGraph()
    paths = [ox.NamedNode(path[1:-1]) for path in sorted(node_paths(compiled_shapes(shapes).graph))]
    whole = {s for s in subjects if s.startswith("<")}
    for node in sorted(whole):
        term = ox.NamedNode(node[1:-1])
        for path in paths:
            whole |= {str(q.subject) for q in store.quads_for_pattern(None, path, term, default)}
        if node in untyped:
            whole |= {str(q.subject) for q in store.quads_for_pattern(None, None, term, default)}
    return _view_conforms(union, folder, whole, base_text, shapes)


def _view_conforms(union: Chunked, folder: Path, whole: set[str], base_text: str, shapes: Path) -> bool:
    """SHACL over a view: the base graphs, the union's triples about the nodes in ``whole``, and the types of
    the other nodes those point at; a result about one of those others is its own document's to give."""
    lines = described(union, folder, whole)
    taken = {subject(line) for line in base_text.splitlines() if line} | whole
    typed_only = {rest[:-3] for line in lines for _, _, rest in [line.split(" ", 2)] if rest[0] in "<_"} - taken
    lines += [line for line in described(union, folder, typed_only) if line.split(" ", 2)[1] == RDF_TYPE]
    report = compiled_shapes(shapes).native.validate_text(base_text + "".join(lines), "ntriples")
    return not any(result.focus_node not in typed_only for result in report.results)


def document_findings(text: str, base_text: str) -> set[Key]:
    """What SHACL finds in one document graph with the base graphs."""
    return shacl(text + base_text).keys()


def by_parts_or_union(union: Path, stage: str, by_parts: Callable[[], bool], *, suspects: list[str],
                      engine: Engine, stages: Stages, own: Callable[[Key], bool] = lambda key: False,
                      again: bool = False) -> Report:
    """SHACL by parts (each graph was validated as it was converted; ``by_parts`` checks the view across
    graphs), and over the whole union when a part found anything, or for pyshacl, which is the reference.
    A violation of the union that no document graph shows on its own (``own`` says whether one does, with
    the base graphs) is a disagreement between documents: a warning, so that one odd source does not
    unpublish the rest. ``own`` must know every document's graph, not only those converted this time.
    ``again``: the whole union in any case (a patch whose last build had disagreements elsewhere)."""
    if engine is Engine.SHACL and not suspects and not again:
        with stages(stage):
            if by_parts():
                return Report()
    with stages("validate (SHACL, whole union)"):
        return shacl(union, engine=engine, across=lambda key: not own(key))
