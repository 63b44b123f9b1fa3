"""Applying a maintainer's curation decisions (``data/curation.yaml``) to a document's graph.

The converter's output is never edited by hand: decisions live in one file and every build applies them,
so an accepted entity stays accepted and a rejected fact stays rejected however often the graph is rebuilt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.defaults import CURATION  # noqa: F401  (kept importable from here)
from kg.namespaces import HKSH, OA

UNREVIEWED = Literal("unreviewed")


class CurationError(ValueError):
    """A curation file that cannot be read."""


@dataclass
class Curation:
    accept: set[str] = field(default_factory=set)
    merge: dict[str, str] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    reject: list[dict] = field(default_factory=list)


def load_curation(path: Path | str = CURATION) -> Curation:
    """Read a curation file; a missing file means no decisions yet."""
    path = Path(path)
    if not path.exists():
        return Curation()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise CurationError(f"{path}: {str(error).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise CurationError(f"{path}: expected a mapping with accept, merge, rename, reject")
    try:
        curation = Curation(accept=set(data.get("accept") or []), merge=dict(data.get("merge") or {}),
                            rename=dict(data.get("rename") or {}), reject=list(data.get("reject") or []))
    except (TypeError, ValueError) as error:
        raise CurationError(f"{path}: {error}") from None
    for item in curation.reject:
        if not isinstance(item, dict) or "subject" not in item:
            raise CurationError(f"{path}: each reject entry needs a subject (got {item!r})")
    return curation


def _matches(term, value: str) -> bool:
    return str(term) == value


def apply_curation(graph: Graph, curation: Curation) -> Graph:
    """Apply every decision to one document graph, in place, and return it."""
    for item in curation.reject:
        subject = URIRef(item["subject"])
        if "predicate" not in item:
            for annotation in list(graph.subjects(OA.hasBody, subject)):
                _drop_annotation(graph, annotation)
            for triple in list(graph.triples((subject, None, None))) + list(graph.triples((None, None, subject))):
                graph.remove(triple)
            continue
        predicate = URIRef(item["predicate"])
        for s, p, o in list(graph.triples((subject, predicate, None))):
            if "object" not in item or _matches(o, str(item["object"])):
                graph.remove((s, p, o))
    for old, new in curation.merge.items():
        old, new = URIRef(old), URIRef(new)
        for s, p, o in list(graph.triples((old, None, None))):
            graph.remove((s, p, o))
            if p == RDFS.label:
                graph.add((new, SKOS.altLabel, o))
            elif p != HKSH.reviewStatus:
                graph.add((new, p, o))
        for s, p, o in list(graph.triples((None, None, old))):
            graph.remove((s, p, o))
            graph.add((s, p, new))
    for iri, label in curation.rename.items():
        iri = URIRef(iri)
        for old in list(graph.objects(iri, RDFS.label)):
            if isinstance(old, Literal) and old.language == "en":
                graph.remove((iri, RDFS.label, old))
                if str(old) != label:
                    graph.add((iri, SKOS.altLabel, old))
                graph.add((iri, RDFS.label, Literal(label, lang="en")))
    for iri in curation.accept:
        iri = URIRef(iri)
        if (iri, HKSH.reviewStatus, UNREVIEWED) in graph:
            graph.remove((iri, HKSH.reviewStatus, UNREVIEWED))
            graph.add((iri, HKSH.reviewStatus, Literal("accepted")))
    return graph


def _drop_annotation(graph: Graph, annotation) -> None:
    """A rejected entity's mentions go with it: the annotation, its target and its selector."""
    target = graph.value(annotation, OA.hasTarget)
    selector = graph.value(target, OA.hasSelector) if target is not None else None
    for node in (annotation, target, selector):
        if node is not None:
            graph.remove((node, None, None))
