"""People named bare, with no title or honorific, where the sentence's shape makes the names people's.

Factboxes, obituaries and newspaper copy drop "Mr" and the title: "co-chaired by Donald Tsang and Han Zheng",
"Attendees: Carrie Lam, Ying Yong", "\"...,\" John Lee said", "Donald Tsang and ⟦a known
person⟧". A name is read so only where it has a Chinese name's shape: a family name first and short given
syllables ("Han Zheng", "Chan Kwok-ki"), or an English given name before a Chinese family name ("Donald
Tsang"); and only where nothing capitalised goes on after it ("Wan Chai District Council" is a body's name).
Firms, places and bodies ("Harbour Bank", "Eastport Holdings") have no such shape.
"""

from __future__ import annotations

import re

from kg.extract.patterns import NOT_NAME, PINYIN_SURNAMES

# Hong Kong's family names as romanised in Cantonese (the pinyin ones are in PINYIN_SURNAMES).
HK_SURNAMES = frozenset("""
    au chan chau cheng cheung chiu choi chow chu chung fok fong fung ho hui hung ip kam kan kwan kwok kwong lam lau
    law lee leung lo lui luk lum mak man mok ng ngai poon pun sit siu so suen sze tai tam tang tong tsang tse tsui tung
    wai wan wong woo yam yau yeung yim yip yiu yu yuen
""".split())
SURNAMES = PINYIN_SURNAMES | HK_SURNAMES
_WORD = r"[A-Z][a-z]+(?:-[a-z]+)?"
_NAME = rf"(?P<n>{_WORD}(?:\s{_WORD}){{1,2}})"
# What may follow a bare name: the end of its clause or list, never another capitalised word.
_END = r"(?=\s*(?:[,.;:)\"”]|and\b|said\b|says\b|added\b|who\b|$))"
_LIST_CUE = (r"(?:(?:co-?chaired|chaired|co-?hosted|hosted|attended|led|headed|witnessed|officiated|opened)\s+by"
             r"|(?:^|\n|[*•-]\s)(?:Attendees|Participants|Co-chairs|Co-chaired\s+by|Chaired\s+by|Present|Speakers)\s*:)\s+")
# A list of bare names (and known people) after a cue: "co-chaired by A and B", "Attendees: A, B, C".
LIST = re.compile(rf"(?i:{_LIST_CUE})(?P<list>(?:(?:⟦person:\d+⟧|{_WORD}(?:\s{_WORD}){{1,2}}){_END}(?:,\s+|,?\s+and\s+)?){{1,12}})")
ITEM = re.compile(rf"(?:^|(?<=,\s)|(?<=\sand\s)){_NAME}{_END}")
# A quotation's speaker named after it: "\"...,\" Ivan Leung said". ("said Ivan Leung" and "according to Ivan Leung"
# were read too, and gave a post wrongly in a text they were not written for.)
SAID = re.compile(rf"[\"”],?\s+{_NAME}(?=\s+(?:said|says|added|noted)\b)")
# A bare name joined by "and" to a known person: "Donald Tsang and ⟦Han Zheng⟧", "⟦A⟧ and Han Zheng".
JOINED_BEFORE = re.compile(rf"(?<![\w-]){_NAME},?\s+and\s+⟦person:\d+⟧")
JOINED_AFTER = re.compile(rf"⟦person:\d+⟧,?\s+and\s+{_NAME}(?![\w-]|\s+[A-Z⟦])")
# A capitalised word right before a name: the name is the end of a longer one ("Harbour Ivan Leung Fund").
RUN_BEFORE = re.compile(r"[A-Z][\w'’&-]*\s+$")
# Hong Kong's districts and places, and its firms named short, have a Cantonese name's shape: "opened by Wan Chai
# and Sham Shui Po", "⟦A⟧ and Sha Tin residents", "hosted by Sun Hung Kai and ⟦A⟧".
NOT_BARE = frozenset(n.replace("_", " ") for n in """
    wan_chai sham_shui_po sha_tin tai_po tung_chung kwai_tsing yuen_long tuen_mun tsuen_wan kwun_tong wong_tai_sin
    yau_tsim_mong sai_kung ho_man_tin lam_tin mong_kok tsim_sha_tsui lok_ma_chau lo_wu man_kam_to sheung_shui fan_ling
    tai_wai fo_tan ma_on_shan tin_shui_wai tseung_kwan_o kai_tak chai_wan shau_kei_wan sai_wan_ho siu_sai_wan tai_koo
    sheung_wan sai_ying_pun tai_hang ap_lei_chau lei_yue_mun tai_o mui_wo cheung_chau lamma sham_tseng ngong_ping
    hung_hom to_kwa_wan kowloon_tong kwai_chung tsing_yi yau_ma_tei sham_shui kwai_fong tsz_wan_shan diamond_hill
    ngau_tau_kok kowloon_bay sau_mau_ping so_kwun_wat tai_lam lau_fau_shan ta_kwu_ling heung_yuen_wai sai_kung_town
    sun_hung_kai cheung_kong hang_seng hang_lung wing_lung wing_on shui_on nan_fung chong_hing lai_sun hung_kai
    tai_fook kerry_properties sino_land wai_kee chun_wo hip_hing yau_lee
""".split())
# The last word of a newspaper's name, not a person's: "Wen Wei Po", "Ta Kung Pao".
MEDIA = {"Po", "Pao", "Bao", "Daily", "News", "Times", "Post"}


def person_shaped(name: str) -> bool:
    """Whether bare capitalised words have the shape of a Chinese person's name, in either order."""
    words = name.split()
    if any(w.split("-")[0] in NOT_NAME for w in words) or words[-1] in MEDIA or name.lower() in NOT_BARE:
        return False
    first, last = words[0].lower(), words[-1].split("-")[0].lower()
    given = all(len(w) <= 6 or "-" in w for w in words[1:])
    return (first in SURNAMES and given and len(words) <= 3) or (len(words) == 2 and last in HK_SURNAMES
                                                                  and first not in SURNAMES and len(words[0]) > 2)


def bare_people(masked: str) -> list[tuple[int, int, str]]:
    """The spans (in the masked sentence) of the bare names its shape makes people's."""
    lowered = masked.lower()
    patterns = ([LIST] if " by " in lowered or ": " in masked or ":\n" in masked else []) + ([SAID] if '"' in masked or "”" in masked else [])
    patterns += [JOINED_BEFORE, JOINED_AFTER] if "⟦person" in masked and " and " in masked else []
    spans = []
    for pattern in patterns:
        for match in pattern.finditer(masked):
            if pattern is LIST:
                base = match.start("list")
                spans += [(base + m.start("n"), base + m.end("n"), m.group("n")) for m in ITEM.finditer(match.group("list"))]
            else:
                spans.append((match.start("n"), match.end("n"), match.group("n")))
    return sorted({s for s in spans if person_shaped(s[2]) and not RUN_BEFORE.search(masked, max(0, s[0] - 30), s[0])})
