r"""Parameters of a named query: each one-variable ``VALUES ?name { default }`` clause is one.

``kg query person-mentions --param name="John Lee"`` (and ``/queries/person-mentions?name=John+Lee``)
replaces the clause's values with the one given, so the file stays a query any SPARQL client can run as it
is, with its defaults. The query is cut into SPARQL's own tokens (:mod:`kg.serve.sparql_lexer`), so a
``VALUES`` in a comment or a string is not a parameter; the value given is written as one RDF term by
rdflib's ``n3()`` (an IRI when written ``<...>``, else a plain literal, quotes and backslashes escaped), so
no value can change the query around it. A comment line ``# Parameter ?name: what to give`` documents a
parameter (the query's page shows it beside the parameter's field).

>>> print(bind('SELECT * { VALUES ?name { "Lee" } ?p ?q ?name }', {"name": 'x" } ?a ?b { "'}))
SELECT * { VALUES ?name { "x\" } ?a ?b { \"" } ?p ?q ?name }
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import Literal, URIRef
from rdflib.util import from_n3

from kg.queries import QueryError
from kg.serve.sparql_lexer import LexicalError, significant, tokens

_IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]+>')
_DOC = re.compile(r"#\s*Parameter \?([A-Za-z_][A-Za-z0-9_]*):\s*(\S.*)")
_MORE = re.compile(r"#\s{2,}(\S.*)")


class ParameterError(QueryError):
    """A parameter the query does not take, or a value that is no RDF term; the message is one line."""


def _clauses(text: str) -> list[tuple[str, int, int]]:
    """(variable, start, end) of each one-variable VALUES clause's ``{ ... }``, in the order written."""
    try:
        found = [t for t in tokens(text) if t.kind not in ("space", "comment")]
    except LexicalError as problem:
        raise ParameterError(f"the query cannot be read: {problem}") from None
    clauses = []
    for i, token in enumerate(found[:-2]):
        if token.kind == "word" and token.text.upper() == "VALUES" and found[i + 1].kind == "var" \
                and found[i + 2].text == "{":
            close = next((t for t in found[i + 3:] if t.text == "}"), None)
            if close is not None:
                clauses.append((found[i + 1].text[1:], found[i + 2].start, close.start + 1))
    return clauses


def parameters(text: str) -> dict[str, str]:
    """Each parameter's name and its default, as written in the query.

    >>> parameters('SELECT * { VALUES ?name { "Lee" } VALUES (?a ?b) { (1 2) } }')
    {'name': '"Lee"'}
    """
    out: dict[str, str] = {}
    for name, start, end in _clauses(text):
        out.setdefault(name, " ".join(text[start + 1:end - 1].split()))
    return out


def documentation(text: str) -> dict[str, str]:
    """Each documented parameter's description: a comment line ``# Parameter ?name: ...``, continued by the
    comment lines indented under it (two spaces or more after the ``#``).

    >>> documentation("# Parameter ?name: a name,\\n#   in any script.\\n# Other text.\\nSELECT * {}")
    {'name': 'a name, in any script.'}
    """
    docs: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        found, more = _DOC.fullmatch(line), _MORE.fullmatch(line)
        if found:
            current = found.group(1)
            docs[current] = found.group(2).strip()
        elif current is not None and more:
            docs[current] += " " + more.group(1).strip()
        else:
            current = None
    return docs


def as_typed(default: str) -> str:
    """A default as a user types it (the value :func:`term` reads back): a literal's text, an IRI in
    ``<...>``, nothing for ``UNDEF``.

    >>> as_typed('"Lee \\\\"K\\\\""'), as_typed("<https://w3id.org/hksh/id/post/x>"), as_typed("UNDEF")
    ('Lee "K"', '<https://w3id.org/hksh/id/post/x>', '')
    """
    if default.upper() == "UNDEF":
        return ""
    try:
        value = from_n3(default)
    except Exception:  # a prefixed name or a form from_n3 does not read: shown as written
        return default
    return f"<{value}>" if isinstance(value, URIRef) else str(value)


def term(value: str) -> str:
    r"""A value as one SPARQL term: ``<...>`` an IRI (checked), anything else a plain string literal.

    >>> print(term("<https://w3id.org/hksh/id/post/financial-secretary>"), term('Lee "Ka-chiu"\n'))
    <https://w3id.org/hksh/id/post/financial-secretary> "Lee \"Ka-chiu\"\n"
    """
    if value.startswith("<") and value.endswith(">"):
        if not _IRI.fullmatch(value):
            raise ParameterError(f"{value!r} is not an IRI (no spaces, quotes, braces or backslashes inside <...>)")
        return URIRef(value[1:-1]).n3()
    text = Literal(value).n3()
    if text.startswith('"""'):  # rdflib writes a value with a line break long-quoted: keep it one line
        text = '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'
    return text


def bind(text: str, values: Mapping[str, str]) -> str:
    """The query with each named parameter's VALUES replaced by the value given."""
    clauses = _clauses(text)
    known = {name for name, _, _ in clauses}
    unknown = sorted(set(values) - known)
    if unknown:
        offered = ", ".join(sorted(known)) or "none"
        raise ParameterError(f"the query takes no parameter {', '.join(unknown)} (its parameters: {offered})")
    out, last = [], 0
    for name, start, end in clauses:
        if name in values:
            out += [text[last:start], "{ ", term(values[name]), " }"]
            last = end
    bound = "".join(out) + text[last:]
    for name, start, end in _clauses(bound):  # each value given is one term, whatever it held
        try:
            one = name not in values or len(significant(bound[start + 1:end - 1])) == 1
        except LexicalError:
            one = False
        if not one:
            raise ParameterError(f"parameter {name}: the value is not one RDF term")
    return bound


def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``name=value`` pairs, as given on the command line."""
    values: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise ParameterError(f"--param {pair!r}: write it as NAME=VALUE (e.g. name=\"John Lee\")")
        values[name] = value
    return values

