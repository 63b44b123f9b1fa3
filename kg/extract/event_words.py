"""The words that name events, and the phrases around a name that say more of it.

Patterns only: :mod:`kg.extract.events` reads a sentence with them. An event's name is a noun phrase
whose head is an event word (``HEAD``, typed by ``HEAD_CLASS``), with modifiers before it (``MOD``) and
what may follow it as part of the name (``TAIL``); after the name come who organised it, who attended,
where and when.
"""

from __future__ import annotations

import re

from rdflib.namespace import SDO

from kg.extract.patterns import HONORIFIC, ON_JOIN, ORDINAL, ORG_HEADS
from kg.namespaces import HKSH

HEAD_CLASS = {
    "exhibition": SDO.ExhibitionEvent, "expo": SDO.ExhibitionEvent, "fair": SDO.ExhibitionEvent,
    "festival": SDO.Festival, "ceremony": HKSH.Ceremony, "forum": SDO.BusinessEvent,
    "conference": SDO.BusinessEvent, "symposium": HKSH.Meeting, "dialogue": HKSH.Meeting,
    "seminar": SDO.EducationEvent, "session": HKSH.Meeting, "meeting": HKSH.Meeting,
    "party": SDO.SocialEvent, "gathering": SDO.SocialEvent, "reception": SDO.SocialEvent,
    "luncheon": SDO.SocialEvent, "dinner": SDO.SocialEvent, "breakfast": SDO.SocialEvent, "lunch": SDO.SocialEvent, "supper": SDO.SocialEvent, "banquet": SDO.SocialEvent,
    "event": SDO.Event, "summit": SDO.BusinessEvent, "concert": SDO.MusicEvent, "week": SDO.Festival,
    "carnival": SDO.Festival, "roadshow": SDO.BusinessEvent, "workshop": SDO.EducationEvent,
    "programme": SDO.EducationEvent, "program": SDO.EducationEvent,
    "showcase": SDO.ExhibitionEvent, "panorama": SDO.ScreeningEvent,
    "duty visit": HKSH.Visit, "study tour": HKSH.Visit, "study mission": HKSH.Visit,
    "business mission": HKSH.Visit, "trade mission": HKSH.Visit,
    "panel discussion": HKSH.Meeting, "roundtable": HKSH.Meeting, "round-table": HKSH.Meeting, "webinar": SDO.EducationEvent,
}
# A group's journey named as an event goes "to" where it is held: "the joint-panel duty visit to the major
# cities in the Yangtze River Delta Region".
JOURNEY_TO = re.compile(r"\s+to\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:(?:in|of)\s+(?:the\s+)?)?⟦place:(?P<i>\d+)⟧(?:['’]s(?:\s+[a-z]+){1,2}\b)?")
# A place noun after the event word makes it a modifier: "an exhibition area", "the conference hall".
SITE = r"area|areas|hall|halls|centre|center|room|rooms|venue|zone|booth|booths|site|grounds|building|complex|space|services|service|industry|industries|sector|sectors"
HEAD = rf"(?=[efcsdmpgrlbwtEFCSDMPGRLBWT])(?P<head>(?i:exhibition|expo|fair|festival|ceremony|forum|conference|symposium|dialogue|seminar|session|meeting|party|gathering|reception|luncheon|lunch|breakfast|dinner|banquet|event|summit|concert|roadshow|workshop|panel\s+discussion|round-?table|webinar|series(?=\s+of\s+(?:activities|events)))|Week|Carnival|Programme|Program|Showcase|Panorama|(?i:duty\s+visit|study\s+tour|(?:study|business|trade)\s+mission))(?P<plural>s)?(?!\s+(?i:Secretary|Committee|Member|School|Chief|Leader)\b)(?!\s+(?i:{SITE})\b)(?!\s+and\s+[A-Z]\w*\s+(?:Centre|Center|Hall|Park)\b)(?!(?:\s+(?:[A-Z][\w'-]*|and|&)){{1,4}}\s+(?:Centre|Center|Hall|Park|Complex|Stadium|Arena)\b)"
ORDINAL_WORD = r"(?=[fstenFSTEN])(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)"
# A capitalised function word opens a sentence, not a name: "Throughout Expo, ...", "During Forum week".
FUNCTION = r"Today|Tomorrow|Yesterday|This|That|These|Those|Our|Their|His|Her|Its|Other|Throughout|During|After|Before|Since|Until|At|In|On|For|With|Without|From|By|Upon|Following|Ahead|Besides|Unlike|Like|As|Also|Meanwhile|Then|When|While|Where|If|Each|Every|Both|All|Some|Many|Such"
# A month before its day or year dates what follows it ("April 2024: Hong Kong Week"): no word of a name.
MONTH_DATED = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
               r"(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?,?\s+(?:19|20)\d\d\b")
