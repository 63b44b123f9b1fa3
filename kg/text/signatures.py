"""A signature block set out in columns at the end of a joint statement, an agreement or a communiqué:

    For the Riverton Port Authority          For the Ningbo Port Commission
    Ada QUELL                                Zhou Tianyu
    Chairman                                 Director

Each column is one signatory: their name, their post and the body they sign for. Read across, the rows are no
sentence ("Ada QUELL Zhou Tianyu"); read down, each column is one: "Ada QUELL, Chairman of the Riverton Port
Authority." A person holding a post, never an event.
"""

from __future__ import annotations

import re

# The columns of a raw line: parted by tabs or by runs of three spaces or more.
COLUMNS = re.compile(r"\t|\s{3,}")
FOR_BODY = re.compile(r"^(?:(?:For\s+and\s+)?on\s+behalf\s+of|For)\s+(?:the\s+)?(?P<body>[A-Z].{2,100})$", re.I)
NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Madam|Dr|Prof|Professor|Sir|Dame|Ir)\.?\s+)*[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*){1,3}$")
POST = re.compile(r"^(?:(?:Acting|Deputy|Vice|Executive|Permanent|Under|Assistant|Senior|Chief|Managing|General)[\s-]+)*"
                  r"(?:Secretary|Chief|Director|Mayor|Minister|Commissioner|Chairman|Chairwoman|Chairperson|Chair|President"
                  r"|Head|Governor|Controller|Principal|Vice-Chancellor|Chancellor|Officer|Manager|Administrator|Consul"
                  r"|Representative|Ambassador|Dean|Partner|Executive)\b[^.!?;]{0,100}$")
MAX_ROWS = 6
MAX_COLUMNS = 4  # parties to one text
# A photo's caption, by where someone stands in the picture: "Mrs A (centre) co-chairs ...", "Mr B (on screen)".
PICTURED = re.compile(r"\((?:centre|center|left|right|front|back|on\s+screen|(?:first|second|third|fourth|fifth|far)\s+(?:left|right|row))\)")
# A signature: a person's name alone on a line ("Kevin Yeung", "Mrs Carrie Lam"), then the post on the next.
SIGNATORY = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof)\.?\s+)?[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+){1,3}")
SIGNED_POST = re.compile(r"^(?:(?:Acting|Deputy|Permanent|Under|Vice)\s+)?(?:Secretary|Chief|Director|Mayor|Minister|Commissioner"
                         r"|Chairman|Chairperson|Chair|President|Head|Financial\s+Secretary|Controller)\b[^.!?]{0,100}$")
END = re.compile(r"[.!?。！？][\"'”’)\]]*$")
CAPS = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})?\b")


def _cells(line: str) -> list[str] | None:
    if "\t" not in line and "   " not in line.strip():
        return None
    parts = [part.strip() for part in COLUMNS.split(line.strip(), maxsplit=MAX_COLUMNS)]
    return parts if 2 <= len(parts) <= MAX_COLUMNS and all(parts) else None


def signature_columns(body: str) -> str:
    """The body, with each block of signatories in columns written one signatory a line."""
    if "   " not in body and "\t" not in body:
        return body
    lines = body.splitlines()
    split = [_cells(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        rows = []
        j = i
        while j < len(lines) and len(rows) < MAX_ROWS and (row := split[j]) is not None and (not rows or len(row) == len(rows[0])):
            rows.append(row)
            j += 1
        signed = _signatories(rows)
        if signed:
            out += [line for name in signed for line in ("", name)] + [""]
            i += 3 if all(FOR_BODY.match(cell) for cell in rows[0]) else 2  # the rows read; the next are read again
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out) if len(out) != len(lines) or out != lines else body


def _signatories(rows: list[list[str]]) -> list[str] | None:
    """Each column's signatory as a line ("Name, Post of the Body."), where the rows are, in order, the bodies
    signed for (if any), the names and the posts."""
    if len(rows) < 2:
        return None
    bodies = rows[0] if all(FOR_BODY.match(cell) for cell in rows[0]) else None
    names, posts = rows[1 if bodies else 0], rows[2 if bodies else 1] if len(rows) > (2 if bodies else 1) else None
    if posts is None or not all(NAME.match(cell) for cell in names) or not all(POST.match(cell) for cell in posts):
        return None
    signed = []
    for k, (name, post) in enumerate(zip(names, posts)):
        body = FOR_BODY.match(bodies[k]).group("body").rstrip(" ,:") if bodies else None
        of = f" of the {body}" if body and not re.search(r"\bof\b|,", post) else ""
        name = CAPS.sub(lambda m: m.group(0).title(), name)  # "Ada QUELL": capitals mark the family name, in a name's cell
        signed.append(f"{name}, {post}{of}.")
    return signed


def signature(paragraphs: list[str]) -> str | None:
    """A name on a line of its own, then a post, after the last paragraph of prose (a photo's caption aside): the signatory."""
    prose = [i for i, p in enumerate(paragraphs) if END.search(p) and not PICTURED.search(p)]
    for i in range(prose[-1] + 1 if prose else len(paragraphs), len(paragraphs) - 1):
        if SIGNATORY.fullmatch(paragraphs[i]) and SIGNED_POST.match(paragraphs[i + 1]):
            return f"{paragraphs[i]}, {paragraphs[i + 1]}."
    return None
