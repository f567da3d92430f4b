"""Numbers quoted from this build's runs: every ``{{ chNN.key }}`` on a page has a source, both
languages quote the same ones, and the filling is strict (docs/hooks/page_numbers.py)."""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import pytest
from mkdocs.exceptions import PluginError

from tests.conftest import ROOT
from tests.docs.theory import page_numbers, placeholders, registry

THEORY = sorted((ROOT / "docs" / "theory").glob("*.md"))
TUTORIALS = sorted((ROOT / "docs" / "tutorials").glob("*.py"))


def tutorial_keys(source: Path) -> set[str]:
    """The keys of the dict that the tutorial's ``numbers`` cells end with (read, not run)."""
    keys = set()
    for cell in jupytext.read(source).cells:
        if "numbers" in cell.metadata.get("tags", []):
            last = ast.parse(cell.source).body[-1]
            assert isinstance(last, ast.Expr) and isinstance(last.value, ast.Dict), source.name
            keys |= {key.value for key in last.value.keys}
    return keys


@pytest.fixture(scope="module")
def known() -> set[str]:
    """Every ``chNN.key`` that a build publishes: figures' numbers() and tutorials' cells."""
    names = {f"{ch}.{key}" for ch, values in registry.numbers().items() for key in values}
    for source in TUTORIALS:
        chapter = page_numbers.chapter_of(source.stem)
        names |= {f"{chapter}.{key}" for key in tutorial_keys(source)}
    return names


def markdown_of(source: Path, lang: str) -> str:
    cells = jupytext.read(source).cells
    return "\n".join(c.source for c in cells if c.metadata.get("lang") == lang)


def test_every_placeholder_has_a_source(known: set[str]) -> None:
    texts = {p.name: p.read_text(encoding="utf-8") for p in THEORY}
    texts |= {f"{s.name} {lang}": markdown_of(s, lang) for s in TUTORIALS for lang in ("ko", "en")}
    for name, text in texts.items():
        missing = set(placeholders(text)) - known
        assert not missing, f"{name} quotes numbers no run publishes: {sorted(missing)}"


def test_both_languages_quote_the_same_numbers() -> None:
    for ko in (p for p in THEORY if not p.name.endswith(".en.md")):
        en = ko.with_name(ko.stem + ".en.md")
        ko_text, en_text = ko.read_text(encoding="utf-8"), en.read_text(encoding="utf-8")
        assert sorted(placeholders(ko_text)) == sorted(placeholders(en_text)), ko.name
    for source in TUTORIALS:
        ko, en = (placeholders(markdown_of(source, lang)) for lang in ("ko", "en"))
        assert sorted(ko) == sorted(en), source.name


def test_figure_numbers_are_formatted_strings() -> None:
    for chapter, values in registry.numbers().items():
        assert values, f"{chapter}.numbers() is empty"
        for key, value in values.items():
            assert isinstance(value, str) and value.strip() == value != "", f"{chapter}.{key}"
            assert "{{" not in value


def test_fill_replaces_placeholders_and_leaves_tex_alone(monkeypatch) -> None:
    monkeypatch.setattr(page_numbers, "VALUES", {})
    page_numbers.publish("ch09", {"escape": "5,141"})
    text = r"escapes at step {{ ch09.escape }}, {{ch09.escape}}; $\frac{1}{{2}}$ and $401{,}920$"
    assert page_numbers.fill(text, "x.md") == (
        r"escapes at step 5,141, 5,141; $\frac{1}{{2}}$ and $401{,}920$"
    )


def test_a_placeholder_without_a_value_stops_the_build(monkeypatch) -> None:
    monkeypatch.setattr(page_numbers, "VALUES", {"ch09": {"escape": "1"}})
    with pytest.raises(
        PluginError, match=r"theory/x\.md: no value for \{\{ ch09\.peak \}\}.*escape"
    ):
        page_numbers.fill("{{ ch09.peak }}", "theory/x.md")


def test_publish_rejects_what_a_page_cannot_print(monkeypatch) -> None:
    monkeypatch.setattr(page_numbers, "VALUES", {})
    with pytest.raises(ValueError, match="values are strings"):
        page_numbers.publish("ch09", {"escape": 5141})
    with pytest.raises(ValueError, match="look like 'ch09'"):
        page_numbers.publish("chapter9", {"escape": "1"})
    assert page_numbers.chapter_of("09-multi-layer-perceptron") == "ch09"
