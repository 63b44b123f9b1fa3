"""A site visit told twice: the body's "toured the X Centre and the Y Centre", then a photo caption's "The
delegation tours the X Centre" or a summary line. The later telling names a site the first named and no site, day or
person the first did not, so it is the same visit, not another: it is taken back rather than counted as a second event. So is "During his visit to Suzhou, ..." after "Visit of X to
Suzhou": the person's visit told first, then the place alone.
"""

from __future__ import annotations

import re

from rdflib import RDFS
from rdflib.namespace import SDO

from kg.extract.context import DocContext

# "Visit of Christopher Hui to Suzhou": a visit by its person and place.
WHOSE = re.compile(r"Visit of .+ to \S")


def drop_repeated_visits(ctx: DocContext) -> None:
    """Take back each "Visit to ..." event whose sites, days and people an earlier one already holds."""
    f = ctx.findings
    visits = [(min(where), s) for (s, p, o), where in f.triples.items()
              if p == RDFS.label and str(o).startswith("Visit to ")]
    if not visits:
        return
    whose = sorted({s for (s, p, o) in f.triples if p == RDFS.label and WHOSE.match(str(o))}, key=str)
    if len(visits) + len(whose) < 2:
        return
    visits.sort(key=lambda v: (v[0], str(v[1])))
    for n, (_, later) in enumerate(visits):
        if any(_within(ctx, later, earlier) for earlier in [e for _, e in visits[:n]] + whose if earlier != later):
            for triple in [t for t in f.triples if later in (t[0], t[2])]:
                f.discard(*triple)
            f.mentions.pop(later, None)
            ctx.events[:] = [(h, e) for h, e in ctx.events if e != later]


def _within(ctx: DocContext, later, earlier) -> bool:
    """The later visit names a site the earlier one's label names, and holds nothing the earlier does not."""
    f = ctx.findings
    sites = [re.sub(r"^the\s+", "", str(o)[len("Visit to "):].lower()) for o in f.objects(later, RDFS.label)]
    named = " ".join(str(o).lower() for o in f.objects(earlier, RDFS.label))
    if not sites or not all(site and site in named for site in sites) or f.objects(later, SDO.organizer):
        return False
    places, days = set(f.objects(later, SDO.location)), set(f.objects(later, SDO.startDate))
    return bool(places) and bool(days) and places <= set(f.objects(earlier, SDO.location)) \
        and days == set(f.objects(earlier, SDO.startDate)) \
        and set(f.objects(later, SDO.attendee)) <= set(f.objects(earlier, SDO.attendee)) \
        and set(f.objects(later, SDO.endDate)) <= set(f.objects(earlier, SDO.endDate))