# A word of a capitalised name, as the name of an event told without its event word is made: "Design Week 2031",
# "⟦place:0⟧ Style", '"Riverton Nights"'.
TOKEN = r"(?:\"[^\"]{2,80}\"|[A-Z][\w'&@.-]*|⟦(?:place|org):\d+⟧|(?:19|20)\d\d)"
MOD = (r"(?!(?:" + FUNCTION + r")\b)(?!" + MONTH_DATED + r")(?:\d{4}(?!:)|\d{1,2}(?:st|nd|rd|th)|" + ORDINAL_WORD + r"|and(?=\s+[A-Z])|\"[^\"]{2,120}\"|⟦(?:place|org):\d+⟧|[A-Z][\w'&-]*|[a-z]+-and-[a-z]+|press(?=\s+conference)|&(?=\s+[A-Z⟦])|(?<![\w'’])[a-z]+(?:-[A-Za-z]+)?(?=(?:\s+[a-z]+(?:-[a-z]+)?){0,3}\s+(?i:ceremony|exhibition|session|party|gathering|reception|forum|event|dinner|luncheon|lunch|breakfast|banquet|conference|seminar|symposium|summit|visit|tour|mission|roadshow|workshop|webinar))"
       r"|(?<![\w'’])(?:working|joint|bilateral|preparatory|annual|regular|consultative|co-?ordination|follow-up|liaison"
       r"|review|high-level)(?=\s+meeting))")
ANNIVERSARY = r"\d{1,2}(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:establishment\s+of\s+(?:the\s+)?)?⟦conf:\d+⟧(?:\s+mechanism)?"
# What a talk-like event is on: "a symposium on healthcare financing" (lower-case words, up to a verb or
# a preposition that starts the next part of the sentence).
TOPIC_STOP = (r"(?:in|at|on|to|by|with|from|for|of|organi[sz]ed|co-organi[sz]ed|held|hosted|jointly|which|that|and|or|before"
              r"|after|during|will|was|were|is|are|today|tomorrow|yesterday|this|next|last|where|when|the|a|an)\b")
# "and" inside a topic, between two of its words: "on legal and dispute resolution services" (not "on trade and met").
TOPIC_AND = r"(?<=[a-z]\s)and\s+(?=[a-z][\w'’-]*\s+[a-z])(?!(?:[a-z]+ed|met|said|spoke|will|also|then|later|gave|took|had|has|was|were)\b)"
CALENDAR = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
            r"|September|October|November|December)\b")
TOPIC = (r"(?:(?<=(?i:symposium)\s)|(?<=(?i:seminar)\s)|(?<=(?i:forum)\s)|(?<=(?i:workshop)\s)|(?<=(?i:dialogue)\s)"
         r"|(?<=(?i:discussion)\s)|(?<=(?i:roundtable)\s)|(?<=(?i:webinar)\s))"
         rf"on\s+(?:(?:(?!{TOPIC_STOP})(?:[a-z][\w'’-]*|⟦place:\d+⟧(?:-⟦place:\d+⟧)?(?:['’]s)?)\s+|{TOPIC_AND}){{0,5}}(?!{TOPIC_STOP})[a-z][\w'’-]*"
         r"|the\s+(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)(?:\s+(?:(?:of|the|for|and|&)\s+)*(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)){0,10}"
         # a titled topic, with its edition's year: "the Seminar on Official Statistics 2017" (not "the forum on Tuesday")
         rf"|(?!{CALENDAR})[A-Z][a-z][\w'&-]*(?:\s+(?:and|&|of|for|(?!{CALENDAR})[A-Z][\w'&-]*)){{0,6}}(?<!\sand)(?<!\sof)(?<!\sfor)(?:\s+(?:19|20)\d\d\b)?)")
