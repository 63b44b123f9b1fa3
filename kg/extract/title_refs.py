"""A title alone ("The Chief Executive said ...") that refers back to the person the document says
holds that post."""

from __future__ import annotations

import re

from rdflib.namespace import ORG, RDFS

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC, TITLE, normalise_title
from kg.extract.post_resolve import resolve_post


TITLE_REFERENCE = re.compile(rf"\b[Tt]he\s+(?=[A-Z])(?P<title>(?i:{TITLE.replace('(?P<title>', '(?:')}))\b(?!\s+of\b|\s*,\s*(?:{HONORIFIC}\s+)?⟦person|\s+(?:{HONORIFIC}\s+)?⟦person)")


def _holders_titled(ctx: DocContext, title: str) -> set:
    """The people this document says hold a post whose label begins with a title ("Secretary" of
    "Secretary for Commerce and Economic Development"); deputies and under secretaries are others."""
    key = normalise_title(title)
    labels = {s: normalise_title(str(o)) for s, o in ctx.findings.pairs(RDFS.label) if "/post/" in str(s)}
    return {person for person, post in ctx.findings.pairs(ORG.holds)
            if re.match(rf"{re.escape(key)}\b(?!\s*-)", labels.get(post, ""))}


def title_references(ctx: DocContext, view: View) -> View:
    """"The Chief Executive said ...": a title alone refers back to the person this document says
    holds that post; the view is masked again with those references as people."""
    from kg.extract.gazetteer import Mention, mask

    extra = []
    for match in TITLE_REFERENCE.finditer(view.sentence.text):
        post = resolve_post(ctx, match.group("title"), None, None, None, None)
        if post is not None:
            holders = set(ctx.findings.subjects(ORG.holds, post[0]))
        else:  # "The Secretary will return ...": the one Secretary the document has named
            holders = _holders_titled(ctx, match.group("title"))
        start, end = match.span()
        if len(holders) == 1 and all(end <= m.start or m.end <= start for m in view.mentions):
            person = holders.pop()
            extra.append(Mention("person", start, end, match.group(0), ref=person))
            ctx.findings.mention(person, view.sentence)
            ctx.subjects.setdefault(view.sentence.index, person)
    if not extra:
        return view
    mentions = sorted(view.mentions + extra, key=lambda m: m.start)
    return View(view.sentence, mentions, mask(view.sentence.text, mentions))
