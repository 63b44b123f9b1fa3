"""Witnesses of a signing told apart from the act: "A and B signed an agreement ..., with C and D as
witnesses", or the next sentence's "C and D witnessed the signing." (naming no agreement).

The witnesses were at the signing the parties' sentence tells; a bare "witnessed the signing" names no
ceremony of its own, so it is the signing told just before.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import SDO

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.signing_at import last_signing
from kg.extract.venues import venues_after

AS_WITNESSES = re.compile(r",?\s+with\s+(?P<who>(?:[^;.,]|,\s+(?!with\b))*?)\s+as\s+(?:the\s+)?witness(?:es)?\b")
# "... witnessed the signing at the X Centre in Hongqiao.": where it was signed, naming no paper either.
AT_VENUE = r"(?P<at>\s+(?:at|in)\s+(?!(?i:the\s+)?(?:ceremony|event)\b)(?:[^.;,]|,\s+(?=[A-Z⟦]))*?)?"
BARE_WITNESS = re.compile(rf"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:also\s+)?witness(?:ed|es)\s+the\s+signing{AT_VENUE}\s*(?:[.;]|$)")
WITNESSED_THE_SIGNING = re.compile(rf"witness(?:ed|es)\s+the\s+signing{AT_VENUE}\s*(?:[.;]|$)")


def bare_witness(text: str) -> bool:
    """Whether a sentence's witnessing names no signing of its own ("A and B witnessed the signing.")."""
    return WITNESSED_THE_SIGNING.search(text) is not None


def witnesses_named(view: View) -> tuple[str, list[URIRef]]:
    """The sentence with its "with C and D as witnesses" blanked out (positions kept), and the people named there."""
    match = AS_WITNESSES.search(view.masked) if "witness" in view.masked else None
    if match is None:
        return view.masked, []
    blank = " " * (match.end() - match.start())
    return view.masked[:match.start()] + blank + view.masked[match.end():], view.people(match.group("who"))


def witnessed_back(ctx: DocContext, view: View) -> None:
    """"A and B witnessed the signing.": they attend the signing told last."""
    match = BARE_WITNESS.search(view.masked) if "witness" in view.masked else None
    if match is None:
        return
    signing = last_signing(ctx)
    for person in view.people(match.group("who")) if signing is not None else ():
        ctx.findings.add(signing, SDO.attendee, person, view.sentence)
    if signing is not None and match.group("at") and " of " not in match.group("at"):
        places = venues_after(ctx, view, match.start("at"), building=True)
        places += [ctx.entity_iri(view.mention(i).entity) for i in re.findall(r"⟦place:(\d+)⟧", match.group("at"))
                   if view.mention(i).entity is not None]
        for place in dict.fromkeys(places):
            ctx.findings.add(signing, SDO.location, place, view.sentence)