TAIL = (
    rf"\s+(?:(?:for|of|on)\s+(?:the\s+)?(?:{ANNIVERSARY}|\"[^\"]+\"|co-?operation(?:\s+between\s+(?:the\s+)?(?:two\s+)?[a-z]+)?)"
    r"|of\s+(?:the\s+)?(?:\d{4}\s+)?(?:(?:[A-Z][\w'-]*|⟦(?:place|org):\d+⟧)\s+){1,6}(?:Conference|Forum|Expo|Festival|Exhibition|Week|Summit)\b"
    r"|of\s+(?:activities|events)\b"
    r"|of\s+the\s+(?:(?:[A-Za-z][\w'’-]*|⟦(?:place|org):\d+⟧(?:-⟦place:\d+⟧)?)\s+){0,6}?(?i:working\s+group|task\s+force|expert\s+group)\b"
    r"(?:\s+on\s+(?:[A-Z][\w'’-]*)(?:\s+(?:and|&|of|[A-Z][\w'’-]*))*)?"
    r"|(?P<proper>of\s+(?:the\s+)?(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧)(?:[\s-]+(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧|and|&)){0,8}(?<![\s-]and)(?<!&)"
    rf"(?:{ON_JOIN}(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧)(?:[\s-]+(?:[A-Z][\w'&-]*|⟦(?:place|org):\d+⟧|and|&)){{0,6}}(?<![\s-]and)(?<!&))?)"
    r"|(?:titled|entitled)\s+[\"“][^\"”]{2,120}[\"”]"
    r"|(?:(?<=(?i:exhibition)\s)|(?<=(?i:festival)\s)|(?<=(?i:forum)\s)|(?<=(?i:seminar)\s)|(?<=(?i:symposium)\s)|(?<=(?i:concert)\s)|(?<=(?i:programme)\s)|(?<=(?i:roadshow)\s)|(?<=(?i:showcase)\s))[\"“][^\"”]{2,120}[\"”]"
    rf"|{TOPIC}"
    r"|to\s+(?:showcase|celebrate|commemorate|mark|promote)\s+[^,]+?(?=\s+(?:jointly|organi[sz]ed|held|was|is|will|co-organi[sz]ed)\b)"
    r"|(?P<held>\s*(?:was|were|will\s+be)\s+(?:also\s+)?held)\s+to\s+(?:celebrate|commemorate|mark)\s+[^,;.]+"
    r"|(?P<site>in\s+⟦place:\d+⟧\s+)?(?:celebrating|commemorating|marking)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+anniversary\b[^,;.]+)"
)
# Whether a sentence has an event word at all: the full pattern is costly where none is.
HEAD_WORD = re.compile(r"(?i:exhibition|expo|fair|festival|ceremon|forum|conference|symposium|dialogue|seminar|session|meeting"
                       r"|part(?:y|ies)|gathering|reception|lunch|breakfast|dinner|banquet|event|summit|concert|roadshow|workshop"
                       r"|series|week|carnival|program|showcase|panorama|visit|tour|mission|panel|round-?table|webinar)")
EVENT = re.compile(rf"(?P<det>\b(?i:the|a|an)\s+)?(?P<mods>(?:(?!(?i:the|a|an)\s){MOD}[\s:–-]+)*?){HEAD}\b(?P<tail>{TAIL})?")
# A superlative describes an event named elsewhere ("the biggest event held by ...", "the largest marine
# technology exhibition in Asia"); it is not a name.
SUPERLATIVE = re.compile(r"\b(?!(?:west|interest|request|forest|guest|test|harvest|contest|honest|modest|protest|digest|suggest|manifest|rest|nest|chest|quest|pest|vest)\b)[a-z]+est\s+(?:[a-z-]+\s+){0,2}$|\bmost\s+[a-z-]+\s+(?:[a-z-]+\s+){0,2}$")
# An event named inside a venue's or body's name ("the China Pavilion of World Expo 2010") is not
# mentioned there as an event.
PART_OF_NAME = re.compile(r"\b(?:Pavilion|Office|Bureau|Secretariat|Organi[sz]er|Organi[sz]ing\s+Committee|Authority|Hall|Centre|Center|Park|Village|Site|Zone|Area|Coordination\s+Office)\s+(?:of|for)\s+(?:the\s+)?$")
# A name that goes on after its head with a year: "the World Expo 2010 Shanghai China".
EDITION = re.compile(r"\s+\d{4}\b(?:\s+(?:[A-Z][\w'-]*|⟦place:\d+⟧))*")
# Two titles joined by a colon are one event and its subtitle: "the X Forum: New Ideas Dialogue".
SUBTITLE = re.compile(r"\s*:\s+$")
NAMED = re.compile(r"[\"“]|\d{4}|\d(?:st|nd|rd|th)|(?<!^)\b[A-Z]|⟦")
# A relative clause may stand between an event and who organised it: '"X", which runs June 16-24 at Y, was organised by'.
# So may its place, where it was held: "the Hong Kong Week in Shanghai, organised by X", "The forum was held at Y,
# jointly organised by X and Z".
RELATIVE = (r"[\"”]?(?:,\s*(?:which\s+(?:runs|ran|will\s+run|is\s+held|was\s+held|takes\s+place|took\s+place|opened|opens)|held\s+(?:at|in))\b[^,;.]*,"
            r"|(?:\s+(?:was|is|will\s+be)\s+held)?\s+(?:in|at)\s+(?:the\s+)?(?:⟦place:\d+⟧|[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|⟦place:\d+⟧))*+"
            r"(?:,\s+⟦place:\d+⟧|\s+in\s+⟦place:\d+⟧)?(?:\s+(?:today|yesterday|tomorrow|on\s+[\w ]{3,25}?)(?:\s*\([\w ]{3,25}\))?)?(?=\s*,)"
            # "held at the X Tower and co-organised by ...": the venue, then who organised it
            r"|\s+held\s+(?:in|at)\s+(?:the\s+)?(?:⟦place:\d+⟧|[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*|⟦place:\d+⟧))*+\s+and(?=\s+(?:jointly\s+)?(?:co-)?organi[sz]ed\b))?")
