"""People a sentence names but gives no post, whatever title follows them.

A condition or a supposition is no appointment: "If Mr A became Director of X ...", "Had Mr A been named ...".
Hearsay the sentence denies is none: "Rumours that Mr A was made Director of X proved false", "The bureau denied
reports that Mr A ...". And a person before a copula who is the object of a word before him is not its subject:
"The successor of Mr A was Director of X", "The man who replaced Mr A was ...". The post rules read the
sentence with these people's references taken out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.mentions import View
from kg.extract.patterns import HONORIFIC

_PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:\d+⟧"
CONDITION = re.compile(rf"(?:(?<![\w-])(?:[Ii]f|[Uu]nless|[Ww]hether)\s+{_PERSON}"
                       rf"|(?:^|[,;:]\s+)(?:Had|Were|Should|had|were|should)\s+{_PERSON}\s+(?:been|to|be)\b)")
_HEARSAY = r"(?:rumou?rs?|reports?|claims?|speculation|suggestions?|allegations?|talk|gossip)"
HEARSAY = re.compile(rf"(?i:\b{_HEARSAY}\s+(?:(?:had\s+it|circulated|circulating|emerged)\s+)?that\s+){_PERSON}")
DENIED_BEFORE = re.compile(rf"(?i:\b(?:denied|dismissed|rejected|refuted|quashed)\s+(?:(?:the|media|press|online)\s+)*"
                           rf"(?:{_HEARSAY}\s+)?that\s+|\bnot\s+true\s+that\s+){_PERSON}")
DENIAL = re.compile(r"(?i)\b(?:false|untrue|unfounded|groundless|baseless|denied|inaccurate|incorrect|wrong|not\s+true"
                    r"|dismissed|rejected|refuted)\b")
# The word right before the person makes him an object ("The successor of", "A deputy to", "who replaced"), and a
# copula or "served as" follows him with no comma between.
OBJECT = re.compile(rf"(?i:\b(?:of|to|for|by|with|from|under|than|like|unlike|replaced|succeeded|succeeds|replaces)\s+)"
                    rf"{_PERSON}(?=\s+(?:was|is|had\s+been|has\s+been|became|served\s+as|serves\s+as)\s)")
PLACEHOLDER = re.compile(r"⟦person:(\d+)⟧")
CUES = ("if ", "unless ", "whether ", "had ", "were ", "should ", "that ", " was ", " is ", " been ", " became ", " serve")


def unreal_people(view: View) -> View:
    """The view with the references of people the sentence gives no post taken out (itself where none)."""
    masked = view.masked
    if "⟦person" not in masked:
        return view
    lowered = masked.lower()
    if not any(cue in lowered for cue in CUES):
        return view
    matches = [*CONDITION.finditer(masked), *OBJECT.finditer(masked)]
    if "that " in lowered:
        matches += [*DENIED_BEFORE.finditer(masked), *(m for m in HEARSAY.finditer(masked) if DENIAL.search(masked, m.end()))]
    found = {PLACEHOLDER.search(m.group(0)).group(1) for m in matches}
    if not found:
        return view
    mentions = [replace(m, ref=None) if str(i) in found else m for i, m in enumerate(view.mentions)]
    return View(view.sentence, mentions, masked)
