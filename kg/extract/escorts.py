"""Who goes with a visitor on a whole trip. "Mr A, who arrived in Shanghai yesterday, is accompanied by B and C",
"He was accompanied on the visit by B", "He will be accompanied by B throughout the trip": B and C are on the
visit A is making. Said in the present or future tense, or of "the visit" or "the trip", the company is the
whole visit's, not one stop's; in the past tense without either, the sentence is of the stop told last and
kg.extract.presence reads it ("He was accompanied by B.").
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.delegation_members import join_party
from kg.extract.mentions import View
from kg.extract.presence import attend

TRIP = r"(?:on|throughout|during|for)\s+(?:the|his|her|their|this)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip|tour|journey|mission)"
ESCORTED = re.compile(
    r"^(?:(?P<subj>(?:[A-Z][\w'&-]*\s+){0,4}⟦person:\d+⟧)(?:,\s+(?:who|now)\s[^,;]{0,120}?,)?|He|She|They|(?P<group>It|The\s+delegation))\s+"
    rf"(?P<tense>is|are|was|were|will\s+be|has\s+been|have\s+been)\s+(?:also\s+)?accompanied(?P<on>\s+{TRIP})?\s+by\s+"
    rf"(?P<who>[^.;]*?⟦person:\d+⟧)(?P<on2>,?\s+{TRIP})?(?:,\s+who\s+(?:both\s+|also\s+|all\s+)?[a-z]+ed\b[^.;⟦]*)?\s*\.?\s*$")


def _whole_visit(ctx: DocContext, subject: list[URIRef]) -> URIRef | None:
    """The whole visit told last (of the subject, when named), else none."""
    for head, iri in reversed(ctx.events):
        if head == "visit" and "/visit-of-" in str(iri) and (not subject or ctx.findings.has(iri, SDO.attendee, subject[0])):
            return iri
    return None


def escorts(ctx: DocContext, view: View) -> None:
    """The people who accompany a visitor throughout a trip are on the visit."""
    if "accompanied" not in view.masked or (match := ESCORTED.match(view.masked)) is None:
        return
    if not (match.group("on") or match.group("on2")) and match.group("tense") in ("was", "were"):
        return
    subject = view.people(match.group("subj") or "")
    if match.group("group") and (match.group("group") != "It" or _after_delegation(ctx, view)):
        for person in view.people(match.group("who")):  # "It was accompanied throughout the visit by B": B is with it
            if person not in ctx.delegation:
                ctx.delegation.append(person)
        return
    visit, company = _whole_visit(ctx, subject), view.people(match.group("who"))
    if visit is None and subject and match.group("tense") in ("is", "are"):
        ctx.escorted.append((subject[0], company, view.sentence))  # "He is accompanied on the visit by B": the visit told later
        for person in [subject[0], *company]:
            if person not in ctx.delegation:
                ctx.delegation.append(person)
        ctx.delegation_whole = True
        return
    attend(ctx, view, visit, company)
    join_party(ctx, visit, company)


def _after_delegation(ctx: DocContext, view: View) -> bool:
    """Whether "It" is the delegation: the sentence before names one."""
    before = [v for _, v, _ in ctx.views if v.sentence.index < view.sentence.index]
    return bool(before) and "delegation" in before[-1].masked.lower()


def escorts_later(ctx: DocContext) -> None:
    """Those said to accompany a visitor before the text tells the visit ("He is accompanied on his visit by B";
    "He arrived yesterday for a three-day visit") are on it too."""
    for visitor, company, sentence in ctx.escorted:
        if (visit := _whole_visit(ctx, [visitor])) is not None:
            for person in company:
                ctx.findings.add(visit, SDO.attendee, person, sentence)
