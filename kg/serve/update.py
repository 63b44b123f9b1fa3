"""SPARQL Update, off by default: only with ``kg serve --allow-update`` and a bearer token taken from the
environment (``KG_UPDATE_TOKEN``), compared in constant time. ``LOAD`` is never allowed, nor ``SERVICE``.

An update is checked and run in a forked process that cannot open a network connection, under the
server's time limit and a memory cap, so that no update, however long or odd, can stall the server. That
process checks it on its tokens (:mod:`kg.serve.query_check`) and rdflib's algebra, applies it to its own
copy of the dataset, refuses it if the default graph changed (whatever the parse said), makes the default graph the union of the named graphs again, and
validates the result against the shapes and checks: an update that adds a violation is refused (422)
with the report, and nothing changes. Otherwise the new dataset is sent back and replaces the served one in memory
(never ``dist/``), and the query workers are renewed so that every later query sees it.

The default graph is the union of the named graphs, and stays so: an update writes to named graphs only
(one that writes to the default graph is refused).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import multiprocessing
import os
import signal
import time

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import Dataset
from rdflib.plugins.sparql import prepareUpdate

from kg.graph.store import native_store
from kg.graph.validate import Report, shacl, sparql_checks
from kg.namespaces import PREFIX_IRIS, PREFIXES
from kg.serve import sandbox
from kg.serve.execute import walk
from kg.serve.protocol import Answer, error
from kg.serve.query_check import Refused, ends_default_graph, vet

TOKEN_VARIABLE = "KG_UPDATE_TOKEN"
IN_MEMORY_ONLY = "applied in memory only; lost when the server stops; dist/ is unchanged"
DEFAULT_GRAPH_REFUSAL = ("The default graph is the union of the named graphs: write to a named graph "
                         "(GRAPH <...> or WITH <...>) instead.")
REUNITE = "CLEAR DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"


def authorised(header: str | None, token: str) -> bool:
    """Whether an Authorization header carries the token.

    >>> authorised("Bearer s3cret", "s3cret"), authorised("Bearer nope", "s3cret"), authorised(None, "s3cret")
    (True, False, False)
    """
    if not header or not header.startswith("Bearer "):
        return False
    return hmac.compare_digest(header[len("Bearer "):].strip().encode(), token.encode())


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


def _refusal(text: str) -> tuple[str, Answer | None]:
    """The text to run, or the Answer that refuses the update."""
    try:
        vetted = vet(text, update=True)
    except Refused as refusal:
        return "", error(refusal.status, str(refusal))
    try:
        prepared = prepareUpdate(vetted.text, initNs=dict(PREFIXES))
    except ParseException as problem:
        return "", error(400, f"Malformed update at line {problem.lineno}, column {problem.col}: {problem.msg}")
    except Exception as problem:  # noqa: BLE001 - rdflib raises many kinds for a bad update
        return "", error(400, f"Malformed update: {' '.join(str(problem).split())[:300]}")
    if "ServiceGraphPattern" in {node.name for node in walk(prepared.algebra)}:
        return "", error(400, "SERVICE is not allowed: this endpoint never sends requests to other endpoints.")
    if ends_default_graph(vetted.text) or any(writes_default_graph(op) for op in prepared.algebra):
        return "", error(400, DEFAULT_GRAPH_REFUSAL)
    return vetted.text, None


def _default_digest(store: ox.Store) -> tuple[int, int]:
    """The default graph's size and an order-free digest of its triples: what an update must not change."""
    count = total = 0
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        count += 1
        total = (total + int.from_bytes(hashlib.blake2b(str(quad).encode(), digest_size=8).digest(), "big")) % 2**64
    return count, total


def _run(connection, store: ox.Store, text: str, memory: int) -> None:
    """In the forked process: off the network, then the update's life on a thread with a large stack."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        sandbox.deny_network(keep={connection.fileno()})
    except sandbox.SandboxError as problem:
        connection.send(("failed", str(problem)))
        return
    sandbox.on_large_stack(_apply, connection, store, text, memory)


def _apply(connection, store: ox.Store, text: str, memory: int) -> None:
    """Check, apply, reunite, validate; send back the new dataset or why not."""
    sandbox.cap_memory(memory)
    try:
        runnable, refused = _refusal(text)
    except (RecursionError, MemoryError, ValueError) as problem:
        runnable, refused = "", error(400, f"Malformed update: {type(problem).__name__}")
    if refused is not None:
        connection.send(("refused", (refused.status, refused.body.decode())))
        return
    try:
        before = set(_validate(store).violations)
        default = _default_digest(store)
        store.update(runnable, prefixes=PREFIX_IRIS)
        if _default_digest(store) != default:
            connection.send(("refused", (400, DEFAULT_GRAPH_REFUSAL + "\n")))
            return
        store.update(REUNITE)
    except (SyntaxError, ValueError, OSError, MemoryError) as problem:
        connection.send(("failed", f"Update failed: {' '.join(str(problem).split())[:300]}"))
        return
    new = [line for line in _validate(store).violations if line not in before]
    if new:
        connection.send(("invalid", f"{len(new)} new violation(s):\n" + "\n".join(new) + "\n"))
        return
    connection.send(("ok", store.dump(format=ox.RdfFormat.N_QUADS)))


def _validate(store: ox.Store) -> Report:
    union = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode("utf-8")
    return shacl(union) + sparql_checks(store)


async def _sandboxed(store: ox.Store, text: str, *, timeout: float, memory: int) -> tuple[Answer | None, bytes | None]:
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_run, args=(child, store, text, memory), daemon=True, name="kg-update")
    process.start()
    child.close()
    loop = asyncio.get_running_loop()
    try:
        ready = await loop.run_in_executor(None, parent.poll, max(0.0, timeout))
        if not ready:
            answer = error(503, f"Update stopped after {timeout:.1f} s: it ran out of the time limit. Nothing changed.")
            answer.headers["Retry-After"] = "2"
            return answer, None
        try:
            outcome, payload = await loop.run_in_executor(None, parent.recv)
        except (EOFError, OSError):
            return error(500, f"The update process {sandbox.exit_reason(process)} (its memory cap is "
                              f"{memory // 2**20} MiB). Nothing changed."), None
    finally:
        if process.is_alive():
            os.kill(process.pid, signal.SIGKILL)
        process.join(timeout=2)
        parent.close()
    if outcome == "ok":
        return None, payload
    if outcome == "refused":
        return error(*payload), None
    if outcome == "invalid":
        return error(422, "The update was not applied: the dataset it would make breaks the shapes or checks.\n"
                          + payload), None
    return error(400, payload), None


async def apply_update(dataset: Dataset, text: str, *, lock: asyncio.Lock, timeout: float = 10.0,
                       memory: int = 2**30) -> Answer:
    """Run an update on the dataset in a sandboxed process; refuse LOAD, SERVICE, default-graph writes and
    anything that breaks the shapes. ``memory`` is the bytes the update may add to the process."""
    started = time.monotonic()
    store = native_store(dataset)
    if store is None:
        return error(501, "Updates need the Oxigraph store that `kg serve` opens.")
    async with lock:
        remaining = max(0.0, timeout - (time.monotonic() - started))
        refused, dump = await _sandboxed(store, text, timeout=remaining, memory=memory)
        if refused is not None:
            return refused
        await asyncio.to_thread(_replace, store, dump)
    return Answer(204, "text/plain", b"", {"X-Update-Persistence": IN_MEMORY_ONLY})


def _replace(store: ox.Store, dump: bytes) -> None:
    store.clear()
    store.load(dump, format=ox.RdfFormat.N_QUADS)
