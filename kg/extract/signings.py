"""Signings: "<people> witnessed the signing of <agreement> by <signatories>".

Releases often name an event only by the act of signing: the people present "witness" or "attend" the
signing, and the signatories follow "by". The event is labelled "Signing of <agreement>" (the way the
releases and their readers name it), its attendees are the witnesses and the signatories, its day the
sentence's own date or the day the narrative is on. A batch ("witnessed the signing of 11 co-operation
agreements") is an event of its own unless a signing ceremony was named before it.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.batch_papers import signed_in_batch
from kg.extract.context import DocContext
from kg.extract.dates import BACKGROUND, DateSpan
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.itinerary import when_said
from kg.extract.mentions import View
from kg.extract.patterns import PAPER_COUNT, without_asides
from kg.extract.venues import venues_after
from kg.extract.witnesses import witnessed_back
from kg.extract.signing_at import AT_EVENT, fronting_event, last_signing, signed_at, signing_last_told
from kg.extract.signing_refs import back_to_signing, on_other_day

COUNT = rf"various|{PAPER_COUNT}"
SIGNING = re.compile(
    r"\b(?:witness(?:ed|es)?|attended|attends|officiated\s+at|presided\s+over)(?:,\s+(?:via|by|through)\s+[a-z -]{1,20},)?\s+the\s+signing\s+(?:ceremony\s+)?of\s+"
    rf"(?P<what>(?:the|a|an|{COUNT})\s+[^,;()]+?)"
    r"(?=\s+by\s+|\s+at\s+|\s+(?:in|on)\s+(?:⟦place|\w+\s+\d)|\s+(?:today|yesterday|this)\b|\s*[,;(.]|$)")
# The signatories: "by <people>" up to the end of the clause.
BY = re.compile(r"\s+by\s+(?P<who>[^;]*?)(?=,\s+(?:today|yesterday|on)\b|[;.]|$)")
# An agreement named by its kind alone, or a batch counted rather than named.
BARE = re.compile(r"^(?:an?\s+)?(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|arrangements?|documents?|MOUs?|MoUs?|contracts?|protocols?)$", re.I)
COUNTED = re.compile(rf"^(?:{COUNT})\s", re.I)
# Signatories signing themselves: "<people> sign the Arrangement on ... in Shanghai today", "<people> signed, by
# video link, the Arrangement on ...".
SIGNED = re.compile(
    r"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:jointly\s+|formally\s+)?(?:signed|sign|signs)(?:,\s+(?:by|via|through|over)\s+[a-z -]{1,25},)?\s+"
    r"(?P<what>(?:the|a|an)\s+[^,;]*?\b(?i:agreements?|memorand(?:um|a)|arrangements?|MOUs?|MoUs?|letters?\s+of\s+intent|protocols?|contracts?|(?:work|action)\s+plans?)\b[^,;]*?)"
    r"(?=\s+(?:at|in)\s+(?:⟦place|the\s+[A-Z])|\s+at\s+[A-Z]|\s+on\s+(?:\w+\s+)?\d|\s+(?:today|yesterday|this)\b|\s*[,;(.]|$)")
# A signing the people only tell of, plan or look back on: "Mr A said the two cities would sign ...",
# "Mr A recalled that the two cities had signed ...".
TOLD = re.compile(r"\b(?:said|says|told|tells|added|noted|stated|recalled|announced|would|had)\b")
# Not signed, or not yet: "A and B did not sign the MoU", "will sign", "were unable to sign".
UNDONE = re.compile(r"\b(?:not|never|will|shall|may|might|could|can|to)(?:\s+\w+){0,2}$|n['’]t$")
# "The signing was witnessed by <people>", "The arrangement was signed by <people>": of the signing just told.
WITNESSED_BACK = re.compile(r"^(?:The|the)\s+(?:signing(?:\s+ceremony)?\s+(?:was|were)\s+(?:also\s+)?(?:witnessed|attended)"
                            r"|(?:arrangement|agreement|memorandum|MoU|MOU|letter\s+of\s+intent|documents?|agreements|memoranda)"
                            r"\s+(?:was|were)\s+(?:jointly\s+)?signed)\s+by\s+(?P<who>[^;.]*)")
# "It was signed by <people>", right after a signing was told.
IT_SIGNED = re.compile(r"^It\s+was\s+(?:jointly\s+)?signed\s+by\s+(?P<who>[^;.]*)")
IN_PLACE = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧")
# "... at a ceremony held at the Central Government Offices in Tamar": where the signing took place
AT_CEREMONY = re.compile(r"\s+at\s+(?:a|the)\s+(?:signing\s+)?ceremony(?=\s+(?:held\s+)?(?:at|in)\b)")
# "(1) the Memorandum of ... between A and B, signed by <people>;": the signatories were at the signing told
SIGNED_BY = re.compile(r"(?i:\b(?:agreements?|memorand(?:um|a)|arrangements?|mous?|letters?\s+of\s+intent|protocols?|contracts?)\b)"
                       r"[^;]*?,\s+(?:which\s+(?:was|were)\s+|(?:was|were)\s+)?signed\s+by\s+(?P<who>[^;]*)")


def find_signings(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """An event for each signing the sentence's people witness, with witnesses and signatories."""
    masked, found = view.masked, []
    witnessed_back(ctx, view)
    backs = [WITNESSED_BACK.match(masked)] + (list(SIGNED_BY.finditer(masked)) if "signed by" in masked else [])
    if (it := IT_SIGNED.match(masked)) and signing_last_told(ctx) is not None:
        backs = [it]  # "It was signed by A and B": the paper whose signing was just told
    if any(backs) and not SIGNING.search(masked) and (signing := signing_named(ctx)) is not None \
            and not on_other_day(ctx, view, signing, dates):
        for back in filter(None, backs):  # each agreement of a list, with its own signatories
            for person in view.people(back.group("who")):
                ctx.findings.add(signing, SDO.attendee, person, view.sentence)
    for match in SIGNED.finditer(masked):
        what = re.sub(r"^(?:the)\s+", "", re.sub(r"\s+", " ", unmask(match.group("what"), view.mentions)).strip())
        people = view.people(match.group("who"))
        if people and not TOLD.search(match.group("who")) and not UNDONE.search(match.group("who")) and AT_EVENT.match(masked) is None \
                and back_to_signing(ctx, view, unmask(match.group("what"), view.mentions), people + _witnessed(view, match), dates):
            continue  # "A and B sign the MoU" in a caption: the signing told
        if people and not BARE.match(what) and not COUNTED.match(what) and not TOLD.search(match.group("who")):
            if signed_at(ctx, view, people):
                continue  # "At the ceremony, A and B signed ...": a moment of that ceremony
            if signed_in_batch(ctx, view, people, dates, match.end()):
                continue  # "C and D sign the Arrangement on ..." after "the signing of 16 agreements": one of them
            found.append(_signing(ctx, view, dates, what, people, match))
    for match in SIGNING.finditer(masked):
        told = re.sub(r"\s+", " ", unmask(match.group("what"), view.mentions)).strip()
        what = re.sub(r"^(?:the)\s+", "", told)
        people = view.people(without_asides(masked[:match.start()]))
        by = BY.match(masked, match.end())
        if by:
            people += view.people(by.group("who"))
        if not people:
            continue  # nobody present is named: a mention of an agreement, not an event we can describe
        if told[:4] == "the " and back_to_signing(ctx, view, told, people, dates):
            continue  # "A and B witness the signing of the letter of intent" in a caption: the signing told
        f, s = ctx.findings, view.sentence
        if COUNTED.match(what):  # "five agreements ... between <parties> in areas including ...": the batch
            what = re.split(r"\s+(?:between|among|in\s+(?:the\s+)?areas?|covering|including|on\s+(?!behalf))\b", what)[0]
        ceremony = signing_named(ctx) if BARE.match(what) or COUNTED.match(what) else None
        if ceremony is not None or BARE.match(what):
            # "the agreement" refers back, and so does "five agreements" once a signing ceremony was named
            for person in dict.fromkeys(people if ceremony is not None else []):
                f.add(ceremony, SDO.attendee, person, s)
            continue
        found.append(_signing(ctx, view, dates, what, people, match))
    return found


