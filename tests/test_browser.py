"""The query page in real headless Chromium (Debian's), with the network cut to 127.0.0.1:
the page loads with no request leaving loopback, a named query runs, and its results show."""

import os
import shutil
from urllib.parse import urlparse

import pytest

from server import running_server

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


@pytest.fixture(scope="module")
def site(built):
    with running_server(built) as (url, _):
        yield url


def open_page(browser, url):
    page = browser.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url, wait_until="networkidle")
    return page, requests


def leaving(requests):
    return [u for u in requests if urlparse(u).scheme in ("http", "https", "ws", "wss")
            and urlparse(u).hostname not in LOOPBACK]


def test_the_query_page_loads_offline_runs_a_query_and_shows_results(browser, site):
    page, requests = open_page(browser, site + "/")
    page.wait_for_selector(".yasqe .CodeMirror", timeout=20_000)
    assert page.locator("svg[aria-label^='Timeline']").count() == 1
    page.locator(".yasqe_queryButton").first.click()
    page.wait_for_selector(".yasr table tbody tr", timeout=20_000)
    table = page.locator(".yasr table").first.inner_text()
    assert "plenary session" in table or "Plenary Session" in table
    assert any(urlparse(u).path.startswith("/assets/yasgui/") for u in requests), "YASGUI must come from the server"
    assert leaving(requests) == []
    page.close()


def test_a_resource_page_renders_offline(browser, site):
    page, requests = open_page(browser, site + "/id/place/hong-kong")
    assert page.locator("h1").inner_text() == "Hong Kong"
    assert page.locator("svg[aria-label^='Neighbourhood']").count() == 1
    assert leaving(requests) == []
    page.close()
