"""Signings told without anyone witnessing them: the parties sign, or the agreements "were signed".

Releases and news reports often say only that bodies signed: "the Harbour Board and the Ferry Institute
signed a memorandum of understanding on ...", "the two sides signed the Framework Agreement on ...",
"Seven co-operation agreements were signed after the session, in the presence of <people>". Each is a
signing event, "Signing of <agreement> between <parties>", on the sentence's day; one held "after",
"during" or "on the sidelines of" an event the document named is where (and, undated, when) that event was.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.event_record import record_event
from kg.extract.gazetteer import unmask
from kg.extract.itinerary import when_said
from kg.extract.mentions import View, masked_pos
from kg.extract.patterns import ORG_HEADS, PAPER_COUNT
from kg.extract.presence import session_told
from kg.extract.signing_at import signed_at
from kg.extract.signing_refs import back_to_signing, signed_at_venue
from kg.extract.titled_hosts import title_holder
from kg.extract.witnesses import bare_witness, witnesses_named

COUNT = PAPER_COUNT
PAPER = (r"(?i:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|arrangements?|mous?|letters?\s+of\s+intent|protocols?"
         r"|contracts?|documents?|work\s+plan)")
STOP = (r"(?=\s+(?:at|in)\s+(?:⟦place|the\s+[A-Z])|\s+at\s+(?:the\s+)?⟦org|\s+on\s+(?:\w+\s+)?\d|\s+(?:today|yesterday|this|on\s+(?:Monday|Tuesday|Wednesday"
        r"|Thursday|Friday|Saturday|Sunday))\b|\s+to\s+[a-z]+\b|\s+(?:which|that|after|during|following)\b|\s*[,;(.]|$)")
# "<parties> (also) signed <an agreement>": the verb, its object up to the end of the clause. The object
# up to its first paper word is atomic: were the run after it free to give that word back and try a later
# one, a line of many "signed the agreement" would take time in the cube of its length (and no later paper
# word can end a clause the first one could not). Both runs are bounded (objects in the corpus run to 130
# characters), so that such a line takes time linear in its length.
SIGNED = re.compile(rf"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)\bsigned\s+"
                    rf"(?P<what>(?>(?:the|a|an|(?i:{COUNT}))\s+(?:[^,;()⟦]|⟦(?:org|place):\d+⟧){{0,200}}?\b{PAPER}\b)(?:[^,;()]{{0,200}}?){STOP})")
# The subject's clause starts after a comma, a semicolon or "while": "During the event, A and B signed ..., while C signed ...".
CLAUSE_START = re.compile(r".*(?:[,;]\s+|\s[-–—]\s+|\bwhile\s+|\bwhereas\s+|^)", re.S)
PARTIES = re.compile(rf"⟦(?:org|place):\d+⟧|\b(?:two|both)\s+(?:sides|cities|places|governments)\b|\bdepartments\b|[A-Z]\w*\s+(?-i:{ORG_HEADS})\b")
# A subject that is not a party: a relative pronoun, a future or a plan.
NOT_PARTIES = re.compile(r"⟦person|\b(?:which|that|who|will|would|to|plans?|agreements?|since|before)\b", re.I)
# "with <party>": the other side of the agreement.
# (a body's field after its head word, "Commission of Commerce", is the partner's name too)
WITH = re.compile(rf"\s+with\s+(?:the\s+)?(?P<partner>⟦org:\d+⟧|(?:[A-Z][\w'&-]*\s+|⟦place:\d+⟧\s+){{1,6}}(?-i:{ORG_HEADS})\b"
                  rf"(?:\s+of\s+(?-i:[A-Z][a-z]+)\b(?![\w-]|\s+[A-Z⟦]))?)")
# The venue said between the paper and its city or day: "signed a memorandum at the Riverside Hall in Shanghai on
# Tuesday", "... at the ⟦Harbour Centre⟧ today".
AT_VENUE = re.compile(r"\s+at\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|the)\s+)?[A-Z][\w'’&.-]*){0,6})")
# Where the parties signed it: "signed a memorandum of understanding in Hong Kong on May 9".
IN_PLACE = re.compile(r"\s+in\s+⟦place:(?P<i>\d+)⟧")
# How, where or when a batch was signed, said before the event it was signed after: "were signed online after the
# meeting", "were signed in ⟦Shanghai⟧ this afternoon after the session".
SIGNED_HOW = (r"(?:(?:online|electronically|by\s+video(?:\s+link)?|in\s+⟦place:\d+⟧|today|yesterday|this\s+(?:morning|afternoon|evening)"
              r"|later|subsequently)\s+){0,3}")
# The witnesses fronted: "Witnessed by the Chief Executive and the Mayor, six agreements were signed after the session".
WITNESSED_FIRST = r"(?:Witnessed\s+by\s+(?P<first>[^,;.]{1,160}),\s+)"
# The event told in a clause before: "The second was held in Shanghai on 5 January 2012; six agreements were signed after it."
TOLD_FIRST = r"(?P<told>[^;]{1,300}\b(?:held|convened|took\s+place)\b[^;]{0,120};\s+)"
# "Seven co-operation agreements were signed after the session": a batch signed at an event, also after a lead-in
# ("My reply is as follows: (1) Eleven co-operation documents were signed at the session"; "A total of 20 co-operation
# agreements were inked during the session").
SIGNED_AT = re.compile(rf"^(?:[^.;:⟦]{{0,120}}:\s+|{WITNESSED_FIRST}|{TOLD_FIRST})?(?:\(\w{{1,3}}\)\s+)?(?:[Aa]\s+total\s+of\s+)?(?P<what>(?i:{COUNT})\s+(?:[\w-]+\s+){{0,3}}?{PAPER}(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?{PAPER})?)\s+"
                       rf"(?:was|were)\s+(?:jointly\s+)?(?:signed|inked)\s+{SIGNED_HOW}(?:immediately\s+|shortly\s+|right\s+)?(?:after|following|during|at\s+(?:the|its|a\s+(?:signing\s+)?ceremony)"
                       r"|on\s+the\s+sidelines\s+of)\b")
# One paper, by its own name, signed after an event: "A Letter of Intent on Port Data Exchange was signed after the meeting."
NAMED_AT = re.compile(rf"^(?P<what>(?:[Aa]n?|[Tt]he)\s+(?=[A-Z])[^,;⟦]*?\b{PAPER}\b[^,;⟦]*?)\s+was\s+(?:jointly\s+|formally\s+)?signed\s+"
                      rf"{SIGNED_HOW}(?:immediately\s+|shortly\s+|right\s+)?(?:after|following|at|during)\s+the\s+(?:[\w-]+\s+){{0,3}}?"
                      r"(?:session|plenary|meeting|forum|conference|talks|summit|seminar)\b")
# "After the session, ten co-operation documents were signed": the event before, the batch after.
FRONTED_AT = re.compile(rf"^(?:After|Following|During|On\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+){{0,3}}?"
                        r"(?:session|plenary|meeting|forum|conference|talks|summit|ceremony)\b[^,;.⟦]{0,40},\s+"
                        rf"(?P<what>(?i:{COUNT})\s+(?:[\w-]+\s+){{0,3}}?{PAPER}(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?{PAPER})?)\s+"
                        r"(?:was|were|have\s+been|had\s+been)\s+(?:jointly\s+)?signed\b")
# The papers of the batch named after it: "..., including a framework agreement on a fair to be held in X next March".
AMONG = re.compile(r",\s+(?:including|among\s+(?:them|which|these)|of\s+which)\b")
# Whose words they are: "..., the Secretary said today (May 9)". The day of saying is not the signing's.
REPORTED = re.compile(r",\s+(?:[^,;.]{0,60}?\s)?(?:said|says|told|tells|added|adds|noted|notes|stated|recalled)\b")
# Words of the subject that are not a party's: "Today the Board ...", "The Authority today (May 9) signed".
NOT_A_NAME = re.compile(r"(?i)\b(?:today|yesterday|tonight|later|then|meanwhile|also|jointly|formally|this\s+(?:morning|afternoon|evening)"
                        r"|(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?:\s*\([^()]{1,30}\))?,?")
CEREMONY = re.compile(r"(?i)\bsigning\s+ceremon|\bwitness(?:ed|es|ing)?\s+the\s+signing")
# A witnessed signing of one paper of its own: "witnessed the signing of a letter of intent on ...".
ONE_PAPER = re.compile(rf"(?i)\bwitness(?:ed|es|ing)?\s+the\s+signing\s+of\s+an?\s+(?:[\w-]+\s+){{0,3}}?{PAPER}\b")
# "at the signing ceremony today", "Speaking at the signing ceremony,": the one the document told before.
BACK_CEREMONY = re.compile(r"(?i)signing\s+ceremony\b(?!\s+(?:of|for|was|will|is|held|took|today\s+(?:was|of)))")
# People who attend, officiate at or witness the ceremony tell it as an event of its own.
ATTENDED = re.compile(r"(?i)\b(?:witness|attend|officiat|host|join)")
PRESENCE = re.compile(r"\bin\s+the\s+presence\s+of\s+(?P<who>[^;.]*)")
# The event a signing was held around: "After the plenary session, ...", "On the sidelines of the meeting".
# "..., witnessed by <people>": those present at the signing just told.
WITNESSED_BY = re.compile(r",?\s+(?:and\s+)?(?:was\s+|were\s+)?witnessed\s+by\s+(?P<who>[^;.]*)")
# The day said right after what was signed: "signed a letter of intent yesterday", "... on Monday (May 6)".
DAY_AFTER = re.compile(r"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|(?:on|last)\s+[A-Z][a-z]+day\b|on\s+[A-Z][a-z]+\s+\d{1,2}\b)"
                       r"(?:,?\s+\d{4})?(?:\s*\([^()]{1,30}\))?")
# "The Arrangement on ... was signed today by A and B (and witnessed by C)", "... was signed in Shanghai on April 8 by
# A and B": a named agreement signed by people.
PASSIVE = re.compile(rf"^(?:(?:Today|Yesterday|Later|Also|Then)\b,?\s+)?(?P<what>(?:[Tt]he\s+|[Aa]n?\s+)?(?![Tt]he\s|[Aa]n?\s)(?=[A-Z])[^,;⟦]*?\b{PAPER}\b[^,;⟦]*?)"
                     r"\s+(?:was|were)\s+(?:jointly\s+|formally\s+)?signed\b(?P<mid>(?:[^;.⟦]|⟦place:\d+⟧){0,60}?)\s+by\s+(?P<who>(?:(?!\b(?:after|before|following|when|who|which|during)\b)[^;.])*⟦person(?:(?!\b(?:after|before|following|when|who|which|during)\b)[^;.])*)")
AROUND = re.compile(r"\b(?i:after|following|during|on\s+the\s+sidelines\s+of)\s+the\s+(?:[\w-]+\s+){0,3}?"
                    r"(?P<what>(?i:session|plenary|meeting|forum|event|conference|roadshow|summit|seminar|ceremony|talks))\b"
                    r"|;\s+[^;]*\bsigned\s+after\s+(?P<it>it)\b")


def find_party_signings(ctx: DocContext, view: View, dates: list[DateSpan]) -> list[URIRef]:
    """A signing event for each agreement the sentence's parties sign, or a batch it says was signed at an event."""
    masked, witnesses = witnesses_named(view)
    found: list[URIRef | None] = []
    if ("signed" not in masked and " inked " not in masked) or re.search(r"(?i)signing\s+ceremony|witness(?:ed|es|ing)?\s+the\s+signing|\bsign(?:ing|s)?\s", masked) \
            or _ceremony_told(ctx, view, batch=_batch(masked) is not None):
        return []  # a signing ceremony or a witnessed signing: kg.extract.events and kg.extract.signings read it
    if (passive := PASSIVE.match(masked)) and _batch_told(ctx) is None:
        if back_to_signing(ctx, view, unmask(passive.group("what"), view.mentions), view.people(passive.group("who")),
                           dates):
            return []
        where = re.search(r"\bin\s+⟦place:(\d+)⟧", passive.group("mid"))
        found.append(_record(ctx, view, dates, f"Signing of {_text(view, passive.group('what'))}",
                             view.people(passive.group("who")), passive.end("mid"), len(masked),
                             view.mention(where.group(1)).entity if where else None))
        return [iri for iri in found if iri is not None]
    if batch := _batch(masked):
        what = _text(view, batch.group("what"))
        people = view.people(m.group("who")) if (m := PRESENCE.search(masked)) else []
        people += _witnesses_first(ctx, view, batch.group("first")) if "first" in batch.re.groupindex else []
        if signed_at(ctx, view, people, meetings=False):
            return []  # "During the forum, five agreements were signed": a moment of the forum
        said = REPORTED.search(masked, batch.end()) or AMONG.search(masked, batch.end())
        where = re.search(r"\bin\s+⟦place:(\d+)⟧", masked[batch.end("what"):batch.end()]) \
            or re.search(r"\bin\s+⟦place:(\d+)⟧", batch.groupdict().get("told") or "")
        found.append(_record(ctx, view, dates, f"Signing of {what[:1].lower()}{what[1:]}", people, batch.end(),
                             said.start() if said else len(masked), view.mention(where.group(1)).entity if where else None))
    for match in SIGNED.finditer(masked):
        who = CLAUSE_START.sub("", masked[:match.start()], count=1).strip()
        if not PARTIES.search(who) or NOT_PARTIES.search(who) or len(who.split()) > 30:
            continue
        what = _text(view, match.group("what"))
        if not re.match(rf"(?i:{COUNT})\s", what) and _batch_told(ctx) is not None:
            continue  # "Among them, A and B signed ...": one of the batch whose signing was told
        parties = _text(view, NOT_A_NAME.sub("", who))
        partner = WITH.search(match.group("what"))
        if partner is not None:
            what = _text(view, match.group("what")[:partner.start()])
            parties = f"{parties} and {_text(view, partner.group('partner'))}"
        if " and " in parties and "between" not in what and not re.search(r"(?i)\b(?:two|both)\s", parties):
            what = f"{what} between {parties}"
        venue = AT_VENUE.match(masked, match.end("what"))
        where = IN_PLACE.match(masked, venue.end() if venue else match.end("what"))
        day = DAY_AFTER.match(masked, where.end() if where else venue.end() if venue else match.end("what"))
        witnessed = WITNESSED_BY.match(masked, day.end() if day else match.end("what"))
        people = witnesses + (view.people(witnessed.group("who")) if witnessed else [])
        if signed_at(ctx, view, people, meetings=False):
            continue  # "On the sidelines of the forum, A and B signed ...": a moment of the forum
        place = view.mention(where.group("i")).entity if where else None
        found.append(iri := _record(ctx, view, dates, f"Signing of {what}", people, match.end("what"),
                                    day.end() if day else match.end("what"), place))
        signed_at_venue(ctx, view, iri, match.end("what") if venue else day.end() if day else match.end("what"), match.start("what"))
    return [iri for iri in found if iri is not None]


