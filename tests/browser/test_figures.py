"""Figures on the built site, in Chromium: large enough to read, described and labelled in the
page's language, opened large by a click, calm in dark mode.

For every figure of a few tutorials and theory pages, at a 1280 px window, the test reads the width
it is shown at and its natural width, and from the figure's own text size (12 pt at 96 px per inch:
16 px at the natural width, nnintro/plot/_figure.py) the size its text is shown at; it prints them.
Screenshots (light and dark, both languages, desktop and phone, the lightbox) go to
test-artifacts/screenshots/.
"""

import re

import pytest

from nnintro.plot import _figure
from tests.browser.pages import shot

pytestmark = [pytest.mark.slow, pytest.mark.browser]

NBCONVERT_ALT = "No description has been provided for this image"
HANGUL = re.compile("[\uac00-\ud7af]")
TUTORIALS = [
    "tutorials/03-linear-regression/",
    "tutorials/06-logistic-regression/",
    "tutorials/09-multi-layer-perceptron/",
    "tutorials/11-mnist/",
]
THEORY = [
    "theory/02-pytorch-basics/",
    "theory/03-linear-regression/",
    "theory/06-logistic-regression/",
    "theory/09-multi-layer-perceptron/",
    "theory/10-backpropagation/",
    "theory/11-mnist/",
]
FIGURES_JS = """() => [...document.querySelectorAll(
    'article img[src*="assets/figures/"], article .jp-RenderedImage img')].map(img => ({
  src: img.getAttribute('src').slice(0, 80), alt: img.alt, shown: img.getBoundingClientRect().width,
  room: img.parentElement.clientWidth,
  natural: img.getAttribute('width') ? Number(img.getAttribute('width')) :
           img.naturalWidth, loaded: img.complete && img.naturalWidth > 0}))"""


def figures(tab, url: str) -> list[dict]:
    tab.goto(url)
    tab.wait_for_load_state("load")
    return tab.evaluate(FIGURES_JS)


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("path", TUTORIALS + THEORY)
def test_figure_text_is_body_size_on_a_desktop(page, base_url, lang, path):
    found = figures(page, base_url + lang + path)
    assert found, "no figures found"
    room = min(figure["room"] for figure in found)
    assert room >= _figure.COLUMN_PX - 24, f"the column is {room} px, narrower than the figures"
    for figure in found:
        assert figure["loaded"], figure["src"]
        scale = figure["shown"] / figure["natural"]
        text_px = _figure.MIN_TEXT_PX * min(1.0, scale)
        print(f"{lang}{path} {figure['src'][-40:]}: shown {figure['shown']:.0f} px of "
              f"{figure['natural']} px, text {text_px:.1f} px")  # fmt: skip
        assert text_px >= _figure.MIN_TEXT_PX - 0.5, figure


@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize("path", TUTORIALS + THEORY)
def test_every_figure_is_described_in_the_pages_language(page, base_url, lang, path):
    for figure in figures(page, base_url + lang + path):
        assert figure["alt"] and figure["alt"] != NBCONVERT_ALT, figure
        assert bool(HANGUL.search(figure["alt"])) == (lang == ""), figure
        if "assets/figures/" in figure["src"]:  # a theory figure in the page's language
            assert figure["src"].endswith("-ko.svg") == (lang == ""), figure


@pytest.mark.parametrize("lang", ["", "en/"])
def test_a_click_opens_a_figure_large(page, base_url, lang):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(base_url + lang + "tutorials/06-logistic-regression/")
    page.wait_for_load_state("load")
    first = page.locator("article .jp-RenderedImage img").first
    first.scroll_into_view_if_needed()
    shown = first.bounding_box()["width"]
    first.click()
    large = page.locator(".glightbox-container .gslide.current img")
    large.wait_for(state="visible", timeout=10_000)
    page.wait_for_timeout(600)  # the opening fade
    assert large.get_attribute("alt") == first.get_attribute("alt")
    assert large.bounding_box()["width"] > shown * 1.3
    shot(page, f"{lang.strip('/') or 'ko'}-figure-lightbox")
    page.keyboard.press("Escape")
    page.locator(".glightbox-container").wait_for(state="detached", timeout=10_000)


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("lang", ["", "en/"])
@pytest.mark.parametrize(
    ("size", "path"),
    [
        ((1280, 800), "tutorials/06-logistic-regression/"),
        ((1280, 800), "theory/03-linear-regression/"),
        ((390, 844), "tutorials/11-mnist/"),
    ],
)
def test_screenshots_of_figures(page, base_url, scheme, lang, size, path):
    """Screenshots to look at; in dark mode figures are dimmed, not inverted."""
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.emulate_media(color_scheme="dark" if scheme == "slate" else "light")  # the palette follows
    page.goto(base_url + lang + path)
    page.wait_for_load_state("load")
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    image = page.locator('article .jp-RenderedImage img, article img[src*="assets/figures/"]')
    image.nth(1).scroll_into_view_if_needed()
    filter_ = image.nth(1).evaluate("img => getComputedStyle(img).filter")
    assert ("brightness" in filter_) == (scheme == "slate"), filter_
    name = path.strip("/").replace("/", "-")
    shot(page, f"{lang.strip('/') or 'ko'}-{name}-{size[0]}-{scheme}-figures")
