"""When a document saw a post held: an OWL-Time interval on every ``org:Membership``.

A membership (one per document, person and post) gets ``org:memberDuring <membership>/during``, a
``time:Interval`` that says what the document knows of the term, and nothing more:

- ``hksh:heldOn``: a date on which the document saw the person hold the post. It is the date of an event
  the person attended or organised, named in the same sentence that gives the title (the title is the
  one the person held at that event); else the document's publication date (a news report gives titles
  as they stand when it is published); else nothing. A title given as past is not seen on the day of
  publication: "the then Secretary" only on the event's date, "the former Director" on no date.
- ``time:hasBeginning`` / ``time:hasEnd``: an instant, only where the text states when the term began or
  ended (the extraction's ``schema:validFrom`` / ``schema:validUntil`` on the membership). Terms of office
  that no document states are never made up.

Every node has an IRI under the membership's, so a rebuild gives the same triples.
"""

from __future__ import annotations

from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import ORG, RDF, SDO, TIME, XSD

from kg.namespaces import HKSH

# OWL-Time keeps a date's precision in the property that gives it.
_IN_XSD = {XSD.date: TIME.inXSDDate, XSD.gYearMonth: TIME.inXSDgYearMonth, XSD.gYear: TIME.inXSDgYear}


# The predicates membership_times reads, looked up once (a document has hundreds of triples to pass over).
_READ = {ORG.member: "about", SDO.validFrom: "about", SDO.validUntil: "about", SDO.startDate: "start",
         SDO.attendee: "taker", SDO.organizer: "taker", RDF.type: "type"}
_MEMBERSHIP = ORG.Membership


def interval_iri(membership: URIRef) -> URIRef:
    return URIRef(f"{membership}/during")


def _instant(interval: URIRef, name: str, value: Literal) -> set[tuple]:
    prop = _IN_XSD.get(value.datatype)
    if prop is None:
        return set()
    instant = URIRef(f"{interval}/{name}")
    link = TIME.hasBeginning if name == "beginning" else TIME.hasEnd
    return {(interval, link, instant), (instant, RDF.type, TIME.Instant), (instant, prop, value)}


def membership_times(triples: dict[tuple, set[int]], mentions: dict[URIRef, set[int]],
                     published: date | None, past: dict[URIRef, str] | None = None
                     ) -> tuple[set[tuple], dict[URIRef, set[int]]]:
    """The interval triples of every membership among a document's findings (triples with the indexes of
    the sentences that state them; mentions: the sentences that name each entity), and the sentences
    each new node is annotated with (its membership's: nothing in a document graph goes unquoted)."""
    dated_events: dict[URIRef, list[Literal]] = {}
    takers: dict[URIRef, set[URIRef]] = {}
    about: dict[URIRef, list[tuple]] = {}  # a membership's own statements
    memberships = []
    for (s, p, o), sentences in triples.items():
        kind = _READ.get(p)
        if kind is None:
            continue
        if kind == "about":
            about.setdefault(s, []).append((p, o))
        elif kind == "start" and isinstance(o, Literal) and o.datatype in _IN_XSD:
            dated_events.setdefault(s, []).append(o)
        elif kind == "taker":
            takers.setdefault(s, set()).add(o)
        elif kind == "type" and o == _MEMBERSHIP:
            memberships.append((s, sentences))
    out: set[tuple] = set()
    quoted: dict[URIRef, set[int]] = {}
    for membership, sentences in memberships:
        interval = interval_iri(membership)
        mine = {(membership, ORG.memberDuring, interval), (interval, RDF.type, TIME.Interval)}
        person = next((o2 for (p2, o2) in about.get(membership, ()) if p2 == ORG.member), None)
        seen = {day for event, days in dated_events.items()
                if person in takers.get(event, ()) and mentions.get(event, set()) & sentences for day in days}
        told = (past or {}).get(membership)
        if told == "former":
            seen = set()  # "the former Director, Mr A, attended ...": not held at the event, nor when published
        elif not seen and published is not None and told is None:
            seen = {Literal(published.isoformat(), datatype=XSD.date)}
        mine.update((interval, HKSH.heldOn, day) for day in seen)
        for prop, name in ((SDO.validFrom, "beginning"), (SDO.validUntil, "end")):
            for (p2, value) in about.get(membership, ()):
                if p2 == prop and isinstance(value, Literal):
                    mine |= _instant(interval, name, value)
        for node in {s for (s, _, _) in mine if s != membership}:
            quoted.setdefault(node, set()).update(sentences)
        out |= mine
    return out, quoted