def _witnesses_first(ctx: DocContext, view: View, who: str | None) -> list[URIRef]:
    """The people a fronted "Witnessed by ..." names: by name, or by a title the document says one person holds."""
    if not who:
        return []
    people = view.people(who)
    for part in re.split(r",\s+(?:and\s+)?|\s+and\s+", who):
        if "⟦person" not in part and (holder := title_holder(ctx, view, re.sub(r"^the\s+", "", part.strip()))) is not None:
            people.append(holder)
    return people


def _batch(masked: str) -> re.Match | None:
    """A batch, or one named paper, signed around an event. Witnesses fronted before a batch signed "at" or "during"
    a meeting are that meeting's people, and the signing a moment of it: only one signed after it is its own."""
    batch = SIGNED_AT.match(masked) or FRONTED_AT.match(masked) or NAMED_AT.match(masked)
    if batch is not None and batch.groupdict().get("first") and not re.search(r"\b(?:after|following)$", masked[:batch.end()]):
        return None
    return batch


def _batch_told(ctx: DocContext) -> URIRef | None:
    """The last signing of a counted batch ("Signing of six co-operation agreements") or signing ceremony
    the document told."""
    counted = rf"^signing-of-(?:{COUNT.replace(chr(92) + 's+', '-')})-|signing-ceremony"
    return next((iri for _, iri in reversed(ctx.events) if re.search(counted, str(iri).rsplit("/", 1)[-1])), None)


