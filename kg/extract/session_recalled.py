"""A text about one session recalls the earlier ones in passing: "The first session was held in Shanghai that
October; ... and the last time the two sides sat around the same table was the fourth session, in Hong Kong in
2018." Its "the session" later is still the one it is about (told first, and later than those it recalls), not
the last one recalled. A recap names two earlier sessions at least; a single one recalled ("The fifth session
was held in 2021. The session agreed ...") may be the one "the session" means next.
"""

from __future__ import annotations

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.namespaces import HKSH


def keep_subject(ctx: DocContext, before: URIRef | None, found: list[URIRef], *, recalled: bool = False) -> None:
    """After a sentence that recalls earlier sessions (or picks out one of those it counted, ``recalled``:
    "The seventh was held in Shanghai last year."), remember again the session the text is about."""
    if before is None or len(set(found)) < (1 if recalled else 2) or before in found:
        return
    first = next((iri for head, iri in ctx.events if head == "session"), None)
    subject = _number(ctx, before)
    if first == before and subject is not None and all((n := _number(ctx, iri)) is not None and n < subject for iri in found):
        ctx.remember_event("session", before)


def _number(ctx: DocContext, iri: URIRef) -> int | None:
    return next((int(n) for n in ctx.findings.objects(iri, HKSH.sessionNumber)), None)
