"""A session told twice with its day said more and less exactly has the exact one.

"The third plenary session was held in Shanghai in April this year" and later "The third plenary session was held on
April 16 this year": one session, one date; the month is the day said less exactly, not a second date. Only a month
beside a whole day: a year beside a month ("in 2026", "a preparatory meeting in September") is as often a session to
come dated by the year and another meeting's month.
"""

from __future__ import annotations

from rdflib.namespace import RDF, SDO

from kg.extract.context import DocContext
from kg.namespaces import HKSH


def keep_finest_dates(ctx: DocContext) -> None:
    """Drop each session's month that a whole day of it falls in."""
    f = ctx.findings
    for session in f.subjects(RDF.type, HKSH.PlenarySession):
        days = [str(d) for d in f.objects(session, SDO.startDate)]
        if len(days) < 2:
            continue
        for day in f.objects(session, SDO.startDate):
            if len(str(day)) == 7 and any(len(other) == 10 and other.startswith(f"{day}-") for other in days):
                f.discard(session, SDO.startDate, day)
