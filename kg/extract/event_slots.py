"""A speaking slot of a larger event ("Speaking at the opening session, ...", "remarks at the closing session"):
a part of the programme of the forum, roadshow or conference the text has named, not an event of its own, so
whoever speaks at it is at that event."""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDFS, SDO

from kg.extract.context import DocContext

SLOTS = frozenset({"opening", "closing", "opening plenary", "welcome"})
SLOT_HEADS = frozenset({"session", "segment"})
# Events that run a programme of sessions; a meeting, visit or ceremony does not.
LARGER = frozenset({"forum", "conference", "roadshow", "seminar", "symposium", "summit", "exhibition", "expo", "fair",
                    "festival", "week", "workshop", "carnival", "showcase", "webinar"})


PARTS = frozenset({"panel discussion", "roundtable", "round-table"})


def slot_of(ctx: DocContext, head: str, mods: str, tail: str) -> URIRef | None:
    """The larger event a bare "opening session" is a slot of: the event the text told last, if it runs a
    programme (none if a session or a meeting was told after it), of those not told by a month or a year alone
    (planned or recalled: "will attend the Trade Fair next month", "held the Forum last year")."""
    if head not in SLOT_HEADS or tail.strip() or " ".join(mods.lower().split()) not in SLOTS:
        return None
    told = [(h, iri) for h, iri in ctx.events if h not in PARTS and not by_month_or_year(ctx, iri)]
    if not told:
        return None
    last = max(reversed(told), key=lambda e: told_last(ctx, e[1]))  # of those told in one sentence, the later
    return last[1] if last[0] in LARGER or last[0] == "meeting" and _named_meeting(ctx, last[1]) else None


def _named_meeting(ctx: DocContext, iri: URIRef) -> bool:
    """Whether a meeting has a name of its own ("the Fifth Water Technology Exchange Meeting"), as a meeting of a
    series that runs a programme does, not one of people ("Meeting of A and B")."""
    label = str(next(iter(ctx.findings.objects(iri, RDFS.label)), ""))
    return label.endswith("Meeting") and not label.lower().startswith(("meeting", "call", "talks", "visit"))


def by_month_or_year(ctx: DocContext, iri: URIRef) -> bool:
    """Whether an event is dated by a month or a year alone: planned or recalled, not the story's."""
    starts = list(ctx.findings.objects(iri, SDO.startDate))
    return bool(starts) and all(len(str(d)) < 10 for d in starts)


def told_last(ctx: DocContext, iri: URIRef) -> int:
    """The last sentence that tells something of an event."""
    return max(ctx.findings.mentions.get(iri, ()), default=-1)
