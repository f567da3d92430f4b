"""Checks every theory-page test shares: a Korean page and its English twin agree in structure,
reference exactly their chapter's figures, and those figures render to the same SVG bytes twice."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

from tests.docs.test_ch03_theory import FIGURE_REF, outside_code

THEORY = Path(__file__).resolve().parents[2] / "docs" / "theory"


def read_pages(stem: str) -> dict[str, str]:
    """Return {"ko": text, "en": text} of docs/theory/STEM.md and STEM.en.md."""
    return {
        "ko": (THEORY / f"{stem}.md").read_text(encoding="utf-8"),
        "en": (THEORY / f"{stem}.en.md").read_text(encoding="utf-8"),
    }


def page_structure(page: str) -> dict[str, object]:
    """What a Korean page and its English twin must share: headings, math, figures, links."""
    lines = outside_code(page)
    return {
        "title": sum(1 for line in lines if line.startswith("# ")),
        "headings": [line.split(" ", 1)[0] for line in lines if re.match(r"#{2,6} ", line)],
        "display_math": re.findall(r"^\$\$\n(.*?)\n\$\$$", page, flags=re.S | re.M),
        "figures": FIGURE_REF.findall(page),
        "admonitions": re.findall(r"^!!! (\w+)", page, flags=re.M),
        "table_rows": sum(1 for line in lines if line.startswith("|")),
        "links": re.findall(r"\]\((\.\./(?:tutorials|reference)/[^)]+)\)", page),
        "no_html": not re.search(r"<[a-zA-Z/][^>]*>", "\n".join(lines)),
    }


def check_twins(pages: dict[str, str], figures: list[str], stem: str) -> None:
    """Assert both pages share one structure, cite each of ``figures`` once, link their tutorial."""
    ko, en = page_structure(pages["ko"]), page_structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1 and ko["no_html"]
    assert sorted(ko["figures"]) == sorted(figures)
    assert f"../tutorials/{stem}.ipynb" in ko["links"]


def check_figure(registry: ModuleType, name: str, tmp_path: Path) -> None:
    """Assert figure ``name`` renders to a real SVG, byte for byte the same twice."""
    first = registry.render(name, tmp_path / "a").read_bytes()
    second = registry.render(name, tmp_path / "b").read_bytes()
    assert len(first) > 1000 and b"<svg" in first[:2000]
    assert first == second, f"{name}: two renders gave different SVG bytes"
