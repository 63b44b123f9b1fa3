"""Regular-expression pieces shared by the extraction rules: titles, honorifics, names, ordinals.

They describe how English-language press releases and translated Mainland news name officials:
"the Chief Secretary for Administration, Mr Chan Kwok-ki", "Shanghai Mayor Ying Yong",
"Gong Zheng, Deputy Secretary of ... and Mayor".
"""

from __future__ import annotations

import re
from functools import lru_cache

# "Ir Dr Lo", "Dr the Hon Lo", "The Hon Lo": Hong Kong prefixes an engineer's "Ir" and a legislator's "the Hon".
# A judge is "Mr Justice A" or "Madam Justice B" as courts style them.
# "presided over", and 共同主持 as translations give it: "co-presided over", "co-presided the meeting"
PRESIDED_OVER = r"(?:co-?)?presided(?:\s+over)?"

HONORIFIC = (r"(?:(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Professor|Sir|Dame|Comrade|Ir)\.?"
             r"(?:\s+(?:Dr|Prof|Professor)\.?|(?<=\bMr)\s+Justice|(?<=\bMadam)\s+Justice)?(?:\s+the\s+Hon\.?)?"
             r"|(?:The|the)\s+(?:Honourable|Hon\.?))")
# Honours and professional letters after a name, as HKSAR releases give them: "Mr Lo Wai-kwok, SBS, MH, JP,".
POST_NOMINALS = r"(?:,\s+(?-i:GBM|GBS|SBS|BBS|MH|JP|SC|KC|QC|PDSM|IDSM|PMSM|CBE|OBE|MBE|ISO)\b)"
# A person's name in Chinese characters after the English one: "Mr Paul Chan Mo-po (陈茂波), Secretary for ...".
HAN_NAME = r"(?:\s*[（(][\u3400-\u9fff·]{2,8}[)）])"

# Words that end a firm's name, never a person's: "the Managing Director of Victoria Capital Partners, Ms A" names
# no "Capital Partners"; "Lanyu Biotech Co., Ltd" no "Lanyu Biotech Co".
FIRM_WORDS = frozenset("""
Co Corp Inc Ltd Llc Plc Holdings Partners Capital Ventures Securities Fund Funds Investments Asset Assets Biotech
Pharma Pharmaceutical Pharmaceuticals Technologies Tech Consulting Consultants Enterprises Industries Solutions
Systems Properties Insurance Energy Media Studio Studios Trading Shipping Airlines Airways Motors Electronics
Semiconductor Semiconductors Networks Labs Robotics Therapeutics Medical Logistic Resources Solicitors Accountants
Pictures Films Productions Entertainment
""".split())
# Capitalised words that are never part of a person's name.
NOT_NAME = set("""
The A An And Of For In On At To By With From As This That These Those His Her They Their It Its We Our
Mr Mrs Ms Miss Dr Prof Professor Madam Sir Dame Comrade Ir
Government Office Bureau Department Committee Commission Council Conference Session Plenary Meeting Forum
Ceremony Exhibition Expo Festival Week Day Event Party Association University College School Institute
Centre Center Park District City Province Region Mainland Affairs Services Development Technology Innovation
Treasury Education Justice Security Labour Welfare Housing Transport Environment Commerce Economic Financial
Constitutional Home Food Health Culture Sports Tourism Trade Industry Administration Secretary Director
Mayor Chief Executive President Chairman Deputy Vice Acting Minister Liaison Central State People's Municipal
Special Administrative Affairs Team Group Company Limited Corporation Bank Board Authority Agency Chamber
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tomorrow Yesterday Also During After Before
Following Upon Speaking Delivering Other Members Representatives Shanghai China Chinese National
Co-operation Cooperation New Year Global International Overseas Youth Science Art Arts Film Television
Service Civil Logistics Lands Works Planning Ecology Digital Policy Maritime Port Aviation Customs Excise
Immigration Police Revenue Information Relations Foreign External Public Provincial General Standing
Premier Governor Commissioner Consul Secretary-General Director-General Sciences Social Academy Unit
Pavilion Network Alliance Promotion Macao Macau Kowloon Beijing Under Permanent Assistant Associate Managing
Former Outgoing Incoming Then Newly Current Both Two Three Four Five
Lab Laboratory Plaza Honorary Founding Senior Principal Kindergarten Primary Secondary
Terminal Terminals Container Containers Railway Metro Airport Hotel
Judge Judges Presiding Commander Political Commissar Curator Engineer Engineers Convenor
Theatre Theater Museum Gallery Corps Headquarters Court Courts Tribunal
Lawmaker Lawmakers Legislator Legislators Councillor Councillors
Panellist Panellists Panelist Panelists Moderator Speaker Speakers Analyst Analysts Economist Economists Spokesman
Spokeswoman Spokesperson Columnist Correspondent Commentator Emcee Keynote
When While Where Whereas Although Though Because Once Unless Until Since Meanwhile However Moreover Earlier Later
Against Among Amongst Between Across Through Towards Toward Within Without Beyond Into Onto Versus
""".split()) | FIRM_WORDS - {"Co"}

