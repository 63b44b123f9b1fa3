"""Co-operation areas named in a list: "13 co-operation areas, including A, B and C".

Areas of the reference scheme are matched by any of their labels, longest first. Items of an explicit
"co-operation areas including ..." list that the scheme lacks become new, unreviewed concepts. A list
links to the session or event its sentence names, else (for "consensus on N areas") to the session
the document last named.
"""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, SKOS

from kg.extract.context import DocContext
from kg.extract.gazetteer import name_pattern
from kg.extract.mentions import View
from kg.namespaces import HKSH, slug
from kg.reference import Reference

LIST_CONTEXTS = [
    (True, re.compile(r"\b(?:co-?operation\s+areas?|areas?\s+of\s+co-?operation)\b,?\s+(?:including|such\s+as|namely|covering|in)\s+", re.I)),
    (False, re.compile(r"\b(?:co-?operation|collaboration|exchanges)\s+in\s+(?:areas\s+(?:such\s+as|including)\s+|(?:diverse|various|different|many)\s+fields\s+such\s+as\s+)?", re.I)),
    (False, re.compile(r"\b(?:covering\s+the\s+areas\s+of|in\s+(?:diverse|various|different)\s+fields\s+such\s+as|focus(?:ing)?\s+on)\s+", re.I)),
    (False, re.compile(r"\bin\s+(?:(?:areas|fields|sectors)\s+such\s+as|such\s+(?:areas|fields|sectors)\s+as|areas\s+including)\s+", re.I)),
]
LIST_END = re.compile(r"\.|;(?=\s*[a-z]+\s+(?:will|was|were)\b)|,\s+(?:and\s+)?(?:to|thereby|so|which|with|and\s+(?:carry|make|promote|jointly|form|continue))\b|\s+(?:to\s+jointly|under\s+the|with\s+a\s+view|were\s+signed|between\s+the|in\s+the\s+(?:hope|new)|by\s+(?:government|the))\b")
CONSENSUS = re.compile(r"\bconsensus\s+on\b|\bagreed\s+on\b", re.I)


class AreaMatcher:
    """Compiled labels of the area scheme."""

    def __init__(self, reference: Reference):
        entries = []
        for area in reference.areas:
            for name in {area.label["en"], *area.alt.get("en", [])}:
                entries.append((name_pattern(name), area))
        entries.sort(key=lambda e: -len(e[0]))
        self.areas = [a for _, a in entries]
        self.regex = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(entries)) + r")(?![\w-])", re.I)

    def find(self, text: str) -> list[tuple[int, int, object]]:
        return [(m.start(), m.end(), self.areas[int(m.lastgroup[1:])]) for m in self.regex.finditer(text)]


def _items(rest: str) -> str:
    end = LIST_END.search(rest)
    return rest[: end.start()] if end else rest


def _semicolon_items(span: str, known: list) -> tuple[list, list[str]]:
    """In "A; B and C; D" each item is one area: a known label counts only if it is the whole item."""
    whole, new = [], []
    position = 0
    for item in span.split(";"):
        start = position + len(item) - len(item.lstrip())
        end = position + len(item.rstrip(" ,"))
        inside = [k for k in known if start <= k[0] and k[1] <= end]
        if len(inside) == 1 and inside[0][0] == start and inside[0][1] == end:
            whole.append(inside[0])
        elif item.strip(" ,"):
            new.append(item.strip(" ,"))
        position += len(item) + 1
    return whole, new


def _leftovers(span: str, known: list[tuple[int, int, object]], *, skip_semicolon_items: bool = False) -> list[str]:
    if skip_semicolon_items:
        return []
    chars = list(span)
    for s, e, _ in known:
        chars[s:e] = [" "] * (e - s)
    pieces = re.split(r"\s*[;,]\s*|\s+and\s+(?=\S+$)", "".join(chars))
    out = []
    for piece in pieces:
        piece = re.sub(r"^(?:(?:and|the|including)(?:\s+|$))+", "", piece.strip(), flags=re.I).strip(" .")
        if 1 <= len(piece.split()) <= 8 and re.search(r"[A-Za-z]{3}", piece) and "⟦" not in piece:
            out.append(piece)
    return out


def find_areas(ctx: DocContext, view: View, matcher: AreaMatcher, targets: list[URIRef]) -> None:
    """Record the areas a sentence lists, linked to what names them."""
    text = view.sentence.text
    f, s = ctx.findings, view.sentence
    seen: set[URIRef] = set()
    for explicit, context in LIST_CONTEXTS:
        for match in context.finditer(text):
            span = _items(text[match.end():])
            known = matcher.find(span)
            if not known and not explicit:
                continue
            whole_items: list[str] = []
            if ";" in span:
                known, whole_items = _semicolon_items(span, known)
            concepts: list[URIRef] = [ctx.entity_iri(a) for _, _, a in known]
            if explicit:
                for label in whole_items + _leftovers(span, known, skip_semicolon_items=";" in span):
                    iri = ctx.iri("area", slug(label))
                    f.add(iri, RDF.type, SKOS.Concept, s)
                    f.add(iri, SKOS.inScheme, HKSH.CooperationAreas, s)
                    f.add(iri, SKOS.prefLabel, Literal(label[:1].upper() + label[1:], lang="en"), s)
                    f.add(iri, HKSH.reviewStatus, Literal("unreviewed"), s)
                    concepts.append(iri)
            link = list(targets)
            if not link and CONSENSUS.search(text):
                last = ctx.last_event("session")
                link = [last] if last is not None else []
            for concept in concepts:
                if concept in seen:
                    continue
                seen.add(concept)
                f.mention(concept, s)
                for target in link:
                    f.add(target, DCTERMS.subject, concept, s)
