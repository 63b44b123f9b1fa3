"""HTTP hygiene (issue 14, item 5), each tried against a real `kg serve` over loopback HTTP."""

from __future__ import annotations

import signal
import socket
import threading
import time
import urllib.parse
from pathlib import Path

import httpx
import pytest

from server import running_server

ASK = "ASK { ?s ?p ?o }"
SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 3"


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server, timeout=30) as client:
        yield client


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+json;q=0, text/csv", "text/csv"),
    ("application/sparql-results+json; q=0.0, */*", "application/json"),
    ("text/*;q=0, */*", "application/sparql-results+json"),
    ("*/*;q=0, text/tab-separated-values", "text/tab-separated-values"),
])
def test_a_media_type_with_q0_is_not_chosen(client, accept, media_type):
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].split(";")[0] == media_type


@pytest.mark.parametrize("accept", ["text/csv;q=0", "*/*;q=0", "text/csv;charset=utf-8;q=0"])
def test_only_refused_media_types_is_406(client, accept):
    response = client.post("/sparql", data={"query": SELECT}, headers={"Accept": accept})
    assert response.status_code == 406 and response.headers["content-type"].startswith("text/plain")


def test_the_service_page_honours_q0_too(client):
    response = client.get("/sparql", headers={"Accept": "text/html;q=0, text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle") and "sd:Service" in response.text
    assert client.get("/sparql", headers={"Accept": "text/html"}).headers["content-type"].startswith("text/html")


TSV_QUERY = r'''SELECT ?x ?y WHERE {
  VALUES (?x ?y) { ("line\nbreak\ttab\rreturn" "a\u0001b\u001Fc\u2028d\u0085e"@en) ("plain" "quote \" and \\ backslash") }
}'''


def test_tsv_results_keep_each_row_on_one_line(client):
    from rdflib import Graph, Literal, URIRef

    response = client.post("/sparql", data={"query": TSV_QUERY}, headers={"Accept": "text/tab-separated-values"})
    assert response.status_code == 200
    text = response.content.decode("utf-8")
    lines = text.removesuffix("\n").split("\n")
    assert len(lines) == 3 and len(text.splitlines()) == 3  # also by str.splitlines, which splits at U+2028
    assert all(line.count("\t") == 1 for line in lines)
    fields = [line.split("\t") for line in lines[1:]]
    read = [Graph().parse(data=f"<urn:s> <urn:p> {field} .", format="turtle").value(URIRef("urn:s"), URIRef("urn:p"))
            for row in fields for field in row]
    assert read == [Literal("line\nbreak\ttab\rreturn"), Literal("a\x01b\x1fc\u2028d\x85e", lang="en"),
                    Literal("plain"), Literal('quote " and \\ backslash')]


BIND = "query=SELECT+%3Fx+WHERE+%7B+BIND+%28%22caf{}%22+AS+%3Fx%29+%7D"  # "caf…" in a string, where %FF is no syntax error
FORM = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}


def one_line_reason(response: httpx.Response) -> str:
    text = response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert text.endswith("\n") and text.count("\n") == 1 and "Traceback" not in text
    return text


