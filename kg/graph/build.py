"""Building the dataset: convert every document, merge, validate, write ``dist/`` atomically.

A failed build (a bad document, a shape violated) raises :class:`BuildError` and leaves the last good
output untouched: everything is written to a fresh folder that replaces the old one only at the end.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from kg import __version__
from kg.convert import convert, doc_iri
from kg.curation import CURATION, CurationError, apply_curation, load_curation
from kg.graph.cache import ConversionCache
from kg.graph.dataset import ROOT, ontology_graph
from kg.graph.export import named_graphs, union_graph, write_exports
from kg.graph.validate import Report, validate_dataset
from kg.namespaces import DEFAULT_BASE, bind_prefixes
from kg.rdf.reference_graph import reference_graph
from kg.reference import REFERENCE_DIR, ReferenceError, load_reference
from kg.text.document import DocumentError
from kg.timing import NoStages, Stages

DOCUMENTS = ROOT / "data" / "documents"
DIST = ROOT / "dist"
SUFFIXES = (".txt", ".md")


class BuildError(RuntimeError):
    """A build that must not publish; ``lines`` say why, one problem per line."""

    def __init__(self, lines: list[str], report: Report | None = None):
        super().__init__("\n".join(lines))
        self.lines = lines
        self.report = report


@dataclass
class BuildResult:
    out: Path
    documents: int
    triples: int
    report: Report


def document_paths(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise BuildError([f"{directory}: no such folder of documents"])
    return sorted(p for p in directory.iterdir()
                  if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.upper().startswith("README"))


def assemble(documents: Path, *, reference_dir: Path = REFERENCE_DIR, curation: Path = CURATION,
             base: str = DEFAULT_BASE, stages: Stages | None = None, cache: ConversionCache | None = None) -> Dataset:
    """The dataset: the ontology, the reference data and one named graph per document, curated."""
    stages = stages or NoStages()
    try:
        reference = load_reference(reference_dir)
        decisions = load_curation(curation)
    except (ReferenceError, CurationError) as error:
        raise BuildError([str(error)]) from None
    dataset = Dataset(default_union=True)
    bind_prefixes(dataset)
    graphs: list[Graph] = [ontology_graph(), reference_graph(reference, base)]
    errors = []
    paths = document_paths(documents)
    if not paths:
        raise BuildError([f"{documents}: no documents (*.txt, *.md) to convert"])
    for path in paths:
        try:
            graph = cache.get(path, doc_iri(path, base)) if cache is not None else None
            if graph is None:
                graph = convert(path, reference=reference, base=base, stages=stages)
                if cache is not None:
                    cache.put(path, graph)
            with stages("curation"):
                graphs.append(apply_curation(graph, decisions))
        except DocumentError as error:
            errors.append(str(error))
    if errors:
        raise BuildError(errors)
    with stages("merge"):
        for graph in graphs:
            target = dataset.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
    return dataset


def _replace_dir(new: Path, out: Path) -> None:
    old = out.with_name(out.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if out.exists():
        os.replace(out, old)
    os.replace(new, out)
    if old.exists():
        shutil.rmtree(old)


def build(*, documents: Path = DOCUMENTS, out: Path = DIST, reference_dir: Path = REFERENCE_DIR,
          curation: Path = CURATION, base: str = DEFAULT_BASE, stages: Stages | None = None,
          cache: ConversionCache | None = None) -> BuildResult:
    """Convert, validate and publish; raise BuildError (and publish nothing) on any failure.

    With a cache, documents unchanged since they were last converted are read back instead."""
    stages = stages or NoStages()
    dataset = assemble(documents, reference_dir=reference_dir, curation=curation, base=base, stages=stages,
                       cache=cache)
    with stages("merge"):
        union = union_graph(dataset)
    with stages("validate"):
        report = validate_dataset(dataset, union)
    if not report.conforms:
        raise BuildError(report.violations, report)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    staging.chmod(0o755)
    try:
        with stages("serialise"):
            write_exports(dataset, staging)
        (staging / "shacl-report.txt").write_text(report.text(), encoding="utf-8")
        graphs = [str(g.identifier) for g in named_graphs(dataset)]
        manifest = {
            "version": __version__,
            "base": base,
            "documents": sum(1 for g in graphs if g.startswith(f"{base}doc/")),
            "graphs": graphs,
            "triples": len(union),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        _replace_dir(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return BuildResult(out=out, documents=manifest["documents"], triples=len(union), report=report)