# "Co" is a family name ("Mr Henry Co") unless a firm's form follows it: "Tamsin Marine Co., Ltd", "Lanyu Co Ltd".
NAME_TOKEN = (r"(?=[A-Z])(?!(?:" + "|".join(sorted(NOT_NAME, key=len, reverse=True)) + r")\b)"
              r"(?!Co\b(?:\.|,?\s+(?:Ltd|Limited|Inc|Corp)\b))[A-Z][a-z]+(?:-[a-z]+)?")
NEW_NAME = (
    rf"(?P<name>(?:[A-Z]\s?){{1,2}}\s?{NAME_TOKEN}"  # initials: "C Y Leung"
    rf"|{NAME_TOKEN}\s(?:[A-Z]\.?|[A-Z]{{2}})\s{NAME_TOKEN}"  # middle initials: "John C Tsang", "Paul MP Chan"
    rf"|{NAME_TOKEN}(?:\s{NAME_TOKEN}){{2}}\s[A-Z][a-z]+-[a-z]+"  # "Ingrid Yeung Ho Poi-yan": English, married, own name
    rf"|{NAME_TOKEN}(?:\s{NAME_TOKEN}){{1,2}})"
    r"(?![\w-]|\s+[A-Z][a-z])"
)

# An organisation's name as introduced with a title: capitalised words (or mentions already found),
# joined by "of", "the", "and", "for", "&" or a hyphen. Where nothing else marks its end, it must end
# with a word that heads organisations' names.
# A thing told as not held ("The final ..., scheduled for today, was cancelled"): no event of it.
NOT_HELD = re.compile(r"\b(?:postponed|cancell?ed|called\s+off|deferred|scrapped|suspended)\b")
ORG_HEADS = (r"(?:Office|Bureau|Department|Committee|Commission|Council|Government|University|Association"
             r"|Company|Limited|Ltd|Corporation|Authority|Agency|Group|Institute|Centre|Center|Federation|Chamber"
             r"|Bank|Board|Administration|Ministry|Court|Foundation|Society|Trust|Hospital|College|Academy|Unit"
             r"|Alliance|Network|Pavilion|Exchange|Club)")
# A title in lower case after a body's name ("Riverton Trade Council chairman Ada Quell"): the name's last word
AFTER_BODY = "(?<=\\s)(?:" + "|".join(rf"(?<=\b{head}\s)" for head in ORG_HEADS.strip("(?:)").split("|")) + ")"
ORG_WORD = r"(?:⟦(?:org|place):\d+⟧|(?-i:(?!(?:Mr|Mrs|Ms|Miss|Madam)\.?\s)[A-Z][\w&'’.]*(?:-[a-z]+)?)|\d{4}|(?<=No\.\s)\d{1,3})"  # an honorific begins a name; "Anti-smuggling" is one word
# A series after "of"/"for" inside a name ("Administration of Culture, Radio, Film and TV", "Department of
# Culture, Sports and Tourism"): capitalised words, none a head word nor an honorific, so that a list of
# bodies ("of the A Council, B Board and C Office") or of people ("of Culture, Mr A and Ms B", "of Culture,
# Ada Lo and Bo Kwan") is no series.
_ITEM = rf"(?!(?:{ORG_HEADS}|Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Professor)\b)[A-Z][\w'’-]*"
ORG_SERIES = rf"\s+(?:of|for)\s+(?-i:{_ITEM}(?:\s+{_ITEM})?(?:,\s+{_ITEM}(?:\s+{_ITEM})?)+,?\s+(?:and|&)\s+{_ITEM}\b(?!\s+[A-Z]))"
# A committee, group, commission, council, board or panel "on" its subject ("Steering Committee on the Greater Bay
# Area", "Working Group on Financial Co-operation"), never on a day or in a month ("Committee on Monday").
_DAYS = ("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August"
         "|September|October|November|December")
