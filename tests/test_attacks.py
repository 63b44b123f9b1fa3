"""The holes an attack round found, each tried again against a real `kg serve` over loopback HTTP: SERVICE
and LOAD smuggled past the check, the time limit under load, parser-crashing depth, and updates."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import threading
import time
import urllib.parse
from pathlib import Path
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.serve import sandbox
from kg.serve.query_check import MAX_DEPTH

from server import Listener, running_server

TIMEOUT = 3.0
TOKEN = "an-attack-test-token-0123456789"
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def server(built):
    os.environ["KG_UPDATE_TOKEN"] = TOKEN
    try:
        with running_server(built, "--timeout", str(TIMEOUT), "--workers", "2", "--allow-update",
                            "--update-memory", "64", "--query-memory", "256") as (url, process):
            yield urlparse(url), process
    finally:
        del os.environ["KG_UPDATE_TOKEN"]


def send(server, body: str, *, kind: str = "query", token: str | None = None, timeout: float = 30):
    connection = http.client.HTTPConnection(server[0].hostname, server[0].port, timeout=timeout)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    connection.request("POST", "/sparql", urllib.parse.urlencode({kind: body}), headers)
    response = connection.getresponse()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()


def health_within(server, seconds: float) -> bool:
    """Whether /health answers 200 within the seconds: the event loop is not stalled."""
    started = time.monotonic()
    connection = http.client.HTTPConnection(server[0].hostname, server[0].port, timeout=10)
    connection.request("GET", "/health")
    return connection.getresponse().status == 200 and time.monotonic() - started < seconds


def workers_of(pid: int) -> list[int]:
    children = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                children.append(int(entry.name))
    return children


# 1. No request leaves the server: the kernel, then the tokens.

def test_the_kernel_refuses_a_network_socket_to_a_sandboxed_process():
    listener = Listener()
    try:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            code = 0
            try:
                sandbox.deny_network()
                import pyoxigraph as ox
                try:  # the real engine asked for SERVICE directly, with no check in front of it
                    list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/s> {{ ?s ?p ?o }} }}"))
                    code = 1
                except OSError:
                    pass
                try:
                    socket.create_connection(("127.0.0.1", listener.port), timeout=1)
                    code = 2
                except PermissionError:
                    pass
            finally:
                os.write(write, bytes([code]))
                os._exit(0)
        os.close(write)
        result = os.read(read, 1)
        os.waitpid(pid, 0)
        time.sleep(0.3)
        assert result == bytes([0]) and listener.connections == 0
    finally:
        listener.close()


def test_every_query_worker_of_the_server_runs_under_the_filter(server):
    workers = workers_of(server[1].pid)
    assert len(workers) >= 2
    for pid in workers:
        status = Path(f"/proc/{pid}/status").read_text()
        assert "Seccomp:\t2" in status, f"worker {pid} has no seccomp filter"


ISSUE_ATTACKS = [
    "SELECT * WHERE {{ # x\rSERVICE <http://127.0.0.1:{port}/internal> {{ ?s ?p ?o }} }}",
    'SELECT * WHERE {{ BIND("""a\\""" """ AS ?x)\n  SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }} # """',
    "SELECT * WHERE {{ ?s <http://x/p#> ?o # comment\r\nSERVICE SILENT <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?s ex:p\\' ?o . SERVICE <http://127.0.0.1:{port}/> {{ }} ?s ex:q\\' ?o }}",
    # the second round: the keyword written against a prefixed name (Oxigraph reads SERVICE, then :x)
    "PREFIX : <http://127.0.0.1:{port}/> SELECT * {{ SERVICE:x {{ ?s ?p ?o }} }}",
    "PREFIX : <http://127.0.0.1:{port}/> SELECT * {{ SERVICE:\\~x {{ ?s ?p ?o }} }}",
    "PREFIX service: <http://127.0.0.1:{port}/> CONSTRUCT {{ ?s ?p ?o }} {{ {{ SELECT * {{ service:x {{ ?s ?p ?o }} }} }} }}",
]


@pytest.mark.parametrize("template", ISSUE_ATTACKS)
def test_the_attacks_that_got_through_are_refused(server, template):
    listener = Listener()
    try:
        status, _, body = send(server, template.format(port=listener.port))
        time.sleep(0.3)
        assert listener.connections == 0 and status == 400, body
    finally:
        listener.close()


