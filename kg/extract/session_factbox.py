"""A factbox's bullet for one session, led by its year: "* 2012 - Second session, Hong Kong (January). Donald
Tsang and Han Zheng. Six agreements."

Wire factboxes list the mechanism's sessions a bullet each, the year first and the session by its ordinal alone (no
"plenary", no name of the mechanism): a session's only in a text that has named the mechanism. The year dates it,
made a month where the bullet says one ("(January)", "in December"); the city is the cell after the ordinal; the
bullet's later sentences that are names alone (or "Co-chaired by" names) give its co-chairs, and one that opens with
a count of agreements ("Six agreements.") gives the set signed at it. The bullet's own sentence tells nothing else.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SDO, XSD

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.other_bodies import other_bodies
from kg.extract.patterns import ORDINAL, ORDINAL_WORDS, ordinal_value
from kg.extract.presence import attend
from kg.extract.sessions import session
from kg.namespaces import HKSH, slug
from kg.text.days import MONTH_NAMES

ROW = re.compile(rf"^(?:[*•·▪◦‣-]\s+)?(?P<year>(?:19|20)\d\d)\s*(?:[:|]|\s[–—-])\s*(?i:the\s+)?(?i:{ORDINAL})\s+session\b(?P<rest>[^.;]*)")
CITY = re.compile(r"^\s*,\s*(?:(?:held\s+)?in\s+)?⟦place:(?P<i>\d+)⟧")
MONTH = re.compile(r"(?:\(|\bin\s+)(?P<m>(?i:" + "|".join(MONTH_NAMES) + r"))\b")
NAMES = re.compile(r"^(?:Co-?chaired\s+by\s+)?⟦person:\d+⟧(?:(?:,\s*|,?\s+and\s+)⟦person:\d+⟧)+\.?$")
COUNTS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
          "eighteen nineteen twenty").split()
AGREEMENTS = re.compile(r"^(?P<n>\d{1,3}|(?i:" + "|".join(COUNTS) + r"))\s+(?:(?:co-?operation|formal)\s+)?agreements\b"
                        r"(?!\s+(?:(?:were|are|will)\s+(?:not|never)|expected|planned|proposed|due|pending|to\s+be|will|would|may|might|could)\b)")
# "Second session of the youth forum", "... of the Legislative Council": another body's session, not the mechanism's
OF_ANOTHER = re.compile(r"^\s+of\s+(?!(?:the\s+)?⟦conf)")
# "Sixth session, Hong Kong, postponed because of the pandemic": a session not held that year
NOT_HELD = re.compile(r"(?i)\b(?:postponed|cancell?ed|called\s+off|deferred|scrapped|suspended|delayed)\b")


def factbox_row(ctx: DocContext, view: View) -> bool:
    """Record the session a factbox's bullet leads with; whether the sentence was one (and so tells nothing else)."""
    masked = view.masked
    if not (masked[:1] in "*•·▪◦‣-" or masked[:1].isdigit()) or " session" not in masked.lower():
        return False
    row = ROW.match(masked)
    if row is None or OF_ANOTHER.match(row.group("rest")) or not _mechanism_named(ctx):
        return False
    number = ordinal_value(row.group("ord"))
    if number is None:
        return False
    iri = session(ctx, number, view)
    rest = row.group("rest")
    if NOT_HELD.search(rest):
        ctx.factbox = None
        return True
    if not ctx.findings.objects(iri, SDO.startDate):
        month = MONTH.search(rest)
        day = (Literal(f"{row.group('year')}-{MONTH_NAMES.index(month.group('m').lower()) + 1:02d}", datatype=XSD.gYearMonth)
               if month else Literal(row.group("year"), datatype=XSD.gYear))
        ctx.findings.add(iri, SDO.startDate, day, view.sentence)
    city = CITY.match(rest)
    entity = view.mention(city.group("i")).entity if city else None
    if entity is not None and entity.kind == "place" and not ctx.findings.objects(iri, SDO.location):
        ctx.findings.add(iri, SDO.location, ctx.entity_iri(entity), view.sentence)
    ctx.factbox = (view.sentence.paragraph, iri, number)
    return True


def factbox_follows(ctx: DocContext, view: View) -> None:
    """A later sentence of a session's bullet: its co-chairs ("Carrie Lam and Ying Yong."), its agreements."""
    if ctx.factbox is None or ctx.factbox[0] != view.sentence.paragraph:
        return
    _, iri, number = ctx.factbox
    masked = view.masked
    if NAMES.match(masked):
        attend(ctx, view, iri, view.people(masked))
    elif (counted := AGREEMENTS.match(masked)) is not None:
        amount = counted.group("n")
        count = int(amount) if amount.isdigit() else COUNTS.index(amount.lower()) + 2
        label = f"{amount[:1].upper()}{amount[1:]} agreements signed at the {_ORDINALS[number - 1]} session"
        agreement = ctx.iri("agreement", f"{slug(label)}-{str(ctx.findings.doc).rsplit('/', 1)[-1]}")
        f, s = ctx.findings, view.sentence
        f.add(agreement, RDF.type, HKSH.Agreement, s)
        f.add(agreement, RDFS.label, Literal(label, lang="en"), s)
        f.add(agreement, HKSH.documentCount, Literal(count, datatype=XSD.integer), s)
        f.add(agreement, SDO.recordedAt, iri, s)


_ORDINALS = sorted((w for w in ORDINAL_WORDS if w != "inaugural"), key=ORDINAL_WORDS.get)


def _mechanism_named(ctx: DocContext) -> bool:
    """Whether the text has named the mechanism, and named no other pair's conference since ("The Hong
    Kong/Guangdong Co-operation Joint Conference has met since 1998. Its meetings:")."""
    for _, seen, _ in reversed(ctx.views):
        bodies = other_bodies(seen)
        conf = seen.masked.rfind("⟦conf")
        if bodies and bodies[-1][0] > conf:
            return False
        if conf >= 0:
            return True
    return False
