"""A speaking slot of a larger event ("Speaking at the opening session, ...", "remarks at the closing session"):
a part of the programme of the forum, roadshow or conference the text has named, not an event of its own, so
whoever speaks at it is at that event."""

from __future__ import annotations

from rdflib import URIRef

from kg.extract.context import DocContext

SLOTS = frozenset({"opening", "closing", "opening plenary", "welcome"})
SLOT_HEADS = frozenset({"session", "segment"})
# Events that run a programme of sessions; a meeting, visit or ceremony does not.
LARGER = frozenset({"forum", "conference", "roadshow", "seminar", "symposium", "summit", "exhibition", "expo", "fair",
                    "festival", "week", "workshop", "carnival", "showcase", "webinar"})


def slot_of(ctx: DocContext, head: str, mods: str, tail: str) -> URIRef | None:
    """The larger event a bare "opening session" is a slot of: the last one of a programme the text named."""
    if head not in SLOT_HEADS or tail.strip() or " ".join(mods.lower().split()) not in SLOTS:
        return None
    return next((iri for h, iri in reversed(ctx.events) if h in LARGER), None)
