"""Tutorials as a reader meets them on a 1280 px laptop and a 390 px phone (issue 11, section 2).

- Tutorial pages have no right-hand table of contents, so code gets the width: at 1280 px no code
  cell of any tutorial, in either language, scrolls sideways.
- On a phone no page scrolls sideways (the home page's syllabus table, theory and API pages'
  formulas included) and the tutorials' In/Out prompts are hidden.
- Outputs keep their lines (``white-space: pre``; a wide output scrolls inside itself).
- The copy button never covers the first line of code, not even when the code scrolls.
"""

import pytest

from tests.browser.pages import LAPTOP, PHONE, shot, slug, typeset
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.browser]

TUTORIALS = [f"tutorials/{p.stem}/" for p in sorted((ROOT / "docs/tutorials").glob("*.py"))]
# Every other page: theory, the API reference, the glossary (Korean paths; English under en/).
PAGES = [
    f"{p.parent.name}/{p.stem}/".removeprefix("docs/").replace("index/", "")
    for folder in ("theory", "reference", ".")
    for p in sorted((ROOT / "docs" / folder).glob("*.md"))
    if ".en." not in p.name and (p.name != "index.md" or p.parent.name == "reference")
]
LANGS = ["", "en/"]

# Code cells (index on the page, first line) wider than their box at 1280 px.
CODE_OVERFLOW = """() => [...document.querySelectorAll('.jp-InputArea-editor .highlight-ipynb pre')]
  .map((pre, i) => [i, pre.scrollWidth - pre.clientWidth, pre.textContent.trim().split('\\n')[0]])
  .filter(([, over]) => over > 0)"""

# Where the copy button overlaps the visible part of its cell's first line of code.
COPY_OVER_CODE = """() => {
  const covered = [];
  document.querySelectorAll('.jp-InputArea-editor').forEach((editor, i) => {
    const pre = editor.querySelector('.highlight-ipynb pre');
    const button = editor.querySelector('clipboard-copy');
    if (!pre || !button) return;
    const text = pre.textContent, first = text.replace(/^\\n+/, '').split('\\n')[0];
    const start = text.indexOf(first), stop = start + first.length;
    const range = document.createRange();
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    let seen = 0, begun = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent.length;
      if (!begun && seen + length > start) { range.setStart(node, start - seen); begun = true; }
      if (begun && seen + length >= stop) { range.setEnd(node, stop - seen); break; }
      seen += length;
    }
    const box = pre.getBoundingClientRect(), b = button.getBoundingClientRect();
    for (const r of range.getClientRects()) {  // the part of the line the reader sees
      const left = Math.max(r.left, box.left), right = Math.min(r.right, box.right);
      const top = Math.max(r.top, box.top), bottom = Math.min(r.bottom, box.bottom);
      if (right > left && bottom > top && left < b.right && right > b.left
          && top < b.bottom && bottom > b.top) { covered.push([i, first]); break; }
    }
  });
  return covered;
}"""


def wide_elements(page) -> list[str]:
    """Elements that stick out past the window's right edge and make the page scroll sideways."""
    return page.evaluate(
        """() => {
      const width = document.documentElement.clientWidth;
      const clipped = e => {
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== 'visible') return true;
        return false;
      };
      return [...document.querySelectorAll('body *')].filter(e => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5 && !clipped(e);
      }).map(e => `${e.tagName}.${e.className} ${(e.textContent || '').slice(0, 40)}`).slice(0, 5);
    }"""
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", TUTORIALS)
def test_code_fits_at_1280_px(new_page, base_url, lang, path):
    page = new_page(LAPTOP)
    page.goto(base_url + lang + path)
    typeset(page)
    assert page.locator(".md-sidebar--secondary").is_hidden(), "no table of contents on tutorials"
    width = page.locator(".jupyter-wrapper").evaluate("e => e.getBoundingClientRect().width")
    assert width >= 900, f"the notebook is {width:.0f} px wide at 1280 px"
    assert page.evaluate(CODE_OVERFLOW) == [], "code cells that scroll sideways at 1280 px"
    assert page.evaluate(COPY_OVER_CODE) == [], "the copy button covers code"
    if path == TUTORIALS[2]:
        shot(page, f"layout-{slug(lang, path)}-1280")


def test_theory_pages_keep_their_table_of_contents(new_page, base_url):
    page = new_page(LAPTOP)
    page.goto(base_url + "theory/03-linear-regression/")
    assert page.locator(".md-sidebar--secondary").is_visible()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("path", ["", *TUTORIALS, *PAGES])
def test_nothing_scrolls_sideways_on_a_phone(new_page, base_url, lang, path):
    page = new_page(PHONE)
    page.goto(base_url + lang + path)
    typeset(page)
    page.wait_for_load_state("load")
    scroll, client = page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert scroll <= client, f"sideways by {scroll - client} px: {wide_elements(page)}"
    prompts = page.locator(".jp-InputPrompt, .jp-OutputPrompt")
    assert all(not p.is_visible() for p in prompts.all()), "In/Out prompts take a phone's width"
    if path:
        assert page.evaluate(COPY_OVER_CODE) == [], "the copy button covers code"
    if path in ("", TUTORIALS[2], TUTORIALS[-1]):
        shot(page, f"layout-{slug(lang, path)}-390")
        page.evaluate("window.scrollTo(0, document.body.scrollHeight / 3)")
        shot(page, f"layout-{slug(lang, path)}-390-scrolled")


@pytest.mark.parametrize("lang", LANGS)
def test_the_syllabus_fits_a_phone(new_page, base_url, lang):
    for scheme in ("light", "dark"):
        page = new_page(PHONE, scheme)
        page.goto(base_url + lang)
        table = page.locator("article table").first
        table.scroll_into_view_if_needed()
        right = table.evaluate("t => t.getBoundingClientRect().right")
        assert right <= PHONE["width"], f"the syllabus table ends at {right:.0f} px"
        shot(page, f"layout-{slug(lang, '')}-syllabus-390-{scheme}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["1280", "390"])
def test_outputs_keep_their_lines(new_page, base_url, lang, viewport):
    """Outputs are never wrapped (a wrapped line breaks words and columns: "val_acc|uracy"): a
    line wider than its cell scrolls inside the output, and the output stays inside the page."""
    page = new_page(viewport)
    page.goto(base_url + lang + "tutorials/11-mnist/")
    outputs = page.evaluate(
        """() => [...document.querySelectorAll('.jp-OutputArea-output pre')].map(pre => {
          const style = getComputedStyle(pre), cell = pre.closest('.jp-Cell');
          const lines = pre.textContent.replace(/\\n$/, '').split('\\n').length;
          const height = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
          return {white: style.whiteSpace, overflow: style.overflowX,
                  inside: pre.getBoundingClientRect().right
                          <= cell.getBoundingClientRect().right + 0.5,
                  rows: Math.round((pre.clientHeight - parseFloat(style.paddingTop)
                                    - parseFloat(style.paddingBottom)) / height),
                  lines, text: pre.textContent.slice(0, 40)};
        })"""
    )
    assert len(outputs) > 10
    for output in outputs:
        assert output["white"] == "pre", output
        assert output["overflow"] in ("auto", "scroll"), output
        assert output["inside"], output
        assert output["rows"] <= output["lines"] + 1, f"an output wrapped: {output}"