def _ceremony_told(ctx: DocContext, view: View, batch: bool = False) -> bool:
    """Whether another sentence of the document tells a signing ceremony or people witnessing the signing:
    the agreements the parties signed were signed there, one event. A later sentence that only refers back
    ("Speaking at the signing ceremony, ...") tells none of its own: it means this signing, when the
    sentence tells one paper signed. A later witnessing of one paper ("witnessed the signing of a letter of
    intent") is a signing of its own, not the ceremony of a counted batch told before it."""
    others = [s for s in ctx.sentences if s.index != view.sentence.index and CEREMONY.search(s.text) and not bare_witness(s.text)
              and not (batch and s.index > view.sentence.index and ONE_PAPER.search(s.text))]
    if not others or any(s.index < view.sentence.index or not _refers_back(s.text) for s in others):
        return bool(others)
    return len(SIGNED.findall(view.masked)) != 1  # two papers signed: the ceremony told after is of both


def _refers_back(text: str) -> bool:
    """Whether every signing ceremony a sentence names is "the signing ceremony" of no agreement of its own."""
    return not ATTENDED.search(text) and all(
        BACK_CEREMONY.match(text, m.start()) and text[:m.start()].rstrip().lower().endswith(" the") for m in CEREMONY.finditer(text))


def _text(view: View, masked: str) -> str:
    text = re.sub(r"\s+", " ", unmask(masked, view.mentions)).strip()
    return re.sub(r"^(?:the|The)\s+", "", text)


