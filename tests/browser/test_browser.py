"""The built site in Debian's headless Chromium, served on 127.0.0.1, with other hosts blocked.

Every request to another host is aborted and counted; each test ends by asserting the count is 0
(fixtures in conftest.py, helpers in pages.py). Screenshots go to test-artifacts/screenshots/.
"""

import re

import pytest

from tests.browser.pages import open_typeset, shot, switch_language

pytestmark = [pytest.mark.slow, pytest.mark.browser]


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


def test_korean_search_finds_the_chapter(page, base_url):
    page.goto(base_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("경사 하강법", delay=50)
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    titles = " ".join(results.all_inner_texts())
    assert re.search("선형 회귀", titles), titles
    shot(page, "ko-search")
