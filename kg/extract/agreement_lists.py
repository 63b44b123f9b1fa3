"""Agreements listed one after another: "signed the agreement on X, the memorandum on Y and the letter of intent
on Z", "12 agreements, including a letter of intent on A and a framework agreement on B".

Each item is an article, its words and a singular head, with what it is about ("on ...") or for ("to ...") and
its parties ("between A and B") after it. A list read after a signing verb has two items at least (one is the
signing's own object, which kg.extract.agreements reads); after "including", "namely" or "such as" one is
enough where the sentence has told of agreements or a signing before it. A bulleted line that is only an
agreement's words is one, under a line that tells of agreements and ends in a colon.
"""

from __future__ import annotations

import re

from kg.extract.agreement_words import HEAD, MOD, PURPOSE, TOPIC

SIGNED = r"sign(?:ed|s|ing\s+of)|ink(?:ed|s)|conclude[ds]|exchanged"
ANCHOR = re.compile(rf"(?i)\b(?:(?P<incl>including|namely|such\s+as|among\s+them)|{SIGNED})\s+")
ITEM = re.compile(rf"(?i)(?:a|an|the)\s+(?P<np>(?:{MOD}\s+){{0,4}}?(?P<head>{HEAD}))\b")
PLURAL = re.compile(r"(?i)(?:s|memoranda)$")
# The parties after an item, up to the comma or semicolon that ends it
PARTIES = re.compile(r"\s+between\s+[^,;.]{1,150}?(?=\s*[,;.]|\s*$)")
SEP = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|;\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)")
# Agreements or a signing told: "documents" and "arrangements" only as co-operation's ("supporting documents" and
# "special arrangements" are an application's papers and a holiday's logistics)
TOLD_WORDS = (rf"\b(?:{SIGNED}|signing)\b|\b(?:agreements|memoranda|mous|letters\s+of\s+intent"
              r"|co-?operation\s+(?:documents|arrangements))\b")
TOLD = re.compile(rf"(?i){TOLD_WORDS}")


def listed_agreements(masked: str) -> list[tuple[int, int, int]]:
    """The items of every list of agreements: (where its words start, where its head ends, where what it is
    about or for ends)."""
    out: list[tuple[int, int, int]] = []
    for anchor in ANCHOR.finditer(masked):
        items = _items(masked, anchor.end())
        if len(items) >= 2 or items and anchor.group("incl") and TOLD.search(masked, 0, anchor.start()):
            out += [item for item in items if item not in out]
    return out


def _items(masked: str, pos: int) -> list[tuple[int, int, int]]:
    items = []
    while (item := ITEM.match(masked, pos)) and not PLURAL.search(item.group("head")):
        end, after = _reach(masked, item.end("np"))
        items.append((item.start("np"), item.end("np"), end))
        sep = SEP.match(masked, after)
        if sep is None:
            break
        pos = sep.end()
    return items


def _reach(masked: str, np_end: int) -> tuple[int, int]:
    """Where an item's words reach: the end of what it is about or for ("on X", "to do Y"), and the end of its
    parties after that ("between A and B")."""
    about = TOPIC.match(masked, np_end) or PURPOSE.match(masked, np_end)
    end = about.end() if about else np_end
    parties = PARTIES.match(masked, end)
    return end, parties.end() if parties else end


# "• a letter of intent on youth internships; and", "(b) an agreement to set up a joint laboratory."
BULLET = re.compile(rf"(?i)^\s*(?:[•·▪◦●*\-–—]|\(?(?:[a-h]|\d{{1,2}}|[ivx]{{1,4}})[.)])\s*(?:(?:a|an|the)\s+)?(?P<np>(?:{MOD}\s+){{0,4}}?(?P<head>{HEAD}))\b")
BULLET_END = re.compile(r"(?i)^\s*(?:[;,.]\s*(?:and|or)?\s*)?$")
INTRO = re.compile(rf"(?i)(?:{TOLD_WORDS})[^.]*:\s*$")
QUOTE = re.compile(r"[\"“”]")


def bullet_item(masked: str, before: list[str]) -> tuple[int, int, int] | None:
    """A bulleted agreement (as listed_agreements' items), where the lines before it are such bullets under an
    introducing line that tells of agreements or a signing and ends in a colon."""
    item = BULLET.match(masked)
    if item is None or PLURAL.search(item.group("head")):
        return None
    end, after = _reach(masked, item.end("np"))
    if not BULLET_END.match(masked[after:]):
        return None
    intro = next((line for line in before if not BULLET.match(line)), "")
    return (item.start("np"), item.end("np"), end) if INTRO.search(intro) else None


def plain_quotes(masked: str) -> str:
    """The text with double quotes blanked out (positions hold): "signed a "framework agreement on X"" reads as
    the agreement's words."""
    return QUOTE.sub(" ", masked)
