"""Who "I" and "we" are in a text in the first person.

A transcript's speaker line ("Secretary for Tourism: This morning I visited ...", "Mr Wexford: ...") names
who speaks until the next speaker line; a questioner's line ("Reporter: ...") is nobody the text names.
"We" and "our delegation" in a text whose speaker is known include the speaker (with the delegation the
document says they lead or make up); they include nobody where no speaker is known.
"""

from __future__ import annotations

import re

from rdflib import URIRef
from rdflib.namespace import ORG

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.posts import resolve_post

# A speaker line's label: a person, or a title, before a colon at a paragraph's start.
LABEL = re.compile(r"^(?P<label>(?:[A-Z][\w'’&-]*|⟦person:\d+⟧)(?:\s+(?:[\w'’&-]+|⟦(?:person|org|place):\d+⟧)){0,7})\s*:\s+(?=\S)")
ASKER = re.compile(r"(?i)(?:reporters?|questions?|q|journalists?|media|moderator|host|audience|participants?|mc)$")
WE = re.compile(r"(?i)we|(?:our|my)\s+(?:delegation|team)")


def speaker_of(ctx: DocContext, view: View) -> tuple[bool, URIRef | None]:
    """(whether the sentence opens with a speaker line, who speaks) for a paragraph's first sentence."""
    if ":" not in view.masked[:90]:
        return False, None
    match = LABEL.match(view.masked)
    if match is None:
        return False, None
    label = match.group("label")
    people = view.people(label)
    if len(people) == 1 and re.fullmatch(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?⟦person:\d+⟧", label):
        return True, people[0]
    if ASKER.fullmatch(label):
        return True, None
    if "⟦" in label:
        return False, None
    post = resolve_post(ctx, label, None, None, None, None)
    holders = set(ctx.findings.subjects(ORG.holds, post[0])) if post is not None else set()
    return (True, holders.pop()) if len(holders) == 1 else (False, None)


def first_person_plural(ctx: DocContext, actor: str) -> list[URIRef]:
    """The speaker, where "we" or "our delegation" says it and the text's speaker is known."""
    return [ctx.author] if ctx.author is not None and WE.fullmatch(actor.strip()) else []
