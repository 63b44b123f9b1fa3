"""More shapes of the mechanism's history, as patterns over a sentence's masked text (history.py reads them).

A renaming is told by what the old name turned into ("the X was upgraded to the Y", "the X became the Y",
"the X changed its name to the Y"), by what the new one came from ("the Y, upgraded from the X,", "the Y
evolved from the X"), or by how it began ("the Y began life as the X", "originally set up as the X"), whose
date is the founding's, not the renaming's. A founding may be told as a coming into being ("the X came into
being in 2003") or with a date that opens the sentence ("In 2003, the two cities set up the X"). Only the
mechanism itself beginning is its founding: not its youth committee, its inaugural meeting of a panel, another
"conference on green finance", nor its beginning to discuss something.
"""

from __future__ import annotations

import re

# The mechanism's name's placeholder in the masked text, and its common nouns (history.py reads them too)
CONF = r"⟦conf:(?P<{n}>\d+)⟧"
THE_MECHANISM = r"(?:the\s+)?(?:co-?operation\s+|conference\s+(?=mechanism))?(?:conference|mechanism)\b"
FOUNDING = r"(?:established|founded|set\s+up|launched|created|inaugurated)"
# "the Conference was established on 27 October 2031 under the name of the X": the name said names what was founded
UNDER_NAME = re.compile(rf"\b{THE_MECHANISM}\s+(?:was|had\s+been)\s+(?:first\s+|formally\s+|officially\s+|jointly\s+)?{FOUNDING}\b"
                        r"(?P<phrase>[^,;⟦]{0,60}?)\s+(?:under\s+the\s+name\s+(?:of\s+)?|as\s+)(?:the\s+)?[\"“]?⟦conf", re.I)
# What ends the mechanism's own name: not a part of it ("the X's youth committee") nor another of the kind
# ("the conference on green finance", "the mechanism for youth exchanges")
ITSELF = r"(?!['’]s\b|\s+for\b|\s+(?-i:on\s+(?![A-Z\d])))"
ADVERB = r"(?:(?:officially|formally|later|subsequently|then|eventually|further)\s+)?"
CHANGE = r"(?:upgraded|expanded|restructured|transformed|reorganised|reorganized|renamed|rebranded|developed)"

# After the mechanism's name, in its clause: "... of the X since the two governments launched it in 2003"
FOUNDED_IT = (r"[^,;⟦]{0,80}?\b(?:since|when)\s+(?:the\s+two\s+(?:cities|governments|sides|places)|both\s+(?:cities|governments|sides)"
              rf"|⟦place:\d+⟧\s+and\s+⟦place:\d+⟧|they)\s+(?:jointly\s+|first\s+)?(?:{FOUNDING}\s+it|set\s+it\s+up)(?=\s+(?:back\s+)?(?:in|on)\s+(?-i:[A-Z\d]))")

# "the X was upgraded to the Y", "the X became the Y", "the X changed its name to the Y", "the X evolved into the Y"
OLD_TO_NEW = re.compile(rf"{CONF.format(n='old')}(?:\s+mechanism)?\s+(?:(?:was|has\s+been|had\s+been)\s+{ADVERB}{CHANGE}"
                        rf"(?:\s+and\s+{CHANGE})?\s+(?:in\s+\d{{4}}\s+)?(?:to|into|as)|{ADVERB}(?:became|evolved\s+into|grew\s+into"
                        rf"|changed\s+its\s+name\s+to))\s+(?:the\s+)?{CONF.format(n='new')}(?!['’]s\b)", re.I)
# "the Y, (which was) upgraded from the X in 2015,", "the Y evolved from the X"; "renamed from the X" (to the Y
# said before it, else the name it has now)
FROM_OLD = re.compile(rf"(?:{CONF.format(n='new')}(?:\s+mechanism)?,?\s+(?:which\s+)?(?:(?:was|has\s+been|had\s+been)\s+)?{ADVERB}"
                      rf"|\b)(?:upgraded|expanded|restructured|transformed|reorganised|reorganized|renamed|developed|evolved|grew\s+out)\s+(?:from|out\s+of)\s+(?:the\s+)?{CONF.format(n='old')}", re.I)