def _record(ctx: DocContext, view: View, dates: list[DateSpan], label: str, people: list[URIRef], at: int,
            until: int, place=None) -> URIRef | None:
    """The signing event, with the people present, its day (of the words up to ``until``) and its place:
    the one said right after what was signed, else that of the event it was held around."""
    f, s = ctx.findings, view.sentence
    own = [d for d in dates if masked_pos(view, d.center) < until]  # not "to be launched in October" after it
    start, _ = when_said(ctx, view, own, at)
    if start is None and AROUND.search(view.masked) is None:
        return None  # a signing the narrative does not place: background, not an event of the text
    iri = record_event(ctx, view, label[:1].upper() + label[1:], "ceremony", False, None if start is None else _Day(start))
    for person in dict.fromkeys(people):
        f.add(iri, SDO.attendee, person, s)
    if start is not None:
        f.add(iri, SDO.startDate, start, s)
    if place is not None and place.kind == "place":
        f.add(iri, SDO.location, ctx.entity_iri(place), s)
    held_around(ctx, view, iri)
    ctx.remember_event("ceremony", iri)
    return iri


def held_around(ctx: DocContext, view: View, iri: URIRef, otherwise: URIRef | None = None) -> None:
    """A signing "after the session" or "during the event" is where that event was, and on its day when undated;
    one the sentence holds around no event, where and when ``otherwise`` was."""
    around = AROUND.search(view.masked)
    what = (around.group("what") or "session").lower() if around else None
    if what is None:
        event = otherwise
    elif what in ("session", "plenary"):
        event = session_told(ctx) or ctx.last_event("meeting")
    elif what == "meeting":  # the meeting last told, a plenary session's or one of people met
        event = next((e for h, e in reversed(ctx.events) if h in ("session", "meeting")), None)
    else:
        event = ctx.last_event(None if what == "event" else what)
    if event is None or event == iri:
        return
    f, s = ctx.findings, view.sentence
    for place in [] if f.has(iri, SDO.location) else f.objects(event, SDO.location):
        f.add(iri, SDO.location, place, s)
    if not f.has(iri, SDO.startDate):
        for day in f.objects(event, SDO.startDate):
            f.add(iri, SDO.startDate, day, s)


class _Day:
    """The minimal date span ``record_event`` needs to key an unnamed event by its day."""

    def __init__(self, start) -> None:
        self.start = start