@pytest.mark.parametrize("update", [
    "INSERT DATA {{ GRAPH <https://example.org/g> {{ <https://example.org/a> <https://example.org/b> 1 }} }} # x\rLOAD <http://127.0.0.1:{port}/x>",
    'INSERT DATA {{ GRAPH <https://example.org/g> {{ <https://example.org/a> <https://example.org/b> """a\\""" """ }} }} ; LOAD <http://127.0.0.1:{port}/x> # """',
    "INSERT DATA {{ GRAPH <https://example.org/g> {{ <https://example.org/a> <https://example.org/b> 1 }} }} # x\rDROP ALL",
    "INSERT {{ GRAPH <https://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ # x\rSERVICE <http://127.0.0.1:{port}/> {{ ?s ?p ?o }} }}",
    "PREFIX : <http://127.0.0.1:{port}/> LOAD:x INTO GRAPH <https://example.org/g>",
    "MOVE DEFAULT TO <https://example.org/g>",
    "INSERT {{ GRAPH <https://example.org/g> {{ <urn:a> <urn:b> <urn:c> }} <urn:d> <urn:e> <urn:f> }} WHERE {{}}",
    'INSERT DATA {{ GRAPH <https://example.org/g> {{ <urn:a> <urn:b> "\\U00110000" }} }}',
    "INSERT {{ GRAPH <https://example.org/g> {{ ?s ?p ?o }} }} WHERE {{ " + " UNION ".join(["{{ ?s ?p ?o }}"] * 3000) + " }}",
])
def test_update_attacks_are_refused_and_change_nothing(server, update):
    listener = Listener()
    try:
        before = send(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2]
        status, _, body = send(server, update.format(port=listener.port), kind="update", token=TOKEN)
        time.sleep(0.3)
        assert listener.connections == 0 and status in (400, 403, 503), body  # 503: checking ran out of time
        assert send(server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2] == before
    finally:
        listener.close()


_case = st.sampled_from([str.upper, str.lower, str.title, lambda w: "".join(
    c.upper() if i % 2 else c.lower() for i, c in enumerate(w))])
_gap = st.sampled_from([" ", "\t", "\n", "\r", "\r\n", " # c\r", " # c\n", "#\r", "  \t "])
_decoy = st.sampled_from(['"SERVICE"', "'LOAD'", '"""x\\""" SERVICE"""', "'''y\\''' LOAD'''", "<http://x/SERVICE>",
                          "ex:SERVICE", "?service", '"#"', "'\\''", '"\\\\"'])


@pytest.mark.slow  # about 25 s
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=_case, gaps=st.lists(_gap, min_size=6, max_size=6), decoy=_decoy, silent=st.booleans(),
       update=st.booleans())
def test_obfuscated_service_and_load_never_reach_a_listener(server, case, gaps, decoy, silent, update):
    listener = Listener()
    try:
        target = f"<http://127.0.0.1:{listener.port}/sparql>"
        silently = case("SILENT") + gaps[5] if silent else ""
        term = decoy if decoy[0] in "'\"" else "1"
        pattern = f"?s ?p {decoy if decoy[0] in '<?e' else term}"
        if update:
            text = (f"INSERT DATA {{ GRAPH <https://example.org/g> {{ <https://example.org/a> <https://example.org/b> "
                    f"{term} }} }} ;{gaps[0]}{case('LOAD')}{gaps[1]}{silently}{target}{gaps[2]}")
        else:
            text = (f"PREFIX ex: <https://example.org/>{gaps[0]}SELECT * WHERE {{ BIND({term} AS ?x) "
                    f"OPTIONAL {{ {pattern} }}{gaps[1]}{case('SERVICE')}{gaps[2]}{silently}{target}{gaps[3]}"
                    f"{{ ?s ?p ?o }}{gaps[4]}}}")
        status, _, body = send(server, text, kind="update" if update else "query", token=TOKEN if update else None)
        time.sleep(0.05)
        assert listener.connections == 0
        assert 400 <= status < 500, (text, body)
    finally:
        listener.close()


# 2. A time limit that holds under load.

