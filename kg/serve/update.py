"""SPARQL Update, off by default: only with ``kg serve --allow-update`` and a bearer token taken from the
environment (``KG_UPDATE_TOKEN``), compared in constant time. ``LOAD`` is never allowed, nor ``SERVICE``.

An accepted update is applied to the server's dataset under a lock; the query workers, forked copies of
it, are then replaced so that every later query sees the change.

The default graph is the union of the named graphs, and stays so: an update writes to named graphs only
(one that writes to the default graph is refused), and the default graph is made again from the named
graphs after it. So a fact is added to a graph, and removed from the graphs that state it.
"""

from __future__ import annotations

import hmac
import threading

from pyparsing import ParseException
from rdflib import Dataset
from rdflib.plugins.sparql import prepareUpdate

from kg.graph.store import native_store
from kg.namespaces import PREFIX_IRIS, PREFIXES
from kg.serve.execute import Answer, error, walk

TOKEN_VARIABLE = "KG_UPDATE_TOKEN"
_LOCK = threading.Lock()


def authorised(header: str | None, token: str) -> bool:
    """Whether an Authorization header carries the token.

    >>> authorised("Bearer s3cret", "s3cret"), authorised("Bearer nope", "s3cret"), authorised(None, "s3cret")
    (True, False, False)
    """
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), token.encode())


REUNITE = "CLEAR DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def writes_default_graph(operation) -> bool:
    """Whether one operation of a parsed update would write to the default graph."""
    if operation.name in ("InsertData", "DeleteData", "DeleteWhere"):
        return bool(operation.get("triples"))
    if operation.name == "Modify":
        clauses = [operation.get("insert"), operation.get("delete")]
        return operation.get("withClause") is None and any(c is not None and c.get("triples") for c in clauses)
    if operation.name in ("Clear", "Drop"):
        return operation.get("graphiri") in ("DEFAULT", "ALL")
    if operation.name in ("Add", "Move", "Copy"):
        return operation.get("graph", [None, None])[-1] == "DEFAULT"
    return False


def apply_update(dataset: Dataset, text: str) -> Answer:
    """Run an update on the dataset; refuse LOAD and SERVICE."""
    try:
        prepared = prepareUpdate(text, initNs=dict(PREFIXES))
    except ParseException as problem:
        return error(400, f"Malformed update at line {problem.lineno}, column {problem.col}: {problem.msg}")
    except Exception as problem:
        return error(400, f"Malformed update: {' '.join(str(problem).split())[:300]}")
    names = {node.name for node in walk(prepared.algebra)}
    if "Load" in names:
        return error(403, "LOAD is never allowed: this endpoint does not fetch anything.")
    if "ServiceGraphPattern" in names:
        return error(400, "SERVICE is not allowed: this endpoint never sends requests to other endpoints.")
    if any(writes_default_graph(operation) for operation in prepared.algebra):
        return error(400, "The default graph is the union of the named graphs: write to a named graph "
                          "(GRAPH <...> or WITH <...>) instead.")
    store = native_store(dataset)
    with _LOCK:
        try:
            if store is not None:
                store.update(text, prefixes=PREFIX_IRIS)
                store.update(REUNITE)
            else:
                dataset.update(prepared)
        except Exception as problem:
            return error(400, f"Update failed: {' '.join(str(problem).split())[:300]}")
    return Answer(204, "text/plain", b"")
