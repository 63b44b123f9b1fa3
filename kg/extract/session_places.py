"""Where a session is when the sentence names no place with "in": a wire story's dateline, "the city".

"SHANGHAI, May 8 (Xinhua) -- The seventh ... was held here on Thursday" and a lede that tells the session on the
dateline's day are in the dateline's city; "which will take place in the city tomorrow" is in the last city named.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.mentions import View

DATELINE = re.compile(r"^⟦place:(?P<i>\d+)⟧(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b"
                      r"|\s+\((?:AFP|Reuters|AP|Xinhua|Bloomberg|CNA|Kyodo|Yonhap|dpa|UPI)\)\s*[-–—])")  # "HONG KONG (AFP) -"
# a session held by video link is in neither city
# the lede's session is the object of its verb ("on Tuesday held the sixth plenary session", "The seventh ... was held
# on Thursday"), not one the day's news is said of or dated after ("said the ... session had yielded", "two months after")
HELD_LEDE = re.compile(r"\b(?:held|convened|opened|hosted|co-hosted|co-chaired|chaired)\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:plenary\s+)?session\b"
                       r"|\bsession\b[^.;]{0,120}?\b(?:was|were|is)\s+(?:held|convened|opened)\b"
                       # "signed 12 agreements here Thursday at the third plenary session"
                       r"|\b(?:signed|inked)\b[^.;⟦]{0,60}?\s(?:at|during)\s+the\s+(?:[\w-]+\s+){0,2}?(?:plenary\s+)?session\b")
REMOTE = re.compile(r"(?i)\b(?:video|online|virtual(?:ly)?|remote(?:ly)?|tele-?conference)\b")


def dateline_place(ctx: DocContext) -> URIRef | None:
    """The city a wire story's dateline names ("SHANGHAI, May 8 (Xinhua) --"): where "here" is."""
    first = ctx.views[0][1] if ctx.views else None
    match = DATELINE.match(first.masked) if first is not None else None
    entity = first.mention(match.group("i")).entity if match else None
    return ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None


def on_the_day(ctx: DocContext, view: View, span: tuple[int, DateSpan] | None) -> bool:
    """Whether a wire story's lede tells the session held on its dateline's day ("HONG KONG, April 16 (Xinhua) --
    Shanghai and Hong Kong on Tuesday held the sixth plenary session"): then it is where the dateline is (unless it met
    by video link)."""
    return view.sentence.index == 0 and span is not None and ctx.published is not None \
        and str(span[1].start) == ctx.published.isoformat() and DATELINE.match(view.masked) is not None \
        and not REMOTE.search(view.masked) and HELD_LEDE.search(view.masked) is not None


def lede_day(ctx: DocContext, view: View) -> bool:
    """Whether the sentence right after a wire story's lede dated on the dateline's day holds the session with no day of
    its own ("HONG KONG (AFP) - Hong Kong and Shanghai signed 16 agreements on Monday ... . A and B co-chaired the eighth
    plenary session of the X at Government House"): it is then on that day, where the dateline is."""
    if view.sentence.index != 1 or not ctx.views or ctx.published is None or HELD_LEDE.search(view.masked) is None:
        return False
    _, lede, days = ctx.views[0]
    return DATELINE.match(lede.masked) is not None and any(str(d.start) == ctx.published.isoformat() for d in days) \
        and not REMOTE.search(lede.masked + view.masked)


def the_city(ctx: DocContext, view: View, before: int) -> URIRef | None:
    """"the city": the last city this sentence (before a position) or the one before it named."""
    views = [(view, view.masked[:before])] + [(v, v.masked) for _, v, _ in ctx.views[-2:-1]]
    for seen, text in views:
        for i in reversed(re.findall(r"⟦place:(\d+)⟧", text)):
            entity = seen.mention(i).entity
            if entity is not None and entity.data.get("in") not in ("hong-kong", "shanghai"):  # not a district or site
                return ctx.entity_iri(entity)
    return None


# "The conference's eighth session, slated for Hong Kong in the autumn", "..., set for Shanghai next year": a
# session to come, its city after "for" in its own clause and ending the phrase ("set for Hong Kong companies to
# showcase ..." names the companies, not the session's city)
SLATED = re.compile(r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?,?\s+(?:which\s+is\s+|(?:is|was)\s+)?(?:slated|set|scheduled|pencil(?:l)?ed\s+in|planned|earmarked)"
                    r"\s+for\s+⟦place:(?P<i>\d+)⟧(?=\s*(?:[,;.:!?)\u2013\u2014-]|$)|\s+(?:in|on|at|by|during|next|this|later|"
                    r"early|late|around|from|within|after|before|and|when|where|which|until|as)\b)")


def slated_place(ctx: DocContext, view: View, end: int) -> URIRef | None:
    """The city a session to come is slated for, right after its name."""
    match = SLATED.match(view.masked, end)
    entity = view.mention(match.group("i")).entity if match else None
    return ctx.entity_iri(entity) if entity is not None and entity.kind == "place" else None
