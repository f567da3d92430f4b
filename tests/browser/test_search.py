"""Search as a reader uses it, in Chromium: a table of queries in both languages and the page each
must return first, typed with real key events into Material's search box.

Hangul typed this way reaches the field without a key release (as from an input method); before
docs/javascripts/search.js, Material did not search it at all. Each site searches only its own
language's index (docs/hooks/search.py), and no snippet shows TeX source or notebook chrome.
One page per language serves all its queries (loading an index takes seconds); as in
test_browser.py, requests to other hosts are blocked and counted.
"""

import json
import time

import pytest

from tests.browser.pages import close_page, open_page, shot

pytestmark = [pytest.mark.slow, pytest.mark.browser]

KO, EN = "", "en/"
# (site, query, the page that must come first); Korean words with and without particles, compounds
# typed without their space, English names on the Korean site, API names on the English site.
QUERIES = [
    (KO, "학습률", "theory/03-linear-regression/"),
    (KO, "학습률을", "theory/03-linear-regression/"),
    (KO, "학습률이", "theory/03-linear-regression/"),
    (KO, "경사", "theory/03-linear-regression/"),
    (KO, "경사 하강법", "theory/03-linear-regression/"),
    (KO, "경사하강법", "theory/03-linear-regression/"),
    (KO, "역전파", "theory/10-backpropagation/"),
    (KO, "역전파를", "theory/10-backpropagation/"),
    (KO, "순전파", "theory/10-backpropagation/"),
    (KO, "드롭아웃", "theory/11-mnist/"),
    (KO, "시그모이드", "theory/06-logistic-regression/"),
    (KO, "소프트맥스", "theory/07-softmax-classification/"),
    (KO, "softmax", "theory/07-softmax-classification/"),
    (KO, "train_one_epoch", "reference/train/"),
    (KO, "목차", ""),
    (EN, "gradient descent", "en/theory/03-linear-regression/"),
    (EN, "learning rate", "en/theory/03-linear-regression/"),
    (EN, "softmax", "en/theory/07-softmax-classification/"),
    (EN, "backpropagation", "en/theory/10-backpropagation/"),
    (EN, "dropout", "en/theory/11-mnist/"),
    (EN, "sigmoid", "en/theory/06-logistic-regression/"),
    (EN, "train_one_epoch", "en/reference/train/"),
    (EN, "DivergenceError", "en/reference/train/"),
    (EN, "syllabus", "en/"),
    # a name used only in a tutorial's code (indexed as the field code, shown nowhere)
    (KO, "eigenvalues_z", "tutorials/04-multivariable-linear-regression/"),
    (EN, "eigenvalues_z", "en/tutorials/04-multivariable-linear-regression/"),
]
# Words of one language's pages only: the other language's site finds nothing. (A Korean term,
# such as 경사 하강법, finds the English glossary, which gives every term's Korean name.)
NOT_FOUND = [(KO, "syllabus"), (EN, "정리"), (EN, "목차")]
CHROME = ["\\(", "\\[", "$$", "In [", "Copied!", "Copied to clipboard", "클립보드"]


class Site:
    """One language's site in a page of its own, its search box open and its index loaded."""

    def __init__(self, chromium, root: str, lang: str) -> None:
        self.page = page = open_page(chromium, root, {"width": 1280, "height": 900})
        self.requests = []
        page.on("request", lambda r: self.requests.append(r.url[len(root) :]))
        page.goto(root + lang)
        config = json.loads(page.locator("#__config").text_content())
        self.messages = config["translations"]
        page.locator("label.md-search__icon, .md-search__input").first.click()
        self.wait_for_placeholder()

    def wait_for_placeholder(self) -> None:
        """Wait until the box is empty and the index is loaded (the results say "type to start")."""
        meta = self.page.locator(".md-search-result__meta")
        self.page.wait_for_function(
            "([el, text]) => el.textContent.trim() === text",
            arg=[meta.element_handle(), self.messages["search.result.placeholder"]],
            timeout=30_000,
        )

    def close(self) -> None:
        close_page(self.page)


@pytest.fixture(scope="module")
def sites(browser, base_url):
    opened: dict[str, Site] = {}

    def site(lang: str) -> Site:
        if lang not in opened:
            opened[lang] = Site(browser, base_url, lang)
        return opened[lang]

    yield site
    for site_ in opened.values():
        site_.close()


def search(site: Site, query: str) -> tuple[list[str], list[str]]:
    """Type ``query`` into an empty box and return the result pages (their paths, first first)
    and their snippets, once the result list has stopped changing."""
    page, box = site.page, site.page.locator("input.md-search__input")
    box.fill("")
    site.wait_for_placeholder()
    box.press_sequentially(query, delay=60)
    meta = page.locator(".md-search-result__meta")
    items = page.locator(".md-search-result__item")
    before, deadline = None, time.monotonic() + 15
    while time.monotonic() < deadline:
        time.sleep(0.4)
        message = meta.inner_text().strip()
        now = (message, items.count(), items.all_inner_texts()[:3])
        if message != site.messages["search.result.placeholder"] and now == before:
            break
        before = now
    else:
        pytest.fail(f"the results for {query!r} did not settle: {before}")
    links = page.locator(".md-search-result__item > a").evaluate_all(
        "links => links.map(a => new URL(a.href).pathname)"
    )
    return links, items.all_inner_texts()


@pytest.mark.parametrize(("lang", "query", "first"), QUERIES)
def test_query_returns_the_page_that_teaches_it_first(sites, lang, query, first):
    site = sites(lang)
    links, snippets = search(site, query)
    assert links, f"{query!r} found nothing"
    assert links[0] == "/" + first, f"{query!r}: {links[:5]}"
    if lang == EN:
        assert all(link.startswith("/en/") for link in links), links
    else:
        assert not any(link.startswith("/en/") for link in links), links
    for snippet in snippets:
        assert not [c for c in CHROME if c in snippet], f"{query!r}: chrome in {snippet[:300]!r}"
    if query in ("학습률을", "경사하강법", "softmax"):
        shot(site.page, f"search-{lang.strip('/') or 'ko'}-{query}")


@pytest.mark.parametrize(("lang", "query"), NOT_FOUND)
def test_a_word_of_the_other_language_finds_nothing(sites, lang, query):
    site = sites(lang)
    links, _ = search(site, query)
    assert links == []
    none = site.messages["search.result.none"]
    assert site.page.locator(".md-search-result__meta").inner_text().strip() == none


@pytest.mark.parametrize("lang", [KO, EN])
def test_each_language_loads_its_own_index_only(sites, lang):
    requested = [url for url in sites(lang).requests if url.endswith("search_index.json")]
    assert requested == [f"{lang}search/search_index.json"]
