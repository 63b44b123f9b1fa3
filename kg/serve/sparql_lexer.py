"""SPARQL 1.1's terminals, exactly as the grammar defines them (section 19.8), for the query check.

The check must see what the real parser sees: a comment ends at CR or LF, a string of any of the four
forms may hold escaped quotes, a prefixed name may hold ``\\'`` or ``\\#``, ``<`` may open an IRI. So the
text is cut into the grammar's own tokens, left to right, each the longest the grammar allows; anything
no terminal matches is a lexical error. Codepoint escapes (``\\u0041``) are resolved by some parsers
before lexing and by others only inside strings and IRIs; both readings must agree, so an escape outside
a string or IRI, or one that makes a character that ends a string or IRI, is refused.

>>> [t.kind for t in significant('SELECT * { ?s <p> "a\\\\"b" } # x\\rLIMIT 1')]
['word', 'punct', 'punct', 'var', 'iri', 'string', 'punct', 'word', 'number']
>>> [t.text for t in significant('ASK { ?s ex:service "SERVICE" } # SERVICE') if t.kind == "word"]
['ASK']
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

_BASE = ("A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F"
         "\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\U00010000-\U000EFFFF")
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00B7\u0300-\u036F\u203F-\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ECHAR = r"""\\[tbnrf\\"']"""
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = f"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = f"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_VARNAME = f"[{_U}0-9][{_U}0-9\u00B7\u0300-\u036F\u203F-\u2040]*"

_TERMINALS = [  # in the order tried at each position; the first that matches wins
    ("space", r"[ \t\r\n]+"),
    ("comment", r"#[^\r\n]*"),
    ("iri", rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*>"),
    ("string", rf"'''(?:(?:'|'')?(?:[^'\\]|{_ECHAR}|{_UCHAR}))*'''"),
    ("string", rf'"""(?:(?:"|"")?(?:[^"\\]|{_ECHAR}|{_UCHAR}))*"""'),
    ("string", rf"'(?:[^'\\\n\r]|{_ECHAR}|{_UCHAR})*'"),
    ("string", rf'"(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*"'),
    ("var", rf"[?$]{_VARNAME}"),
    ("bnode", rf"_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?"),
    ("langtag", r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"),
    ("number", r"(?:[0-9]+\.?[0-9]*[eE][+-]?[0-9]+|\.[0-9]+[eE][+-]?[0-9]+|[0-9]*\.[0-9]+|[0-9]+)"),
    ("pname", rf"(?:{_PREFIX})?:(?:{_LOCAL})?"),
    ("word", f"[{_BASE}][{_U}0-9]*"),
    ("punct", r"\^\^|\|\||&&|!=|<=|>=|[{}()\[\],;.*=<>!+\-/?|^]"),
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _TERMINALS]


def _candidates(char: str) -> list[tuple[str, re.Pattern]]:
    """The terminals that can start with a character, in the order tried (the same order for all)."""
    return [(kind, pattern) for kind, pattern in _COMPILED if pattern.match(char) or _may_start(kind, char)]


def _may_start(kind: str, char: str) -> bool:
    starts = {"comment": "#", "iri": "<", "string": "'\"", "var": "?$", "bnode": "_", "langtag": "@"}
    if kind in starts:
        return char in starts[kind]
    if kind == "number":
        return char.isdigit() or char == "."
    if kind in ("pname", "word"):
        return char == ":" or re.match(f"[{_BASE}]", char) is not None
    return kind == "punct" and char == "&"  # "&&": no punctuation is a lone "&"


_FIRST: dict[str, list[tuple[str, re.Pattern]]] = {}
_ESCAPE = re.compile(_UCHAR)
_UNSAFE_ESCAPED = {  # what an escape may not make, where a parser that resolves escapes first would then
    "string": set("\"'\\\r\n"),  # end the string, or begin an escape
    "iri": set("<>\"{}|^`\\") | {chr(c) for c in range(0x21)},  # end the IRI, or make it no IRI at all
}
OPENERS, CLOSERS = "{([", "})]"


class LexicalError(ValueError):
    """Text that no SPARQL terminal matches, or an escape that parsers read in two ways."""


class Token(NamedTuple):
    kind: str
    text: str
    start: int


def _position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def tokens(text: str) -> Iterator[Token]:
    """The query's tokens, comments and white space included, so that they rebuild the text exactly."""
    position = 0
    while position < len(text):
        char = text[position]
        candidates = _FIRST.get(char)
        if candidates is None:
            candidates = _FIRST[char] = _candidates(char)
        for kind, pattern in candidates:
            match = pattern.match(text, position)
            if match is not None:
                break
        else:
            if text.startswith(("\\u", "\\U"), position):
                raise LexicalError(f"a codepoint escape outside a string or IRI at {_position(text, position)}")
            raise LexicalError(f"unexpected {char!r} at {_position(text, position)}")
        lexeme = match.group(0)
        if "\\" in lexeme and kind != "pname":
            for escape in _ESCAPE.finditer(lexeme):
                if kind not in ("iri", "string"):
                    raise LexicalError(f"a codepoint escape outside a string or IRI at "
                                       f"{_position(text, position + escape.start())}")
                code = int(escape.group(0)[2:], 16)
                if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise LexicalError(f"the escape {escape.group(0)} at "
                                       f"{_position(text, position + escape.start())} is not a character")
                if chr(code) in _UNSAFE_ESCAPED[kind]:
                    raise LexicalError(f"the escape {escape.group(0)} at "
                                       f"{_position(text, position + escape.start())} makes a character that "
                                       f"parsers read in two ways; write it another way")
        yield Token(kind, lexeme, position)
        position = match.end()


def significant(text: str) -> list[Token]:
    """The tokens that carry meaning: no white space, no comments."""
    return [t for t in tokens(text) if t.kind not in ("space", "comment")]


def depth(found: list[Token]) -> int:
    """The deepest nesting of braces, parentheses and brackets. Those inside an IRI count too: where ``<``
    is a less-than sign, a parser sees them as nesting.

    >>> depth(significant("ASK { FILTER(?a<((1))>0) }"))
    4
    """
    level = deepest = 0
    for token in found:
        if token.kind not in ("punct", "iri"):
            continue
        for char in token.text:
            if char in OPENERS:
                level += 1
                deepest = max(deepest, level)
            elif char in CLOSERS:
                level -= 1
    return deepest


def without_comments(text: str) -> str:
    """The same query with each comment turned into a line break: what every parser then reads alike."""
    return "".join("\n" if t.kind == "comment" else t.text for t in tokens(text))
