"""Who "I" and "we" are in a text in the first person.

A transcript's speaker line ("Secretary for Tourism: This morning I visited ...", "Mr Wexford: ...") names
who speaks until the next speaker line; a questioner's line ("Reporter: ...") is nobody the text names.
"We" and "our delegation" in a text whose speaker is known include the speaker (with the delegation the
document says they lead or make up); they include nobody where no speaker is known.

The turns of a record of proceedings: "Mr Lau Chun-pong (in Cantonese): President, I move ...". Each turn's
speaker is the "I" of the turn and of the paragraphs after it, up to the next labelled turn; a turn labelled by a
title no one in the text is known to hold ("President (in Cantonese):") has no "I" the text can name.

A label is a person or a title at the head of a paragraph, with the language spoken or a salutation after the
colon (:mod:`kg.text.hansard` writes the labels in ordinary case), never a quoted speaker in running text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from rdflib import URIRef

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.post_resolve import holders_of
from kg.text.sentences import Sentence

# A speaker line's label: a person, or a title, before a colon at a paragraph's start.
LABEL = re.compile(r"^(?P<label>(?:[A-Z][\w'’&-]*|⟦person:\d+⟧)(?:\s+(?:[\w'’&-]+|⟦(?:person|org|place):\d+⟧)){0,7})\s*:\s+(?=\S)")
ASKER = re.compile(r"(?i)(?:reporters?|questions?|q|journalists?|media|moderator|host|audience|participants?|mc|interviewer|caller"
                   r"|anchor|presenter)$")
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
    holders = holders_of(ctx, label)
    return (True, holders.pop()) if len(holders) == 1 else (False, None)


def first_person_plural(ctx: DocContext, actor: str) -> list[URIRef]:
    """The speaker, where "we" or "our delegation" says it and the text's speaker is known."""
    return [ctx.author] if ctx.author is not None and WE.fullmatch(actor.strip()) else []


TURN = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Ir)\s+)?(?:⟦person:(?P<p>\d+)⟧|(?P<t>[A-Z][\w'’ ,-]{1,80}?))\s*(?P<lang>\(in\s+[A-Z][a-z]+\))?\s*:\s+"
                  r"(?P<salute>(?:Madam\s+|Deputy\s+)?(?:President|Chairman|Chairperson|Chair),)?")


# A written reply's own label ("Reply: President, ..."): the replier the heading named goes on speaking.
REPLY = re.compile(r"(?i)(?:written\s+)?(?:reply|answer|response)")
SALUTE = re.compile(r"\s*(?:(?:Madam\s+|Deputy\s+)?(?:President|Chairman|Chairperson|Chair),\s*)?")


def speaker_turn(ctx: DocContext, view: View, first_in_paragraph: bool) -> Sentence | None:
    """Make a labelled turn's speaker the author; the turn's first sentence to read again, its label blanked (the
    speaker is its "I", not the subject of what it says: "Mr A (in Cantonese): President, Ms B visited ..."), or None."""
    text = view.masked
    if not first_in_paragraph or ":" not in text[:120]:
        return None
    turn = TURN.match(text)
    if turn is None or not (turn.group("lang") or turn.group("salute")):
        return None
    if turn.group("p") or not REPLY.fullmatch(turn.group("t").strip()):
        ctx.author = view.mention(turn.group("p")).ref if turn.group("p") else _holder(ctx, turn.group("t"))
    said = view.sentence.text
    label = SALUTE.match(said, said.find(":") + 1).end()
    return replace(view.sentence, text=" " * label + said[label:])


def _holder(ctx: DocContext, title: str):
    """The one person the text says holds the post a label names ("Secretary for ... (in Cantonese):"), or None."""
    holders = holders_of(ctx, title.strip())
    return holders.pop() if len(holders) == 1 else None


SPOKEN = ("Address", "Policy Address", "Speech", "Remarks", "Opening remarks", "Welcome remarks", "Closing remarks",
          "Keynote speech")
# A speech's heading: "Address by the Chief Executive, the Hon John Lee Ka-chiu, GBM, at the ... meeting".
ADDRESS = re.compile(r"^(?:(?:Policy\s+)?Address|Speech|(?:Opening\s+|Welcome\s+|Closing\s+)?Remarks|Keynote\s+speech)"
                     # the speaker named with the title after "by", not a host after "at the dinner hosted by"
                     r"\s+(?:delivered\s+)?by\s+(?:(?!\b(?:at|on|in|during|hosted|given|organi[sz]ed|to|with|by)\b)[^.;:⟦]){0,80}?"
                     r"⟦person:(?P<p>\d+)⟧")


def address_by(view: View):
    """The speaker a speech's heading names, or None."""
    match = ADDRESS.match(view.masked)
    return view.mention(match.group("p")).ref if match else None

