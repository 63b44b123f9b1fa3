"""One document file to its named graph: read → clean → sentences → findings → RDF."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from kg.extract.document import extract
from kg.namespaces import DEFAULT_BASE, slug
from kg.rdf.document_graph import Triple, as_graph, document_triples
from kg.reference import Reference, load_reference
from kg.text.ahead import ahead_paragraphs
from kg.text.clean import clean, repair
from kg.text.document import DocumentError, read_document
from kg.text.markup import as_plain
from kg.text.prefiltered import install
from kg.text.sentences import Sentence, split_sentences
from kg.text.story_day import story_day
from kg.timing import NoStages, Stages

PREFILTERED = install()  # the rules above are all imported by now: their patterns behind the word prefilter


def doc_iri(path: Path, base: str = DEFAULT_BASE) -> URIRef:
    """A document's IRI, from its file name (stable whatever the order of the build)."""
    return URIRef(f"{base}doc/{slug(Path(path).stem)}")


def convert(path: Path | str, *, reference: Reference | None = None, base: str = DEFAULT_BASE,
            stages: Stages | None = None) -> Graph:
    """Convert one document file to its named graph; raise DocumentError on bad input."""
    iri, triples = convert_triples(path, reference=reference, base=base, stages=stages)
    return as_graph(triples, iri)


def convert_triples(path: Path | str, *, reference: Reference | None = None, base: str = DEFAULT_BASE,
                    stages: Stages | None = None) -> tuple[URIRef, set[Triple]]:
    """The document's graph IRI and its triples, as a plain set: what the build writes out."""
    path = Path(path)
    stages = stages or NoStages()
    reference = reference or load_reference()
    with stages("read and clean"):
        document = read_document(path)
        body = as_plain(document.body, suffix=path.suffix)
        cleaned = clean(body, title=document.meta.get("title"), published=document.published)
    published = document.published or cleaned.published
    with stages("sentences"):
        sentences = split_sentences(cleaned.paragraphs)
    if not sentences and not cleaned.title:
        raise DocumentError(f"{path}: no readable sentences after cleaning")
    title = Sentence(index=len(sentences), paragraph=-1, text=repair(cleaned.title)) if cleaned.title else None  # read as the body is
    iri = doc_iri(path, base)
    with stages("extract"):
        signature = sentences[-1] if cleaned.signature and sentences else None
        days = {i: published for i in cleaned.timed if published is not None} | cleaned.paragraph_dates
        findings = extract(sentences, title=title, published=story_day(cleaned.paragraphs, published), doc=iri, reference=reference, base=base,
                           signature=signature, paragraph_dates=days,
                           ahead=ahead_paragraphs(body, cleaned.paragraphs), headings=cleaned.headings)
    with stages("rdf"):
        return iri, document_triples(document, doc=iri, title=cleaned.title, published=published,
                                     text=cleaned.text, sentences=sentences + ([title] if title else []),
                                     findings=findings)
