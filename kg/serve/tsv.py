"""RDF terms as SPARQL 1.1 TSV results write them: one line per row, whatever a literal holds.

rdflib's ``n3()`` writes a literal with a newline as a triple-quoted string over several lines, and a tab
as it is, which splits a row. The TSV spec encodes tab, newline and carriage return as ``\\t``, ``\\n``,
``\\r``; the other control characters and Unicode line separators are written as Turtle ``\\uXXXX``
escapes, so no reader, however it splits lines, sees a row broken.
"""

from __future__ import annotations

import re

from rdflib import Literal
from rdflib.namespace import XSD

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
_SPECIAL = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029]')


def _escape(match: re.Match) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04X}"


def tsv_term(term) -> str:
    """A term as one TSV field.

    >>> print(tsv_term(Literal("a\\tb\\nc\\r\\x01\\u2028 \\"q\\" \\\\", lang="en")))
    "a\\tb\\nc\\r\\u0001\\u2028 \\"q\\" \\\\"@en
    """
    if not isinstance(term, Literal):
        return term.n3()
    text = '"' + _SPECIAL.sub(_escape, str(term)) + '"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^<{term.datatype}>"
    return text
