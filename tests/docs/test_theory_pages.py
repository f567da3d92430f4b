"""What every chapter's theory pages share, checked for each chapter: its figures render to the
same SVG bytes as the ones the site build uses, each page shows each of its chapter's figures
once, and the Korean page and its English twin have one structure and link the tutorial.

What is particular to one chapter (its numbers, tables, extra structure) is in test_chNN_theory.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.docs.theory import (
    assert_pages_show_figures,
    chapter_figures,
    page_numbers,
    page_structure,
    read_pages,
    registry,
)

HTML_LAYOUT = {"01-machine-learning"}  # its process diagram is a <div> styled by extra.css
STEMS = sorted(
    p.stem for p in (ROOT / "docs" / "theory").glob("[0-9][0-9]-*.md") if p.suffixes == [".md"]
)


def test_every_chapter_with_figures_has_theory_pages() -> None:
    assert sorted(registry.CHAPTERS) == [page_numbers.chapter_of(stem) for stem in STEMS]


@pytest.mark.parametrize("name", sorted(registry.FIGURES))
def test_figure_renders_the_same_svg_as_for_the_build(
    name: str, theory_figures: Path, tmp_path: Path
) -> None:
    """A render here and the session's render (the one the site build uses) give the same bytes:
    fixed SVG ids, no date; a small, real SVG."""
    again = registry.render(name, tmp_path).read_bytes()
    assert b"<svg" in again[:2000] and 1000 < len(again) < 300_000, f"{name}: {len(again)} bytes"
    assert again == (theory_figures / name).read_bytes(), f"{name}: two renders differ"


def test_unknown_figure_name_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="known figures"):
        registry.render("nope.svg", tmp_path)


@pytest.mark.parametrize("stem", STEMS)
def test_pages_are_twins_showing_their_chapters_figures(stem: str) -> None:
    pages = read_pages(stem)
    _, names = chapter_figures(page_numbers.chapter_of(stem))
    assert_pages_show_figures(pages, names)
    ko, en = page_structure(pages["ko"]), page_structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1
    assert ko["no_html"] or stem in HTML_LAYOUT, "raw HTML outside code"
    assert f"../tutorials/{stem}.ipynb" in ko["links"]
