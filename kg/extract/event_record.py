"""Recording an event: its IRI (one across documents for a named event, one per document and day for
an unnamed one), type, label and dates, and the names of the people it is named after."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_words import HEAD_CLASS
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.namespaces import slug


@dataclass
class EventHit:
    iri: URIRef
    start: int
    end: int


# A clause's joining words caught before the name ("..., and its closing ceremony was held"): not the name's.
JOINED = re.compile(r"(?i)^(?:and|but)\s+(?:its|their|his|her|our)\s+(?=\S)")


def event_label(view: View, text: str) -> str:
    text = JOINED.sub("", re.sub(r"\s+", " ", unmask(text, view.mentions)).strip())
    return text[:1].upper() + text[1:]


def record_event(ctx: DocContext, view: View, label: str, head: str, named: bool, when: DateSpan | None) -> URIRef:
    """The IRI of an event, recorded with its type and label: a named one is one resource across documents,
    an unnamed one belongs to its document (and its day, where the text gives one)."""
    doc_key = str(ctx.findings.doc).rsplit("/", 1)[-1]
    if named:
        key = slug(label)
    elif when is not None:
        key = f"{slug(label)}-{when.start}"
    else:
        key = f"{slug(label)}-{doc_key}"
    iri = ctx.iri("event", key)
    f, s = ctx.findings, view.sentence
    f.add(iri, RDF.type, HEAD_CLASS.get(head, SDO.Event), s)
    if HEAD_CLASS.get(head, SDO.Event) != SDO.Event:
        f.add(iri, RDF.type, SDO.Event, s)
    f.add(iri, RDFS.label, Literal(label, lang="en"), s)
    return iri


def same_named(ctx: DocContext, view: View, words: str) -> URIRef | None:
    """An event the document already named, met again with or without its year or article."""
    key = slug(re.sub(r"^(?:\d{4}|\d+(?:st|nd|rd|th))\s+", "", event_label(view, words)))
    if key in ctx.event_names:
        return ctx.event_names[key]
    for _, iri in reversed(ctx.events):
        other = str(iri).rsplit("/", 1)[-1]
        if other == key or re.sub(r"^\d{4}-|^\d+(?:st|nd|rd|th)-", "", other) == key:
            return iri
    return None


# "runs until", "will run till", "is open through": the date after it is the last day.
RUN_UNTIL = re.compile(r"\b(?:runs?|running|ran|open|continues?)\s+(?:until|till|through)\s+(?:(?:this|next)\s+)?$")

UNTIL_DAY = re.compile(r"\b(?:until|till)\s+$")


def run_end(view: View, span: DateSpan) -> bool:
    """Whether a date is said as the last day of a run ("runs until 23 March"), not as a day the event is on."""
    text = view.sentence.text
    if span.kind == "weekday" and UNTIL_DAY.search(text, max(0, span.start_char - 8), span.start_char):
        return True  # "will visit Shanghai until Sunday": the last day, whatever runs until it
    return span.end is None and ("until" in text or "till" in text or "through" in text) and RUN_UNTIL.search(text, 0, span.start_char) is not None


# The run is the event's own: "<event> opened today and runs until Sunday", "<event>, which runs until Sunday, ...";
# not a run of another thing in its clause ("with registration open until", "while <fair> runs until").
OWN_RUN = re.compile(r"^(?:,\s+which\s+|\s+|[^,;⟦]*?\band\s+)(?:(?:will|is|also|now)\s+)*(?:runs?|running|open|continues?|remains\s+open)"
                     r"\s+(?:until|till|through)\s+(?:(?:this|next)\s+)?$")


def own_run(masked: str, begin: int, at: int) -> bool:
    """Whether the words from an event's name to a date it runs until say the event runs until it."""
    return OWN_RUN.match(masked[begin:at]) is not None


def record_dates(ctx: DocContext, view: View, iri: URIRef, span: DateSpan) -> None:
    """An event's day: its start, or its last day where the date is said as the end of a run ("<event> runs until
    23 March")."""
    if run_end(view, span):
        ctx.findings.add(iri, SDO.endDate, span.start, view.sentence)
        return
    ctx.findings.add(iri, SDO.startDate, span.start, view.sentence)
    if span.end is not None:
        ctx.findings.add(iri, SDO.endDate, span.end, view.sentence)


def person_name(ctx: DocContext, person: URIRef, short: bool = False) -> str:
    """A person's name in an event's label; with ``short`` (a visit's), for an official the reference data knows,
    the short form it lists of the full name ("John Lee" of "John Lee Ka-chiu"), as releases name the visit."""
    for entity in ctx.reference.people:
        if ctx.entity_iri(entity) == person:
            words = entity.name.split()
            brief = " ".join(words[:2])
            return brief if short and len(words) > 2 and brief in entity.alt.get("en", []) else entity.name
    labels = ctx.findings.objects(person, RDFS.label)
    return str(labels[0]) if labels else person.rsplit("/", 1)[-1]
