"""Fixtures of the browser tests: the built site served on 127.0.0.1, Debian's headless Chromium,
and pages whose requests to other hosts are blocked (see pages.py)."""

import time
from pathlib import Path

import pytest

from tests.browser.pages import CHROMIUM, LAPTOP, SiteServer, close_page, open_page
from tests.conftest import ARTIFACTS

_STARTED = time.time()


@pytest.fixture(scope="session")
def server(site: Path):
    server = SiteServer(site)
    yield server
    server.close()


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server.url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: apt-get install chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, base_url):
    """A fresh 1280 x 900 page; the test fails if it requested another host or got an error."""
    page = open_page(browser, base_url, {"width": 1280, "height": 900})
    yield page
    close_page(page)


@pytest.fixture
def new_page(browser, base_url):
    """Open fresh pages of any size and colour scheme: ``new_page(viewport, color_scheme)``;
    each is checked like ``page`` and closed at the end of the test."""
    opened = []

    def make(viewport=LAPTOP, color_scheme="light"):
        opened.append(open_page(browser, base_url, viewport, color_scheme))
        return opened[-1]

    yield make
    for page in opened:
        close_page(page)


def pytest_terminal_summary(terminalreporter):
    """Show the page weights test_weight.py measured in this run."""
    weights = ARTIFACTS / "page-weights.txt"
    if weights.exists() and weights.stat().st_mtime > _STARTED:
        terminalreporter.write_sep("-", "page weights (test-artifacts/page-weights.txt)")
        for line in weights.read_text(encoding="utf-8").splitlines():
            terminalreporter.write_line(line)