ON_JOIN = rf"(?:(?<=Committee)|(?<=Group)|(?<=Commission)|(?<=Council)|(?<=Board)|(?<=Panel))\s+on\s+(?:the\s+)?(?!(?:{_DAYS})\b)"
ORG_PHRASE = rf"{ORG_WORD}(?:{ORG_SERIES}|(?:{ON_JOIN}|\s+(?:(?:of|the|and|for|&)\s+)*|-){ORG_WORD})*?"
# "Chamber of Commerce", "Department of Justice": one capitalised word of the body's field after its head
# word, where no other capitalised word or "of" follows it (so "... Bureau of Justice of the X" stays whole
# only to "Justice").
ORG_HEADED = rf"{ORG_PHRASE}\s+(?-i:{ORG_HEADS})\b(?:\s+of\s+(?-i:[A-Z][a-z]+)\b(?![\w-]|\s+[A-Z⟦]|\s+(?:and|&)\s+(?!the\s)[A-Z⟦]))?"
# A body named by a demonstrative or a possessive ("This Bureau (CMAB)", "Our Office"): the writer's own, not a name
DEICTIC = re.compile(r"(?:This|That|These|Those|Our|Its|Their)\s")
# (a role in brackets, as rosters give it, is no abbreviation: "Home Affairs Bureau (Secretary)")
ABBREVIATION = r"(?-i:(?!(?:Secretary|Chairman|Chairperson|Chairwoman|Chair|Member|Convenor|Observer)\))[A-Z][A-Za-z&]{1,9})"

_TITLE_WORDS = r"(?-i:(?:[A-Z][a-z]+|&|and|the)(?:\s+(?:[A-Z][a-z]+|&|and|the))*?)"
# A bureau named by a series: "Secretary for Innovation, Technology and Industry".
_SERIES = r"(?-i:[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+)"
# A bureau's name in lower case, as newspapers write it after a name ("John Lee, secretary for security"):
# only words that name the HKSAR's bureaux, so that "secretary for two years" stays a plain "secretary".
_BUREAU_WORD = (r"(?:administration|affairs|civil|commerce|constitutional|culture|development|ecology|economic|education"
                r"|environment|financial|food|health|home|housing|industry|information|innovation|justice|labour|lands"
                r"|logistics|mainland|planning|security|service|services|sports|technology|tourism|transport|treasury"
                r"|welfare|works|youth)")
_BUREAU = rf"(?-i:(?:the\s+)?{_BUREAU_WORD}(?:(?:,\s+|\s+(?:and|&)\s+(?:the\s+)?|\s+){_BUREAU_WORD})*)"
# "the secretary for justice, Paul Lam", "the financial secretary, Paul Chan": newspapers write an HKSAR post in lower
# case after "the"; only a bureau's secretary and the two posts no other body has are read so ("the chief executive,
# Ada Quell" may be a company's).
THE_LOWER = (rf"(?<=\b[Tt]he\s)(?=(?:(?:permanent|under|deputy)\s+)?secretary\s+for\s+{_BUREAU_WORD}\b"
             r"|chief\s+secretary\b|financial\s+secretary\b"
             # "the director of the ⟦known office⟧, Ms A": a head's title in lower case before a body the text names
             r"|(?:(?:deputy|vice|executive)[\s-]+)?(?:director(?:[\s-]+general)?|chairman|chairperson|president"
             r"|secretary[\s-]+general|commissioner)\s+of\s+(?:the\s+)?⟦org:\d+⟧)")
# A release's heading before a speech or transcript: "Following is the speech by the Secretary for X, Mr A, ..."
HEADING = re.compile(r"^(?:Following|Below)\s+is\b")
# A title ending a fronted clause, its object, with the main clause's subject named after it: "After meeting the
# chief secretary, Ada Quell told reporters ..." (Ada Quell is no secretary); "..., Mr A, the minister" is apposed.
FRONTED = re.compile(r"(?:(?:After|Before|Upon|On|While|When|Since|Besides)\s+(?:[a-z]+ing|having\s+[a-z]+)|Having\s+[a-z]+"
                     r"|(?!(?:During|Morning|Evening|Spring|Nothing|Something)\b)[A-Z][a-z]+ing)\b[^,;⟦]*")