ORGANISED = re.compile(r"^" + RELATIVE + r"\s*(?:,\s*)?(?:which\s+(?:was|is|will\s+be)\s+|(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|held|hosted|presented|co-organi[sz]ed|co-ordinated|coordinated)\s+by\s+(?:the\s+)?(?P<orgs>⟦org:\d+⟧(?:\s*\((?:⟦org:\d+⟧|[A-Z][\w&-]{1,10})\))?(?:(?:,|\s+and)\s+(?:the\s+)?⟦org:\d+⟧(?:\s*\((?:⟦org:\d+⟧|[A-Z][\w&-]{1,10})\))?)*)")
ORG_NAME = r"(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)(?:\s+(?:(?:of|the|for|and|&)\s+)*(?:[A-Z][\w'&-]*|⟦(?:org|place):\d+⟧)){0,10}"
SHORT = r"(?:\s*\([A-Z][\w&-]{1,10}\))?"  # "the Riverton Port Council (RPC)"
ORGANISED_BY_NAME = re.compile(
    r"^" + RELATIVE + r"\s*(?:,\s*)?(?:which\s+(?:was|is|will\s+be)\s+|(?:was|is|will\s+be)\s+)?(?:jointly\s+|co-)?(?:organi[sz]ed|hosted|presented)\s+by\s+"
    rf"(?:the\s+)?(?P<names>{ORG_NAME}{SHORT}(?:(?:,\s+(?:and\s+)?|\s+and\s+)the\s+{ORG_NAME}{SHORT})*)")
# Who organised it, said before the event: "Organised by X and Y, the promotion week runs from ...".
FRONT_ORGANISED = re.compile(r"^\s*(?:[Jj]ointly\s+)?(?:[Oo]rgani[sz]ed|[Cc]o-organi[sz]ed|[Pp]resented|[Hh]osted)\s+(?:jointly\s+)?by\s+"
                             r"(?P<orgs>[^;]*?),\s+(?:(?:the|this|a|an)\s+)?(?:(?:(?:one|two|three|four|five|six|seven)-day|week-long|annual|inaugural)\s+)?$")
HOST_SUBJECT = re.compile(r"(?:⟦org:(?P<o2>\d+)⟧(?:\s*\([^)]*\))?\s+and\s+(?:the\s+)?)?⟦org:(?P<o>\d+)⟧\s+(?:\([^)]*\)\s+)?(?P<when>(?:today|yesterday|tonight)\s+(?:\([^)]{1,30}\)\s+)?)?"
                          r"(?:jointly\s+)?(?:(?:has|have)\s+(?:jointly\s+)?(?:held|hosted|organi[sz]ed|staged)|held|hosted|organi[sz]ed|staged"
                          r"|(?:will|is\s+to|are\s+to|plans?\s+to)\s+(?:jointly\s+)?(?:hold|host|organi[sz]e|stage)|holds?|hosts?|organi[sz]es?|stages?)\s+$")