# "the mechanism changed its name to the Y", "its name was changed to the Y in 2015": from the last other name
CHANGED_NAME = re.compile(rf"\b(?:(?:(?:{THE_MECHANISM}|it)\s+{ADVERB}changed\s+its\s+name|its\s+name\s+was\s+{ADVERB}changed)\s+to"
                          rf"|(?:{THE_MECHANISM}|it)\s+{ADVERB}(?:adopted|took(?:\s+on)?|assumed|was\s+given)\s+the\s+(?:new\s+)?name(?:\s+of)?)\s+"
                          rf"(?:the\s+)?(?:{CONF.format(n='new')}|(?:its\s+)?(?:present|current)\s+(?:one|name)\b)", re.I)
# "the Y began life as the X", "originally set up as the X in 2003, the Y ...": a former name, undated
BEGAN_AS = re.compile(rf"\b(?:began\s+(?:life\s+|its\s+life\s+)?|started\s+(?:out|life)\s+|(?:(?:originally|initially|first)\s+)?"
                      rf"(?:established|set\s+up|launched|founded|created|inaugurated)(?:\s+in\s+[^,;⟦]{{1,25}}?)?\s+)as\s+(?:the\s+)?"
                      rf"{CONF.format(n='old')}", re.I)

# "the X came into being in 2003", "since the mechanism came into existence in 2003"
CAME_INTO = re.compile(rf"(?:{CONF.format(n='c')}(?:\s+mechanism)?|\b(?P<bare>{THE_MECHANISM}|it))\s*,?\s+(?:which\s+|that\s+)?(?:first\s+|officially\s+)?"
                       r"(?:came\s+into\s+(?:being|existence|operation)|(?P<began>began|started|commenced)(?:\s+(?:operations?|operating|life|its\s+life|out))?"
                       r"(?=\s+(?:back\s+)?(?:in|on)\s+(?-i:[A-Z\d])|\s+as\b|\s*[,.;)]|\s*$)"
                       r"|(?<=⟧,\s)(?:(?:which\s+was\s+)?first\s+(?:held|convened)))\b", re.I)  # "the X, first held in 2003,"
# "the X's inaugural meeting was held in October 2003", "At its inaugural meeting in 2003, the conference ..." (not
# "the 20th anniversary of the X's inaugural meeting")
INAUGURAL_OWN = re.compile(rf"(?<!anniversary\sof\s)(?<!anniversary\sof\sthe\s)(?:{CONF.format(n='c')}|\b(?P<bare>(?<=\b[Tt]he\s)(?i:co-?operation\s+)?"
                           rf"(?i:conference|mechanism)))['’]s\s+inaugural\s+(?:plenary\s+)?(?:meeting|session)\b(?!\s+of\b)"
                           rf"|^(?:At|During)\s+its\s+inaugural\s+(?:plenary\s+)?(?:meeting|session)\b(?=[^,;]{{0,40}},\s+(?:the\s+)?"
                           rf"(?:⟦conf|(?P<its>(?i:co-?operation\s+)?(?i:conference|mechanism))\b))")
# "the establishment of the X in 2003 marked ...", "2003 saw the launch of the X" (not "the anniversary of the
# establishment of the X", nor "the establishment of the X's working group")
OF_FOUNDING = re.compile(rf"(?<!anniversary\sof\s)(?<!anniversary\sof\sthe\s)\b(?:establishment|founding|launch|creation|birth|inauguration)\s+of\s+"
                         rf"(?:the\s+)?{CONF.format(n='c')}(?!['’]s\b|\s+(?i:working|task|expert|joint|youth|sub-?group|committee|panel|forum"
                         r"|seminar|secretariat|website|office|[a-z]+\s+(?:group|forum|committee)))")
SAW = re.compile(r"^((?:19|20)\d\d)\s+(?:saw|witnessed|marked)\s+(?:the\s+)?(?:(?:official|formal|joint)\s+)?$")
# A timeline's line: "October 2003: The X is established", "2003 - The X was set up in Shanghai"
TIMELINE = re.compile(rf"^(?:\d{{1,2}}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},?\s+)?(?:19|20)\d\d(?:-\d\d){{0,2}}(?:\s*[:：–—]|\s+-)\s*(?:[Tt]he\s+)?{CONF.format(n='c')}"
                      r"(?:\s*\([^()]{0,20}\))?\s+(?:is|was)\s+(?:officially\s+|formally\s+|jointly\s+)?(?:established|founded|set\s+up|launched"
                      r"|created|inaugurated)\b")
