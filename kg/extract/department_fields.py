"""An HKSAR department's head or deputy titled by a field of several words, or with a one-word branch:
"the Director of Agriculture, Fisheries and Conservation, Mr A", "the Assistant Commissioner for Census and
Statistics (Economic), Ms B".

The title patterns read a body's name after "of" as capitalised words, which a field listed with commas is not,
and take a branch in brackets for part of the title; kg.extract.department_heads knows which fields name which
department, and the post is that department's, its branch after it.
"""

from __future__ import annotations

import re

from kg.extract.context import DocContext
from kg.extract.department_heads import department_of
from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC
from kg.extract.post_resolve import branched, department_post, holds

_RANK = (r"(?:(?:Deputy|Assistant|Senior\s+Assistant|Principal\s+Assistant)\s+)*"
         r"(?:Director(?:-General)?|Commissioner|Controller|Head)")
_FIELD = r"[A-Z][a-z]+(?:(?:,\s+|\s+and\s+|\s+)[A-Z][a-z]+){0,5}"
FIELD_TITLE = re.compile(rf"(?<![\w-])(?P<title>(?-i:{_RANK})\s+(?:of|for)\s+(?P<field>(?-i:{_FIELD})))"
                         rf"(?:\s*\((?P<branch>(?-i:[A-Z][a-z]+(?:\s+(?:and\s+|&\s+)?[A-Z][a-z]+){{0,4}}))\))?"
                         rf",\s+(?:{HONORIFIC}\s+)?⟦person:(?P<p>\d+)⟧")


def find_department_fields(ctx: DocContext, view: View) -> None:
    """Record the department posts titled by a field with commas, or with a branch of one word."""
    masked = view.masked
    if " of " not in masked and " for " not in masked:
        return
    for match in FIELD_TITLE.finditer(masked):
        field, branch = match.group("field"), match.group("branch")
        if "," not in field and not (branch and " " not in branch):
            continue  # the title patterns read it
        if department_of(ctx.reference, match.group("title")) is None:
            continue
        post = branched(department_post(ctx, " ".join(match.group("title").split())), branch)
        person = view.mention(match.group("p")).ref
        if post is not None and person is not None:
            holds(ctx, view, person, post)