MAIN_VERB = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|s)\b|\s+(?:told|said|met|saw|gave|took|spoke|will|would|has|had)\b")


def fronted_object(masked: str, start: int, end: int) -> bool:
    """Whether a title and the name after it (``masked[start:end]``) are a fronted clause's object and the main
    clause's subject."""
    return FRONTED.fullmatch(masked, 0, start) is not None and MAIN_VERB.match(masked, end) is not None


TITLE = (
    r"(?P<title>(?:(?:acting|deputy|vice|assistant|associate|executive|permanent|under|managing|honorary|founding|senior"
    r"|principal(?=\s+assistant\b)|full[\s-]time(?=\s+(?:deputy|vice)\b))[\s-]+)*"
    r"(?:chief\s+(?:executive|operating|financial|technology|information)\s+officer|chief\s+economist"
    r"|chief\s+executive(?!\s+officer\b)|chief\s+secretary(?:\s+for\s+administration)?|financial\s+secretary"
    r"|secretary[\s-]general|party\s+secretary"
    rf"|secretary(?:\s+for\s+(?:{_SERIES}|{_TITLE_WORDS}(?<!\sand)(?<!\sthe)(?<!\s&)|{_BUREAU}))?"
    r"|director[\s-]general|director|(?:district\s+)?mayor|chairman|chairperson|chairwoman|president|premier"
    r"|commissioner[\s-]general"
    rf"|commissioner(?:\s+(?:for|of)\s+(?:{_SERIES}|{_TITLE_WORDS}(?<!\sand)(?<!\sthe)(?<!\s&))|\s+for\s+{_BUREAU}(?!\s+at\s+(?:the\s+)?(?-i:[A-Z⟦])))?"
    r"|consul[\s-]general|minister|governor|general\s+manager"
    r"|chief\s+representative(?:\s+for\s+(?-i:(?:East|West|North|South|Central|Eastern|Western|Northern|Southern|Northeast|Northwest|Southeast|Southwest)\s+China))?"
    r"|member(?=\s+of\s+(?:the\s+)?[A-Z⟦])"
    r"|pro[\s-]vice[\s-]chancellor|chancellor|(?:controller|(?:chief\s+|senior\s+)?superintendent|(?-i:Partner))(?=\s+(?:of|at)\s+(?:the\s+)?[A-Z⟦])"
    r"|(?-i:Partner)(?=,\s+(?-i:[A-Z][\w&'’-]*\s+){1,4}(?-i:Ventures|Capital|Partners|Securities|Investments|Solicitors|Accountants)\b)"
    rf"|head(?=\s+of\s+(?:the\s+)?(?:⟦org:\d+⟧|{ORG_HEADED}|(?-i:[A-Z][A-Za-z]*[A-Z]{{2,}})\b))|(?<=['’]s\s)head(?=\s+of\s+[A-Z])"
    r"|(?-i:[Pp]rincipal|[Dd]ean)(?=\s+of\s+(?:the\s+)?(?:⟦org:\d+⟧|(?-i:(?:School|Faculty|College|Institute|Academy)\s+of\s+[A-Z])|(?-i:(?:[A-Z]|⟦place:\d+⟧)(?:[^,;.()⟦]|⟦place:\d+⟧){0,80}?\s(?:School|College|Kindergarten|Academy|Faculty|Institute|Centre|Center)\b))"
    r"|,\s+(?:[Tt]he\s+)?(?-i:[A-Z][\w'’-]*\s+){1,6}(?:School|College|Kindergarten|Academy|Institute|University)\b)"
    r"|(?:senior\s+|principal\s+|chief\s+)?(?:executive|administrative|information|trade)\s+officer(?=\s+of\s+(?:the\s+)?[A-Z⟦]|,\s)"
    r"|(?:senior\s+)?(?:research\s+)?fellow(?=\s+(?:of|at)\s+(?:the\s+)?[A-Z⟦])"
    r"|chief\s+justice|(?:chief\s+|presiding\s+)?judge(?=\s+of\s+(?:the\s+)?[A-Z⟦])"
    r"|(?:chief\s+)?(?:engineer|curator)(?=\s+of\s+(?:the\s+)?[A-Z⟦]|,\s+(?:the\s+)?[A-Z⟦])"
    r"|political\s+commissar|commander(?=\s+of\s+(?:the\s+)?[A-Z⟦]|,\s+(?:the\s+)?[A-Z⟦])"
    r"|convenor(?=\s+of\s+(?:the\s+)?[A-Z⟦])))"
)

