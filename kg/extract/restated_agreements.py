"""An agreement told first by its kind and subject, then by its full name: a lead's "Hong Kong and Shanghai have
signed a new memorandum on financial co-operation", then "The Memorandum of Understanding on Deepening Financial
Co-operation between Hong Kong and Shanghai was signed ...". Both phrases name one memorandum, so the described
one is folded into the named one rather than counted as a second agreement. It is folded only where one named
agreement of the document has its kind and every word of its subject; "a similar memorandum" is another one.
A paper told by its kind alone ("signed a memorandum of understanding on Tuesday") is folded the same way, into
the one named paper of its kind.
"""

from __future__ import annotations

import re

from rdflib import RDF, RDFS, Literal, URIRef

from kg.extract.context import DocContext
from kg.namespaces import HKSH

DESCRIBED = re.compile(r"(?i)(?:new\s+|fresh\s+)?(?P<kind>memorandum(?:\s+of\s+understanding)?|mou|agreement|arrangement"
                       r"|letter\s+of\s+intent)\s+(?:on|for)\s+(?P<subject>[^()]+)")
KINDS = {"mou": "memorandum", "memorandum of understanding": "memorandum"}
# A lead's paper told by its kind alone, "signed a memorandum of understanding on Tuesday", named in full further on.
KIND_ONLY = re.compile(r"(?i)(?:new\s+|co-?operation\s+)?(?P<kind>memorandum(?:\s+of\s+understanding)?|mou|agreement|arrangement"
                       r"|letter\s+of\s+intent)(?P<subject>)")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower().replace("co-operation", "cooperation"))) - {"the", "and", "of", "in"}


def fold_restated_agreements(ctx: DocContext) -> None:
    """Fold each agreement described by kind and subject into the one named agreement that covers it."""
    f = ctx.findings
    agreements = f.subjects(RDF.type, HKSH.Agreement)
    if len(agreements) < 2:
        return
    doc_key = str(f.doc).rsplit("/", 1)[-1]
    named = [a for a in agreements if not str(a).endswith(doc_key)]
    for described in [a for a in agreements if str(a).endswith(doc_key)]:
        labels = [str(o) for o in f.objects(described, RDFS.label)]
        match = (DESCRIBED.fullmatch(labels[0]) or KIND_ONLY.fullmatch(labels[0])) if len(labels) == 1 else None
        if match is None or f.has(described, HKSH.documentCount):
            continue
        kind = " ".join(match.group("kind").lower().split())
        kind = KINDS.get(kind, kind)
        covering = [a for a in named if any(kind in " ".join(str(o).lower().split()) and _words(match.group("subject")) <= _words(str(o))
                                            for o in f.objects(a, RDFS.label))]
        if len(covering) == 1:
            _fold(ctx, described, covering[0], labels[0])


def _fold(ctx: DocContext, described: URIRef, named: URIRef, label: str) -> None:
    f = ctx.findings
    f.discard(described, RDFS.label, Literal(label, lang="en"))
    f.rename(described, named)
