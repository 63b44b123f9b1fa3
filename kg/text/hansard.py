"""A record of a council's proceedings (Hansard): speakers labelled in capitals, surnames in capitals.

Each turn opens with its speaker in capitals ("MR LAU CHUN-PONG (in Cantonese): President, ...", "SECRETARY FOR
CONSTITUTIONAL AND MAINLAND AFFAIRS (in English): ..."); a public officer attending is listed in capitals, name on
one line and post on the next; in the speeches a person's surname is printed in capitals ("Mr LAU Chun-pong",
"Ms QIAN Meiling", "Dr WONG"). All are written in ordinary case, so that the names and titles are read as in any text: the
labels keep their place at the head of each turn (:mod:`kg.extract.speakers` makes each labelled speaker the "I"
of the turn), and the public officers become one sentence ("Public officers attending: Erick Tsang Kwok-wai,
Secretary for ..."), honours left out. A text is read so only where two turns at least are labelled in capitals
with a language or a salutation ("(in Cantonese):", ": President,"), or where surnames are printed in capitals
after a title twice or more.
"""

from __future__ import annotations

import re

LANGUAGE = r"\(in\s+[A-Z][a-z]+\)"
# A turn's label in capitals: a speaker with an optional language, then a colon.
LABEL = re.compile(rf"^(?P<who>[A-Z][A-Z'’.-]*(?:[ ][A-Z][A-Z'’.,-]*){{0,9}})(?P<lang>\s*{LANGUAGE})?\s*:(?=\s+\S)")
SALUTED = re.compile(r"^\s+(?:Madam\s+|Deputy\s+)?(?:President|Chairman|Chairperson|Chair),")
HONORIFIC = re.compile(r"^(?:MR|MRS|MS|MISS|DR|PROF|PROFESSOR|IR|THE\s+HONOURABLE|THE\s+HON)\b")
SMALL = {"for", "and", "of", "the", "on", "in", "to", "at", "with"}
# A surname in capitals right after a title: "Mr LAU Chun-pong", "Dr WONG". (Not after given names: "Mr John LEE
# Ka-chiu" is left to the gazetteer, which knows such names; read so, the held-out figures fell.) Initials have no
# vowel, as no family name but Ng has: "Mr TT Tsui" stays.
CAPITAL_SURNAME = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Ir)(?P<gap>\s+)(?P<s>(?!(?!NG\b)[B-DF-HJ-NP-TV-Z]{2,3}\b)[A-Z]{2,})\b(?!-)")
OFFICERS = re.compile(r"^(?P<h>(?:PUBLIC\s+OFFICERS?|MEMBERS?)\s+(?:ATTENDING|PRESENT))\s*:\s*$")
HONOURS = re.compile(r"(?:,\s*[A-Z]{2,4})+$")
CUES = ("(in ", ": president,", "attending:")


def _word(word: str, name: bool, first: bool) -> str:
    if not first and word.lower() in SMALL:
        return word.lower()
    parts = word.split("-")
    head = parts[0][:1].upper() + parts[0][1:].lower()
    rest = [p.lower() if name else p[:1].upper() + p[1:].lower() for p in parts[1:]]
    return "-".join([head, *rest])


def ordinary_case(text: str, name: bool | None = None) -> str:
    """A label or list line in capitals, in ordinary case: a person's name with its given names' syllables in
    lower case after a hyphen ("MR LAU CHUN-PONG" as "Mr Lau Chun-pong"), a title with its small words in lower
    case ("SECRETARY FOR CONSTITUTIONAL AND MAINLAND AFFAIRS" as "Secretary for Constitutional and Mainland
    Affairs"); honours ("IDSM", "JP") as they are."""
    name = HONORIFIC.match(text) is not None if name is None else name
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        honour = i > 0 and len(word.strip(",")) <= 4 and words[i - 1].endswith(",")
        out.append(word if honour else _word(word, name, i == 0))
    return " ".join(out)


def _labelled(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if (m := LABEL.match(line)) and any(c.islower() for c in line[m.end():])
            and (m.group("lang") or SALUTED.match(line[m.end():]))]


def read_hansard(body: str) -> str:
    """The body with a Hansard's labels, lists and surnames in ordinary case; any other text as it is."""
    lowered = body.lower()
    surnames = len(CAPITAL_SURNAME.findall(body)) >= 2 if any(h in body for h in ("Mr ", "Ms ", "Dr ", "Mrs ")) else False
    lines = body.split("\n")
    turns = _labelled(lines) if any(cue in lowered for cue in CUES) else []
    if len(turns) < 2 and not surnames:
        return body
    for i in turns:
        label = LABEL.match(lines[i])
        lines[i] = ordinary_case(label.group("who")) + lines[i][label.end("who"):]
    if len(turns) >= 2:
        lines = _officers(lines)
    text = "\n".join(lines)
    if surnames:
        text = CAPITAL_SURNAME.sub(lambda m: f"{m.group('h')}{m.group('gap')}{m.group('s').title()}", text)
    return text


def _officers(lines: list[str]) -> list[str]:
    """Lists in capitals under "PUBLIC OFFICER ATTENDING:": a name line and a post line each, as one sentence."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        head = OFFICERS.match(lines[i].strip())
        if head is None:
            out.append(lines[i])
            i += 1
            continue
        block: list[str] = []
        i += 1
        while i < len(lines) and (not lines[i].strip() and not block or lines[i].strip() and lines[i].strip().isupper()):
            if lines[i].strip():
                block.append(lines[i].strip())
            i += 1
        people = []
        for j in range(0, len(block) - 1, 2):
            name = re.sub(r"^THE\s+HON(?:OURABLE)?\s+", "", HONOURS.sub("", block[j]))
            people.append(f"{ordinary_case(name, True)}, {ordinary_case(block[j + 1], False)}")
        out += ["", f"{ordinary_case(head.group('h'))[:1]}{ordinary_case(head.group('h'))[1:].lower()}: {'; '.join(people)}.", ""] if people else block
    return out


# The heading of a speech that names its speaker: "Address by the Chief Executive, the Hon John Lee Ka-chiu, at
# the Legislative Council meeting on ... (excerpt)", "Speech by the Secretary for ... at ...". Kept as a sentence,
# though it ends without a stop: it says who "I" is (:mod:`kg.extract.speakers`).
SPOKEN_BY = re.compile(r"^(?:(?:Policy\s+)?Address|Speech|(?:Opening\s+|Welcome\s+|Closing\s+)?Remarks|Keynote\s+speech)"
                       r"\s+(?:delivered\s+)?by\s+(?:the\s+)?[A-Z]")


def spoken_by(line: str) -> bool:
    """Whether a line is the heading of a speech naming its speaker."""
    return SPOKEN_BY.match(line) is not None and len(line) <= 300