# Whoever holds it (not only a known body): "The two sides held a working meeting in Shanghai on Friday",
# "The Task Force held its third meeting in Hong Kong today".
# ... dated by a day said right after it (not a month or a year, more often another event's).
# The verb that tells where and when the event is: "<event> was held in <place>", "... will take place in <place>",
# "... will open (kicks off) in <place> on 20 May" (not "began", which may be a first edition's year);
# not one of a clause that another verb reports ("<meeting> agreed that a drill will take place in <place>").
# A verb of opening tells it only when the event itself opens, with no object: not "kicked off a recruitment
# drive", "will begin accepting applications", "opens a new chapter".
NO_OBJECT = (r"(?=\s*(?:[,.;:)]|$)|\s+⟦|\s+\d|\s+(?:in|at|on|from|to|with|for|across|until|till|through|between|during|after"
             r"|before|today|tomorrow|tonight|this|next|later|soon|officially|formally|January|February|March|April|May|June|July"
             r"|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
HELD_VERB = re.compile(r"\b(?:[a-z]+ed|said|says|agrees|decides)\s+that\b|\b(?P<verb>held|unveiled|staged|hosted"
                       r"|took\s+place|takes?\s+place|be\s+held|launched|runs|ran|will\s+run"
                       r"|(?P<opening>(?:opened|opens|will\s+open|kick(?:s|ed)?\s+off|will\s+kick\s+off|will\s+begin|will\s+commence)\b"
                       rf"{NO_OBJECT}))\b")
# "The meeting also reviewed the X Programme, launched in 2017": after a verb and its object, a bare participle
# tells of the object, not of the event.
OBJECT_PARTICIPLE = re.compile(r"\b(?!(?:organi[sz]|host|jointly|co-?organi[sz]|support|present|sponsor)ed\b)[a-z]+ed\s+(?:the|a|an|its|their)\s+[^,;]*,\s*$")
# What opens is another thing's when the event stands after a noun and its preposition: "Registration for the
# X will open in <place>", "Ticket sales for the X will commence on 20 May" (but the event's own relative clause
# is its own: "spoke at the X, which opened in <place> today").
NOT_SUBJECT = re.compile(r"\b[A-Za-z][\w'’-]*\s+(?:for|of|to|at|about|on)\s+(?:the\s+)?$")


# A clause about something other than the event: "<event>, one of several events that will take place in
# <place> this year, opened ...", "<event> will be followed by a concert that will take place in <place>".
OTHER_CLAUSE = re.compile(r"\bfollowed\s+by\b[^,;]*?\b(?:that|which)\b|\b(?P<rel>that|which|who)\b")
# What may stand between the event's name and a clause of its own: 'The "X Panorama", which runs ...', "X (XYZ), which".
RIGHT_AFTER_NAME = re.compile(r"[\s,\"”’']*(?:\([^()]*\)[\s,]*)?")


def held_verb(clause: str, before: str = "") -> tuple[re.Match | None, int]:
    """The first verb of a clause after an event's name that tells where it is held, unless a reported clause
    comes first, and where the event's own words resume. A relative clause of another noun gives way to the
    verb after its comma ("..., one of several events that will take place in X this year, opened in Y
    today"); what the event is followed by is another event. A verb of opening is the event's own only when the
    event is its subject: not after "Registration for" (what stands before the event's name)."""
    first = HELD_VERB.search(clause)
    if first is None or not first.group("verb"):
        return None, 0
    if OBJECT_PARTICIPLE.search(clause, 0, first.start()):
        return None, 0
    if first.group("opening") and NOT_SUBJECT.search(before) and not re.search(r"\b(?:which|that)\b", clause[:first.start()]):
        return None, 0
    other = OTHER_CLAUSE.search(clause, 0, first.start())
    if other is None or RIGHT_AFTER_NAME.fullmatch(clause, 0, other.start()):
        return first, 0
    if not other.group("rel"):
        return None, 0
    comma = clause.find(",", first.end())
    later = HELD_VERB.search(clause, comma + 1) if comma >= 0 else None
    if later is None or not later.group("verb") or OTHER_CLAUSE.search(clause, comma + 1, later.start()):
        return first, 0
    return later, comma + 1


DAY_KINDS = frozenset({"relday", "range", "md", "md_year", "dmy", "mdy", "weekday", "last_weekday", "today", "yesterday", "tomorrow"})
NOT_ITS_DAY = re.compile(r"\b(?:to|which|that|who|will|is|was|[a-z]+ed)\b|,")  # a clause between: the day is of another thing
HELD_BEFORE = re.compile(r"\b(?:held|holds|(?:will|to)\s+(?:also\s+)?hold|hosted|hosts|(?:will|to)\s+(?:also\s+)?host|staged)\s+(?:(?:its|their|his|her)\s+)?$")
# An event whose name starts with its event word and carries a year: "Festival Hong Kong 2019 - A Cultural
# Extravaganza@Shanghai", "Expo 2010 Shanghai China".
NAME_WORD = r"(?:[A-Z][\w'&-]*|⟦place:\d+⟧)"
HEAD_FIRST = re.compile(
    rf"(?<![\w⟧])(?P<head>Festival|Expo|Forum|Fair|Summit|Carnival)(?P<mods>(?:\s+{NAME_WORD}){{0,4}}\s+(?:19|20)\d\d"
    rf"(?:\s+{NAME_WORD})*(?:\s*[–—-]\s*{NAME_WORD}(?:(?:\s+|@){NAME_WORD}|\s+(?:of|and|the|for)\s+{NAME_WORD})*)?)(?P<site>(?!))?")
ATTEND = re.compile(r"⟦person:(?P<p>\d+)⟧(?:\s+and\s+⟦person:\d+⟧)*[^;.]*?\b(?:attended|attends|participated\s+in|participates\s+in|took\s+part\s+in|joined|(?:will\s+)?(?:led|leads|lead|headed|heads|head)\s+(?:the|a|an|his|her)\s+(?:[^.;⟦]|⟦place:\d+⟧){0,40}?delegation\s+(?:to|at|for)(?=\s+the\s)|(?P<near>joins|chairs|(?:meets|met)\b(?:[^;.⟦]|⟦place:\d+⟧){0,80}?\bat(?=\s+(?:a|an|the)\s))|officiated(?:\s+at)?|officiates\s+at|made\s+(?:the|a|this|his|her)\s+(?:statement|remarks)\s+at|said\s+at|witnessed|witnesses|spoke\s+at|speaks\s+at|addressed|addresses|convened|co-chaired|chaired"
    r"|(?:(?:will|to)\s+(?:also\s+)?)?(?:attend|participate\s+in|take\s+part\s+in|officiate\s+at|witness|speak\s+at|address)"
    r"|(?:will|to)\s+(?:also\s+)?(?:chair|co-chair|preside\s+over)"
    r"|(?:will\s+(?:also\s+)?)?deliver(?:s|ed)?\s+(?:a\s+|the\s+)?(?:keynote\s+)?(?:speech|address|remarks)\s+at)\b|⟦person:(?P<q>\d+)⟧['’]s\s+(?:attendance|participation)\s+(?:at|in)\b")
# "the meeting of the finance committee", "the annual general meeting of a school council": a body's own meeting
# the text names in lower case, not the one told before.
OF_ANOTHER = re.compile(r"\s+of\s+(?:the|a|an|its|their)\s+(?:[a-z][\w'’-]*\s+){0,4}(?:committee|council|board|panel|group|association"
                        r"|society|club|union|chamber|federation|commission|assembly|legislature|bureau|department)\b")
SPEAKING_AT = re.compile(r"(?:(?:Speaking|Delivering\s+a\s+speech|Addressing|Officiating)\s+at|^At)\s+$")
# "Following is the speech by the Financial Secretary, Mr Paul Chan, at the <event>".
SPEECH_BY = re.compile(r"\b(?:speech|remarks|address|statement|keynote\s+speech)\s+(?:delivered\s+|made\s+)?by\s+[^.;]*?⟦person:(?P<p>\d+)⟧[^.;⟦]*?\s+at\s+$")
# A speech's salutation, after the heading that names its event: the people it greets are there.
GREETED = re.compile(r"(?:[^.:;⟦]|⟦\w+:\d+⟧)*:\s+(?P<who>[^.;]*?)\b(?:distinguished\s+guests|ladies\s+and\s+gentlemen|friends)\b", re.I)
# An infinitive whose subject is someone else: "invite Shanghai enterprises to take part in", "encourage them to attend".
OTHERS_TO = re.compile(r"\b(?:invit\w*|encourag\w*|urg\w*|help\w*|welcom\w*|ask\w*|call\w*\s+on)\s+(?:[^\s.;]+\s+){1,5}?to\s+\w+(?:\s+\w+){0,2}\s*$")
# "said at a press conference that the session would ...": what is said of a session is no attendance of it
THAT = re.compile(r"\bthat\b")
# Who else attends, in the attendance verb's own clause: not after "and then toured the port, accompanied by", nor
# after another time or place ("..., and in the afternoon he was accompanied by", "then left for X, where he")
TOGETHER = re.compile(r"(?:(?!\band\s+(?:then\s+|later\s+)?[a-z]+ed\b|\b(?:then|where|left)\b|\b(?:in\s+the|that|this)\s+(?:morning|afternoon|evening)\b)[^;.])*?"
                      r"\b(?:together\s+with|alongside|along\s+with|accompanied\s+by)"
                      r"\s+(?P<who>[^;.]*)")
IN_ATTENDANCE = re.compile(
    r"\bin\s+attendance\s+(?:were|was|are|is)\b|\b(?:were|was|are|is)\s+(?:also\s+)?in\s+attendance\b"
    r"|^(?:(?:Also\s+)?(?:attending|present)|Also\s+(?:speaking|officiating))(?:\s+from\s+(?:the\s+)?⟦(?:place|org):\d+⟧(?:\s+side)?)?(?:\s+(?:at\s+)?the\s+(?:[a-z-]+\s+){0,3}?(?:ceremony|event|reception|meeting|banquet|dinner|luncheon|forum|function|celebration|gathering))?\s+(?:were|was|are|is)\b")
# "the meeting of the Steering Committee": a body's meeting is an event of its own.
BODY_END = re.compile(r"(?:Committee|Council|Board|Commission|Panel|Assembly|Group)(?:\s+on\s+(?:the\s+)?[A-Z⟦].*)?$|⟦org:\d+⟧$")
# An event of an organisation, and where: "the opening ceremony of <org> under <org> in <place>".
OWNED_IN = re.compile(r"(?:\s+(?:of|for|under)\s+(?:the\s+)?(?:⟦org:\d+⟧|(?:[A-Z][\w'&-]*\s+){0,5}[A-Z][\w'&-]*))+\s+in\s+⟦place:(?P<i>\d+)⟧")
# An event held next to the plenary session the document tells: it is on the session's day.
AROUND_SESSION = re.compile(r"[^.;]*?\b(?:was|were|will\s+be)\s+held\s+(?:right\s+|shortly\s+|immediately\s+)?(?:after|following|before)\s+the\s+(?:plenary\s+)?(?:meeting|session|plenary)\b")
# An event described only by who gives it: "a dinner hosted by <organisation>" (known, or a name that ends
# like an organisation's).
# (not a host's kin: "hosted by the Chief Executive's wife")
HOSTED_BY = re.compile(rf"\s+(?:hosted|organi[sz]ed|given|held)\s+by\s+(?:the\s+)?(?:⟦org:\d+⟧|(?:{HONORIFIC}\s+)?⟦person:(?P<host>\d+)⟧(?!['’]s\b)"
                       rf"|(?:(?:[A-Z][\w'&-]*|⟦place:\d+⟧)\s+){{1,6}}(?-i:{ORG_HEADS})\b(?:\s+of\s+(?:[A-Z][\w'&-]*\s*)+)?)")
# "<person> visited <place>, where she attended <event>": the event is in that place.
WHERE_CLAUSE = re.compile(r"⟦place:(?P<i>\d+)⟧\s*,?\s+where\b")
# What may stand between an event's name and its date: a place or a named venue.
RIGHT_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:⟦(?:place|org):\d+⟧|[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|\d{4})){0,5}))?\s*,?\s*(?:(?:in|on)\s+)?")
# "in Shanghai's Hongkou District": the district, not the city.
WHERE = re.compile(r"(?:\s+[\w()-]+){0,8}?\s+(?:in|at)\s+(?:⟦place:\d+⟧['’]s\s+)?⟦place:(?P<i>\d+)⟧")
# "The fourth session": an ordinal and nothing else
BARE_ORDINAL = re.compile(rf"(?i)(?:the\s+)?{ORDINAL}")
# "The conference was set up in 2003, and its first meeting was held ...": the mechanism's own, a plenary session
MECHANISM_ITS = re.compile(r"(?:(?:^|\bthat\s+)[Tt]he\s+(?:co-?operation\s+)?(?:[Cc]onference|mechanism)\b|⟦conf:\d+⟧)"
                           r"(?:(?!\b(?:task\s+force|committee|working\s+group|panel|forum|sub-?group|team)\b)[^.;])*\bits\s+$")