# A deputy's title in the plural before names: "Vice Mayors A and B", "Deputy Secretaries-General A and B".
PLURAL_RANKS = {"mayors": "Mayor", "governors": "Governor", "directors": "Director", "directors-general": "Director-General",
                "secretaries-general": "Secretary-General", "chairmen": "Chairman", "presidents": "President"}
# (in lower case too, as mainland English writes them: "vice-mayors A and B")
PLURAL_RANK = (r"\b(?P<rank>(?:(?:Executive|Deputy|Vice|Assistant|executive|deputy|vice|assistant)[\s-]+)+)(?P<plural>"
               + "|".join(sorted((f"{p.title()}|{p}" for p in PLURAL_RANKS), key=len, reverse=True)) + r")\b")

# A title that a body's possessive introduces, in either case and perhaps after a word of standing: "the
# council's chairman, Sunny Tam", "its first director, Leo Kwan", "Its new Chairman Ada Quell".
POSSESSED = r"(?:(?<=['’]s\s)|(?<=s['’]\s)|(?<=\b[Ii]ts\s))(?:(?:first|new|current|founding|outgoing)\s+)?"

# What joins a name to the title after it: "A, director of X", "A, then the mayor", "A is a fellow at X".
APPOSED = r"(?:,\s+(?:who\s+(?:is|was)\s+(?:also\s+|then\s+)?|then\s+)?|\s+(?:is|was)\s+(?:now\s+|also\s+|then\s+)?)"

# Newspapers write some titles in lower case before a name: "Shanghai mayor Han Zheng", "then chief
# executive Tung Chee-hwa". Only titles that name one post each are read so ("director", "president" are
# too common as plain words).
# Where a list of people after "for", "moderated by" or "included" ends and another clause begins: ", while
# ...", "and said ...", "..., and Mr A thanked Mr B" (a name followed by a verb is a new clause's subject).
LIST_VERB = r"(?:said|says|added|adds|told|tells|noted|would|will|was|were|is|are|has|had|thanked|thanks|[a-z]{3,}ed)"
LIST_END = (rf"(?:,?\s+(?:while|whereas|but|when|who|which|where)\b|,?\s+and\s+(?:then\s+|also\s+)?{LIST_VERB}\b"
            rf"|,?\s+(?:and\s+)?(?:(?:[A-Z][\w'-]*|the)\s+){{0,4}}⟦person:\d+⟧\s+(?:also\s+)?{LIST_VERB}\b)")
LOWER_TITLE = r"(?=[vedmcfpVEDMCFP])(?:(?:vice|executive|deputy)[\s-]+)*(?:mayor|chief\s+executive|chief\s+secretary|financial\s+secretary|party\s+secretary)\b"
# How many papers were signed: "Eighteen co-operation documents", "signed 16 agreements", "a series of MoUs".
PAPER_COUNT = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
               r"|eighteen|nineteen|twenty|several|a\s+number\s+of|a\s+series\s+of|\d+")
# Counts written out ("two"), for every rule that reads a number of days, items or fields.
NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                            "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


def count(word: str) -> int | None:
    """The number a count written in digits or in words names.

    >>> count("three"), count("Ten"), count("12"), count("several")
    (3, 10, 12, None)
    """
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


ORDINAL_WORDS = {
    w: i for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)
}
ORDINAL_WORDS["inaugural"] = 1  # "the inaugural meeting of the Conference"
ORDINAL = r"(?=[\dfsteniFSTENI])(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"


def ordinal_value(text: str) -> int | None:
    """The number of an ordinal written as a word or with digits.

    >>> ordinal_value("Sixth"), ordinal_value("3rd"), ordinal_value("many")
    (6, 3, None)
    """
    text = text.lower()
    if text in ORDINAL_WORDS:
        return ORDINAL_WORDS[text]
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", text)
    return int(match.group(1)) if match else None


