"""An item of a published programme that a later line calls off: "UPDATE: The visit to the harbour depot scheduled
for 15:00 on May 4 has been cancelled", "The call on the Port Authority shown in the first draft has been dropped".

An itinerary is printed first and amended below it; the amended item was read as an event when its row was, and
is not to be held. The line names the item by the words that open its row ("The visit to ..."), so the event of
an earlier sentence whose label starts with those words is taken back with its facts. A line that calls off
something the programme never listed ("The opening ceremony has been postponed") touches nothing, and an item named
by one or two words ("The visit") is too little to know which.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDFS

from kg.extract.asked_events import withdraw
from kg.extract.context import DocContext, is_session
from kg.extract.gazetteer import unmask
from kg.extract.mentions import View

# "The <item> scheduled for 14:30 on March 11 has been cancelled", "The <item> shown in the draft has been dropped".
DROPPED = re.compile(r"\b[Tt]he\s+(?P<name>[^,;.]{6,120}?)\s+(?:(?:originally\s+)?(?:scheduled|planned|shown|listed|set|slated|due)\s+"
                     r"(?:for|in|on|at)\b[^;]{0,80}?\s+)?(?:has|have|had)\s+(?:now\s+)?been\s+"
                     r"(?:cancell?ed|dropped|called\s+off|scrapped|withdrawn)\b")


def drop_items(ctx: DocContext, view: View) -> None:
    """Take back the earlier events that the sentence's "The <item> ... has been cancelled/dropped" names."""
    if "been" not in view.masked or (match := DROPPED.search(view.masked)) is None:
        return
    name = re.sub(r"\s+", " ", unmask(match.group("name"), view.mentions)).strip().lower()
    if len(name.split()) < 3:
        return
    for _, event in list(ctx.events):
        if is_session(event):
            continue
        labels = [str(label).lower() for label in ctx.findings.objects(event, RDFS.label)]
        if any(label == name or label.startswith(name + " ") for label in labels):
            withdraw(ctx, event)
