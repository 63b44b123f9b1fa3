"""The shapes in which a text introduces an official with a title: before the name ("Shanghai Mayor A"),
after it ("A, Director of X"), with the body after the name ("Secretary-General A of X") and in brackets.
"""

from __future__ import annotations

import re

from kg.extract.patterns import (ABBREVIATION, FIRM_WORDS, ON_JOIN, AFTER_BODY, APPOSED, HAN_NAME, HONORIFIC, LOWER_TITLE, NAME_TOKEN, ORG_HEADED, ORG_HEADS, ORG_PHRASE,
                                  POSSESSED, POST_NOMINALS, THE_LOWER, TITLE)

HEADS = ORG_HEADS
_ESC = str.maketrans({"{": "{{", "}": "}}"})
# "of the <organisation>", "at <organisation>" ("chief economist at Harbour Bank"), or "of the university"
# (the one named before); "of the city's <organisation>" (kg.extract.city_units says which).
_AT = r"at\s+(?=(?:the\s+)?(?:⟦org:\d+⟧|" + ORG_HEADED.translate(_ESC) + "))"
# A firm's legal form after a comma ends its name: "Tamsin Marine Co., Ltd", "Harbour Analytics, Inc.".
FIRM_SUFFIX = r"(?:,\s+(?-i:Ltd|Limited|Inc|LLC|LLP|Plc)\b\.?)?"
# A Mainland firm's "(Group)" inside its name: "Shanghai International Port (Group) Co., Ltd.".
GROUP_PART = r"(?:\s+\((?-i:Group|Holdings)\)(?=\s+[A-Z])\s+" + ORG_PHRASE.translate(_ESC) + ")?"
# An office named by the city it is in: "the Hong Kong Economic and Trade Office in Wuhan".
# (a month, a season or a day is no city: "became Director of the ... Office in March")
_NOT_CITY = (r"(?!(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Spring"
             r"|Summer|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Charge|Time|Future)\b)")
_CITY = r"(?:⟦place:\d+⟧|" + _NOT_CITY + r"(?-i:[A-Z][a-z]+)\b(?![\w-]|\s+[A-Z⟦]))"
OFFICE_IN = rf"(?:(?<=Office)\s+in\s+{_CITY})?"
# A branch after the body, as HKSAR titles give it: "Deputy Director of Food and Environmental Hygiene (Environmental
# Hygiene)" (several words, so that no abbreviation is read as one).
# A caption's place in a photograph ("(Second Left)", "(Front Row, Centre)") is none.
_CAPTION = r"(?![^()]{{0,60}}\b(?-i:Left|Right|Centre|Center|Middle|Row|Front|Back|Photo|Pictured)\b)"
BODY_BRANCH = r"|\s*\(" + _CAPTION + r"(?P<obranch{n}>(?-i:[A-Z][a-z]+(?:(?:,\s+|,?\s+and\s+|\s+&\s+|\s+)[A-Z][a-z]+)+))\)"
OF = (r"(?:\s+(?:of|" + _AT + r")\s*(?:the\s+)?(?:(?:(?<=the\s)city['’]s\s+)?(?P<of{n}>⟦(?:org|place):\d+⟧)(?:(?<=⟧)(?P<ofin{n}>\s+in\s+" + _CITY + "))?|(?P<neworg{n}>" + ORG_PHRASE.translate(_ESC)
      + GROUP_PART + OFFICE_IN + FIRM_SUFFIX + r")|(?<=the\s)(?P<ref{n}>(?-i:" + ORG_HEADS.lower() + r")\b))(?!\s+(?:delegation|team|side|group|mission)\b))?"
      r"(?:\s*\([\"“]?(?P<abbr{n}>" + ABBREVIATION.translate(_ESC) + r")[\"”]?\)|\s*\(⟦(?:org|place):\d+⟧\)" + BODY_BRANCH + ")?")
