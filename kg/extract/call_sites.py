"""Calls at a site and who "they" are in a visit programme: "They then called at the Shanghai Urban Planning
Exhibition Center", "will call at the Shanghai office of the <body>".

"called at" names a site only when its object is one (a named place, or a body's office), not an event ("called
at the forum for closer ties") or a thing. "They", in a release that names no delegation, are those who went on
the programme item the sentence before told.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View

AN_EVENT = re.compile(r"(?i:forum|conference|meeting|session|seminar|ceremony|expo|fair|summit|event|reception|dinner|luncheon"
                      r"|banquet|symposium|exhibition|festival|week|gathering|opening)s?$")
SITE = re.compile(r"(?:the\s+)?(?:(?:[A-Z][\w'’&-]*|⟦(?:place|org):\d+⟧)(?:\s+(?:of|and|for|[A-Z][\w'’&-]*|⟦(?:place|org):\d+⟧))*"
                  r"|(?:(?:[A-Z][\w'’-]*|⟦place:\d+⟧)\s+)?(?:office|offices|headquarters)\s+of\s+(?:the\s+)?⟦org:\d+⟧)")


def called_at_site(obj: str) -> bool:
    """Whether the object of "called at" is a site one calls at."""
    return SITE.fullmatch(obj) is not None and AN_EVENT.search(obj) is None


def last_party(ctx: DocContext, view: View) -> list[URIRef]:
    """Who "they" are where the document names no delegation: those who went on the programme item the
    sentence before told ("Ms A and Mr B visited the X. They then called at the Y")."""
    iri = ctx.last_event()
    if iri is None or ctx.last_event("visit") != iri:
        return []
    told = [where for (s, p, _), where in ctx.findings.triples.items() if s == iri and p == RDFS.label]
    if not told or view.sentence.index - 1 not in told[0]:
        return []
    return list(ctx.findings.objects(iri, SDO.attendee))
