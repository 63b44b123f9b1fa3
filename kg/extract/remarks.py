"""Who was at an event, told by what they did there in a sentence that does not name it again.

"Mr A and Ms B gave opening remarks", "Mr A delivered the keynote speech, telling the audience ...", "Keynote
presentations were given by A, on ..., and by B", "Professor C, director of ..., told the symposium that ...", "Also
addressing the symposium were A, ...; B, ...; and C, ...", "Some 300 guests attended, among them A, ...; and B, ...",
"The showcase was officially opened by A and B. They were joined at the ribbon-cutting by C; and D": the people speak
at, address or attend the event the text is telling (the one named in the sentences just before, of the noun's kind
when a noun is said), not a visit, which is no place for remarks; "delivered keynote speeches at <event>" names its
own. A speech placed elsewhere ("delivered a speech in Lotus last year") or reported ("said he had given remarks") is
not read.
"""

from __future__ import annotations

import re

from rdflib import RDFS, URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext, is_session
from kg.extract.mentions import View
from kg.extract.presence import _listed, attend

SUBJECT = r"(?:(?:After|Following|Before|Later|Earlier|In\s+the\s+(?:morning|afternoon|evening))\b[^,;⟦]{0,80},\s+)?(?!(?:After|Following|Before|At|During|In|On|When|While|Having|Upon|As|Speaking|Addressing)\b)(?P<who>[^;]*?⟦person:\d+⟧[^;]*?)"
# "A and B gave opening remarks", "A delivered the keynote speech, telling ...": the clause ends with the speech
REMARKS = re.compile(rf"^{SUBJECT}\s+(?:also\s+|each\s+|then\s+)?(?:gave|delivered|made)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
                     r"(?:(?:opening|welcome|welcoming|closing|keynote|congratulatory|brief)\s+)?(?:remarks|speech(?:es)?|address(?:es)?)"
                     r"(?=\s*[,.;]|\s*$|\s+(?:and|telling|saying|on|to\s+open|to\s+close|via|by\s+video)\b|(?P<at>\s+at\s+(?:the\s+)?))")
# "Keynote presentations were given this afternoon by A, on ..., and by B, on ..."
GIVEN_BY = re.compile(r"\b(?:[Rr]emarks|[Ss]peech(?:es)?|[Pp]resentations?|[Aa]ddress(?:es)?)\s+(?:were|was)\s+(?:also\s+)?(?:given|delivered|made)"
                      r"\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|evening))(?:\s*\([^()]{1,30}\))?\s+)?by\s+(?P<who>[^.;]*⟦person:\d+⟧)")
# "Professor C, director of ..., told the symposium that ..."
TOLD = re.compile(rf"^{SUBJECT}\s+(?:also\s+)?(?:told|addressed)\s+the\s+(?P<noun>[a-z]+)\b(?!\s+(?:of|in|at)\b)")
# "Also addressing the symposium were A; B; and C"
ALSO = re.compile(r"^(?:Also\s+)(?:addressing|speaking\s+at|officiating\s+at|attending|present\s+at)\s+the\s+(?P<noun>[a-z]+)\s+"
                  r"(?:were|was|included)\s+(?P<who>[^.;]*⟦person:\d+⟧)")
# "Some 300 guests from ... attended, among them A, ...; and B, ..."
AMONG_THEM = re.compile(r"\b(?:guests|participants|officials|representatives|delegates|attendees|people|visitors|leaders)\b[^;.⟦]*?\s+"
                        r"(?:attended|took\s+part|were\s+present)(?:\s+the\s+(?P<noun>[a-z]+))?,\s+(?:among\s+them|among\s+whom\s+were|including)\s+"
                        r"(?P<who>[^.;]*⟦person:\d+⟧)")
# "The showcase was officially opened by A and B": the event told whose label has the noun
THE_NOUN_BY = re.compile(r"^The\s+(?P<noun>[a-z]+)\s+(?:was|were|will\s+be)\s+(?:(?:officially|formally|jointly)\s+)?"
                         r"(?:opened|officiated|attended|addressed|launched|co-chaired|chaired)\s+by\s+(?P<who>[^.;]*⟦person:\d+⟧)")
# "They were joined at the ribbon-cutting by A; and B": at the event told, a part of it named
JOINED_AT = re.compile(r"^(?:They|He|She|(?P<subj>[^;]*?⟦person:\d+⟧[^;⟦]*?))\s+(?:was|were)\s+(?:also\s+)?joined\s+at\s+the\s+"
                       r"(?:ribbon[- ]cutting|ceremony|opening|unveiling|launch|toasting|signing)(?:\s+ceremony)?\s+by\s+(?P<who>[^.;]*⟦person:\d+⟧)")
# Nouns that stand for whatever event the text is telling.
ANY = {"audience", "gathering", "guests", "participants", "delegates", "attendees", "crowd", "meeting", "event"}
# A clause of its own inside the subject: "Mr A said Mr B", "Mr A, who met Mr B,"
REPORTED = re.compile(r"\b(?:said|says|added|noted|that|who|which|whom|when|if|met|visited|was|were|is|are|has|had|will|would)\b")
REACH = 2  # sentences back


def _told(ctx: DocContext, view: View, noun: str | None) -> URIRef | None:
    """The event told in this sentence or the few before, not a visit; of the noun's kind when a noun is said
    ("the symposium" is an event whose label says symposium)."""
    here = view.sentence.index
    for head, iri in reversed(ctx.events):
        told = ctx.findings.mentions.get(iri, ())
        if not any(0 <= here - i <= REACH for i in told):
            continue
        if head == "visit" or is_session(iri) and noun not in ("session", "plenary", "meeting"):
            continue
        if noun and noun not in ANY and not any(re.search(rf"(?<![\w-]){noun}\b", str(x).lower())
                                                for x in ctx.findings.objects(iri, RDFS.label)):  # "final", not "semi-final"
            continue
        return iri
    return None


def find_remarks(ctx: DocContext, view: View, named: list[tuple[URIRef, int]], dates: list) -> None:
    """Speakers and guests of the event told, in a sentence that names no other event ("told the symposium"
    may name the one told again); "delivered keynote speeches at <event>": the event named right after."""
    masked = view.masked
    own = list(dict.fromkeys(iri for iri, _ in named))
    if "⟦person" not in masked:
        return
    for pattern in (REMARKS, GIVEN_BY, TOLD, ALSO, AMONG_THEM, JOINED_AT, THE_NOUN_BY):
        match = pattern.search(masked)
        if match is None or pattern in (REMARKS, TOLD) and REPORTED.search(match.group("who")) \
                or pattern is JOINED_AT and REPORTED.search(match.group("subj") or ""):
            continue
        if pattern is REMARKS and match.group("at") is not None:
            event = next((iri for iri, at in named if match.start("at") < at <= match.end("at")), None)
            if event is not None and not dates and not ctx.findings.has(event, SDO.startDate):
                continue  # an undated event would take the narrative's day from the speech, which may be a recalled one
        elif len(own) > 1:
            continue
        else:
            noun = match.groupdict().get("noun")
            if pattern is TOLD and noun in ANY:
                continue  # "told the audience": of whichever event, not always the one told last
            event = own[0] if own else _told(ctx, view, noun.lower() if noun else None)
        if any(head == "visit" and iri == event for head, iri in ctx.events):
            continue
        attend(ctx, view, event, _listed(view, match) + view.people(match.groupdict().get("subj") or ""))