PERSON = rf"(?:{HONORIFIC}\s+)?⟦person:(?P<p{{n}}>\d+)⟧"
# A place in a photograph in brackets ("(Second Left)") is no name.
NOT_CAPTION = r"(?![^()]*\b(?-i:Left|Right|Centre|Center|Middle|Row|Front|Back|Photo|Pictured)\b)"
# The same person's other name in brackets after the name: "Lin Dingguo (Paul Lam Ting-kwok), the HKSAR's ...".
OTHER_NAME = rf"\s*\((?:{HONORIFIC}\s+)?(?:⟦person:\d+⟧|{NOT_CAPTION}(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+(?:-[a-z]+)?){{1,3}}))\)"
# "Vice Mayors A and B": both hold the title, unless one has a title of his own after him ("... and B,
# director of ...").
MORE = r"(?P<more>(?:,?\s+and\s+(?:" + HONORIFIC + r"\s+)?⟦person:\d+⟧(?!\s*,\s+(?:the\s+)?(?i:[a-z-]+\s+)*?(?i:" + \
    r"director|secretary|mayor|chairman|chairperson|president|minister|commissioner|head|chief|governor)\b))*)"
# What stands before a title: a place or organisation found ("Shanghai Mayor", "Shanghai's Deputy Mayor"),
# an organisation's name ("Zhejiang Liaison Unit Director"), an organisation's abbreviation, one named
# before ("its Director", "the centre's Director"), or an unknown place ("Hangzhou Vice Mayor").
# an abbreviation the text defined or the reference knows ("HTC Chairman"). A rank is no body: "Chief Council Secretary".
QUALIFIER = (rf"(?=[⟦A-Z\dit])(?:(?P<q>⟦(?:org|place):\d+⟧)|(?P<qorg>(?!(?:Chief|Senior|Principal|Assistant|Associate|Deputy)\s){ORG_HEADED})|(?P<qabbr>(?-i:[A-Z]{{2,}}[A-Z&]*))"
             rf"|(?P<qref>(?-i:[Ii]ts|[Tt]he\s+(?P<qhead>(?i:{ORG_HEADS}|corps))(?=['’]s|(?<=s)['’])))|(?P<qplace>{NAME_TOKEN}))(?:['’]s|(?<=s)['’])?\s+")
# A bureau's branch after its title: "Permanent Secretary for Commerce and Economic Development (Commerce, Industry
# and Tourism)"; a division's before the body: "Director (Cluster Services) of the X Authority".
BRANCH = r"(?:\s*\((?P<branch{n}>(?-i:[A-Z][a-z]+(?:(?:,\s+|,?\s+and\s+|\s+&\s+|\s+)[A-Z][a-z]+)*))\))?"
STATUS = re.compile(r"(?i)acting|ag|atg|designate|retired|ret|former|interim|elect")  # a holder's status, no branch


def branched(title: str, branch: str | None) -> str:
    """A bureau's title with its branch, as the post is named: "Principal Assistant Secretary for X (Commerce)"; a
    holder's status or a short mark in brackets is no branch."""
    if branch and len(branch) > 3 and not STATUS.fullmatch(branch) and re.search(r"\s(?:for|of)\s", title, re.I):
        return f"{title} ({branch})"
    return title

SECOND = rf"(?:\s+and\s+(?P<art2>the\s+)?(?=[A-Z])(?i:{TITLE.replace('title', 'title2')}){OF.format(n=2)})?"

# A field of the body's work between a title and "at <body>" (or its abbreviation): "the Director-General of Investment
# Promotion at X".
AT_FIELD = (rf"(?:\s+of\s+(?P<field1>(?-i:(?!{ORG_HEADS}\b)[A-Z][a-z]+(?:\s+(?:and\s+)?(?!{ORG_HEADS}\b)[A-Z][a-z]+){{0,3}}))"
            r"(?:(?=\s+at\s+(?:the\s+)?(?:⟦org:\d+⟧|" + ORG_HEADED.translate(_ESC) + r"))|\s+at\s+(?:the\s+)?(?P<atabbr1>(?-i:[A-Z][a-z]*[A-Z][A-Za-z]*))\b))?")
