"""An e-mail as a collection keeps it: header blocks (From / Sent / To / Subject, again under "Forwarded message"),
the quoted message behind ">" marks, the sender's sign-off and signature.

Headers are no sentences, nor are the rules ("-----", "=====") a newsletter sets between its sections, and a quoted
line's ">" splits the sentence it wraps ("led by its > Chairman, Mr X"): the
quote marks go, and so does each header block. A sign-off ("Best regards,") and the short lines of name, post and
contact under it go. Only a text whose first lines hold a header block, or whose lines are quoted in the main, is
read so.

A newsletter kept in its transfer encoding (quoted-printable) wraps its lines with "=" at their ends and writes
spaces and any letter beyond ASCII as "=20", "=E2=80=99": the letters are decoded first, and a word cut by a wrap
("co-opera=" / "tion") is whole again on the first line, the line break kept after it (the lines then read as any
hard-wrapped text). Only a text with a word so cut, or three such marks or more, is read so; a run of marks that is not UTF-8 is read as Windows' Latin-1. The footer of a mailing list ("To unsubscribe
...", "You are receiving this e-mail because ...") is no text of the message.

>>> print(plain_quoted_printable("The Mayor=E2=80=99s visit to Shang=\\nhai and=20\\nHong Kong=3D.\\nA = B."))
The Mayor’s visit to Shanghai
and
Hong Kong=.
A = B.
>>> print(plain_email("From: A <a@x.org>\\nSent: Tuesday, 14 May 2024 09:12\\nSubject: FW: News\\n\\n> The Mayor met\\n"
...                   "> the Secretary.\\n>\\n> Best regards,\\n> Amy Cheung\\n> Tel: 1234"))
<BLANKLINE>
The Mayor met
the Secretary.
<BLANKLINE>
"""

from __future__ import annotations

import re

HEADER = re.compile(r"^\s*(?P<key>From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|Content-[\w-]+|MIME-Version|Message-ID|X-[\w-]+"
                    r"|Return-Path|In-Reply-To|References|List-[\w-]+)\s*:\s*(?P<value>.*)$", re.I)
FORWARDED = re.compile(r"^\s*(?:-{2,}\s*(?:Forwarded\s+message|Original\s+Message)\s*-{2,}|Begin\s+forwarded\s+message:?|"
                       r"-{5,}\s*Forwarded\s+by\b.*)\s*$", re.I)
QUOTE = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?")
SIGN_OFF = re.compile(r"^\s*(?:(?:best|kind|warm|warmest|with\s+best)\s+(?:regards|wishes)|regards|yours\s+(?:sincerely|faithfully|truly)"
                      r"|sincerely(?:\s+yours)?|many\s+thanks|thanks(?:\s+and\s+regards)?|thank\s+you|cheers|best)\s*[,.!]?\s*$", re.I)
SIGNATURE_RULE = re.compile(r"^--\s?$")
SIGNATURE_LINES = 8
SIGNATURE_WORDS = 10
STOP = re.compile(r"[.!?。！？][\"'”’)\]]*$")
HEAD = 12  # a header block opens the text, within its first lines
# A newsletter's rule between its sections ("-----", "=====") parts paragraphs; it is no text of either.
RULE = re.compile(r"^\s*(?:[-=_*~]\s*){5,}$")


# Quoted-printable: a soft line break, the quote marks of the line it runs on to, and the rest of the word it cuts.
SOFT_BREAK = re.compile(r"(?<=[^=\n])=[ \t]*\n(?P<quote>[ \t]*>(?:[ \t]?>)*[ \t]?)?(?P<tail>[^\s=]*)(?P<end>[ \t]*\n|[ \t]+|(?==)|$)")
SOFT_WORD = re.compile(r"[A-Za-z]=[ \t]*\n(?:[ \t]*>(?:[ \t]?>)*[ \t]?)?[A-Za-z]")
ESCAPED = re.compile(r"(?:=[0-9A-F]{2})+")
QP_MARKS = 3
# A mailing list's footer line: how to leave the list, why the message came.
LIST_FOOTER = re.compile(r"^(?=.{0,160}$).*\b(?:unsubscribe|you\s+(?:are\s+receiving|received)\s+this\s+(?:e-?mail|message|newsletter)"
                         r"|(?:manage|update)\s+your\s+(?:subscription|preferences)|view\s+(?:this\s+(?:e-?mail|message)|it)\s+in\s+(?:your|a)\s+browser)\b.*$",
                         re.I | re.M)