def test_under_load_every_query_ends_in_time_and_quick_ones_are_answered(server):
    outcomes: list[tuple[int, float, dict]] = []

    def slow():
        started = time.monotonic()
        status, headers, _ = send(server, CROSS_JOIN, timeout=60)
        outcomes.append((status, time.monotonic() - started, headers))

    threads = [threading.Thread(target=slow) for _ in range(10)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    assert health_within(server, 1.0)
    started = time.monotonic()
    status, _, _ = send(server, "ASK { ?s ?p ?o }")
    quick = time.monotonic() - started
    for thread in threads:
        thread.join()
    assert status == 200 and quick < TIMEOUT
    assert len(outcomes) == 10
    for status, seconds, headers in outcomes:
        assert status == 503 and seconds < TIMEOUT + 2 and headers.get("retry-after"), (status, seconds)


def test_an_update_never_stalls_the_server(server):
    """The check and rdflib's parse of an update once ran in the server itself, and took minutes."""
    huge = ("INSERT DATA { GRAPH <https://example.org/g> { "
            + " ".join(f"<urn:a{i}> <urn:b> {'1' * 60} ." for i in range(3000)) + " } }")
    outcome = {}

    def update():
        started = time.monotonic()
        outcome["status"] = send(server, huge, kind="update", token=TOKEN, timeout=60)[0]
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=update)
    thread.start()
    time.sleep(0.5)
    assert health_within(server, 1.0)
    thread.join()
    assert outcome["seconds"] < TIMEOUT + 2


def test_the_check_does_not_keep_long_queries():
    from kg.serve.query_check import _remembered, vet

    before = _remembered.cache_info().currsize
    vet('ASK { FILTER("' + "a" * 100_000 + '" != "") }')
    assert _remembered.cache_info().currsize == before


# 3. Crash-proof parsing.

@pytest.mark.parametrize("text", [
    "SELECT * WHERE " + "{" * 5000 + "}" * 5000,
    "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    'SELECT * WHERE { BIND(' + "CONCAT(" * 1000 + '"a"' + ")" * 1000 + " AS ?x) }",
    "SELECT * WHERE { FILTER(?a<" + "(" * 5000 + "1" + ")" * 5000 + ">0) }",  # parentheses inside what looks like an IRI
])
def test_over_deep_queries_are_refused_before_evaluation(server, text):
    status, _, body = send(server, text)
    assert status == 400 and f"at most {MAX_DEPTH}".encode() in body
    assert send(server, "ASK { ?s ?p ?o }")[0] == 200


@pytest.mark.parametrize("text", [
    "ASK { FILTER(" + "!" * 50_000 + "true) }",
    "ASK { ?s " + "/".join(["<urn:p>"] * 20_000) + " ?o }",
    "ASK { FILTER(" + "+".join(["1"] * 30_000) + " > 0) }",
])
def test_long_flat_chains_do_not_kill_a_worker(server, text):
    status, _, body = send(server, text)
    assert status in (200, 503), body
    assert send(server, "ASK { ?s ?p ?o }")[0] == 200


def test_a_query_over_the_token_limit_is_refused(server):
    status, _, body = send(server, "ASK { FILTER(" + "+".join(["1"] * 60_000) + " > 0) }")
    assert status == 400 and b"tokens" in body


def test_a_query_over_its_memory_cap_is_stopped_and_the_worker_replaced(server):
    binds = " ".join(f"BIND(CONCAT(?v{i}, ?v{i}) AS ?v{i + 1})" for i in range(24))
    status, _, body = send(server, f'SELECT (STRLEN(?v24) AS ?n) {{ BIND("{"x" * 64}" AS ?v0) {binds} }}')
    assert status != 200, body
    assert send(server, "ASK { ?s ?p ?o }")[0] == 200


def test_a_dead_worker_is_reported_as_such(server):
    outcome = {}

    def slow():
        outcome["answer"] = send(server, CROSS_JOIN)

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(1.0)
    busy = [pid for pid in workers_of(server[1].pid) if _cpu_ticks(pid) > 10]
    assert busy, "no worker is running the query"
    os.kill(busy[0], signal.SIGSEGV)
    thread.join()
    status, _, body = outcome["answer"]
    assert status == 500 and b"SIGSEGV" in body
    assert send(server, "ASK { ?s ?p ?o }")[0] == 200


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


