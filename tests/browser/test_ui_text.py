"""The site's own words and controls, in the page's language (issue 11, section 5).

The palette toggle, the copy buttons and the download button speak the page's language; the
download button is labelled and legible (contrast at least 4.5:1, light and dark) and each
language downloads its own notebook, whose links open the published pages; identifiers in API
tables never break inside; the API overview and the home page are titled alike everywhere; no cell
tags show; the language switcher marks the current language and keeps the reader's place.
"""

import json
import re
from urllib.parse import urlparse

import pytest

from tests.browser.pages import LAPTOP, PHONE, click_language, shot, slug, typeset

pytestmark = [pytest.mark.slow, pytest.mark.browser]

KO, EN = "", "en/"
TUTORIAL = "tutorials/03-linear-regression/"
ENGLISH_CHROME = ["Copy to Clipboard", "Copied!", "Dark mode", "Light mode", "Download the"]

# The contrast ratio (WCAG 2) of an element's text against the background it sits on.
CONTRAST = """element => {
  const rgba = c => {
    const v = c.match(/[\\d.]+/g).map(Number);
    return v.length === 3 ? [...v, 1] : v;
  };
  let background = [255, 255, 255, 1];
  for (let e = element; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) { background = c; break; }
  }
  const [r, g, b, a] = rgba(getComputedStyle(element).color);
  const text = [r, g, b].map((v, i) => a * v + (1 - a) * background[i]);
  const luminance = rgb => rgb.map(v => v / 255)
    .map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [high, low] = [luminance(text), luminance(background.slice(0, 3))].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
}"""


def chrome_text(page) -> str:
    """Every label a reader or a screen reader meets: text, titles and aria-labels."""
    return page.evaluate(
        """() => document.body.innerText + ' ' + [...document.querySelectorAll(
             '[title], [aria-label]')].map(e => `${e.title} ${e.getAttribute('aria-label')}`)
             .join(' ')"""
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", [KO, EN])
def test_palette_toggle_speaks_the_page_language(new_page, base_url, lang, scheme):
    page = new_page(LAPTOP, scheme)
    page.goto(base_url + lang + TUTORIAL)
    toggle = page.locator("form[data-md-component=palette] label:visible")
    title = says(toggle)
    target = "dark" if scheme == "light" else "light"
    expected = {
        KO: {"dark": "다크 모드로 바꾸기", "light": "라이트 모드로 바꾸기"},
        EN: {"dark": "Switch to dark mode", "light": "Switch to light mode"},
    }
    assert title == expected[lang][target]
    toggle.click()  # the toggle works, and the other one says the other thing
    other = says(page.locator("form[data-md-component=palette] label:visible"))
    assert other == expected[lang][scheme]


def says(button) -> str | None:
    """What a button tells the reader: its ``title``, or, while the mouse is on it, the text of the
    tooltip Material's ``content.tooltips`` shows instead (it moves the title into the tooltip)."""
    return button.evaluate(
        """b => b.getAttribute('title') ?? document.getElementById(
             b.getAttribute('aria-describedby'))?.textContent.trim() ?? null"""
    )


@pytest.mark.parametrize("lang", [KO, EN])
def test_copy_buttons_speak_the_page_language(new_page, base_url, lang):
    page = new_page(LAPTOP)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(base_url + lang + TUTORIAL)
    copy, copied = {
        KO: ("클립보드로 복사", "클립보드에 복사됨"),
        EN: ("Copy to clipboard", "Copied to clipboard"),
    }[lang]
    buttons = page.locator("clipboard-copy")
    assert buttons.count() > 10
    labels = set(buttons.evaluate_all("bs => bs.map(b => b.getAttribute('aria-label'))"))
    assert labels == {copy}
    buttons.first.hover()
    buttons.first.click()
    notice = page.locator("clipboard-copy .notice").first
    notice.wait_for(state="visible", timeout=5_000)
    assert notice.inner_text() == copied
    assert page.evaluate("navigator.clipboard.readText()").startswith("import")
    if lang == KO:
        for word in ENGLISH_CHROME:
            assert word not in chrome_text(page), f"English on a Korean page: {word!r}"
    page.goto(base_url + lang)  # Material's copy buttons on Markdown pages say the same
    page.locator("article pre > code").first.scroll_into_view_if_needed()
    material = page.locator(".md-code__button[data-md-type=copy]").first
    assert material.get_attribute("title") == copy


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280", "390"])
def test_download_button_is_labelled_and_legible(new_page, base_url, viewport, scheme):
    names = {}
    for lang, label in ((KO, "노트북 내려받기"), (EN, "Download notebook")):
        page = new_page(viewport, scheme)
        page.goto(base_url + lang + TUTORIAL)
        button = page.locator("a.nnintro-download")
        assert button.is_visible()
        assert label in button.inner_text()
        contrast = button.evaluate(CONTRAST)
        assert contrast >= 4.5, f"the download button's contrast is {contrast:.1f}:1"
        names[lang] = button.get_attribute("download")
        assert button.get_attribute("href") == names[lang]
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        shot(page, f"ui-download-{slug(lang, TUTORIAL)}-{viewport['width']}-{scheme}")
    assert names == {KO: "03-linear-regression.ko.ipynb", EN: "03-linear-regression.en.ipynb"}


@pytest.mark.parametrize("lang", [KO, EN])
def test_downloaded_notebook_links_the_published_pages(new_page, base_url, lang):
    page = new_page(LAPTOP)
    page.goto(base_url + lang + TUTORIAL)
    name = page.locator("a.nnintro-download").get_attribute("download")
    response = page.request.get(page.url + name)
    assert response.ok
    nb = json.loads(response.text())
    assert nb["metadata"]["nnintro"]["lang"] == (lang.strip("/") or "ko")
    text = "\n".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in nb["cells"]
        if c["cell_type"] == "markdown"
    )
    assert not re.search(r"\]\((?!https?:|#)[^)]*\.(md|ipynb)", text), "a link broken in Jupyter"
    # The site's address, as this build published it: the page's canonical URL minus its path.
    canonical = page.locator("link[rel=canonical]").get_attribute("href")
    site_url = canonical[: -len(lang + TUTORIAL)]
    links = re.findall(r"\]\((https?://[^)\s]+)\)", text)
    course = [link for link in links if link.startswith(site_url)]
    assert course, "the tutorial links no page of the course"
    assert course[0].startswith(site_url + lang + "theory/03-linear-regression/")
    for link in course:
        path = link[len(site_url) :].split("#")[0]
        assert path.startswith(lang) and (lang or not path.startswith("en/")), link
        assert page.request.get(base_url + path).ok, f"{link} is not a page of the site"


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("lang", [KO, EN])
def test_identifiers_in_api_tables_never_break(new_page, base_url, lang, viewport):
    page = new_page(viewport)
    page.goto(base_url + lang + "reference/train/")
    broken = page.evaluate(
        """() => [...document.querySelectorAll('article table code')]
             .filter(c => /^[\\w.]+$/.test(c.textContent) && c.getClientRects().length > 1)
             .map(c => c.textContent)"""
    )
    checked = page.locator("article table code").count()
    assert checked > 20
    assert broken == [], f"identifiers broken across lines: {broken}"
    if viewport == LAPTOP:
        name = page.locator("article table code", has_text=re.compile("^early_stopping$"))
        name.first.scroll_into_view_if_needed()
        shot(page, f"ui-api-table-{slug(lang, 'reference/train/')}")


