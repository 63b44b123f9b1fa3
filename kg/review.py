"""What a maintainer should look at: entities found outside the reference data and not yet accepted,
and new spellings of known entities, each with the sentences it was read from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.namespaces import HKSH
from kg.rdf.document_graph import quotes


@dataclass
class Item:
    kind: str
    iri: str
    label: str
    why: str
    sentences: list[tuple[str, str]] = field(default_factory=list)


def _sentences(dataset: Dataset, iri: URIRef, containing: str | None = None) -> list[tuple[str, str]]:
    return [(str(doc), sentence) for doc, sentence in quotes(dataset, iri)
            if containing is None or containing.lower() in sentence.lower()]


def review_items(dataset: Dataset, reference_graph_iri: str) -> list[Item]:
    """Unreviewed entities, then alternative spellings that the reference data does not list."""
    items = []
    for iri in sorted(set(dataset.subjects(HKSH.reviewStatus, Literal("unreviewed")))):
        types = {str(t).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for t in dataset.objects(iri, RDF.type)}
        label = dataset.value(iri, RDFS.label) or dataset.value(iri, SKOS.prefLabel) or iri
        items.append(Item("new " + ("/".join(sorted(types)) or "entity"), str(iri), str(label),
                          "not in the reference data", _sentences(dataset, iri)))
    reference = Graph(store=dataset.store, identifier=URIRef(reference_graph_iri))
    spellings: dict[tuple[str, str], list[str]] = {}  # (entity, folded name) -> the spellings met
    for iri, name in sorted(dataset.subject_objects(SKOS.altLabel)):
        if (iri, None, None) in reference and (iri, SKOS.altLabel, name) not in reference and \
                (iri, SKOS.hiddenLabel, name) not in reference:
            variants = spellings.setdefault((str(iri), fold(str(name))), [])
            if str(name) not in variants:
                variants.append(str(name))
    for (iri, _), variants in spellings.items():
        sentences = sorted({s for name in variants for s in _sentences(dataset, URIRef(iri), containing=name)})
        items.append(Item("new spelling", iri, " / ".join(variants), "matched by fuzzy matching or a new variant"
                          + (" (variants differing only in case or punctuation, as one item)" if len(variants) > 1 else ""),
                          sentences))
    return items


def fold(name: str) -> str:
    """A name without case or punctuation: spellings that differ only in those are one item to review.

    >>> fold("Lee Ka-chiu") == fold("LEE  Ka Chiu.") == fold("lee ka–chiu")
    True
    """
    return " ".join(re.sub(r"[^\w\s]|_", " ", unicodedata.normalize("NFKC", name).casefold()).split())


def format_items(items: list[Item]) -> str:
    if not items:
        return "Nothing to review: every entity is in the reference data or accepted in data/curation.yaml.\n"
    lines = [f"{len(items)} item(s) to review. Record decisions in data/curation.yaml "
             "(accept / merge / rename / reject); the next build applies them.", ""]
    for item in items:
        lines.append(f"- {item.kind}: {item.label}")
        lines.append(f"  iri: {item.iri}")
        lines.append(f"  why: {item.why}")
        for doc, sentence in item.sentences[:5]:
            lines.append(f"  said in {doc.rsplit('/', 1)[-1]}: \"{sentence}\"")
        lines.append("")
    return "\n".join(lines)


def disagreements(report_text: str) -> str:
    r"""The build report's warnings (where documents disagree), for the maintainer to settle in the curation
    data; nothing when there are none.

    >>> disagreements("Conforms: ...\nWarning: check x-warning: a=1\n")
    '\nWhere documents disagree (settle in data/curation.yaml):\n  Warning: check x-warning: a=1\n'
    """
    lines = [line for line in report_text.splitlines() if line.startswith("Warning:")]
    if not lines:
        return ""
    return "\nWhere documents disagree (settle in data/curation.yaml):\n" + "".join(f"  {line}\n" for line in lines)