def is_name(candidate: str) -> bool:
    """Whether capitalised words look like a person's name rather than a thing's.

    >>> is_name("Chen Jie"), is_name("Financial Services"), is_name("C Y Leung"), is_name("Hong Kong")
    (True, False, True, False)
    """
    tokens = re.split(r"\s+", candidate.strip())
    return all(t.split("-")[0] not in NOT_NAME for t in tokens) and not re.search(r"\bHong\s+Kong\b", candidate)


@lru_cache(maxsize=4096)  # the catalogue's titles are normalised once per sentence that names a title
def normalise_title(title: str) -> str:
    """A title as a lookup key: lower case, single spaces, "&" as "and".

    >>> normalise_title("Secretary for Innovation &  Technology")
    'secretary for innovation and technology'
    """
    title = re.sub(r"\s*&\s*", " and ", title.lower())
    title = re.sub(r"[\s-]+", " ", title).strip()
    return re.sub(r"^the ", "", title)


# Common Chinese family names in pinyin. A Mainland official's name is written family name first and has no
# hyphen ("Hua Yuan", "Wang Hua"): "Mr Hua" is Hua Yuan, never Wang Hua. Names whose first word is not one
# of these are read in Western order ("Laura Aron" is "Ms Aron").
PINYIN_SURNAMES = frozenset("""
    ai an bai bao bi bian cai cao cen chang chen cheng chi cui dai deng di ding dong dou du duan fan fang
    fei feng fu gan gao ge geng gong gu guan guo han hao he hou hu hua huang ji jia jiang jin kang kong kuang
    lai lan lei li lian liang liao lin ling liu long lou lu luo lv ma mao meng mi miao min mo mu ni nie ning
    niu ou pan pang pei peng pu qi qian qiao qin qiu qu ran ren rong ruan shang shao shen sheng shi shu si su
    sun tan tang tao tian tong wan wang wei wen weng wu xi xia xiang xiao xie xin xing xiong xu xue yan yang
    yao ye yi yin ying you yu yuan yue zang zeng zha zhai zhan zhang zhao zheng zhong zhou zhu zhuang zou
""".split())


# Initials run together ("Mr TT Tsui", "CY Leung"): capitals with no vowel, as no family name but Ng has.
INITIALS = re.compile(r"(?!NG$)[B-DF-HJ-NP-TV-Z]{2,3}")


# A city fronted before the clause: "In Hangzhou, A will call on B".
FRONT_IN = re.compile(r"\s*(?:In|in)\s+⟦place:(?P<i>\d+)⟧\s*,")
# "X said on Wednesday that ... would ...": the day of the saying, in the past, whatever the reported words foresee.
SAID_ON = re.compile(r"\b(?:said|told\s+(?:reporters|journalists|the\s+media|[A-Z]\w+)|announced|stated|noted|added|remarked|revealed|disclosed)\s+$")

# A second person of a subject, each with a title, up to the verb: "A, Secretary of X, and the Mayor of Y, B (met ...)".
TITLE_RUN = r"(?:[^,;.⟦()]|⟦(?:org|place):\d+⟧){1,80}"
TITLED_SECOND = re.compile(rf",\s+{TITLE_RUN},\s+and\s+(?:{TITLE_RUN}?(?:,\s+|\s))?(?:{HONORIFIC}\s+)?(?P<p>⟦person:\d+⟧)"
                           rf"(?:,\s+{TITLE_RUN},)?,?(?:\s+(?:also|then|later|jointly|together))*\s*$")

# A speaker's aside in a debate or an answer: ", which Mr A mentioned,", ", as the Member said,", ", as B put it,".
# Who mentioned a thing did not take part in it.
SAID_ASIDE = re.compile(r",\s+(?:which|as)\s+(?:[^,;.]{1,60}?)\s+(?:has\s+|had\s+|just\s+)?(?:mentioned|said|noted|pointed\s+out|raised"
                        r"|remarked|recalled|put\s+it|referred\s+to|reminded\s+us)(?:\s+(?:earlier|just\s+now|yesterday|today))?\s*,")


def without_asides(text: str) -> str:
    """The text with a speaker's asides blanked, each by as many spaces (offsets stay)."""
    return SAID_ASIDE.sub(lambda m: " " * len(m.group(0)), text) if ", " in text else text
