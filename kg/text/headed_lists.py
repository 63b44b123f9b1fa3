"""A heading that names a list of co-operation areas, kept as the lead-in of the list under it.

Fact sheets and knowledge-base pages set the areas out under a heading ("Areas of co-operation", "Priority
areas") as bullets or short lines with no sentence of their own, or under a lead-in line ("... under these
headings:"). The heading, with no stop, would be dropped as a page's furniture and the list read as a list of
anything; put before the list ("Areas of co-operation: finance; tourism.") it says what the items are. Only a
heading that is nothing but such words counts ("Areas of co-operation", not "Co-operation in finance"). A
statute's or gazette notice's lead-in ended by a dash ("in the following areas—") introduces its items as a colon does.
"""

from __future__ import annotations

import re

AREA_HEADING = re.compile(r"^(?:(?:the\s+)?(?:main|key|major|priority|principal)\s+(?:areas|fields)(?:\s+of\s+co-?operation)?"
                          r"|(?:areas|fields)\s+of\s+co-?operation|co-?operation\s+(?:areas|fields))$", re.I)
# a bullet or an item's number ("- finance", "(a) finance", "2. Tourism")
LISTED = re.compile(r"^\s*(?:[*•·▪◦‣-]|–|—|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+\S")
# a short plain line, an item of a list set out without bullets ("Finance", "Culture and tourism")
SHORT_ITEM = re.compile(r"^[A-Za-z][\w'’&,/ -]{0,60}$")
ITEM_WORDS = 6
# a page's furniture, no field: a list of areas ends at it ("Speakers", "Photo gallery", "Related links")
FURNITURE = re.compile(r"^(?:speakers?|panel\s+discussions?|questions\s+and\s+answers|q\s*&\s*a|(?:press|media)\s+enquiries|enquiries"
                       r"|contacts?(?:\s+us)?|photo\s+gallery|photos?|gallery|videos?|related\s+(?:links|articles|news|stories|content)"
                       r"|see\s+also|back\s+to\s+top|share(?:\s+this)?|print|email|tags?|downloads?|attachments?|about\s+us|home"
                       r"|more\s+news|latest\s+news|programme|agenda|background|notes\s+to\s+editors|top)$", re.I)


# The lead-in of a statute's or a gazette notice's list ends with a dash ("... in the following areas—", then
# "(i) finance;"): it introduces the list as a colon does.
DASH_LEAD = re.compile(r"(?<=\S)\s*(?::\s*)?(?:—|–|:-)$")


def dash_leads(paragraphs: list[str]) -> list[str]:
    """The paragraphs, a lead-in that ends with a dash above a bulleted or numbered item ended with a colon."""
    return [DASH_LEAD.sub(":", para) if i + 1 < len(paragraphs) and LISTED.match(paragraphs[i + 1]) and DASH_LEAD.search(para)
            else para for i, para in enumerate(paragraphs)]


def _short(line: str) -> bool:
    return bool(SHORT_ITEM.match(line)) and len(line.split()) <= ITEM_WORDS and not AREA_HEADING.match(line) and not FURNITURE.match(line)


def headed_lists(paragraphs: list[str]) -> list[str]:
    """The paragraphs, an areas heading made the lead-in of the list it heads."""
    if not any(len(p) <= 40 and AREA_HEADING.match(p) for p in paragraphs):
        return paragraphs
    out = list(paragraphs)
    for i, para in enumerate(paragraphs[:-1]):
        if len(para) > 40 or not AREA_HEADING.match(para):
            continue
        after = paragraphs[i + 1]
        if LISTED.match(after):
            out[i] = para + ":"  # the bullets are joined to it as to any lead-in
        elif after.endswith(":") and i + 2 < len(paragraphs) and LISTED.match(paragraphs[i + 2]):
            out[i + 1] = f"{para}: {after}"
        else:
            items = [p for p in paragraphs[i + 1:i + 40]]
            count = next((n for n, p in enumerate(items) if not _short(p)), len(items))
            if count >= 2:
                out[i] = para + ":"
                out[i + 1:i + 1 + count] = ["- " + p for p in items[:count]]
    return out
