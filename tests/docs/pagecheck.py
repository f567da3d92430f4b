"""Helpers for the theory-page tests: read a chapter's ko/en pages and compare their numbers.

Chapter 3's test has its own copies of these; chapters 4 and 5 share them from here.
"""

from __future__ import annotations

import re

from tests.conftest import ROOT

FIGURE_REF = re.compile(r"!\[[^\]]*\]\(\.\./assets/figures/([\w.-]+)\)")


def read_pages(stem: str) -> dict[str, str]:
    """The Korean and English theory pages ``docs/theory/STEM.md`` and ``STEM.en.md``."""
    theory = ROOT / "docs" / "theory"
    return {
        "ko": (theory / f"{stem}.md").read_text(encoding="utf-8"),
        "en": (theory / f"{stem}.en.md").read_text(encoding="utf-8"),
    }


def in_both(pages: dict[str, str], text: str) -> None:
    """Assert that ``text`` occurs in every page."""
    for lang, page in pages.items():
        assert text in page, f"{text!r} is missing from the {lang} page"


def num(value: float, fmt: str = "g") -> str:
    """Format a number the way the tables print it (Unicode minus sign)."""
    return format(value, fmt).replace("-", "−")


def table_rows(page: str, first_cells: list[str]) -> list[list[str]]:
    """The table rows of ``page`` whose first cell is one of ``first_cells``, as lists of cells."""
    rows = []
    for line in page.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] in first_cells:
                rows.append(cells)
    return rows


def outside_code(page: str) -> list[str]:
    """The lines of ``page`` outside fenced code blocks."""
    lines, fenced = [], False
    for line in page.splitlines():
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced:
            lines.append(line)
    return lines


def structure(page: str) -> dict[str, object]:
    """What the ko and en pages must share: headings, math blocks, figures, tables, links, code."""
    lines = outside_code(page)
    return {
        "title": sum(1 for line in lines if line.startswith("# ")),
        "headings": [line.split(" ", 1)[0] for line in lines if re.match(r"#{2,6} ", line)],
        "display_math": sum(1 for line in lines if line.strip() == "$$"),
        "figures": FIGURE_REF.findall(page),
        "admonitions": re.findall(r"^!!! (\w+)", page, flags=re.M),
        "table_rows": sum(1 for line in lines if line.startswith("|")),
        "links": re.findall(r"\]\((\.\./(?:tutorials|reference|theory)/[^)]+)\)", page),
        "code": re.findall(r"```\w*\n.*?```", page, flags=re.S),
    }


def no_raw_html(page: str) -> bool:
    """True if ``page`` has no HTML tags outside code."""
    return not re.search(r"<[a-zA-Z/][^>]*>", "\n".join(outside_code(page)))
