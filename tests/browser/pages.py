"""Helpers for the browser tests: serving the built site, opening pages, screenshots, measuring.

The fixtures that use them are in conftest.py. Every page is opened with requests to other hosts
blocked and counted; a test's pages must make none, and no request may fail.
"""

import functools
import gzip
import http.server
import shutil
import threading
from pathlib import Path

from tests.conftest import ARTIFACTS

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ARTIFACTS / "screenshots"
PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


class CountingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site quietly and records the size of every response body it sends."""

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.server.sent.append((self.path, len(data), len(gzip.compress(data, 6))))


class SiteServer:
    """The built site on 127.0.0.1 (a free port), in a background thread."""

    def __init__(self, site: Path):
        handler = functools.partial(CountingHandler, directory=str(site))
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.sent = []  # (path, bytes, gzip bytes) of every response body, in order
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def sent(self) -> list[tuple[str, int, int]]:
        return self.httpd.sent

    def close(self):
        self.httpd.shutdown()


def open_page(browser, base_url: str, viewport=LAPTOP, color_scheme="light"):
    """A page in a new context (empty cache) whose requests to other hosts are blocked and
    counted (``page.outside``), and whose failed requests are listed (``page.failed``)."""
    context = browser.new_context(viewport=viewport, color_scheme=color_scheme)
    page = context.new_page()
    page.outside = []
    page.failed = []

    def route(route):
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("response", lambda r: r.status >= 400 and page.failed.append(f"{r.status} {r.url}"))
    return page


def close_page(page):
    assert page.outside == [], f"requests to other hosts: {page.outside}"
    assert page.failed == [], f"failed requests: {page.failed}"
    page.context.close()


def shot(page, name: str, full_page: bool = False):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def open_typeset(page, url: str):
    page.goto(url)
    page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
    page.evaluate("MathJax.startup.promise")


def typeset(page):
    """Wait for the page's math, if it loads MathJax."""
    page.evaluate("window.MathJax && MathJax.startup ? MathJax.startup.promise : null")


def switch_language(page, name: str):
    page.locator(".md-header__option .md-select").hover()
    with page.expect_navigation():
        page.get_by_role("link", name=name, exact=True).click()


def click_language(page, name: str):
    """Switch language as a reader does: a click where the link is. (Playwright's own click
    first scrolls the page to bring the link "into view", which moves what the test measures.)"""
    page.locator(".md-header__option .md-select").hover()
    link = page.get_by_role("link", name=name, exact=True)
    link.wait_for(state="visible")
    page.wait_for_timeout(300)  # the list's opening transition
    box = link.bounding_box()
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def slug(lang: str, path: str) -> str:
    """A screenshot's name: ko-tutorials-03-linear-regression."""
    return f"{lang.strip('/') or 'ko'}-{path.strip('/').replace('/', '-') or 'home'}"