@pytest.mark.parametrize("lang", [KO, EN])
def test_api_overview_has_one_name(new_page, base_url, lang):
    page = new_page(LAPTOP)
    page.goto(base_url + lang + "reference/")
    name = {KO: "API 레퍼런스", EN: "API reference"}[lang]
    assert page.locator("article h1").inner_text().strip().rstrip("¶") == name
    assert page.title().startswith(name + " - ")
    nav = page.locator(".md-nav--primary .md-nav__link--active").first.inner_text().strip()
    assert nav == name


@pytest.mark.parametrize("lang", [KO, EN])
def test_home_pages_are_titled_alike(new_page, base_url, lang):
    """Each home page's title is the site's name in its language, as its heading is."""
    page = new_page(LAPTOP)
    page.goto(base_url + lang)
    heading = page.locator("article h1").inner_text().strip().rstrip("¶").strip()
    assert page.title() == heading
    assert page.locator(".md-header__topic").first.inner_text().strip() == heading


@pytest.mark.parametrize("lang", [KO, EN])
def test_no_cell_tags_show(new_page, base_url, lang):
    page = new_page(LAPTOP)
    page.goto(base_url + lang + "tutorials/11-mnist/")
    assert page.locator(".celltoolbar, .cell-tag").count() == 0
    pills = page.locator("article :is(div, span)", has_text=re.compile(r"^\s*timing\s*$"))
    assert pills.count() == 0


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("lang", [KO, EN])
def test_language_switcher_marks_the_current_language(new_page, base_url, lang, viewport):
    page = new_page(viewport)
    page.goto(base_url + lang + TUTORIAL)
    page.locator(".md-header__option .md-select").hover()
    links = page.locator(".md-select__link")
    marked = links.evaluate_all(
        """ls => ls.map(l => [l.hreflang, l.getAttribute('aria-current'),
                            getComputedStyle(l, '::before').content,
                            getComputedStyle(l).fontWeight])"""
    )
    current = lang.strip("/") or "ko"
    for hreflang, aria, before, weight in marked:
        if hreflang == current:
            assert aria == "page" and "✓" in before and int(weight) >= 700
        else:
            assert aria is None and "✓" not in before
    shot(page, f"ui-switcher-{slug(lang, TUTORIAL)}-{viewport['width']}")


HEADING = "document.querySelectorAll('article h2[id]')[{}]"


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("path", [TUTORIAL, "theory/06-logistic-regression/"])
def test_language_switcher_keeps_the_place(new_page, base_url, path, viewport):
    page = new_page(viewport)
    page.goto(base_url + path)
    typeset(page)
    page.wait_for_load_state("load")
    count = page.locator("article h2[id]").count()
    k = count // 2
    page.evaluate(  # instantly: Material makes scrolling smooth
        f"window.scrollTo({{top: {HEADING.format(k)}.getBoundingClientRect().top + scrollY - 150,"
        " behavior: 'instant'})"
    )
    offset = page.evaluate(f"{HEADING.format(k)}.getBoundingClientRect().top")
    heading = page.evaluate(f"{HEADING.format(k)}.id")
    click_language(page, "English")
    page.wait_for_load_state("load")
    typeset(page)
    page.wait_for_timeout(500)
    assert urlparse(page.url).path.endswith("/en/" + path)
    assert page.locator("article h2[id]").count() == count
    landed = page.evaluate(f"{HEADING.format(k)}.getBoundingClientRect().top")
    assert abs(landed - offset) < 30, f"{heading} was at {offset:.0f} px, is at {landed:.0f} px"
    click_language(page, "한국어")  # and back, to the same place
    page.wait_for_load_state("load")
    typeset(page)
    page.wait_for_timeout(500)
    back = page.evaluate(f"{HEADING.format(k)}.getBoundingClientRect().top")
    assert abs(back - landed) < 30
