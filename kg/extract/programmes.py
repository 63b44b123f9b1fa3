"""Programmes two bodies start together: "A and B will launch a cross-boundary soft-landing programme",
"A and B signed a letter of intent to set up a fintech incubation program for ...", "Under the MOU, the two
sides will hold an annual exchange of technical staff".

Releases tell such a programme as what the parties of an agreement will do; it is an event organised by
both, named as the text names it, and dated and placed by its own words ("to be launched in Shanghai in
October", "to open next year"). Bodies the subject joins by "and" (or "signed ... with") are its organisers;
"the two sides" are the parties of the agreement told just before ("between X and Y"); "we" names none, and
runs only a programme shared with the other side ("an exchange programme", not "a pilot programme to subsidise"). One government's bureaux ("the Education Bureau and the Labour Department") run a policy, and a
programme cancelled or only considered ("agreed to cancel funding for", "would consider whether to launch") or
already running ("the existing programme") is no new one.
Only a new programme counts ("a", "an", "two"), named by a programme word in lower case (a capitalised
name is read as an event by kg.extract.events); a "scheme" only when it trains or exchanges people (not "a
waste charging scheme", a policy), and a panel or working group set up is a body, not an event.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View, masked_pos

CUE = re.compile(r"program|scheme|school|camp|exchanges?\s+of|roadshow")
PEOPLE = (r"staff|officials|officers|personnel|students|teachers|experts|professionals|scholars|talents?|civil\s+servants"
          r"|lawyers|doctors|nurses|judges|researchers|youths?|young\s+people|artists")
HEAD = (r"(?:programmes?|programs?|(?:training|exchange|internship|attachment|incubation|secondment|mentoring|mentorship)\s+schemes?"
        r"|(?:summer|winter)\s+schools?|(?:summer|winter|training|youth)\s+camps?|roadshows?"
        rf"|exchanges?\s+of\s+(?:[a-z-]+\s+){{0,2}}(?:{PEOPLE})\b)")
TAIL = (r"(?:\s+(?:for|of)\s+[^,;.⟦:()]*?(?=\s*[,;.:(]|\s+(?:to|in|on|at|each|every|next|later|this|starting|which|that|with|and\s+(?:hold|set|launch|organi[sz]e|run|host|start|establish|will|is|are))\b|$))?")
DET = r"(?:an?|at\s+least\s+(?:one|two|three|four|five|\d+)|one|two|three|four|five|several|\d+)"
OBJECT = re.compile(rf"\b(?:(?:launch|organi[sz]e|co-organi[sz]e|hold|set\s+up|run|host|start|establish|on)\s+{DET}|for(?:\s+{DET})?)\s+"
                    rf"(?P<name>(?!(?:the|this|that|these|those|its|their|our|existing|current|ongoing)\b)(?:(?:[a-z][\w'-]*|[A-Z]{{2,}}|[A-Z][a-z]+-[a-z][\w-]*)\s+){{0,5}}?{HEAD}{TAIL})")
ORG = (r"(?:[Tt]he\s+)?(?:⟦org:\d+⟧|(?:⟦place:\d+⟧(?:['’]s)?\s+)?[A-Z][\w'&-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w'&-]*){0,7})"
       r"(?:\s*\([^()]{1,12}\))?")
TWO = r"(?:the\s+two\s+(?:sides|bodies|parties|organi[sz]ations|institutions|bureaux|bureaus|departments|universities)|both\s+sides)"
SUBJECT = re.compile(rf"(?:^|,\s+|:\s+|\bthat\s+)(?:(?P<a>{ORG})\s+and\s+(?P<b>{ORG})|(?P<one>{ORG})|(?P<two>{TWO})|(?P<we>[Ww]e))"
                     r"\s+(?:also\s+|jointly\s+)?(?P<how>will|would|are\s+to|plan\s+to|agreed\s+to|signed)\b")
WITH = re.compile(rf"^\s+(?:an?|the)\s+[^,;⟦]*?\b(?i:agreement|memorandum|letter\s+of\s+intent|MoU|MOU|arrangement)\b[^,;⟦]*?\s+with\s+(?P<b>{ORG})")
AFTER_SIGNING = re.compile(r"^\s+(?:an?|the)\s+[^,;⟦]*?\b(?i:agreement|memorandum|letter\s+of\s+intent|MoU|MOU|arrangement)\b[^,;]*?\s+(?:to\s+)?$")
# The second party's name may have "and" in it: "between the X and the Shanghai Bureau of Ecology and Environment".
UNDER = re.compile(r"^(?:Under|According\s+to)\s+(?:the|this|that)\s+(?:[A-Za-z-]+\s+){0,3}?(?i:agreement|memorandum|letter\s+of\s+intent|mou|arrangement)s?\s*,\s*$")
BETWEEN = re.compile(rf"\bbetween\s+(?P<a>{ORG})\s+and\s+(?P<b>{ORG}(?:\s+and\s+[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*)*)?)")
# Where it is: "in <place>" right after its name, or "to be launched in <place>".
PLACE = re.compile(r"^(?:\s+in|,?\s+to\s+be\s+(?:launched|held|run|opened|organi[sz]ed|hosted)\s+in)\s+⟦place:(?P<i>\d+)⟧")
NOT_ITS_DATE = frozenset({"since", "years_ago"})
# Not a programme started: "agreed to cancel funding for", "would consider whether to launch"
UNDONE = re.compile(r"\b(?:cancel\w*|scrap\w*|suspend\w*|halt\w*|terminat\w*|end(?:s|ed|ing)?|stop\w*|withdr[ae]w\w*|axe[ds]?"
                    r"|consider\w*|whether|explor\w*|stud(?:y|ied|ies)|mull\w*|if|may|might|could)\b")
# One government's own bureaux and departments ("the Education Bureau and the Labour Department"): its policy
OWN_OFFICE = re.compile(r"(?:the\s+)?(?:[A-Z][\w'&-]*\s+(?:and\s+)?){1,5}(?:Bureau|Department)|(?:the\s+)?(?:Bureau|Department)\s+of\s+[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,3}")
OTHER_GOVERNMENT = re.compile(r"⟦|\b(?:Municipal|Provincial|National|State|Central)\b")
# "we" run only a programme said to be shared with the other side ("an exchange programme for ... of the two cities")
SHARED = re.compile(r"\b(?:exchanges?|joint|two\s+(?:cities|places|sides)|both|cross-boundary|mutual)\b")
HONORIFIC_NAME = re.compile(r"^(?:the\s+)?(?:Professor|Prof|Dr|Mr|Mrs|Ms|Miss|Madam|Sir|Dame)\b\.?")


def find_programmes(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """An event for each new programme the sentence says two bodies (or "we") will run together."""
    masked = view.masked
    if not CUE.search(masked):
        return []
    found = []
    for subject in SUBJECT.finditer(masked):
        end = _clause_end(masked, subject.end())
        rest = masked[subject.end():end]
        partner = WITH.match(rest) if subject.group("one") else None
        if subject.group("one") and partner is None or subject.group("two") and not _under_agreement(ctx, view, subject) \
                or _one_government(subject):
            continue
        for match in OBJECT.finditer(rest):
            if subject.group("how") == "signed" and not AFTER_SIGNING.match(rest[:match.start()]):
                continue  # "signed X" must be the agreement, then what it sets up
            if UNDONE.search(rest, 0, match.start("name")) or subject.group("we") and not SHARED.search(match.group("name")):
                continue
            at = subject.end() + match.start("name")
            found.append(_programme(ctx, view, dates, subject, partner, at, subject.end() + match.end()))
    return found


def _one_government(subject: re.Match) -> bool:
    """Whether the two are bureaux or departments of one government (none said to be of another city's), or people."""
    names = [subject.group("a"), subject.group("b")] if subject.group("a") else []
    if any(HONORIFIC_NAME.match(n.strip()) for n in names):
        return True  # "Professor Li and Dr Wong will run ...": people, not bodies
    return bool(names) and all(OWN_OFFICE.fullmatch(n.strip()) and not OTHER_GOVERNMENT.search(n) for n in names)


def _under_agreement(ctx: DocContext, view: View, subject: re.Match) -> bool:
    """Whether "the two sides" are an agreement's parties: "Under the MOU, the two sides will ...", the
    agreement told with its two parties."""
    return bool(UNDER.search(view.masked, 0, subject.start() + 1)) and len(_parties(ctx, view, subject.start())) == 2


def _clause_end(masked: str, start: int) -> int:
    stop = re.compile(r"[;.](?:\s|$)|,\s+(?:offering|which|while|where|but)\b").search(masked, start)
    return stop.start() if stop else len(masked)


def _programme(ctx: DocContext, view: View, dates: list[DateSpan], subject: re.Match, partner: re.Match | None,
               at: int, end: int) -> URIRef:
    """The event of one programme, with its organisers, day and place."""
    f, s, masked = ctx.findings, view.sentence, view.masked
    name = re.sub(r"\s+", " ", unmask(masked[at:end], view.mentions)).strip()
    iri = record_event(ctx, view, name[:1].upper() + name[1:], "programme", False, None)
    for org in _organisers(ctx, view, subject, partner):
        f.add(iri, SDO.organizer, org, s)
    own = [d for d in dates if d.kind not in NOT_ITS_DATE]
    later = [d for d in own if masked_pos(view, d.center) > at]
    fronted = [d for d in own if masked_pos(view, d.center) < subject.start() + 1]
    when = later or (fronted if subject.group("how") != "signed" else [])
    if when:
        f.add(iri, SDO.startDate, when[0].start, s)
    where = PLACE.match(masked[end:])
    place = view.mention(where.group("i")).entity if where else None
    if place is not None and place.kind == "place":
        f.add(iri, SDO.location, ctx.entity_iri(place), s)
    return iri


def _organisers(ctx: DocContext, view: View, subject: re.Match, partner: re.Match | None) -> list[URIRef]:
    """The bodies that run it: the subject's, the partner "with" names, or the parties of the agreement told."""
    if subject.group("we"):
        return []
    if subject.group("two"):
        return _parties(ctx, view, subject.start())
    names = [subject.group("a"), subject.group("b")] if subject.group("a") else [subject.group("one"), partner.group("b")]
    return [o for o in (_org(ctx, view, n) for n in names) if o is not None]


def _parties(ctx: DocContext, view: View, before: int) -> list[URIRef]:
    """The two bodies "between X and Y" of the agreement this sentence or the one before tells."""
    told = [(view, view.masked[:before])] + [(v, v.masked) for _, v, _ in ctx.views[-2:-1]]
    for seen, text in told:
        match = next(reversed(list(BETWEEN.finditer(text))), None) if " between " in text else None
        if match is not None:
            orgs = [_org(ctx, seen, match.group(g)) for g in ("a", "b")]
            return [o for o in orgs if o is not None]
    return []


def _org(ctx: DocContext, view: View, name: str) -> URIRef | None:
    """A body by its name as written: known, or a proper name (not an abbreviation the text never spelt out)."""
    name = re.sub(r"\s*\([^()]*\)$", "", re.sub(r"^[Tt]he\s+", "", name.strip()))
    known = re.fullmatch(r"⟦org:(\d+)⟧", name)
    if known:
        entity = view.mention(known.group(1)).entity
        return ctx.entity_iri(entity) if entity is not None else None
    if "⟦org" in name or "⟦person" in name or re.fullmatch(r"⟦place:\d+⟧", name):
        return None
    name = re.sub(r"^⟦place:\d+⟧['’]s\s+", "", name)  # "Shanghai's Caohejing Hi-Tech Park"
    text = unmask(name, view.mentions)
    if re.fullmatch(r"[A-Z]{2,8}", text) and text not in ctx.short_names:
        return None
    return ctx.org(text, view.sentence)
