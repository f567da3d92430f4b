"""The figures of the theory pages, built with `nnintro.plot` and saved as deterministic SVG.

Each chapter's figures live in `chNN.py` beside this file, which defines `FIGURES`: a dict from a
file name (as the pages reference it, `../assets/figures/<name>`, named `chNN-what.svg`) to a
function that builds the figure. This module collects them all into `FIGURES`;
`render(name, out_dir)` writes one of them in both languages: `chNN-what.svg` with English words
and `chNN-what-ko.svg` with Korean ones (`nnintro.plot`'s `WORDS` and the figure's own `words`);
the Korean pages show the Korean file (docs/hooks/assets.py). Figures are built inside
`nnintro.plot.style()`, so their text has the helpers' size. `CHAPTERS["chNN"]` is a chapter's
module, whose constants the tests compare with the numbers the pages state.

A chapter's module may also define `numbers() -> dict[str, str]`: the results of its runs that the
pages state in words (`{{ chNN.key }}`, see `docs/hooks/page_numbers.py`), formatted as the pages
print them. `numbers()` here collects them all, `{"ch09": {...}, ...}`.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import matplotlib
import matplotlib.pyplot as plt
from matplotlib.figure import Figure

from nnintro import plot
from nnintro.plot._figure import translated

HERE = Path(__file__).resolve().parent


def _load(path: Path) -> ModuleType:
    """Import one chapter's figures module by its path (hooks are not an importable package)."""
    spec = importlib.util.spec_from_file_location(f"nnintro_docs_figures_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


CHAPTERS: dict[str, ModuleType] = {p.stem: _load(p) for p in sorted(HERE.glob("ch[0-9][0-9].py"))}
FIGURES: dict[str, Callable[[], Figure]] = {}
for _chapter, _module in CHAPTERS.items():
    for _name, _build in _module.FIGURES.items():
        if not _name.startswith(f"{_chapter}-") or _name in FIGURES:
            raise ValueError(f"{_chapter}.py: figure {_name!r} must be named {_chapter}-*.svg once")
        FIGURES[_name] = _build


# deterministic SVG: no date; a thin margin, so a figure as wide as nnintro.plot.MAX_WIDTH fits
# the theory pages' column (nnintro.plot._figure.COLUMN_PX)
SAVE = {"format": "svg", "bbox_inches": "tight", "pad_inches": 0.04, "metadata": {"Date": None}}


def korean(name: str) -> str:
    """Return the file name of figure `name`'s Korean version: `chNN-what-ko.svg`."""
    return name.removesuffix(".svg") + "-ko.svg"


def render(name: str, out_dir: Path) -> Path:
    """Build figure `name` from `FIGURES`, save it as `out_dir / name` (English) and as
    `out_dir / korean(name)` (Korean); returns the English path.

    The SVG bytes depend only on the figure: fixed `svg.hashsalt` (element ids), no date, text
    drawn as paths (no font needed to show Hangul).
    """
    if name not in FIGURES:
        known = ", ".join(sorted(FIGURES))
        raise KeyError(f"unknown figure {name!r}; known figures: {known}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / name
    with matplotlib.rc_context({"svg.hashsalt": "nnintro", "svg.fonttype": "path"}), plot.style():
        fig = FIGURES[name]()
        words = {**plot.WORDS, **getattr(fig, "words", {})}
        fig.draw_without_rendering()  # settle the layout first: both languages start from it
        for lang, target in (("en", path), ("ko", out_dir / korean(name))):
            with translated(fig, lang, words):
                fig.savefig(target, **SAVE)
    plt.close(fig)  # outside Jupyter nnintro.plot's figures are pyplot's: let it forget them
    return path


def numbers() -> dict[str, dict[str, str]]:
    """Return every chapter's `numbers()` by chapter (chapters with no runs to quote left out)."""
    return {
        chapter: module.numbers()
        for chapter, module in CHAPTERS.items()
        if hasattr(module, "numbers")
    }
