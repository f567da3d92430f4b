"""What every chapter's theory-page test needs: the two pages of a chapter, a check that a text is
in both, and the checks of the chapter's figures (deterministic SVG, each referenced once)."""

from __future__ import annotations

import re
from types import ModuleType

from tests.conftest import ROOT, figures_hook, load_hook

FIGURE_REF = re.compile(r"!\[[^\]]*\]\(\.\./assets/figures/([\w.-]+)\)")
registry = figures_hook()
page_numbers = load_hook("page_numbers")


def read_pages(stem: str) -> dict[str, str]:
    """Return ``{"ko": ..., "en": ...}``: the text of docs/theory/STEM.md and STEM.en.md."""
    theory = ROOT / "docs" / "theory"
    return {
        "ko": (theory / f"{stem}.md").read_text(encoding="utf-8"),
        "en": (theory / f"{stem}.en.md").read_text(encoding="utf-8"),
    }


def in_both(pages: dict[str, str], text: str) -> None:
    """Fail, naming the page, unless ``text`` is in every page."""
    for lang, page in pages.items():
        assert text in page, f"{text!r} is missing from the {lang} page"


def chapter_figures(chapter: str) -> tuple[ModuleType, list[str]]:
    """Return the figures module of ``chapter`` (e.g. "ch02") and its figure names, sorted."""
    module = registry.CHAPTERS[chapter]
    names = sorted(module.FIGURES)
    assert names and all(name.startswith(f"{chapter}-") for name in names), names
    return module, names


def assert_pages_show_figures(pages: dict[str, str], names: list[str]) -> None:
    """Each page references exactly the figures ``names``, each once."""
    for lang, page in pages.items():
        referenced = FIGURE_REF.findall(page)
        assert sorted(set(referenced)) == names, lang
        assert len(referenced) == len(set(referenced)), f"{lang}: a figure is used twice"


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


def twin_structure(page: str) -> dict[str, object]:
    """What a Korean page and its English twin share exactly: headings, all math, figures,
    table rows, links and code spans (chapters 8 and 9)."""
    lines = outside_code(page)
    return {
        "title": sum(1 for line in lines if line.startswith("# ")),
        "headings": [line.split(" ", 1)[0] for line in lines if re.match(r"#{2,6} ", line)],
        "display_math": re.findall(r"^\$\$\n(.*?)\n\$\$$", page, flags=re.S | re.M),
        "inline_math": sorted(
            re.findall(r"\$([^$\n]+)\$", re.sub(r"\$\$.*?\$\$", "", page, flags=re.S))
        ),
        "figures": FIGURE_REF.findall(page),
        "table_rows": sum(1 for line in lines if line.startswith("|")),
        "links": re.findall(r"\]\((\.\./(?:tutorials|reference|theory)/[^)]+)\)", page),
        "code": sorted(re.findall(r"`[^`]+`", page)),
    }


# ---------------------------------------------------------------- numbers from this build's runs


def placeholders(page: str) -> list[str]:
    """The ``{{ chNN.key }}`` placeholders of ``page``, as ``"chNN.key"``, in order."""
    return [f"{chapter}.{key}" for chapter, key in page_numbers.PLACEHOLDER.findall(page)]


def filled(pages: dict[str, str], chapter: str) -> dict[str, str]:
    """Return ``pages`` with ``chapter``'s placeholders filled from its figures' ``numbers()``,
    as the build fills them; other placeholders are left as they are."""
    values = registry.CHAPTERS[chapter].numbers()

    def fill(match: re.Match) -> str:
        return values[match[2]] if match[1] == chapter else match[0]

    return {lang: page_numbers.PLACEHOLDER.sub(fill, page) for lang, page in pages.items()}


def quotes(pages: dict[str, str], chapter: str, key: str) -> None:
    """Fail unless both pages quote ``{{ chapter.key }}`` and the chapter's runs give it a value."""
    for lang, page in pages.items():
        assert f"{chapter}.{key}" in placeholders(page), (
            f"{lang} page lacks {{{{ {chapter}.{key} }}}}"
        )
    assert key in registry.CHAPTERS[chapter].numbers(), f"{chapter}.numbers() lacks {key!r}"
