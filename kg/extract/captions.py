"""Who a photo caption puts at an event. A caption with no verb of its own lists the people in the picture and
where it was taken: "Photo caption: (From left) Mr A, Ms B and Dr C at the signing ceremony today", "Photo: The
Secretary, Mr A (centre), and Mr B (third left) with other guests at the opening ceremony of <event>". They were
at that event. A caption with a verb ("A meets B at ...", "A speaks at ...") is read by the rules of its verb, and
one "at" a building, not an event, says nothing of attendance. A "(From left) A, B and C." line that follows a
caption naming the event ("Officiating guests and signatories at the signing ceremony.") is of that event.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import RDFS

from kg.extract.context import DocContext
from kg.extract.event_record import EventHit
from kg.extract.mentions import View
from kg.extract.presence import attend

MARKER = re.compile(r"^\s*\[?(?:Photo(?:\s+caption)?|Caption|Picture)\s*\d*\s*[:\]]\s*|^\s*(?=\((?:[Ff]rom|[Ll]eft\s+to)\s)")
ORDER = re.compile(r"^\((?:[Ff]rom\s+(?:left|right)|[Ll]eft\s+to\s+right)\)\s*")
# The place in the picture ("at the signing ceremony"): the last "at" outside a title ("Director-General of
# Investment Promotion at InvestHK" is a title's).
AT = re.compile(r"\s+at\s+(?=(?:the|a|an|this)\s)")
# Lower-case words a caption's list of people may have besides their names and titles.
LIST_WORDS = frozenset("""
the of and for with other others guests officiating participants members member delegation delegations athletes
officials representatives signatories speakers panellists panelists judges students guest their his her
left right centre center front back row middle from first second third fourth fifth sixth seventh eighth ninth tenth
in on de van von la le du da al bin
""".split())
TIME_AFTER = re.compile(r"^(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s|in\s|\(|[.,;]|$)")


def _only_people(masked: str) -> bool:
    """Whether a caption's stretch is only its people (with titles, bodies and places in the picture)."""
    plain = re.sub(r"⟦\w+:\d+⟧|\([^)]*\)", " ", masked)
    words = re.findall(r"[A-Za-z][\w'’-]*", plain)
    return bool(words or "⟦person" in masked) and all(w[0].isupper() or w.lower() in LIST_WORDS for w in words)


def _caption_event(ctx: DocContext, view: View) -> URIRef | None:
    """The event a caption's line just before names, for a list of people under "(From left)": "Officiating
    guests and signatories at the signing ceremony. (From left) A, B and C." (one, two or three sentences)."""
    views = {sentence.index: masked for sentence, masked in ((s, v.masked) for s, v, _ in ctx.views[-4:])}
    before = view.sentence.index - 1
    if not ORDER.match(view.masked) and ORDER.fullmatch(views.get(before, "").strip() + " "):
        before -= 1
    lead = views.get(before, "")
    if "⟦person" in lead or not AT.search(lead):
        return None
    told = [iri for _, iri in reversed(ctx.events) if before in ctx.findings.mentions.get(iri, ())]
    noun = re.search(r"\s+at\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?P<head>[a-z]+)\s*(?:today|yesterday)?\s*\.?\s*$", lead)
    event = told[0] if told else ctx.last_event(noun.group("head")) if noun else None
    return event if event is not None and any(i < before for i in ctx.findings.mentions.get(event, ())) else None


def _told_before(ctx: DocContext, view: View, event: URIRef) -> bool:
    """Whether the text told the event before its caption: one only a caption names ("at the signing
    ceremony", of agreements signed at a forum) may be a part of another event, unless its name says which."""
    if any(i < view.sentence.index for i in ctx.findings.mentions.get(event, ())):
        return True
    label = str(next(iter(ctx.findings.objects(event, RDFS.label)), ""))
    return re.search(r"[A-Z]", label[1:]) is not None  # "the MoU signing ceremony": named, not a bare noun


def caption_attendance(ctx: DocContext, view: View, hits: list[EventHit]) -> None:
    """The people of a verbless photo caption attend the event it was taken at."""
    if "⟦person" not in view.masked:
        return
    marker = MARKER.match(view.masked)
    if marker is None:
        if _only_people(view.masked.rstrip(". ")) and not re.search(r"⟦(?:org|place)", view.masked):
            attend(ctx, view, _caption_event(ctx, view), view.people(view.masked))  # the names under "(From left)"
        return
    body = ORDER.sub("", view.masked[marker.end():])
    offset = len(view.masked) - len(body)
    ats = list(AT.finditer(body))
    for at in reversed(ats):
        after = [h for h in hits if h.start >= offset + at.end() and _told_before(ctx, view, h.iri)]
        rest = body[after[0].end - offset:].lstrip() if after else ""
        if after and _only_people(body[:at.start()]) and TIME_AFTER.match(rest):
            listed = re.match(r"^[^.]{0,30}\.\s*(?P<who>\((?:[Ff]rom|[Ll]eft\s+to)\s[^)]*\).*)$", rest)
            if "⟦person" not in body[:at.start()] and listed and _only_people(ORDER.sub("", listed.group("who"))):
                rest = listed.group("who")  # "Officiating guests at the ceremony. (From left) A, B and C."
            attend(ctx, view, after[0].iri, view.people(body[:at.start()]) + view.people(rest if listed else ""))
            return
    if not ats and ORDER.match(view.masked[marker.end():]) and _only_people(body.rstrip(". ")):
        attend(ctx, view, _caption_event(ctx, view), view.people(body))