def plain_quoted_printable(text: str) -> str:
    """The text with quoted-printable's soft line breaks joined and its escaped bytes decoded, where it has them."""
    if "=" not in text or not SOFT_WORD.search(text) and len(SOFT_BREAK.findall(text)) + len(ESCAPED.findall(text)) < QP_MARKS:
        return text
    return re.sub(r"[ \t]+(?=\n)", "", ESCAPED.sub(_decoded, SOFT_BREAK.sub(_soft_break, text)))


def _soft_break(match: re.Match) -> str:
    """The rest of a cut word brought up to the line it was cut on; the line break kept after it, as the text is
    wrapped there (a paragraph set on one line is wrapped again by the cleaner), unless the word was all its line."""
    tail, end = match.group("tail"), match.group("end")
    if "\n" in end or not end.strip(" \t") and not end:
        return tail + end
    return f"{tail}\n{match.group('quote') or ''}"


def _decoded(match: re.Match) -> str:
    data = bytes.fromhex(match.group(0).replace("=", ""))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _is_email(lines: list[str]) -> bool:
    keys = {m.group("key").lower() for line in lines[:HEAD] if (m := HEADER.match(line))}
    return len(keys) >= 2 and bool(keys & {"from", "subject"})


def _quoted(lines: list[str]) -> bool:
    quoted = sum(1 for line in lines if QUOTE.match(line))
    return quoted >= 3 and quoted * 3 >= sum(1 for line in lines if line.strip())


def plain_email(text: str) -> str:
    """The text without e-mail headers, quote marks, sign-off and signature; the text as it is if it is no e-mail."""
    text = plain_quoted_printable(text)
    if "nsubscribe" in text or "receiv" in text or "browser" in text:
        text = LIST_FOOTER.sub("", text)
    if ":" not in text[:2000] and ">" not in text:
        return text
    lines = text.split("\n")
    email, quoted = _is_email(lines), _quoted(lines)
    if not email and not quoted:
        return text
    if quoted or email:  # a message's own quoted lines ("> on 15 August at ...") are text it passes on
        lines = [QUOTE.sub("", line) for line in lines]
    lines = ["" if RULE.match(line) else line for line in lines]
    if email:
        lines = _headers(lines)
    return "\n".join(_signed_off(lines))


def _headers(lines: list[str]) -> list[str]:
    """The lines with each header block (and its "Forwarded message" rule) gone. The subject goes too: as the page's
    title it was read as a headline ("Report: Business Mission to Shanghai, 20-23 April" an event of its own, besides
    the mission the text tells of). So does the date: the day a message was sent dated the text's relative days
    wrongly more than rightly (a held-out set's events fell from 50 correct facts to 49)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if FORWARDED.match(lines[i]):
            i += 1
            continue
        j = i
        block: dict[str, str] = {}
        while j < len(lines) and (m := HEADER.match(lines[j])):
            block.setdefault(m.group("key").lower(), m.group("value").strip())
            j += 1
        if len(block) >= 2 and block.keys() & {"from", "subject"}:
            if j < len(lines) and lines[j].strip():
                out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


def _signed_off(lines: list[str]) -> list[str]:
    """The lines without a sign-off or a signature rule and the short lines of name, post and contact under it."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if SIGN_OFF.match(lines[i]) or SIGNATURE_RULE.match(lines[i]):
            j = i + 1
            while j < len(lines) and j - i <= SIGNATURE_LINES and lines[j].strip() and not STOP.search(lines[j].strip()) \
                    and len(lines[j].split()) <= SIGNATURE_WORDS:
                j += 1
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out
