"""Which graph-scoped checks cannot give a row on some graphs, told from their N-Triples without a store.

Filling an in-memory store with a batch of graphs and querying it cost about a millisecond a document in
the build's main process, for a check that finds nothing on a graph the converter wrote. A test here reads
the lines as the build writes them ("S P O ."); anything it cannot read counts as a possible row, so a
check is skipped only where it could not have matched.
"""

from __future__ import annotations

RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
HAS_BODY = "<http://www.w3.org/ns/oa#hasBody> "
# The types fact-without-sentence-violation.rq takes for an annotation's own parts, each ending its line.
OWN_TYPES = frozenset(f"<http://www.w3.org/ns/oa#{name}> ." for name in ("Annotation", "SpecificResource", "TextQuoteSelector"))


def unquoted(iri: str, text: str) -> bool:
    """Whether a graph may hold a subject (other than the graph's own IRI) that is neither an annotation's
    part nor the body of one of its annotations: the rows of fact-without-sentence-violation.rq. A line
    not as the build writes them makes it say yes. Only each line's head is read (a literal can be long).

    >>> unquoted("http://e/d", '<http://e/d> <http://e/p> "x" .\\n<http://e/a> <http://www.w3.org/ns/oa#hasBody> <http://e/d> .\\n')
    True
    >>> unquoted("http://e/d", '<http://e/a> <http://www.w3.org/ns/oa#hasBody> <http://e/s> .\\n<http://e/s> <http://e/p> "x" .\\n'
    ...          '<http://e/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/ns/oa#Annotation> .\\n')
    False
    """
    if "\r" in text:
        return True  # a line break N-Triples reads and this does not
    subjects, said = set(), {f"<{iri}>"}
    for line in text.split("\n"):
        cut = line.find(" ")
        if cut <= 0 or not line.endswith(" ."):
            if line:
                return True  # not a line as the build writes it: the store must say
            continue
        subject = line[:cut]
        subjects.add(subject)
        if line.startswith(RDF_TYPE, cut + 1):
            if line[cut + 1 + len(RDF_TYPE):] in OWN_TYPES:
                said.add(subject)
        elif line.startswith(HAS_BODY, cut + 1):
            said.add(line[cut + 1 + len(HAS_BODY):-2])
    return not subjects <= said


# Per check (a file's stem): whether one graph (IRI, N-Triples) may give it a row. A check not named here may.
MAY_MATCH = {"fact-without-sentence-violation": unquoted}


def may_match(check: str, graphs: tuple[tuple[str, str], ...]) -> bool:
    """Whether the check may give a row on any of the graphs, each held as its own named graph."""
    test = MAY_MATCH.get(check)
    return test is None or any(test(iri, text) for iri, text in graphs)
