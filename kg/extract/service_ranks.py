"""Ranks of the HKSAR's services, and posts whose title names no body, as releases introduce their holders.

"the Chief Fire Officer (Training), Mr A", "Ms B, Principal Immigration Officer (Mainland Liaison)": a grade's
rank with the branch in brackets is the post these releases give a member of a delegation; a rank alone ("a
senior fire officer") is anyone's and is no post. "the Judiciary Administrator, Miss C", "the Government Chief
Information Officer, Mr D": titles of one post each, which the catalogue names alone, with no "of <body>" for the
title patterns to read.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC
from kg.extract.post_resolve import holds, resolve_post
from kg.namespaces import slug

# The service each grade's rank is in: a chief fire officer is the Fire Services Department's.
GRADES = {"fire": "fire-services-department", "ambulance": "fire-services-department",
          "immigration": "immigration-department", "customs": "customs-and-excise-department",
          "correctional": "correctional-services-department"}
_RANK = (r"(?-i:(?:Deputy\s+Chief|Chief|Senior|Principal|Assistant\s+Principal|Assistant\s+Divisional|Divisional)\s+"
         r"(?P<grade>Fire|Ambulance|Immigration|Customs|Correctional)\s+(?:Services\s+)?Officer)")
_BRANCH = r"\s*\((?P<branch>(?-i:[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){0,4}))\)"
# Titles the catalogue holds alone that the title patterns do not read.
_SOLE = r"(?-i:Judiciary\s+Administrator|Government\s+Chief\s+Information\s+Officer)"
_TITLE = rf"(?:(?P<rank>{_RANK}){_BRANCH}|(?P<sole>{_SOLE})(?!\s*\())"
_PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧"
# before the name ("the Chief Fire Officer (Training), Mr A") or after it ("Mr A, Chief Fire Officer (Training),")
BEFORE = re.compile(rf"(?:\b[Tt]he|\b[Oo]ur|['’]s)\s+{_TITLE},?\s+{_PERSON}")
AFTER = re.compile(rf"{_PERSON},\s+(?:the\s+)?{_TITLE}"
                   r"(?=\s*[,.;)]|\s+(?:and|who|was|is|said|led)\b|\s*$)")


def find_service_ranks(ctx: DocContext, view: View) -> None:
    """Record the posts a service's rank with its branch, or a title of one post alone, names."""
    masked = view.masked
    if "Officer" not in masked and "Administrator" not in masked:
        return
    for match in (*BEFORE.finditer(masked), *AFTER.finditer(masked)):
        person = view.mention(match.group("p")).ref
        post = _post(ctx, match)
        if person is not None and post is not None:
            holds(ctx, view, person, post)


def _post(ctx: DocContext, match: re.Match) -> tuple | None:
    """The post of a rank and its branch (in the rank's service), or the catalogue's post of a title alone."""
    if match.group("sole"):
        return resolve_post(ctx, match.group("sole"), None, None, None, None)
    grade = match.group("grade").lower()
    service = ctx.reference.get("org", GRADES[grade])
    if service is None:
        return None
    label = f"{' '.join(match.group('rank').split())} ({match.group('branch')})"
    return ctx.iri("post", slug(label)), label, ctx.entity_iri(service)
