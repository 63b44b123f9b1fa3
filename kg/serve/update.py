"""SPARQL Update, off by default: only with ``kg serve --allow-update`` and a bearer token taken from the
environment (``KG_UPDATE_TOKEN``), compared in constant time. ``LOAD`` is never allowed, nor ``SERVICE``.

An accepted update is applied to the server's dataset under a lock; the query workers, forked copies of
it, are then replaced so that every later query sees the change.
"""

from __future__ import annotations

import hmac
import threading

from pyparsing import ParseException
from rdflib import Dataset
from rdflib.plugins.sparql import prepareUpdate

from kg.namespaces import PREFIXES
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
    with _LOCK:
        try:
            dataset.update(prepared)
        except Exception as problem:
            return error(400, f"Update failed: {' '.join(str(problem).split())[:300]}")
    return Answer(204, "text/plain", b"")
