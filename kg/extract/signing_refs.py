"""A signing a release tells once and then refers back to, and the venue bodies sign at.

Releases of bodies (a monetary authority, a science park, an airport authority) tell the act once, "A (AA)
and B (BB) today signed a Memorandum of Understanding on ... (the MoU) at the AA's offices at Harbour
Tower", then go back to it: "The MoU was signed by <people>", "The agreement was signed by ..., and
witnessed by ...", and a photo caption's "<people> sign the co-operation agreement". Each of those is the
signing told, not a new one: its people attend it and it is again the event last told (for "Also present
were ..."). A venue said right after what was signed ("at Harbour Tower", "at the AA's offices at Harbour
Tower", "at the Riverton International Airport") is where it was signed.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.dates import DateSpan
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View
from kg.extract.signing_at import WITHIN
from kg.extract.venues import HEADS, ONE, venue
from kg.namespaces import slug

# What a definite back reference calls an agreement: its kind, with no name of its own.
GENERIC = re.compile(r"(?i)(?:(?:new|co-?operation|cooperation|framework|strategic|two|bilateral)\s+){0,2}"
                     r"(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|mous?|arrangements?|letters?\s+of\s+intent|documents?)")
# "at the AA's offices at Harbour Tower", "at Harbour Tower", "at the ⟦org⟧" (a body whose name is a venue's).
AT = re.compile(rf"(?:\s*\((?:the\s+)?[^()⟦]{{1,30}}\))?\s+at\s+(?:the\s+)?(?:(?:⟦org:\d+⟧|[A-Z][\w&-]*)['’]s\s+(?:offices|office|headquarters|premises)\s+(?:at|in)\s+(?:the\s+)?)?"
                rf"(?:⟦org:(?P<i>\d+)⟧|(?P<v>{ONE}))")
AT_END = re.compile(rf"\s+at\s+(?:the\s+)?(?P<i>)(?P<v>{ONE})$")
# The words a signing's IRI has for each kind of paper a back reference names.
KINDS = {"agreement": ("agreement",), "memorand": ("memorand", "mou"), "mou": ("memorand", "mou"),
         "arrangement": ("arrangement",), "letter": ("letter-of-intent",)}
VENUE_NAME = re.compile(rf"\b(?:{HEADS})$")


def refers_back(what: str) -> bool:
    """Whether what was signed is a definite naming by kind alone ("the MoU", "the co-operation agreement"), not
    "a co-operation agreement" (another one)."""
    definite = re.match(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+", what.strip())
    return definite is not None and GENERIC.fullmatch(what.strip()[definite.end():]) is not None


def signing_told(ctx: DocContext, what: str) -> URIRef | None:
    """The last signing the document told of a paper of the kind named ("the MoU": a memorandum's), not a
    bare "signing ceremony" that names none."""
    kind = next((k for k in KINDS if re.search(rf"(?i)\b{k}", what)), "")
    words = KINDS.get(kind, ("agreement", "memorand", "mou", "arrangement", "letter-of-intent", "document"))
    return next((iri for h, iri in reversed(ctx.events)
                 if h == WITHIN or (tail := str(iri).rsplit("/", 1)[-1]).startswith("signing-of-") and any(w in tail for w in words)), None)


def named_signing(ctx: DocContext, what: str) -> URIRef | None:
    """The signing told before of the very agreement a caption names again: "A and B sign the Letter of Intent on
    Training Exchange" after "A and B signed the Letter of Intent on Training Exchange between the two services"."""
    named = re.fullmatch(r"(?:[Tt]he\s+)(?P<name>[A-Z][\w'’-]*(?:\s+[\w'’-]+){2,})", what.strip())
    if named is None or not re.search(r"\b(?:Agreement|Arrangement|Memorandum|Letter|Accord|Protocol|MoU|MOU)\b", named.group("name")):
        return None
    key = f"signing-of-{slug(named.group('name'))}"
    return next((iri for _, iri in reversed(ctx.events) if str(iri).rsplit("/", 1)[-1].startswith(key)), None)


def back_to_signing(ctx: DocContext, view: View, what: str, people: list[URIRef], dates: list[DateSpan] = ()) -> bool:
    """The people attend the signing told, when what they signed refers back to it, and on no other day the
    sentence gives ("The MoU was signed by A and B in 2015": another signing); whether it did."""
    signing = signing_told(ctx, what) if refers_back(what) else named_signing(ctx, what)
    if signing is None or on_other_day(ctx, view, signing, dates):
        return False
    for person in dict.fromkeys(people):
        ctx.findings.add(signing, SDO.attendee, person, view.sentence)
    ctx.remember_event("ceremony", signing)
    return True


def on_other_day(ctx: DocContext, view: View, signing: URIRef, dates: list[DateSpan]) -> bool:
    """Whether the sentence gives a day the signing told was not on ("signed by A and B in 2015"), not one of a
    relative clause ("..., who is leading a delegation on a visit from 17 to 19 June")."""
    days = set(ctx.findings.objects(signing, SDO.startDate))
    clause = re.search(r",\s+(?:who|which|whose)\s", view.sentence.text)
    own = [d for d in dates if clause is None or d.start_char < clause.start()]
    return bool(days) and any(d.start not in days for d in own)


def signed_at_venue(ctx: DocContext, view: View, iri: URIRef | None, at: int, start: int = -1) -> None:
    """The named venue said right after what was signed (from ``start``, its end) is the signing's place."""
    masked = view.masked
    match = AT.match(masked, at) if iri is not None and " at " in masked[at:at + 40] else None
    if match is None and iri is not None and " at " in masked[start:at]:  # "an Agreement on ... at the Riverton Airport"
        match = AT_END.search(masked, start, at)
    if match is None:
        return
    if match.group("i"):
        name = unmask(f"⟦org:{match.group('i')}⟧", view.mentions)
        if VENUE_NAME.search(name) is None:
            return  # a body, not a building
    else:
        name = re.sub(r"\s*\([A-Z]{2,}\)$", "", unmask(match.group("v"), view.mentions))  # "... Airport (HKIA)"
    ctx.findings.add(iri, SDO.location, venue(ctx, name, view.sentence), view.sentence)