# A list row headed by a bare ordinal meeting, its cells after a dash or colon ("First meeting – March 2019 –
# Shanghai"): one of a series the row does not name, no event's name.
ROW_CELLS = re.compile(r"\s*(?:[–—|:]|-\s)")


def heads_row(masked: str, match: re.Match) -> bool:
    """Whether an event phrase opens its line (after a bullet) and cells follow it."""
    return not masked[:match.start()].strip(" \t-•*·") and bool(ROW_CELLS.match(masked, match.end()))
# Where an event's own clause ends: another clause, or a plenary session (whose date and place follow its
# name: "... the sixth plenary session, held in Hong Kong in April last year"). Ending it at ", which will"
# too was tried: it lost the fourth held-out set more dates than it kept wrong.
CLAUSE_ENDS = re.compile(r"[;]|,\s+(?:and\s+)?(?:the|a|an)\s+[^,]*?\b(?:was|were)\b|\s+and\s+(?:is|was)\b|\s+and\s+(?:participated|attended)"
                         r"|\bplenary\s+(?:session|meeting)\b")
# "who also attended that session", "spoke at this forum", "the previous session": a clause, or an event
# named before
REFERRING_MODS = re.compile(r"(?-i:\b(?:who|whom|whose|which|that|this|these|those|previous|same|next|last)\b|\bfor\s+(?:his|her|their|its|our|my|your)\s"
                            r"|\b(?:his|her|their|its|our|my|your)\s+own\b)")
