"""What a query or update may ask, decided on SPARQL's own tokens before any parser sees it.

This is the second line of defence: the workers cannot open a network connection at all (see
:mod:`kg.serve.sandbox`). Here a query is refused when any bare word of it holds ``SERVICE`` or
``LOAD`` (no SPARQL keyword contains either, so no valid read-only query is refused), or when it nests
deeper than :data:`MAX_DEPTH` (deep nesting overflows the parser's stack and kills the process). What
passes is handed on with its comments turned into line breaks, so that every parser downstream reads the
very text that was checked, whatever it thinks of comments. A prefixed name whose prefix starts with either
word (``SERVICE:x``, ``LOADx:y``) is refused too: a parser reads the keyword, then a name. A query of more
than :data:`MAX_TOKENS` tokens is refused: long flat chains (``!!!…``, ``a/b/c/…``, ``1+1+…``) recurse in
the parser as deep nesting does.

>>> vet("SELECT * { ?s ?p 'SERVICE' } # SERVICE").form
'SELECT'
>>> vet("ASK { # x\\rSERVICE <http://127.0.0.1/> { } }")
Traceback (most recent call last):
...
kg.serve.query_check.Refused: SERVICE is not allowed: this endpoint never sends requests to other endpoints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.serve.sparql_lexer import LexicalError, depth, significant, without_comments

MAX_DEPTH = 100
MAX_TOKENS = 100_000
CACHED_LENGTH = 8_192
FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "ADD", "MOVE", "COPY", "WITH"}
_HIDING_DOT = re.compile(r"\.(?:SERVICE|LOAD)", re.I)
_FORBIDDEN = re.compile("SERVICE|LOAD", re.I)  # a parser reads the keyword where a prefix starts with it


class Refused(ValueError):
    """A query this endpoint will not run, with the HTTP status that says why."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Vetted:
    """A query that passed: the text to run, and its form (SELECT, ASK, ...; None for an update)."""

    text: str
    form: str | None


def vet(text: str, *, update: bool = False) -> Vetted:
    """The query to run, or Refused: malformed tokens, too deep or long, SERVICE, LOAD, or an update as a
    query. Short texts are remembered (a client repeats its queries); long ones are not kept."""
    return _remembered(text, update) if len(text) <= CACHED_LENGTH else _vet(text, update)


@lru_cache(maxsize=1024)
def _remembered(text: str, update: bool) -> Vetted:
    return _vet(text, update)


def _vet(text: str, update: bool) -> Vetted:
    try:
        found = significant(text)
    except LexicalError as problem:
        raise Refused(f"Malformed {'update' if update else 'query'}: {problem}") from None
    if len(found) > MAX_TOKENS:
        raise Refused(f"The query has {len(found)} tokens; at most {MAX_TOKENS} are accepted.")
    deepest = depth(found)
    if deepest > MAX_DEPTH:
        raise Refused(f"The query nests {deepest} levels deep; at most {MAX_DEPTH} are accepted.")
    words = [t.text.upper() for t in found if t.kind == "word"]
    hidden = [t.text for t in found if t.kind == "pname"
              and (_HIDING_DOT.search(t.text) or _FORBIDDEN.search(t.text.split(":", 1)[0]))]
    if any("SERVICE" in w for w in words) or any("SERVICE" in h.upper() for h in hidden):
        raise Refused("SERVICE is not allowed: this endpoint never sends requests to other endpoints.")
    if any("LOAD" in w for w in words) or any("LOAD" in h.upper() for h in hidden):
        raise Refused("LOAD is never allowed: this endpoint does not fetch anything.", 403)
    form = next((w for w in words if w in FORMS), None)
    if not update and UPDATE_WORDS & set(words):  # none of them is a word of the query grammar
        raise Refused("This endpoint is read-only: SPARQL Update is not accepted.", 403)
    return Vetted(without_comments(text), form)


def ends_default_graph(text: str) -> bool:
    """Whether an update's words drop, clear or overwrite the default graph (``DROP ALL``, ``CLEAR DEFAULT``,
    ``COPY … TO DEFAULT``), read from the tokens; a parser's algebra is asked as well.

    >>> ends_default_graph("DROP SILENT ALL"), ends_default_graph("DROP GRAPH <g>"), ends_default_graph("ADD <a> TO DEFAULT")
    (True, False, True)
    >>> ends_default_graph("MOVE DEFAULT TO <g>"), ends_default_graph("MOVE SILENT DEFAULT TO <g>")
    (True, True)
    """
    words = [t.text.upper() for t in significant(text) if t.kind == "word"]
    for index, word in enumerate(words):
        rest = words[index + 1:index + 3]
        if word in ("DROP", "CLEAR") and ({"ALL", "DEFAULT"} & set(rest[:1] if rest[:1] != ["SILENT"] else rest)):
            return True
        if word == "TO" and rest[:1] == ["DEFAULT"]:
            return True
        if word == "MOVE" and "DEFAULT" in rest:
            return True
    return False