def _signing(ctx: DocContext, view: View, dates: list[DateSpan], what: str, people: list[URIRef], match: re.Match) -> URIRef:
    """The event "Signing of <what>", with the people at it, its day and place."""
    f, s, masked = ctx.findings, view.sentence, view.masked
    start, end = when_said(ctx, view, dates, match.start())
    # "During the symposium, A witnessed the signing of ...": on the symposium's day, once the document is read (its
    # place is not given: a place read from the event's name, "Week in Shanghai", was often one gold leaves out)
    during = fronting_event(ctx, view, latest=False) if not [d for d in dates if d.kind not in BACKGROUND] else None
    iri = record_event(ctx, view, f"Signing of {what}", "ceremony", False, None if start is None else _Day(start))
    for person in dict.fromkeys(people):
        f.add(iri, SDO.attendee, person, s)
    if start is not None:
        f.add(iri, SDO.startDate, start, s)
    where = IN_PLACE.match(masked, match.end())
    if where and view.mention(where.group("i")).entity is not None:
        f.add(iri, SDO.location, ctx.entity_iri(view.mention(where.group("i")).entity), s)
    ceremony = AT_CEREMONY.search(masked, match.end())
    for place in venues_after(ctx, view, ceremony.end(), building=True) if ceremony else []:
        f.add(iri, SDO.location, place, s)
    for person in _witnessed(view, match):
        f.add(iri, SDO.attendee, person, s)
    if during is not None:
        ctx.parts.append((iri, during))
    ctx.remember_event("ceremony", iri)
    return iri


def _witnessed(view: View, match: re.Match) -> list[URIRef]:
    """The people of "..., witnessed by <people>" after what was signed."""
    witnessed = re.match(r"[^.;]*?,\s+witnessed\s+by\s+(?P<who>[^;.]*)", view.masked[match.end():])
    return view.people(witnessed.group("who")) if witnessed else []


def signing_named(ctx: DocContext) -> URIRef | None:
    """The signing ceremony the document named before, which a bare "the signing of the agreement" means."""
    return last_signing(ctx)


class _Day:
    """The minimal date span ``_event`` needs to key an unnamed event by its day."""

    def __init__(self, start) -> None:
        self.start = start