# A standing body or a kind of event, not one held: "a standing forum for working together", "a permanent forum".
STANDING = re.compile(r"^(?:standing|permanent|normali[sz]ed|institutionali[sz]ed|long-term)\s+$")
# A part of the event it closes or follows, not an event of its own: "a question-and-answer session", "a Q&A
# session", "a photo session" (a capitalised one is named: "the Chief Executive's Question and Answer Session").
SEGMENT = re.compile(r"(?:^|\s)(?:question[\s-]+and[\s-]+answer|Q\s*&\s*A|Q-and-A|photo(?:-taking)?|group\s+photo)\s*$")
# The means of a meeting, not an event: "(met) by video conference", "via video link".
MEANS = re.compile(r"(?i)\b(?:by|via|through|over)\s+(?:an?\s+|the\s+)?video[\s-]*$")
VERB_IN_MODS = re.compile(r"(?-i:\b(?:was|were|is|are|be|been|being|will|would|has|have|had|prepares?|prepared|preparing|held|holds?)\b)")
# "over" among the words before an event word makes them a clause: "The two directors talked over lunch". Other
# prepositions ("for", "with", "after", ...) were tried and taken back: an event's name may hold them (docs/quality.md).
PREPOSITION_IN_MODS = re.compile(r"(?-i:\bover\s)")
# The mechanism told in lower case, not an event: "since the two cities set up their cooperation conference",
# "the second meeting of the co-operation conference" (a plenary session, which kg.extract.sessions reads).
# "cultural and creative co-operation conference" names another conference: no other word may qualify it.
MECHANISM = re.compile(r"(?-i:(?:^|\b(?:the|their|its|our|this|that|up|[a-z]+ing|[a-z]+ed)\s+)co-?operation\s+conference)$")
OF_MECHANISM = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:⟦conf|(?:co-?operation\s+)?mechanism\b|co-?operation\s+conference\b)")
SESSION_OF = re.compile(r"(?i)\b(?:session|meeting|plenary)\s+of\s+(?:the\s+)?$")
# A meal or meeting named by whom it is with or for: "a luncheon with Hong Kong shipping companies operating in
# Shanghai", "a meeting with Hong Kong students studying in Shanghai" (people named by their group, capitalised).
WITH_HEADS = {"luncheon", "dinner", "breakfast", "reception", "meeting", "gathering", "tea gathering"}
GROUP_NOUNS = (r"(?:people|residents|students|entrepreneurs|companies|enterprises|businesspeople|professionals|"
               r"youth|young\s+people|teachers|principals|representatives|leaders|members|officials|compatriots)")
