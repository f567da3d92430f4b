"""The built site in Debian's headless Chromium, served on 127.0.0.1, with other hosts blocked.

Every request to another host is aborted and counted; each test ends by asserting the count is 0.
Screenshots go to test-artifacts/screenshots/.
"""

import functools
import http.server
import re
import shutil
import threading
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ARTIFACTS / "screenshots"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(site: Path):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


@pytest.fixture(scope="module")
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
    """A fresh page whose requests to any host but the test server are blocked and counted."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.outside = []

    def route(route):
        if route.request.url.startswith(base_url):
            route.continue_()
        else:
            page.outside.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.failed = []
    page.on("response", lambda r: r.status >= 400 and page.failed.append(f"{r.status} {r.url}"))
    yield page
    assert page.outside == [], f"requests to other hosts: {page.outside}"
    assert page.failed == [], f"failed requests: {page.failed}"
    context.close()


def shot(page, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def open_typeset(page, url: str):
    page.goto(url)
    page.wait_for_function("window.MathJax && MathJax.startup && MathJax.startup.promise")
    page.evaluate("MathJax.startup.promise")


PAGES = [
    "theory/03-linear-regression/",
    "tutorials/03-linear-regression/",
    "reference/functional/",
    "theory/06-logistic-regression/",
    "tutorials/09-multi-layer-perceptron/",
]
FIGURE_PAGES = ["theory/06-logistic-regression/", "tutorials/09-multi-layer-perceptron/"]


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("path", PAGES)
def test_math_is_typeset_and_every_image_loads(page, base_url, lang, path):
    open_typeset(page, base_url + lang + path)
    assert page.locator("article mjx-container").count() > 0
    text = page.inner_text("article")
    assert "$$" not in text and "\\(" not in text and "\\[" not in text, "raw TeX left on the page"
    page.wait_for_load_state("load")
    images = page.locator("article img")
    if path in FIGURE_PAGES:
        assert images.count() >= 2
    sizes = images.evaluate_all("imgs => imgs.map(i => [i.complete, i.naturalWidth, i.src])")
    broken = [src for complete, width, src in sizes if not (complete and width > 0)]
    assert broken == [], f"images that did not load: {broken}"
    shot(page, f"{lang.strip('/') or 'ko'}-{path.strip('/').replace('/', '-')}")


@pytest.mark.parametrize(
    "path",
    [
        "theory/03-linear-regression/",
        "tutorials/03-linear-regression/",
        "theory/06-logistic-regression/",
        "tutorials/09-multi-layer-perceptron/",
        "",
    ],
)
def test_language_switcher_keeps_the_page(page, base_url, path):
    page.goto(base_url + path)
    switch_language(page, "English")
    assert page.url == base_url + "en/" + path
    assert page.locator("html").get_attribute("lang") == "en"
    switch_language(page, "한국어")
    assert page.url == base_url + path
    assert page.locator("html").get_attribute("lang") == "ko"


def switch_language(page, name: str):
    page.locator(".md-header__option .md-select").hover()
    with page.expect_navigation():
        page.get_by_role("link", name=name, exact=True).click()


def test_korean_search_finds_the_chapter(page, base_url):
    page.goto(base_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("경사 하강법", delay=50)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    titles = " ".join(results.all_inner_texts())
    assert re.search("선형 회귀", titles), titles
    shot(page, "ko-search")
