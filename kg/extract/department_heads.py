"""HKSAR department heads' titles name the department by its field, not by its name: "Director of Marine" heads
the Marine Department, "Commissioner for Tourism" the Tourism Commission. The reference data gives each
department's `field`; a title "<rank> of|for <field>" is a post of that department, and the field is never made
a body of its own ("Marine", "Investment Promotion").
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.patterns import normalise_title
from kg.reference import Entity, Reference

# The ranks that head a department or deputise for its head; "Chairman of Marine" is no department's post.
_RANK = re.compile(r"(?:(?:deputy|assistant|senior assistant|principal assistant|acting) )*"
                   r"(?:director general|director|commissioner|controller|head|(?:chief |senior )?superintendent)")
_SPLIT = re.compile(r"^(?P<rank>.+?) (?:of|for) (?:the )?(?P<field>.+)$")


@lru_cache(maxsize=8)
def _fields(reference: Reference) -> dict[str, Entity]:
    return {normalise_title(f): org for org in reference.orgs for f in org.data.get("fields", ())}


def department_of(reference: Reference, title: str, field: str | None = None) -> Entity | None:
    """The department whose head (or deputy) a title names by the department's field: "Director" with the
    field "Marine", or "Commissioner for Tourism" whole; None for any other title."""
    key = normalise_title(title if field is None else f"{title} of {field}")
    if " of " not in key and " for " not in key:
        return None
    match = _SPLIT.match(key)
    if match is None or not _RANK.fullmatch(match.group("rank")):
        return None
    return _fields(reference).get(match.group("field"))

