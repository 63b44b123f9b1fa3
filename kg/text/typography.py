"""Typography as the rules read it: how a text is set must not change a fact.

A dash set between two words with no space is a hyphen ("Hong Kong\u2013Shanghai", "14\u201317 May",
"Ka\u2011chiu"); an em dash set so is a break in the sentence, as " \u2014 " writes it, but between two places of a pair
("Hong Kong\u2014Shanghai") a hyphen, and between two days a range's dash. An honorific's full stop,
as American usage writes it ("Mr. Lee"), is dropped, as British usage and the rules have it ("Mr Lee"). A month
abbreviated beside a day or a year, as wire style writes it ("on Sept. 12", "Oct 5, 2025", "12 Dec. 2024"), is
written out. A contracted "will" ("He'll visit Fudan University tomorrow") is written out, as the rules
read the future by it; a web page's action links closing a story's last line ("... tomorrow. [Share] [Print]")
are its furniture, not its text.

>>> plain_contractions("He'll visit the port and they’ll meet; we'll see. Shell'll stays.")
"He will visit the port and they will meet; we will see. Shell'll stays."
>>> without_actions("He will visit the port tomorrow. [Share] [Print]\\nNext story [Print] here.")
'He will visit the port tomorrow.\\nNext story [Print] here.'
>>> plain_dashes("the Shanghai\u2013Hong Kong Association\u2014set up in 1985\u2014met")
'the Shanghai-Hong Kong Association \u2014 set up in 1985 \u2014 met'
>>> plain_dashes("the Hong Kong\u2014Shanghai Conference, 1 May \u2014 31 October 2010")
'the Hong Kong-Shanghai Conference, 1 May - 31 October 2010'
>>> plain_honorifics("Mr. Lee met Dr. Ho and the Hon. Ms. Chan; Dr. at the end.")
'Mr Lee met Dr Ho and the Hon Ms Chan; Dr. at the end.'
>>> plain_months("On Sept. 12 and Oct 5, 2025, and on 12 Dec. 2024, in Nov. 2003; Mar. was not a month here.")
'On September 12 and October 5, 2025, and on 12 December 2024, in November 2003; Mar. was not a month here.'
"""

from __future__ import annotations

import re

from kg.text.days import MONTH_NAMES

JOINING_DASH = re.compile(r"(?<=\w)[\u2010-\u2013\u2212](?=\w)")
BREAKING_DASH = re.compile(r"(?<=\S)[\u2014\u2015](?=\S)")
_SHORT = {name[:3].title(): name.title() for name in MONTH_NAMES if name != "may"} | {"Sept": "September"}
# A month's short name is looked for first (a literal prefix the engine finds fast), what comes before it after.
SHORT_MONTH = re.compile(rf"({'|'.join(sorted(_SHORT, key=len, reverse=True))})\.?"
                         rf"(?=[ \t]+(?:\d{{4}}\b|\d{{1,2}}(?:st|nd|rd|th)?\b(?![:.]\d)))")
# (not a name after an honorific: "Mr Mar 3 times", "Ms Jan 2")
NAMED_BY = re.compile(r"\b(?:Mr|Mrs|Ms|Mdm|Miss|Madam|Dr|Prof|Professor|Sir) $")
# (not before a word that opens a sentence: "at 18 Harbour Dr. The Secretary spoke", "a full Prof. In 2020 he left")
# (not "He", "An", "On" or an initial: "Mr. He Lifeng", "Dr. A. Chan" are names)
_OPENS = r"(?:The|This|These|That|Those|It|Its|She|They|We|In|At|As|His|Her|Their|There|After|Before)\b"
HONORIFIC_STOP = re.compile(rf"\b(Mrs|Mr|Ms|Mdm|Messrs|Dr|Prof|Hon)\.(?=[ \t]+(?!{_OPENS})[A-Z])")


_MONTH = "(?:" + "|".join(name.title() for name in MONTH_NAMES) + ")"
# An em dash between two days is a range's ("1 May \u2014 31 October 2010", "May 1\u2014October 31"), as a hyphen sets it.
DATE_RANGE = re.compile(rf"\b(\d{{1,2}} {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}(?:, \d{{4}})?) ?[\u2014\u2015] ?"
                        rf"(?=\d{{1,2}} {_MONTH}\b|{_MONTH} \d{{1,2}}\b)")
# An em dash set between two places of a pair is the pair's hyphen: "the Hong Kong\u2014Shanghai Co-operation Conference".
_PAIRED = r"(?:Hong Kong|Shanghai|Macao|Macau|Guangdong|Shenzhen|Beijing|Mainland|Zhejiang|Jiangsu|Fujian|Sichuan)"
PLACE_PAIR = re.compile(rf"\b({_PAIRED})[\u2014\u2015](?={_PAIRED}\b)")

# "He'll", "they’ll": a pronoun's contracted "will".
CONTRACTED_WILL = re.compile(r"\b(I|[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|[Yy]ou|[Tt]here)['’]ll\b")
# "[Share] [Print]", "[Email this] [Back to top]" at a line's end: a page's action links.
ACTION_TAIL = re.compile(r"(?:[ \t]*\[[ \t]*(?:Share|Print|E-?mail|Email\s+this|Tweet|Facebook|Twitter|WhatsApp|Weibo|WeChat"
                         r"|LinkedIn|Bookmark|Save|Comments?|Like|Top|Back\s+to\s+top|Print\s+this|Printer[- ]friendly|PDF"
                         r"|Download|Listen|Text\s+size|A\+|A-)[ \t]*\])+[ \t]*$", re.M | re.I)


def plain_contractions(text: str) -> str:
    """The text with a pronoun's contracted "will" written out."""
    return CONTRACTED_WILL.sub(r"\1 will", text) if "ll" in text else text


def without_actions(text: str) -> str:
    """The text with the action links that close its lines left out."""
    return ACTION_TAIL.sub("", text) if "[" in text else text


def plain_dashes(text: str) -> str:
    """The text with joining dashes as hyphens and unspaced em dashes spaced."""
    if "\u2014" in text or "\u2015" in text:
        text = DATE_RANGE.sub(r"\1 - ", PLACE_PAIR.sub(r"\1-", text))
    return BREAKING_DASH.sub(" \u2014 ", JOINING_DASH.sub("-", text))


def plain_honorifics(text: str) -> str:
    """The text with no full stop after an honorific that comes before a name."""
    return HONORIFIC_STOP.sub(r"\1", text) if "." in text else text


def plain_months(text: str) -> str:
    """The text with months abbreviated beside a day or a year written out."""
    def written(match: re.Match) -> str:
        before = text[max(0, match.start() - 10):match.start()]
        if before[-1:].isalnum() or before[-1:] == "_" or NAMED_BY.search(before):
            return match.group(0)
        return _SHORT[match.group(1)]
    return SHORT_MONTH.sub(written, text)


def plain_usage(text: str) -> str:
    """The text with honorifics, months, contractions and action links as the rules read them."""
    return without_actions(plain_contractions(plain_months(plain_honorifics(text))))
