"""A visit of a delegation's leader named with the body the delegation is of: "The SMS delegation, led by
Dr Gu, arrived in Hong Kong", "A delegation of the Shanghai Municipal Supervisory Commission (SMSC), led by
its Deputy Director, Mr Shen", "Mr Chow led a delegation of the Hong Kong Police Force (HKPF) to visit ...".
Readers and releases name such a visit by the delegation ("Visit of the SMS delegation to Hong Kong") as
often as by its leader, so the label names both: "Visit of Gu Weiping and the SMS delegation to Hong Kong".
The IRI stays the leader's, keyed by the first day, so that releases telling one visit give one IRI."""

from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO

from kg.extract.context import DocContext
from kg.extract.event_record import person_name
from kg.extract.gazetteer import unmask
from kg.namespaces import HKSH, slug

BODY = r"(?:⟦org:\d+⟧|(?:⟦place:\d+⟧\s+)?[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5})"
LED = r"\s(?:led|headed)\s+by\s+(?:its\s+|their\s+|the\s+)?[^.;⟦]{{0,60}}?⟦person:(?P<{}>\d+)⟧"
# "the ⟦org⟧ delegation, led by ⟦person⟧"; "a delegation of the ⟦org⟧ (ABBR), led by ⟦person⟧";
# "⟦person⟧ led a delegation of the ⟦org⟧".
NAMED = re.compile(rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z0-9][\w-]*\s+)?(?P<body>{BODY})\s+delegation\b,?{LED.format('p')}"
                   rf"|\bdelegation\s+of\s+(?:the\s+)?(?P<body2>{BODY})(?:\s*\([^()]{{1,15}}\))?,?{LED.format('p2')}"
                   rf"|⟦person:(?P<p3>\d+)⟧,?\s+(?:led|leads|headed|heads)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?delegation\s+of\s+(?:the\s+)?(?P<body3>{BODY})")
VISIT_OF = re.compile(r"^Visit of (?P<who>.+?) to (?P<where>.+)$")


def name_delegations(ctx: DocContext) -> None:
    """Each whole visit of a leader the document names a body's delegation of takes the body in its label."""
    bodies: dict[URIRef, tuple[str, list]] = {}
    for _, view, dates in ctx.views:
        if "delegation" not in view.masked:
            continue
        for match in NAMED.finditer(view.masked):
            person = view.mention(match.group("p") or match.group("p2") or match.group("p3")).ref
            body = match.group("body") or match.group("body2") or match.group("body3")
            if person is not None:
                bodies.setdefault(person, (re.sub(r"\s+", " ", unmask(body, view.mentions)).strip(), [d.start for d in dates]))
    for person, (body, days) in sorted(bodies.items()):
        _relabel(ctx, person, re.sub(r"^(?:the|The)\s+", "", body), days)


def _relabel(ctx: DocContext, person: URIRef, body: str, days: list) -> None:
    """The person's whole visits labelled "Visit of <person> to <place>" take "and the <body> delegation",
    when the sentence naming the delegation gives no day outside the visit ("In 2019, A led a delegation of X
    to Y" names no visit of 2031)."""
    name = slug(person_name(ctx, person, short=True))
    for visit in sorted(ctx.findings.subjects(SDO.attendee, person), key=str):
        labels = ctx.findings.objects(visit, RDFS.label)
        if "/visit-of-" not in str(visit) or not ctx.findings.has(visit, RDF.type, HKSH.Visit) or len(labels) != 1 \
                or not all(_within(ctx, visit, str(day)) for day in days):
            continue
        old = str(labels[0])
        parts = VISIT_OF.match(old)
        if parts is None or slug(parts.group("who")) != name:
            continue
        new = f"Visit of {parts.group('who')} and the {body} delegation to {parts.group('where')}"
        sentence = min(ctx.findings.triples[(visit, RDFS.label, labels[0])])
        ctx.findings.discard(visit, RDFS.label, labels[0])
        ctx.findings.add(visit, RDFS.label, Literal(new, lang="en"), sentence)


def _within(ctx: DocContext, visit: URIRef, day: str) -> bool:
    """Whether a day (or month, or year) said falls in the visit, compared to the coarser of the two."""
    starts = [str(s) for s in ctx.findings.objects(visit, SDO.startDate)]
    ends = [str(e) for e in ctx.findings.objects(visit, SDO.endDate)] or ["9999"]
    return bool(starts) and all(day[:min(len(day), len(s))] >= s[:min(len(day), len(s))] for s in starts) \
        and all(day[:min(len(day), len(e))] <= e[:min(len(day), len(e))] for e in ends)
