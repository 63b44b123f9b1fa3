"""Handing the dataset to a production triple store over the SPARQL 1.1 Graph Store Protocol.

Each named graph of the build is sent with ``PUT <store>?graph=<iri>``, which replaces that graph on the
target: pushing twice leaves the same data, and a document's graph is replaced when it changes. With
``union=True`` the union is also put into the target's default graph, for stores that have no "union
default graph" setting of their own.

Written against real stores (tests/test_push.py: Oxigraph; tests/test_virtuoso.py: Virtuoso 7, whose
Graph Store endpoint wants Digest authentication, refuses concurrent replacements of graphs as deadlocked
or as clashing first uses of a language tag, and answers a large body before reading it).
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import os
import random
import re
import threading
import time
import urllib.parse
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import chain, count, islice
from dataclasses import dataclass
from email.message import Message
from enum import Enum
from pathlib import Path

import pyoxigraph as ox

from kg.formats import Format
from kg.graph.store import STORE, open_store
from kg.progress import Progress, quiet

USER, PASSWORD, TOKEN = "KG_PUSH_USER", "KG_PUSH_PASSWORD", "KG_PUSH_TOKEN"
N_TRIPLES = Format.NTRIPLES.media_type
RETRIES = 8  # times a PUT that clashed with another is sent again (PUT is idempotent)


class PushError(RuntimeError):
    """A store that refused the data or could not be reached (one line)."""


class Auth(str, Enum):
    """How to authenticate to the store; credentials come from the environment, never the command line."""

    NONE = "none"
    BASIC = "basic"    # $KG_PUSH_USER and $KG_PUSH_PASSWORD
    DIGEST = "digest"  # the same two, answered to the store's challenge (Virtuoso's -auth endpoints)
    BEARER = "bearer"  # $KG_PUSH_TOKEN


@dataclass
class PushResult:
    graphs: int
    triples: int


def _credentials(auth: Auth, environ: dict[str, str]) -> tuple[str, str]:
    if not environ.get(USER) or PASSWORD not in environ:
        raise PushError(f"--auth {auth.value} needs ${USER} and ${PASSWORD} in the environment")
    return environ[USER], environ[PASSWORD]


def auth_header(auth: Auth, environ: dict[str, str] | None = None) -> dict[str, str]:
    """The Authorization header sent with every request (none for digest, which answers a challenge).

    >>> auth_header(Auth.BASIC, {"KG_PUSH_USER": "kg", "KG_PUSH_PASSWORD": "secret"})
    {'Authorization': 'Basic a2c6c2VjcmV0'}
    """
    environ = os.environ if environ is None else environ
    if auth is Auth.NONE:
        return {}
    if auth is Auth.DIGEST:
        _credentials(auth, environ)
        return {}
    if auth is Auth.BASIC:
        pair = ":".join(_credentials(auth, environ)).encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode()}
    if not environ.get(TOKEN):
        raise PushError(f"--auth bearer needs ${TOKEN} in the environment")
    return {"Authorization": f"Bearer {environ[TOKEN]}"}


_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}


class Digest:
    """HTTP Digest authentication (RFC 7616, qop=auth) shared by the push's threads.

    The store's challenge is learnt from the first 401 and then reused with a rising nonce count, so only the
    first few graphs (one per thread) are sent twice."""

    def __init__(self, user: str, password: str):
        self.user, self.password = user, password
        self.challenge: dict[str, str] | None = None
        self.count = 0
        self.lock = threading.Lock()

    def learn(self, header: str) -> bool:
        """Take a new challenge from a WWW-Authenticate header; False when it is not a usable Digest one."""
        scheme, _, rest = header.strip().partition(" ")
        if scheme.lower() != "digest":
            return False
        challenge = {k.lower(): v1 or v2 for k, v1, v2 in re.findall(r'(\w+)\s*=\s*(?:"([^"]*)"|([^\s,]+))', rest)}
        algorithm = challenge.get("algorithm", "MD5").upper()
        if algorithm not in _HASHES or "nonce" not in challenge:
            raise PushError(f"the store asks for Digest {algorithm}, which kg push does not speak")
        if "qop" in challenge and "auth" not in [q.strip() for q in challenge["qop"].split(",")]:
            raise PushError(f"the store asks for Digest qop={challenge['qop']}, which kg push does not speak")
        with self.lock:
            self.challenge, self.count = {**challenge, "algorithm": algorithm}, 0
        return True

    def header(self, method: str, url: str) -> dict[str, str]:
        """The Authorization header for one request, or none before the store has challenged."""
        with self.lock:
            if self.challenge is None:
                return {}
            challenge = self.challenge
            self.count += 1
            count = f"{self.count:08x}"
        h = lambda text: _HASHES[challenge["algorithm"]](text.encode()).hexdigest()  # noqa: E731
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        secret = h(f"{self.user}:{challenge.get('realm', '')}:{self.password}")
        fields = {"username": self.user, "realm": challenge.get("realm", ""), "nonce": challenge["nonce"], "uri": uri,
                  "algorithm": challenge["algorithm"]}
        if "qop" in challenge:
            cnonce = os.urandom(8).hex()
            fields["response"] = h(f"{secret}:{challenge['nonce']}:{count}:{cnonce}:auth:{h(f'{method}:{uri}')}")
            fields.update(qop="auth", nc=count, cnonce=cnonce)
        else:
            fields["response"] = h(f"{secret}:{challenge['nonce']}:{h(f'{method}:{uri}')}")
        if "opaque" in challenge:
            fields["opaque"] = challenge["opaque"]
        unquoted = {"algorithm", "qop", "nc"}
        return {"Authorization": "Digest " + ", ".join(f"{k}={v}" if k in unquoted else f'{k}="{v}"'
                                                      for k, v in fields.items())}


def graph_url(store_url: str, graph: str | None) -> str:
    """The Graph Store Protocol address of one graph (``None``: the default graph).

    >>> graph_url("http://127.0.0.1:7878/store", "https://w3id.org/hksh/id/doc/a")
    'http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fhksh%2Fid%2Fdoc%2Fa'
    """
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    return f"{store_url}{'&' if '?' in store_url else '?'}{query}"


def _unauthorized_hint(sent: str, wanted: str) -> str:
    """What to change after a 401 with no explanation of its own.

    >>> _unauthorized_hint("Basic a2c6", 'Digest realm="SPARQL", nonce="1"')
    'the store asks for Digest authentication: --auth digest'
    >>> _unauthorized_hint('Digest username="dba"', 'Digest realm="SPARQL", nonce="2"')
    'check $KG_PUSH_USER and $KG_PUSH_PASSWORD'
    >>> _unauthorized_hint("Basic a2c6", "")
    'check $KG_PUSH_USER and $KG_PUSH_PASSWORD, or try --auth digest'
    """
    scheme, asked = sent.partition(" ")[0].lower(), wanted.strip().partition(" ")[0].lower()
    if asked in ("basic", "digest", "bearer") and asked != scheme:
        return f"the store asks for {asked.capitalize()} authentication: --auth {asked}"
    if scheme == "bearer":
        return f"check ${TOKEN}"
    if scheme == "basic":
        return f"check ${USER} and ${PASSWORD}, or try --auth digest"  # Virtuoso answers Basic without a challenge
    return f"check ${USER} and ${PASSWORD}" if scheme else ""


def _conflict(code: int, detail: str) -> bool:
    """Whether a refusal is a clash between concurrent writes that the same PUT, sent again, may get past.

    Virtuoso answers concurrent replacements of graphs with 500 and SQL state 40001 ("Transaction
    deadlocked"), and two first uses of one language tag or datatype at once with 500 and SQL state 23000
    on its own dictionary tables (``DB.DBA.RDF_LANGUAGE``): the row exists when the PUT is sent again.

    >>> _conflict(500, "Error 40001 SR172: Transaction deadlocked"), _conflict(500, "SP030: syntax error"), _conflict(503, "")
    (True, False, True)
    >>> _conflict(500, "Error 23000 SR197: Non unique primary key on DB.DBA.RDF_LANGUAGE.")
    True
    >>> _conflict(500, "Error 23000 SR197: Non unique primary key on DB.DBA.SYS_USERS.")
    False
    """
    if code == 503:
        return True
    return code == 500 and ("40001" in detail or "deadlock" in detail.lower() or
                            ("23000" in detail and "DB.DBA.RDF_" in detail))


def _text(body: bytes) -> str:
    """An error body on one line, without its HTML markup."""
    return " ".join(re.sub(r"<[^>]*>", " ", body.decode("utf-8", "replace")).split())


def _send(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int, str, Message, bytes]:
    """PUT a body; the status, reason, headers and start of the body of the answer.

    A store may answer before it has read the whole body (Virtuoso refuses a 500 kB graph with its 401 or 500
    and closes the connection): the sender then meets a broken pipe, and the answer, which is what the user
    needs to see, is read all the same."""
    parts = urllib.parse.urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.netloc, timeout=timeout)
    try:
        try:
            connection.request("PUT", parts.path + (f"?{parts.query}" if parts.query else ""), body=body, headers=headers)
        except (BrokenPipeError, ConnectionResetError):
            pass
        response = connection.getresponse()
        return response.status, response.reason, response.headers, response.read(2000)
    finally:
        connection.close()


def _put(url: str, body: bytes, headers: dict[str, str], timeout: float, digest: Digest | None = None,
         retries: int = RETRIES) -> None:
    challenged = False
    for attempt in count():
        sent = {"Content-Type": N_TRIPLES, **headers, **(digest.header("PUT", url) if digest else {})}
        try:
            status, reason, answer, text = _send(url, body, sent, timeout)
        except (OSError, http.client.HTTPException) as error:
            raise PushError(f"cannot reach {url}: {error or type(error).__name__}") from None
        if 200 <= status < 300:
            return
        detail = _text(text)[:300]
        if status == 401 and digest and not challenged and digest.learn(answer.get("WWW-Authenticate", "")):
            challenged = True
            continue
        if _conflict(status, detail) and attempt < retries:
            time.sleep(random.uniform(0.1, 0.2) * 2 ** min(attempt, 5))
            continue
        if status == 401 and not detail:
            detail = _unauthorized_hint(sent.get("Authorization", ""), answer.get("WWW-Authenticate", ""))
        raise PushError(f"PUT {url} refused: {status} {reason}" + (f": {detail}" if detail else ""))


def _graphs(store: ox.Store) -> Iterator[tuple[str, bytes]]:
    for name in sorted(store.named_graphs(), key=lambda g: g.value):
        yield name.value, store.dump(format=Format.NTRIPLES.rdf, from_graph=name)


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
    digest = Digest(*_credentials(auth, os.environ)) if auth is Auth.DIGEST else None
    store = open_store(Path(dist) / STORE)
    names = list(store.named_graphs())
    items: Iterator[tuple[str | None, bytes]] = _graphs(store)
    if union:
        items = chain(items, [(None, store.dump(format=Format.NTRIPLES.rdf, from_graph=ox.DefaultGraph()))])
    window = max(1, threads) * 4
    with progress(len(names) + int(union), "Pushing") as advance, ThreadPoolExecutor(max(1, threads)) as pool:
        while batch := list(islice(items, window)):
            for done in [pool.submit(_put, graph_url(store_url, name), body, headers, timeout, digest) for name, body in batch]:
                done.result()
                advance(1)
    return PushResult(graphs=len(names), triples=_count(store))
