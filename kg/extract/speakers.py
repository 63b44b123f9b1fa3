"""The turns of a record of proceedings: "Mr Lau Chun-pong (in Cantonese): President, I move ...". Each turn's
speaker is the "I" of the turn and of the paragraphs after it, up to the next labelled turn; a turn labelled by a
title no one in the text is known to hold ("President (in Cantonese):") has no "I" the text can name.

A label is a person or a title at the head of a paragraph, with the language spoken or a salutation after the
colon (:mod:`kg.text.hansard` writes the labels in ordinary case), never a quoted speaker in running text.
"""

from __future__ import annotations

import re

from rdflib.namespace import ORG

from kg.extract.context import DocContext
from kg.extract.mentions import View
from kg.extract.posts import resolve_post

TURN = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Ir)\s+)?(?:⟦person:(?P<p>\d+)⟧|(?P<t>[A-Z][\w'’ ,-]{1,80}?))\s*(?P<lang>\(in\s+[A-Z][a-z]+\))?\s*:\s+"
                  r"(?P<salute>(?:Madam\s+|Deputy\s+)?(?:President|Chairman|Chairperson|Chair),)?")


def speaker_turn(ctx: DocContext, view: View, first_in_paragraph: bool) -> bool:
    """Make a labelled turn's speaker the author; whether the author changed (the sentence is then read again)."""
    text = view.masked
    if not first_in_paragraph or ":" not in text[:120]:
        return False
    turn = TURN.match(text)
    if turn is None or not (turn.group("lang") or turn.group("salute")):
        return False
    speaker = view.mention(turn.group("p")).ref if turn.group("p") else _holder(ctx, turn.group("t"))
    changed = speaker != ctx.author
    ctx.author = speaker
    return changed


def _holder(ctx: DocContext, title: str):
    """The one person the text says holds the post a label names ("Secretary for ... (in Cantonese):"), or None."""
    post = resolve_post(ctx, title.strip(), None, None, None, None)
    holders = set(ctx.findings.subjects(ORG.holds, post[0])) if post is not None else set()
    return holders.pop() if len(holders) == 1 else None


SPOKEN = ("Address", "Policy Address", "Speech", "Remarks", "Opening remarks", "Welcome remarks", "Closing remarks",
          "Keynote speech")
# A speech's heading: "Address by the Chief Executive, the Hon John Lee Ka-chiu, GBM, at the ... meeting".
ADDRESS = re.compile(r"^(?:(?:Policy\s+)?Address|Speech|(?:Opening\s+|Welcome\s+|Closing\s+)?Remarks|Keynote\s+speech)"
                     r"\s+(?:delivered\s+)?by\s+[^.;:⟦]{0,80}?⟦person:(?P<p>\d+)⟧")


def address_by(view: View):
    """The speaker a speech's heading names, or None."""
    match = ADDRESS.match(view.masked)
    return view.mention(match.group("p")).ref if match else None
