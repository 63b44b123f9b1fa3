"""Handing the dataset to a production triple store over the SPARQL 1.1 Graph Store Protocol.

Each named graph of the build is sent with ``PUT <store>?graph=<iri>``, which replaces that graph on the
target: pushing twice leaves the same data, and a document's graph is replaced when it changes. With
``union=True`` the union is also put into the target's default graph, for stores that have no "union
default graph" setting of their own.
"""

from __future__ import annotations

import base64
import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, islice
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import pyoxigraph as ox

from kg.graph.store import STORE, open_store
from kg.progress import Progress, quiet

USER, PASSWORD, TOKEN = "KG_PUSH_USER", "KG_PUSH_PASSWORD", "KG_PUSH_TOKEN"
N_TRIPLES = "application/n-triples"


class PushError(RuntimeError):
    """A store that refused the data or could not be reached (one line)."""


class Auth(str, Enum):
    """How to authenticate to the store; credentials come from the environment, never the command line."""

    NONE = "none"
    BASIC = "basic"    # $KG_PUSH_USER and $KG_PUSH_PASSWORD
    BEARER = "bearer"  # $KG_PUSH_TOKEN


@dataclass
class PushResult:
    graphs: int
    triples: int


def auth_header(auth: Auth, environ: dict[str, str] | None = None) -> dict[str, str]:
    """The Authorization header for ``auth``, from the environment.

    >>> auth_header(Auth.BASIC, {"KG_PUSH_USER": "kg", "KG_PUSH_PASSWORD": "secret"})
    {'Authorization': 'Basic a2c6c2VjcmV0'}
    """
    environ = os.environ if environ is None else environ
    if auth is Auth.NONE:
        return {}
    if auth is Auth.BASIC:
        if not environ.get(USER) or PASSWORD not in environ:
            raise PushError(f"--auth basic needs ${USER} and ${PASSWORD} in the environment")
        pair = f"{environ[USER]}:{environ[PASSWORD]}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
    if not environ.get(TOKEN):
        raise PushError(f"--auth bearer needs ${TOKEN} in the environment")
    return {"Authorization": f"Bearer {environ[TOKEN]}"}


def graph_url(store_url: str, graph: str | None) -> str:
    """The Graph Store Protocol address of one graph (``None``: the default graph).

    >>> graph_url("http://127.0.0.1:7878/store", "https://w3id.org/hksh/id/doc/a")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fhksh%2Fid%2Fdoc%2Fa'
    """
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{store_url}{'&' if '?' in store_url else '?'}{query}"


def _put(url: str, body: bytes, headers: dict[str, str], timeout: float) -> None:
    request = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": N_TRIPLES, **headers})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
    except urllib.error.HTTPError as error:
        detail = " ".join(error.read(300).decode("utf-8", "replace").split())
        raise PushError(f"PUT {url} refused: {error.code} {error.reason}" + (f": {detail}" if detail else "")) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PushError(f"cannot reach {url}: {reason}") from None


def _graphs(store: ox.Store) -> Iterator[tuple[str, bytes]]:
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        yield name.value, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)


def _count(store: ox.Store) -> int:
    solutions = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(next(iter(solutions))[0].value)


def push(dist: Path, store_url: str, *, auth: Auth = Auth.NONE, union: bool = False, threads: int = 4,
         timeout: float = 60.0, progress: Progress = quiet) -> PushResult:
    """Put every named graph of a build (and, with ``union``, the default graph) into a store.

    A few requests are in flight at a time; the first refusal stops the push with a PushError."""
    if not (Path(dist) / STORE).is_dir():
        raise PushError(f"{Path(dist) / STORE}: no built store; run `kg build` first")
    headers = auth_header(auth)
    store = open_store(Path(dist) / STORE)
    names = list(store.named_graphs())
    items: Iterator[tuple[str | None, bytes]] = _graphs(store)
    if union:
        items = chain(items, [(None, store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()))])
    window = max(1, threads) * 4
    with progress(len(names) + int(union), "Pushing") as advance, ThreadPoolExecutor(max(1, threads)) as pool:
        while batch := list(islice(items, window)):
            for done in [pool.submit(_put, graph_url(store_url, name), body, headers, timeout) for name, body in batch]:
                done.result()
                advance(1)
    return PushResult(graphs=len(names), triples=_count(store))