@pytest.mark.parametrize("send", ["form", "url"])
def test_percent_encoded_bytes_that_are_not_utf8_are_a_400(client, send):
    encoded = BIND.format("%FF")
    if send == "form":
        response = client.post("/sparql", content=encoded.encode(), headers=FORM)
    else:
        response = client.get("/sparql?" + encoded, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400 and "%FF" in one_line_reason(response) and "UTF-8" in response.text
    good = client.post("/sparql", content=BIND.format("%C3%A9").encode(), headers=FORM)
    assert good.status_code == 200 and good.json()["results"]["bindings"][0]["x"]["value"] == "café"


def test_a_query_both_in_the_url_and_in_the_body_is_a_400(client):
    response = client.post("/sparql", params={"query": ASK}, data={"query": SELECT}, headers={"Accept": "text/csv"})
    assert response.status_code == 400 and "both in the URL and in the body" in one_line_reason(response)
    alone = client.post("/sparql", params={"default-graph-uri": "urn:x"}, data={"query": ASK},
                        headers={"Accept": "application/sparql-results+json"})
    assert alone.status_code == 200 and alone.json()["boolean"] is False  # other URL parameters still combine


PAYLOAD = "<script>alert(1)</script>"


IMAGE = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize("path, payload, shown", [
    ("/id/", PAYLOAD, "%3Cscript%3Ealert(1)%3C/script%3E"),
    ("/dump/", IMAGE, "%3Cimg src=x onerror=alert(1)%3E"),
    ("/", PAYLOAD, None),
    ("/assets/yasgui/", PAYLOAD, None),
])
def test_404_bodies_are_plain_text_and_escape_what_they_echo(client, path, payload, shown):
    response = client.get(path + urllib.parse.quote(payload), headers={"Accept": "text/html"})
    assert response.status_code == 404 and payload not in response.text
    one_line_reason(response)
    assert shown is None or shown in response.text  # what it could not find, shown inert


@pytest.mark.parametrize("method, path, headers, body", [
    ("GET", "/sparql?query=ASK%7B%7D", {"Accept": PAYLOAD}, None),
    ("GET", "/sparql?query=DESCRIBE%20%3Curn%3Ax%3E", {"Accept": "text/" + PAYLOAD}, None),
    ("POST", "/sparql", {"Content-Type": "text/" + PAYLOAD}, b"ASK {}"),
    ("DELETE", "/sparql?" + PAYLOAD, {"Accept": "text/html"}, None),
    ("GET", "/id/place/hong-kong?format=" + PAYLOAD, {"Accept": "text/html, " + PAYLOAD}, None),
    ("GET", "/?" + PAYLOAD, {"Accept": "text/html"}, None),
    ("GET", "/sparql?" + PAYLOAD, {"Accept": "text/html"}, None),
])
def test_no_response_reflects_markup(client, method, path, headers, body):
    response = client.request(method, path, headers=headers, content=body)
    assert PAYLOAD not in response.text
    if response.status_code >= 400:
        one_line_reason(response)


@pytest.mark.parametrize("method, path, headers", [
    ("GET", "/", {}), ("GET", "/sparql", {"Accept": "text/html"}), ("GET", "/sparql", {"Accept": "text/turtle"}),
    ("GET", "/sparql?query=ASK%7B%7D", {}), ("GET", "/sparql?query=ASK%7B", {}),
    ("GET", "/sparql?query=SELECT%20*%20%7B?s%20?p%20?o%7D", {"Accept-Encoding": "gzip"}),
    ("GET", "/sparql?query=ASK%7B%7D", {"Accept": "image/png"}), ("PUT", "/sparql", {}),
    ("GET", "/id/place/hong-kong", {"Accept": "text/html"}), ("GET", "/id/place/hong-kong", {"Accept": "text/turtle"}),
    ("GET", "/id/nothing", {}), ("GET", "/nowhere", {}), ("GET", "/health", {}), ("GET", "/.well-known/void", {}),
    ("GET", "/dump/hksh.ttl", {}), ("GET", "/assets/yasgui/yasgui.min.js", {}),
    ("OPTIONS", "/sparql", {"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "POST"}),
])
def test_every_response_has_nosniff_no_framing_and_a_policy(client, method, path, headers):
    response = client.request(method, path, headers=headers)
    assert response.headers.get_list("x-content-type-options") == ["nosniff"]
    assert response.headers.get_list("x-frame-options") == ["DENY"]
    [policy] = response.headers.get_list("content-security-policy")
    directives = dict((d.strip().split(" ", 1) + [""])[:2] for d in policy.split(";"))
    assert directives["default-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe-eval" not in policy and "unsafe-inline" not in directives.get("script-src", "")
    if not response.headers.get("content-type", "").startswith("text/html"):
        assert set(directives) == {"default-src", "base-uri", "form-action", "frame-ancestors"}  # allows nothing


def test_pages_allow_their_own_inline_code_and_yasgui_only(client):
    import base64
    import hashlib
    import re

    from kg.serve import assets

    source = "'self'" if assets.local_files() else assets.PIN["cdn"]  # the pinned CDN folder when npm was missing
    for path in ("/", "/sparql", "/id/place/hong-kong"):
        response = client.get(path, headers={"Accept": "text/html"})
        policy = response.headers["content-security-policy"]
        editor = path != "/id/place/hong-kong"
        assert (f"script-src {source} 'sha256-" in policy) is editor
        assert "connect-src 'self'" in policy  # the editor's queries, the search box's suggestions
        for script in re.findall(r"<script>(.*?)</script>", response.text, re.S):
            assert "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'" in policy
        assert "*" not in policy and policy.replace(source, "").count("http") == 0  # no other origin


def raw_exchange(url: str, head: bytes, *, finish: bool = True, timeout: float = 10) -> bytes:
    """Send a request head as bytes (ended by an empty line unless ``finish`` is false), and read the answer
    until the server closes the connection or the timeout passes."""
    parsed = urllib.parse.urlparse(url)
    with socket.create_connection((parsed.hostname, parsed.port), timeout=timeout) as connection:
        connection.sendall(head + (b"\r\n" if finish else b""))
        answer = b""
        try:
            while chunk := connection.recv(65536):
                answer += chunk
        except TimeoutError:
            pass
        return answer


def request_head(*fields: bytes, path: bytes = b"/health") -> bytes:
    return b"GET " + path + b" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + b"".join(f + b"\r\n" for f in fields)


@pytest.mark.parametrize("fields", [
    [b"X-Big: " + b"a" * 20_000],  # one huge header
    [b"X-Many-%d: %s" % (n, b"b" * 40) for n in range(400)],  # many, 19 KB together
    [b"X-Just-Over: " + b"c" * (16 * 1024 - 38)],  # names and values with Host and Connection: 16,385 bytes
])
def test_request_headers_over_16_kb_are_a_431(server, fields):
    answer = raw_exchange(server, request_head(*fields))
    assert answer.startswith(b"HTTP/1.1 431 ") and b"\r\nx-content-type-options: nosniff" in answer.lower()
    assert answer.rstrip().endswith(b"the limit is 16384.")


@pytest.mark.parametrize("fields", [
    [b"X-Big: " + b"a" * 15_000, *(b"X-N%d: v" % n for n in range(50))],
    [b"X-Just-At: " + b"c" * (16 * 1024 - 37)],  # 16,384 bytes exactly
])
def test_request_headers_up_to_16_kb_are_served(server, fields):
    assert raw_exchange(server, request_head(*fields)).startswith(b"HTTP/1.1 200 ")


def test_a_head_that_never_ends_is_refused_without_waiting_for_its_end(server):
    """httptools would buffer an endless header line; the server answers once it passes the bound."""
    started = time.monotonic()
    answer = raw_exchange(server, request_head(b"X-Endless: " + b"d" * 40_000), finish=False, timeout=10)
    assert answer.startswith(b"HTTP/1.1 431 ") and time.monotonic() - started < 5


def test_a_malformed_request_line_gets_400_with_nosniff(server):
    answer = raw_exchange(server, b"GET /health HTTP/1.1 junk\r\nHost: localhost\r\n")
    assert answer.startswith(b"HTTP/1.1 400 ") and b"\r\nx-content-type-options: nosniff" in answer.lower()


CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def form_head(body: str, length: int | None = None) -> bytes:
    return (b"POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: %d\r\n\r\n" % (len(body.encode()) if length is None else length)) + body.encode()


@pytest.fixture
def logged_server(built, tmp_path):
    """A server with one worker and a long time limit, and the path of its log."""
    path = tmp_path / "server.log"
    with path.open("wb") as log, running_server(built, "--workers", "1", "--timeout", "60", log=log) as (url, process):
        yield url, process, path


def log_lines(path) -> list[str]:
    return path.read_text(errors="replace").splitlines()


def settle(path, before: list[str], count: int, timeout: float = 5) -> list[str]:
    """The lines logged since ``before``, once there are ``count`` of them or the timeout passed."""
    deadline = time.monotonic() + timeout
    while True:
        lines = log_lines(path)[len(before):]
        if len(lines) >= count or time.monotonic() > deadline:
            time.sleep(0.3)
            return log_lines(path)[len(before):]
        time.sleep(0.05)


def hang_up(url: str, data: bytes, after: float) -> None:
    parsed = urllib.parse.urlparse(url)
    with socket.create_connection((parsed.hostname, parsed.port)) as connection:
        connection.sendall(data)
        time.sleep(after)


def test_a_client_that_disconnects_mid_body_leaves_one_log_line(logged_server):
    url, _, path = logged_server
    before = log_lines(path)
    hang_up(url, form_head("query=ASK%20%7B%7D", length=1000), after=0.3)  # 18 of the 1,000 bytes promised
    lines = settle(path, before, 1)
    assert len(lines) == 1 and "POST /sparql" in lines[0] and "499" in lines[0], lines


def test_a_client_that_disconnects_mid_query_frees_its_worker_and_leaves_one_log_line(logged_server):
    url, _, path = logged_server
    before = log_lines(path)
    hang_up(url, form_head("query=" + urllib.parse.quote(CROSS_JOIN)), after=1.0)
    lines = settle(path, before, 1)
    assert len(lines) == 1 and "499" in lines[0] and "Traceback" not in "".join(lines), lines
    started = time.monotonic()  # the only worker was running the cross join, with 60 s to go
    response = httpx.post(url + "/sparql", data={"query": ASK}, headers={"Accept": "application/json"}, timeout=30)
    assert response.status_code == 200 and time.monotonic() - started < 3


def processes_like(args: list[str]) -> list[int]:
    """The processes running this command line (a server's query workers are forks that share it)."""
    wanted = "\0".join(args).encode()
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "cmdline").read_bytes().rstrip(b"\0") == wanted:
                found.append(int(entry.name))
        except OSError:
            pass
    return found


def test_requests_cut_by_sigterm_get_503_not_500(logged_server):
    """One query runs in the only worker, a second waits for it; SIGTERM: after the grace period both are
    answered 503, and the server exits within a few seconds."""
    url, process, path = logged_server
    answers: dict[int, bytes] = {}

    def ask(n: int) -> None:
        answers[n] = raw_exchange(url, form_head("query=" + urllib.parse.quote(CROSS_JOIN)), finish=False, timeout=30)

    clients = [threading.Thread(target=ask, args=(n,)) for n in range(2)]
    for client in clients:
        client.start()
        time.sleep(0.5)
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    for client in clients:
        client.join(timeout=30)
    process.wait(timeout=10)
    assert time.monotonic() - started < 5
    assert [answers[n].split(b"\r\n")[0] for n in range(2)] == [b"HTTP/1.1 503 Service Unavailable"] * 2
    time.sleep(0.5)
    assert processes_like(process.args) == [], "no query worker outlives the server"
    # the waiting query may make the running one yield its worker first (a 503 of the pool's own): either way a 503
    assert all(answer.endswith((b"shutting down: try again in a moment.\n", b"every worker was busy. Try again "
                                b"shortly, or ask for less (LIMIT, more specific patterns).\n")) for answer in answers.values())
    assert "Traceback" not in path.read_text()