# A title in lower case ("Shanghai mayor Han Zheng", "then chief executive Tung Chee-hwa") is read only
# after a place or body, or after "then"/"former": "said chief executive Bo Lander" may be a company's.
THEN = r"(?:(?<=\bthen\s)|(?<=\bThen\s)|(?<=\bformer\s)|(?<=\bFormer\s))"
BEFORE = re.compile(
    rf"(?:{QUALIFIER}(?:{POSSESSED}|(?=[A-Z]|{LOWER_TITLE}|{AFTER_BODY}))|{THEN}(?={LOWER_TITLE})|\b(?=[A-Z])|{THE_LOWER})"
    rf"(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}{AT_FIELD}"
    rf"{OF.format(n=1)}{SECOND}"
    rf",?\s+{PERSON.format(n=1)}{MORE}"
)
# A founder's role before the title he holds: "co-founder and Chief Executive Officer of X" (the founding is no post).
FOUNDER = r"(?:co-?)?founder\s+and\s+"
AFTER = re.compile(
    rf"{PERSON.format(n=1)}{POST_NOMINALS}*(?:\s*\((?:[a-z]+[ ,]*){{1,4}}\)|{HAN_NAME}|{OTHER_NAME})?{APPOSED}(?:the\s+(?:(?:then|former|outgoing|incoming|new|current|present|young|late)\s+)?|an?\s+(?:former\s+)?|former\s+|our\s+|{FOUNDER})?(?:{QUALIFIER})?"
    rf"(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}{OF.format(n=1)}"
    rf"(?:\s+and\s+(?:(?P<art2>the\s+)|an?\s+(?=former\s))?(?:former\s+)?(?:(?P<q2>⟦place:\d+⟧)\s+)?(?i:{TITLE.replace('title', 'title2')}){OF.format(n=2)})?"
    rf"(?=\s*[,.;)]|\s+\((?!⟦)|(?!{ON_JOIN}[A-Z⟦])\s+(?!(?:of|for|and|the|&)\b)[a-z]|\s*$|(?<=⟧)-(?:based|listed|headquartered)\b)"
)
# "Secretary-General Li Zheng of the Shanghai Municipal People's Government", "executive vice mayor Wu Qing
# of Shanghai": the body or place after the name is the title's.
NAME_OF = re.compile(
    rf"(?:\b(?=[A-Z])(?P<title1>(?i:{TITLE.replace('(?P<title>', '(?:')}))|(?<![\w-])(?P<lower1>{LOWER_TITLE}))"
    rf"\s+{PERSON.format(n=1)}(?=\s+of\s){OF.format(n=1)}(?=\s*[,.;:)]|\s+(?!of\b)[a-z]|\s*$)"
)
# A title in brackets after the name, as tables and captions give it: "Tung Chee-hwa (Chief Executive)",
# "Ada Quell (Vice Mayor of Riverton)"; a role or a place in the picture after a comma ("(President of the Council,
# leader of the delegation)", "(Director of X, second left)").
PAREN = re.compile(
    rf"{PERSON.format(n=1)}\s*\((?:the\s+)?(?:{QUALIFIER})?(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)}"
    rf"{OF.format(n=1)}(?:,\s+[a-z][^()⟦,]{{0,60}})?\s*\)"
)
# A firm by the word its name ends with ("Lion Rock Ventures", "Huangpu River Capital"), as rosters give it.
FIRM_NAME = (r"(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}\s+(?:"
             + "|".join(sorted(FIRM_WORDS - {"Co", "Fund", "Funds", "Media"}, key=len, reverse=True)) + r"))\b")
# The body after the title and a comma, as rosters and captions give it: "Ms A, Deputy Director, Riverton Arts
# Office", "Mr B, JP, Chairman, the Riverton Council (Co-chair)".
COMMA_BODY = re.compile(
    rf"{PERSON.format(n=1)}{HAN_NAME}?{POST_NOMINALS}*,\s+(?:the\s+)?(?i:{TITLE.replace('title', 'title1')}){BRANCH.format(n=1)},\s+(?:the\s+)?"
    rf"(?:(?P<of1>⟦(?:org|place):\d+⟧)|(?P<neworg1>{ORG_HEADED}|{FIRM_NAME})|(?P<nabbr1>(?-i:[A-Z][a-z&]{{0,6}}[A-Z][A-Za-z&]{{0,8}})))"
    r"(?=\s*[,.;(]|\s*$)"
)
# Titles that a place alone qualifies: "Hangzhou Vice Mayor", "Zhejiang Vice Governor".
PLACE_TITLES = re.compile(r"(?:(?:vice|deputy|executive)\s+)?(?:(?:district\s+)?mayor|governor|party secretary)")
