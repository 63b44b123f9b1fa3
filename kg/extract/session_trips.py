"""A trip made to attend a plenary session: the session is where the trip goes, and the travellers attend it.

Releases announce a session by the trip to it: "The Chief Executive will lead a delegation to Shanghai on
May 8 and 9 for the seventh plenary session", "Mr A departed for Shanghai today to attend the seventh
plenary session", "a delegation led by A came to Hong Kong for the second plenary session", "B will travel to Hong Kong tomorrow to co-chair the eighth plenary session"; a speech
by "welcome Mayor B and the Shanghai delegation to Hong Kong for the fourth plenary session" (the guests
come for it). A trip whose purpose is something else ("to prepare for the seventh plenary session") tells
neither, and neither does a trip after it ("went to Shenzhen after attending the session").
"""

from __future__ import annotations

import re

from rdflib import URIRef

from kg.extract.mentions import View

# The trip's verb and its destination, words of time, then the purpose right before the session's name
TRIP = re.compile(r"(?P<who>⟦person:\d+⟧[^.;]*?)\s+(?:(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:a|an|the|his|her)\s+"
                  r"(?:(?:[^.;⟦]|⟦(?:place|org):\d+⟧){0,30}?\s+)?delegation(?:\s+of\s+[^.;⟦]{1,40}?)?|(?:depart(?:s|ed)?|left|leaves|leave|set\s+off|fly|flies|flew|flying|travel(?:s|led|ed|ling|ing)?"
                  r"|head(?:s|ed)?|arrive(?:s|d)?|came|comes?|went))\s+(?:for|to|in)\s+⟦place:(?P<i>\d+)⟧(?P<mid>[^.;⟦]{0,50}?)"
                  r"\s+(?P<aim>to\s+(?:attend|co-chair|chair|take\s+part\s+in|participate\s+in|join)|for)\s+the\s+")
# Words between the destination and the purpose that make it some other trip (not the "to" of "from May 7 to 9")
OTHER_AIM = re.compile(r"\b(?:to(?!\s+\d)|prepar\w*|ahead|after|before|following|meet\w*|visit\w*|work\w*)\b")


# A trip denied or that never was: "will not lead a delegation", "did not travel", "would have led", "had been due to
# lead"
UNDONE = re.compile(r"\b(?:not|never|would\s+have|could\s+have|had\s+been\s+(?:due|scheduled|set|expected)\s+to"
                    r"|had\s+(?:planned|intended|hoped|wanted)\s+to)\b|n['’]t\b")


# What stands between "for the" and the session's end: the session's own name and nothing else ("for the follow-up
# meeting on the outcomes of the seventh session", "for the next leg of his trip after ..." are other aims)
SESSION_ONLY = re.compile(r"(?i:(?:(?!after|before|following|of|on)[\w-]+\s+){0,3}?(?:plenary\s+)?(?:session|meeting|plenary))"
                          r"(?:\s+of\s+(?:the\s+)?⟦conf:\d+⟧)?")


# "welcome Mayor B and the Shanghai delegation to Hong Kong for the fourth plenary session": the guests come for it
WELCOME = re.compile(r"\bwelcom(?:e|es|ed|ing)\s+(?P<who>(?:[^.;⟦]|⟦(?:person|place|org):\d+⟧){1,80}?)\s+(?:back\s+)?to\s+⟦place:(?P<i>\d+)⟧"
                     r"\s+(?:for|to\s+attend)\s+the\s+")


def trip_to(view: View, end: int) -> tuple[int | None, list[URIRef], bool]:
    """The placeholder index of where a trip to a session (whose name ends at ``end``) goes, the
    travellers (said with "for the session"; "to attend" is read by the attendance rules), and whether it
    is a delegation's."""
    masked = view.masked
    if "⟦place" not in masked[:end]:
        return None, [], False
    if "welcom" in masked and (welcome := _last(WELCOME.finditer(masked, 0, end))) and SESSION_ONLY.fullmatch(masked, welcome.end(), end):
        return int(welcome.group("i")), view.people(welcome.group("who")), False
    trip = _last(TRIP.finditer(masked, 0, end))
    if trip is None or OTHER_AIM.search(trip.group("mid")) or not SESSION_ONLY.fullmatch(masked, trip.end(), end) \
            or UNDONE.search(trip.group("who")):
        return None, [], False
    people = view.people(trip.group("who")) if trip.group("aim") == "for" else []
    return int(trip.group("i")), people, "delegation" in trip.group(0)


def _last(matches) -> re.Match | None:
    found = list(matches)
    return found[-1] if found else None