# How a group stays in a city: "Hong Kong people working and studying (in Shanghai)".
STAYING_VERB = r"(?:working|studying|living|operating|based|doing\s+business)(?:\s+and\s+(?:working|studying|living))?"
STAYING_IN = rf"(?:\s+{STAYING_VERB}\s+in\s+⟦place:\d+⟧)"
WITH_GUESTS = re.compile(rf"\s+(?:with|for)\s+(?:(?:⟦place:\d+⟧|[A-Z][\w'’-]*)\s+){{1,3}}(?:[a-z][\w'’-]*\s+){{0,2}}?"
                         rf"{GROUP_NOUNS}{STAYING_IN}?")
# A meal named by the visiting group it is given for: "a lunch for the Shanghai delegation", "a banquet in honour of
# the visiting delegation" (not "a dinner for the first time").
MEAL_HEADS = {"luncheon", "lunch", "dinner", "breakfast", "banquet", "reception"}
# ... unless someone is said to host it, which names it by its host (kg.extract.hosts): "A hosted a dinner for the delegation".
HOSTING_BEFORE = re.compile(r"\b(?:hosted|hosts|host|gave|gives|offered)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}$")
FOR_DELEGATION = re.compile(r"\s+(?:for|in\s+honou?r\s+of)\s+(?:the|a|an)\s+(?:(?:visiting|official|business|trade|government)\s+)?"
                            r"(?:(?:⟦place:\d+⟧|⟦org:\d+⟧|[A-Z][\w'’-]*)\s+){0,3}delegations?\b")
# "the Communist Party of China": a political party, not a party
POLITICAL = re.compile(r"\b(?:Communist|Democratic|Liberal|Labour|Labor|Socialist|Nationalist|Conservative|Republican|Green)\s*$")
# A negation right before a verb of going or doing: "had never visited", "has not yet toured", "didn't visit".
NOT_BEFORE = re.compile(r"(?:\b(?:not|never)|n['’]t)(?:\s+(?:yet|once|even|again|ever))?\s+$")
