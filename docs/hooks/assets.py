"""MkDocs hook: serve MathJax 3 from the site itself; draw the theory pages' figures and fill in
their numbers.

- MathJax 3.2.2 comes from the PyPI package ``django-static-mathjax`` (plain static files; Django is
  not needed to read them) and is copied to ``assets/mathjax/`` at build time, so pages typeset math
  with no request outside the site and nothing third-party is committed.
- Figures are drawn by ``docs/hooks/figures/`` (one ``chNN.py`` per chapter) with
  ``nnintro.plot`` and written as SVG to ``assets/figures/NAME`` (English words) and
  ``NAME-ko.svg`` (Korean words); Korean pages point at the Korean file. They are cached under
  ``.cache/figures`` and redrawn only when ``docs/hooks/figures/`` or ``src/nnintro`` changes.
- A click on a figure (a theory SVG or a notebook plot) opens it large: GLightbox, from the PyPI
  package ``mkdocs-glightbox`` (its files only; ``docs/javascripts/figures.js`` wires it up), is
  copied to ``assets/glightbox/``, so no page loads it from another host.
- The same runs give the numbers the pages state (``numbers()`` of a chapter's module, cached
  beside the figures as ``numbers.json``); every Markdown page's ``{{ chNN.key }}`` placeholders
  are filled in from them and from the tutorials' numbers (see ``page_numbers.py``).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
from pathlib import Path
from types import ModuleType

import page_numbers  # a sibling module: MkDocs puts this folder on sys.path while loading hooks
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

HERE = Path(__file__).resolve().parent
LIBRARY = HERE.parents[1] / "src" / "nnintro"
MATHJAX_FILES = (  # what docs/javascripts/mathjax.js loads: startup, its components and fonts, and
    "startup.js",  # the TeX extensions that input/tex loads when a page uses them
    "core.js",
    "input/tex.js",
    "input/tex/extensions/*.js",
    "output/chtml.js",
    "output/chtml/fonts/tex.js",
    "output/chtml/fonts/woff-v2/*.woff",
    "a11y/assistive-mml.js",
)


def mathjax_dir() -> Path:
    """Return the folder holding MathJax 3's ``es5`` build inside django-static-mathjax."""
    spec = importlib.util.find_spec("mathjax")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("MathJax is missing: pip install django-static-mathjax")
    return Path(next(iter(spec.submodule_search_locations))) / "static" / "mathjax" / "es5"


def glightbox_dir() -> Path:
    """Return the folder of GLightbox's ``glightbox.min.js`` and ``.css`` in mkdocs-glightbox."""
    spec = importlib.util.find_spec("mkdocs_glightbox")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("GLightbox is missing: pip install mkdocs-glightbox")
    return Path(next(iter(spec.submodule_search_locations))) / "glightbox"


def figures_key() -> str:
    """Return a hash of what the figures depend on: their modules and every nnintro source file."""
    digest = hashlib.sha256()
    for path in [*sorted((HERE / "figures").glob("*.py")), *sorted(LIBRARY.rglob("*.py"))]:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def render_figures(
    out: Path, figures: ModuleType | None = None
) -> tuple[list[Path], dict[str, dict[str, str]]]:
    """Render every figure of ``figures.FIGURES`` into ``out/KEY/``, reusing an earlier render.

    Returns the figure files and the chapters' numbers (``figures.numbers()``) of the same runs.
    ``figures`` is the loaded ``docs/hooks/figures`` package (loaded here if not given; the tests
    pass theirs, whose runs they have already computed).
    """
    folder = out / figures_key()
    stamp = folder / ".complete"
    if not stamp.exists():
        if figures is None:
            spec = importlib.util.spec_from_file_location(
                "nnintro_docs_figures", HERE / "figures" / "__init__.py"
            )
            figures = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(figures)
        folder.mkdir(parents=True, exist_ok=True)
        for name in figures.FIGURES:
            figures.render(name, folder)
        numbers = json.dumps(figures.numbers(), ensure_ascii=False, indent=1, sort_keys=True)
        (folder / "numbers.json").write_text(numbers, encoding="utf-8")
        names = [n for name in figures.FIGURES for n in (name, figures.korean(name))]
        stamp.write_text("\n".join(names), encoding="utf-8")
    paths = [folder / name for name in stamp.read_text(encoding="utf-8").split()]
    return paths, json.loads((folder / "numbers.json").read_text(encoding="utf-8"))


def _cache_root(config) -> Path:
    default = Path(config.config_file_path).parent / ".cache"
    return Path(os.environ.get("NNINTRO_BUILD_CACHE", default))


@event_priority(-105)  # after mkdocs-static-i18n (-100); before the tutorials (-110) use numbers
def on_files(files: Files, config) -> Files:
    paths, numbers = render_figures(_cache_root(config) / "figures")
    for chapter, values in numbers.items():
        page_numbers.publish(chapter, values)
    for path in paths:
        files.append(File.generated(config, f"assets/figures/{path.name}", abs_src_path=str(path)))
    for path in sorted(glightbox_dir().glob("glightbox.min.*")):
        files.append(
            File.generated(config, f"assets/glightbox/{path.name}", abs_src_path=str(path))
        )
    es5 = mathjax_dir()
    for pattern in MATHJAX_FILES:
        for path in sorted(es5.glob(pattern)):
            uri = f"assets/mathjax/{path.relative_to(es5).as_posix()}"
            files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


_FIGURE = re.compile(r"(\]\((?:\.\./)+assets/figures/ch\d\d-[\w-]+)\.svg\)")


def on_page_markdown(markdown: str, page, config, files) -> str:
    """Fill in the page's ``{{ chNN.key }}`` placeholders with this build's numbers; on a Korean
    page, show each theory figure's Korean version (``chNN-what-ko.svg``)."""
    markdown = page_numbers.fill(markdown, page.file.src_uri)
    if korean_page(page.file, config):
        markdown = _FIGURE.sub(r"\1-ko.svg)", markdown)
    return markdown


def korean_page(file: File, config) -> bool:
    """Whether a Markdown page is shown in Korean: the language mkdocs-static-i18n is building
    (without it, by name: ``page.md`` is Korean, ``page.en.md`` English)."""
    i18n = config.plugins.get("i18n") if config is not None else None
    if i18n is not None and getattr(i18n, "current_language", None):
        return i18n.current_language == "ko"
    return not file.src_uri.endswith(".en.md")