# "In October 2003, Hong Kong and Shanghai established the X": the verb's date opens the sentence (after a speech's
# vocative: "President, 22 years ago, our two cities founded the X")
FRONTED_ACTIVE = re.compile(rf"^\s*(?:(?:Madam\s+|Mr\s+)?(?:Deputy\s+)?(?:President|Chairman|Chairwoman|Chair),\s+)?(?:(?:In|On|Back\s+in)\s[^,;⟦]{{1,30}}|[^,;⟦]{{1,30}}?\bago),?\s+[^,;]{{0,80}}?\b(?:jointly\s+)?(?:established|founded|set\s+up"
                            rf"|launched|created|inaugurated)\s+(?:the\s+)?(?:{CONF.format(n='c')}|(?i:co-?operation\s+)?(?i:conference|mechanism)\b){ITSELF}")
# A former name told in passing, undated: "the then X", "its original name, the X,", "the X (as it was then known)",
# "known at the time as the X", "When it was set up in 2003, it was called the X"
FORMER = re.compile(rf"\bthe\s+then\s+{CONF.format(n='old')}"
                    rf"|\b(?:its|whose|the\s+(?:mechanism|conference)['’]s)\s+(?:original|former|previous|earlier|first|old)\s+name"
                    rf"(?:\s+was|\s*[,:])\s*(?:the\s+)?{CONF.format(n='old2')}"
                    rf"|{CONF.format(n='old3')}\s*(?:\(\s*|,\s+)as\s+it\s+was\s+(?:then|originally|formerly|previously)\s+(?:known|called|named)\b"
                    rf"|\b(?:known|called)\s+at\s+the\s+time\s+as\s+(?:the\s+)?{CONF.format(n='old4')}"
                    rf"|\bwhen\s+(?:it|{THE_MECHANISM})\s+was\s+(?:first\s+)?(?:established|set\s+up|founded|launched|created)\b[^;⟦]{{0,60}}?,\s+"
                    rf"it\s+was\s+(?:called|named|known\s+as)\s+(?:the\s+)?{CONF.format(n='old5')}", re.I)


def former_group(match: re.Match) -> str:
    """The placeholder number of the former name a FORMER match read."""
    return next(match.group(g) for g in ("old", "old2", "old3", "old4", "old5") if match.group(g))


def unquoted(masked: str) -> str:
    """The masked text with quotes around the mechanism's names blanked out (of the same length, so that
    positions hold): "(formerly "the X")" reads as "(formerly the X)"."""
    return QUOTED.sub(" ", masked) if "⟦conf" in masked else masked


QUOTED = re.compile(r"[\"“‘'](?=(?:[Tt]he\s+)?⟦conf:)|(?<=⟧)[\"”’'](?!s\b)")
# "established in 2003 under the name of "X", and was renamed in 2012": the renaming's date follows its own verb
THEN_RENAMED = re.compile(r"[\"”’'\s]*,?\s+and\s+(?:was\s+|has\s+been\s+|had\s+been\s+)?(?:later\s+|subsequently\s+|then\s+)?renamed\b")
# "the X, which the two cities set up in 2003", "the X, the mechanism set up by the two cities in 2003" (the founders
# and the verb alone: not "which set up a task force"), a time or a place right after ("set up on the basis of the agreement signed in 2001": the agreement's year)
APPOSED = re.compile(rf"{CONF.format(n='c')}(?:{FOUNDED_IT}|\s*,\s+(?:(?:a|an)\s+[^,;]{{0,80}}?\b(?:that|which)\s+[^,;]{{0,60}}?\b{FOUNDING}\b"
                     rf"|(?:which|that)\s+(?:the\s+two\s+(?:cities|governments|sides|places)|both\s+(?:cities|governments|sides)"
                     rf"|⟦place:\d+⟧\s+and\s+⟦place:\d+⟧|they)\s+(?:jointly\s+)?{FOUNDING}(?=\s+(?:in|on)\s+(?-i:[A-Z\d⟦]))"
                     # "the X, the mechanism set up by the two cities in October 2003"
                     rf"|the\s+(?:[\w-]+\s+){{0,2}}?mechanism\s+(?:jointly\s+)?{FOUNDING}(?:\s+by\s+(?:the\s+two\s+(?:cities|governments|sides|places)"
                     rf"|both\s+(?:cities|governments|sides)|⟦place:\d+⟧\s+and\s+⟦place:\d+⟧))?(?=\s+(?:in|on)\s+(?-i:[A-Z\d⟦]))))", re.I)
# "took its present name at today's session": the renaming's day is the text's
TODAYS_SESSION = re.compile(r"\s+(?:at|during)\s+today['’]s\s+(?:[\w-]+\s+){0,2}?(?:session|meeting|plenary)\b", re.I)
