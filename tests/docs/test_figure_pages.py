"""The theory pages' figures as a reader meets them: text at least as large as the page's body text
at the size the figure is shown on a 1280 px desktop, and words in the page's language (each
figure is rendered twice, ``chNN-what.svg`` and ``chNN-what-ko.svg``; Korean pages show the Korean
one). The browser test (tests/browser/test_figures.py) measures the built pages themselves.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import matplotlib
import pytest
from matplotlib.text import Text

from nnintro import plot
from nnintro.plot import _figure
from tests.conftest import load_hook
from tests.docs.theory import registry

assets = load_hook("assets")
WORD = re.compile(
    r"(?<![A-Za-z])(" + "|".join(map(re.escape, sorted(plot.WORDS, key=len, reverse=True))) + r")"
    r"(?![A-Za-z])"
)


def svg_width_px(path: Path) -> float:
    """The width a page shows an SVG at when the column is wide enough: its size in CSS px."""
    width = re.search(rb'<svg[^>]*\swidth="([\d.]+)pt"', path.read_bytes()[:3000])
    return float(width[1]) * 96 / 72


def same_up_to_jitter(svg: bytes) -> bytes:
    """``svg`` without what differs between two saves of one figure: clip paths' ids and the last
    digits of coordinates (the layout is computed again for each save)."""
    svg = re.sub(rb"\bp[0-9a-f]{10}\b", b"p", svg)
    return re.sub(rb"(\d+\.\d)\d+", rb"\1", svg)


def build(name: str) -> matplotlib.figure.Figure:
    """Figure ``name`` as docs/hooks/figures/__init__.py's ``render`` builds it."""
    with plot.style():
        return registry.FIGURES[name]()


@pytest.mark.parametrize("name", sorted(registry.FIGURES))
def test_text_is_at_least_body_text_at_the_size_shown(name: str, theory_figures: Path) -> None:
    fig = build(name)
    fig.canvas.draw()
    width = svg_width_px(theory_figures / name)
    scale = min(1.0, _figure.COLUMN_PX / width)
    texts = [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]
    small = {
        t.get_text(): round(t.get_fontsize() * 96 / 72 * scale, 1)
        for t in texts
        if t.get_fontsize() * 96 / 72 * scale < _figure.MIN_TEXT_PX - 1e-6
    }
    assert small == {}, f"{name} ({width:.0f} px wide): text below 16 px: {small}"


@pytest.mark.parametrize("name", sorted(registry.FIGURES))
def test_each_figure_has_a_korean_twin(name: str, theory_figures: Path) -> None:
    """The Korean SVG differs from the English one exactly when the figure has words to
    translate, and both are rendered by the build's own function."""
    english, korean = (same_up_to_jitter((theory_figures / file).read_bytes())
                       for file in (name, registry.korean(name)))  # fmt: skip
    assert korean.startswith(english[:40]) and b"<svg" in korean[:2000]
    fig = build(name)
    words = {**plot.WORDS, **getattr(fig, "words", {})}
    texts = [re.sub(r"\$[^$]*\$", "", t.get_text()) for t in fig.findobj(Text)]
    pattern = re.compile(
        r"(?<![A-Za-z])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        + r")(?![A-Za-z])"
    )  # fmt: skip
    has_words = any(pattern.search(t) for t in texts)
    assert (korean != english) == has_words, f"{name}: words {has_words}"


def test_korean_pages_show_the_korean_figures() -> None:
    line = "![비용 곡선](../assets/figures/ch03-cost-curve.svg)\n"
    page = SimpleNamespace(file=SimpleNamespace(src_uri="theory/03-linear-regression.md"))
    assert "ch03-cost-curve-ko.svg)" in assets.on_page_markdown(line, page, None, None)
    page.file.src_uri = "theory/03-linear-regression.en.md"
    assert assets.on_page_markdown(line, page, None, None) == line
    # in a build, the language mkdocs-static-i18n builds decides (an English page's src_uri can
    # lose its .en suffix)
    page.file.src_uri = "theory/03-linear-regression.md"
    for lang in ("en", "ko"):
        config = SimpleNamespace(plugins={"i18n": SimpleNamespace(current_language=lang)})
        shown = assets.on_page_markdown(line, page, config, None)
        assert ("ch03-cost-curve-ko.svg)" in shown) == (lang == "ko")