# 4. Updates: time limit, memory cap, shapes, and saying that they live in memory only.

SLOW_UPDATE = ("INSERT { GRAPH <https://example.org/slow> { ?a <https://example.org/p> ?n } } WHERE { "
               "SELECT ?a (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?a }")


def test_a_slow_update_is_stopped_within_the_time_limit(server):
    started = time.monotonic()
    status, headers, body = send(server, SLOW_UPDATE, kind="update", token=TOKEN)
    assert status == 503 and time.monotonic() - started < TIMEOUT + 2 and headers.get("retry-after"), body
    assert send(server, "ASK { GRAPH <https://example.org/slow> { ?s ?p ?o } }")[2].count(b"false") == 1


def test_an_update_over_its_memory_cap_is_stopped(server):
    huge = ("INSERT { GRAPH <https://example.org/huge> { ?a ?b ?x } } WHERE { ?a ?b ?c . ?d ?e ?f "
            "BIND(CONCAT(STR(?c), STR(?f), STR(?d)) AS ?x) }")
    status, _, body = send(server, huge, kind="update", token=TOKEN, timeout=60)
    assert status in (400, 500, 503) and status != 204, body
    assert send(server, "ASK { GRAPH <https://example.org/huge> { ?s ?p ?o } }")[2].count(b"false") == 1


def test_an_update_that_breaks_a_shape_is_refused_with_the_report(server):
    breaking = ("PREFIX hksh: <https://w3id.org/hksh/ontology#> INSERT DATA { GRAPH <https://example.org/bad> { "
                "<https://w3id.org/hksh/id/session/bad> a hksh:PlenarySession } }")
    status, _, body = send(server, breaking, kind="update", token=TOKEN)
    assert status == 422 and b"session/bad" in body and b"Violation" in body
    assert send(server, "ASK { GRAPH <https://example.org/bad> { ?s ?p ?o } }")[2].count(b"false") == 1


def test_an_accepted_update_says_it_lives_in_memory_only(server):
    fine = 'INSERT DATA { GRAPH <https://example.org/fine> { <https://example.org/s> <https://example.org/p> "ok" } }'
    status, headers, _ = send(server, fine, kind="update", token=TOKEN)
    assert status == 204 and "memory only" in headers.get("x-update-persistence", "")
    assert b"true" in send(server, "ASK { GRAPH <https://example.org/fine> { ?s ?p ?o } }")[2]


# 5. A named query's page: what a user types is shown inert, and stays one value in the query.

def page(server, path: str) -> tuple[int, str]:
    connection = http.client.HTTPConnection(server[0].hostname, server[0].port, timeout=30)
    connection.request("GET", path, headers={"Accept": "text/html"})
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8")


def test_a_named_query_page_shows_a_value_inert_and_keeps_the_query_shape(server):
    from html import unescape

    from kg.params import bind, term
    from kg.queries import named_queries
    from kg.serve.sparql_lexer import significant

    evil = '"} ?s ?p ?o . { "\'><script>window.pwned=1</script>'
    status, body = page(server, "/queries/person-mentions?" + urllib.parse.urlencode({"name": evil}))
    assert status == 200 and "<script>window" not in body and "No rows." in body
    assert 'value="&quot;} ?s ?p ?o . { &quot;&#x27;&gt;&lt;script&gt;' in body  # the field holds it, inert
    shown = unescape(body.split("<pre><code>")[1].split("</code></pre>")[0])
    original = named_queries()["person-mentions"].read_text()
    assert shown == bind(original, {"name": evil})
    tokens, before = significant(shown), significant(original)
    assert [t.kind for t in tokens] == [t.kind for t in before]  # the same query, one string changed
    assert [(a.text, b.text) for a, b in zip(tokens, before) if a.text != b.text] == [(term(evil), '"Lee Ka-chiu"')]
    status, body = page(server, "/queries/post-holders?" + urllib.parse.urlencode({"post": '<x"><script>alert(1)</script>>'}))
    assert status == 400 and "<script>alert" not in body
    problem = body.split('<p class="problem" role="alert">')[1].split("</p>")[0]
    assert unescape(problem).startswith("'<x\"><script>alert(1)</script>>' is not an IRI") and "\n" not in problem
