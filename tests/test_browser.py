"""The site in real headless Chromium (Debian's), with the network cut to 127.0.0.1: the query page loads
with no request leaving loopback, a named query runs and its results show; a reader searches, follows a
result, opens a fact's citation and downloads a table; all with no Content-Security-Policy violation."""

import os
import shutil
from urllib.parse import urlparse

import pytest


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
LOOPBACK = {"127.0.0.1", "localhost", "[::1]", "::1"}

if CHROMIUM is None and os.environ.get("CI"):
    raise RuntimeError("CI must install Debian's chromium (see .ci/run) for the browser test")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost"])
        yield browser
        browser.close()


RECORD_VIOLATIONS = """window.violations = [];
document.addEventListener("securitypolicyviolation", e => window.violations.push(e.violatedDirective + " " + e.blockedURI));"""


def open_page(browser, url):
    """The page, the URLs it requested, and the Content-Security-Policy violations reported so far (on the
    console or as events); the page is checked to have been sent with a policy, so none is a real finding."""
    page = browser.new_page()
    requests, console = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: console.append(message.text))
    page.add_init_script(RECORD_VIOLATIONS)
    response = page.goto(url, wait_until="networkidle")
    assert "default-src 'none'" in response.headers["content-security-policy"]

    def violations():
        return [text for text in console if "Content Security Policy" in text] + page.evaluate("window.violations")
    return page, requests, violations


def leaving(requests):
    return [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname not in LOOPBACK]


@pytest.mark.parametrize("path", ["/", "/sparql"])
def test_the_query_page_loads_offline_runs_a_query_and_shows_results(browser, server, path):
    page, requests, violations = open_page(browser, server + path)
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    assert page.locator("svg[aria-label^='Timeline']").count() == (path == "/")
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr", timeout=20_000)
    table = page.locator(".yasr table").first.inner_text()
    assert "plenary session" in table or "Plenary Session" in table
    page.locator(".yasqe .CodeMirror").first.click()
    page.keyboard.type(" PREFIX rdf")  # the editor's own code runs: highlighting, prefix completion
    page.keyboard.press("Control+Space")
    page.wait_for_timeout(300)
    assert any(urlparse(u).path.startswith("/assets/yasgui/") for u in requests), "YASGUI must come from the server"
    assert leaving(requests) == []
    assert violations() == []
    page.close()


def test_a_resource_page_renders_offline(browser, server):
    page, requests, violations = open_page(browser, server + "/id/place/hong-kong")
    assert page.locator("h1").inner_text() == "Hong Kong"
    assert page.locator("svg[aria-label^='Neighbourhood']").count() == 1
    assert page.evaluate("getComputedStyle(document.body).fontFamily") == "sans-serif"  # its style element applies
    assert leaving(requests) == []
    assert violations() == []
    page.close()


def test_result_links_go_to_this_servers_pages(browser, server):
    """The editor draws results in the browser with the data's w3id.org IRIs; off that address, their
    links lead to the pages here, and the favicon is this server's (no 404 in the console)."""
    page, requests, violations = open_page(browser, server + "/")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr a", timeout=20_000)
    links = page.eval_on_selector_all(".yasr table a[href]", "links => links.map(a => a.href)")
    assert links and all(link.startswith(server + "/id/") or link.startswith(server + "/ontology") for link in links
                         if "w3id.org" in link or link.startswith(server)), links
    assert not [link for link in links if link.startswith("https://w3id.org/hksh/")]
    assert page.request.get(server + "/favicon.ico").status == 200
    assert violations() == [] and leaving(requests) == []
    page.close()


def test_a_reader_searches_follows_the_first_result_opens_a_citation_and_downloads_a_csv(browser, server):
    page, requests, violations = open_page(browser, server + "/")
    box = page.locator("form.search input")
    box.click()
    box.press_sequentially("Gong Zhen", delay=30)  # a name half typed: the suggestions come as one types
    page.wait_for_selector("form.search .suggestions a", timeout=10_000)
    assert page.locator("form.search .suggestions a").first.inner_text() == "Gong Zheng"
    box.press("Enter")  # the results page, then its first result
    page.wait_for_url("**/search?q=Gong%20Zhen", timeout=10_000)
    page.locator("ol.results a").first.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "Gong Zheng"
    cited = page.locator("details.cite:has(blockquote)").first
    assert not cited.locator("blockquote").first.is_visible()
    cited.locator("summary").click()
    assert cited.locator("blockquote").first.is_visible()
    assert "Gong Zheng" in cited.inner_text()
    with page.expect_download() as download:
        page.locator("h2:has-text('Posts held') + p a[download]").click()
    with open(download.value.path(), encoding="utf-8") as saved:
        lines = saved.read().splitlines()
    assert lines[0].startswith("person,name,post") and any("Mayor of Shanghai" in line for line in lines[1:])
    assert download.value.suggested_filename.endswith(".csv")
    assert leaving(requests) == []
    assert violations() == []
    page.close()


def test_a_reader_fills_in_a_named_querys_parameters_and_gets_the_answer(browser, server):
    """From the home page to a named query's page; its fields, sent, come back with the answer (and its
    CSV); a value with markup and quotes stays text in the field and runs nothing."""
    page, requests, violations = open_page(browser, server + "/")
    page.locator("ul.named-queries a[href='/queries/post-holders']").click()
    page.wait_for_url("**/queries/post-holders", timeout=10_000)
    page.wait_for_load_state("networkidle")
    assert page.locator("label[for='param-post']").inner_text() == "post"
    page.fill("#param-post", "Mayor of Shanghai")
    page.fill("#param-date", "2023-11-04")
    page.locator("form.params button[type=submit]").click()
    page.wait_for_selector("table.results td", timeout=20_000)
    assert "date=2023-11-04" in page.url and page.input_value("#param-post") == "Mayor of Shanghai"
    rows = page.locator("table.results tr").all_inner_texts()
    assert len(rows) > 1 and all("Gong Zheng" in row and "2023-11-04" in row for row in rows[1:])
    with page.expect_download() as download:
        page.locator("p.formats a[download]").click()
    with open(download.value.path(), encoding="utf-8") as saved:
        assert "Gong Zheng" in saved.read()
    evil = '"} ?s ?p ?o . { "\'><script>window.pwned=1</script><img src=x onerror="window.pwned=2">'
    page.goto(server + "/queries/person-mentions", wait_until="networkidle")
    page.fill("#param-name", evil)
    page.locator("form.params button[type=submit]").click()
    page.wait_for_url("**/queries/person-mentions?name=*", timeout=20_000)
    page.wait_for_load_state("networkidle")
    assert page.input_value("#param-name") == evil and page.evaluate("window.pwned") is None
    assert "No rows." in page.content()
    assert leaving(requests) == []
    assert violations() == []
    page.close()
