"""MkDocs hook: execute each bilingual tutorial once, split it into ko/en notebooks, render both.

A tutorial is one jupytext percent-format file, ``docs/tutorials/NAME.py``. Its markdown cells carry
``lang="ko"`` or ``lang="en"``; its code cells are shared. A build

1. executes the source once with nbclient (cached: the key is the source plus every file of
   ``src/nnintro``, so nothing re-runs until one of them changes);
2. splits the executed notebook into a Korean and an English notebook (:func:`split`);
3. hands the notebook of the language being built to mkdocs-jupyter as a page at
   ``tutorials/NAME/`` (``en/tutorials/NAME/`` in English) with its language-switcher alternates.

It also mends what mkdocs-static-i18n and mkdocs-jupyter get wrong together (see DESIGN.md): i18n
turns notebook files back into plain assets (we add the pages after its ``on_files``), each language
build evicts the other language's mkdocs-jupyter render cache (we evict only after the last
language), and mkdocs-jupyter injects a MathJax 2 script from a CDN into every notebook page (we
strip it; the site serves MathJax 3 itself).
"""

from __future__ import annotations

import hashlib
import html as htmllib
import itertools
import json
import logging
import os
import posixpath
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import jupytext
import nbformat
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc
from pymdownx import slugs

log = logging.getLogger("mkdocs.hooks.tutorials")

LANGUAGES = ("ko", "en")
CACHE_VERSION = "2"  # bump to invalidate every cached execution
TIMEOUT = 600  # seconds a single cell may run
ROOT = Path(__file__).resolve().parents[2]  # the project root: tutorials run from here
LIBRARY = ROOT / "src" / "nnintro"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # terminal colours in tracebacks
_HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">¶</a></h\1>', re.S
)
_LINK = re.compile(r'href="(?![a-z]+:|#|/)([^"#]+\.(?:md|ipynb))(#[^"]*)?"')
_MATHJAX2 = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)


# --- splitting ------------------------------------------------------------------------------------


def split(nb: nbformat.NotebookNode, lang: str) -> nbformat.NotebookNode:
    """Return the notebook in one language: its code cells and the markdown cells tagged ``lang``.

    Every markdown cell must carry ``lang`` metadata naming one of ``LANGUAGES``; a missing or
    unknown tag is an error that names the cell, so no text is dropped or shown twice by accident.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    out = nbformat.from_dict(json.loads(json.dumps(nb)))  # deep copy
    cells = []
    for index, cell in enumerate(out.cells):
        cell_lang = cell.metadata.pop("lang", None)
        if cell.cell_type == "markdown":
            if cell_lang not in LANGUAGES:
                first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                raise ValueError(
                    f"markdown cell {index} ({first[:40]!r}) has lang={cell_lang!r}; tag it "
                    f'with `# %% [markdown] lang="ko"` or `lang="en"`'
                )
            if cell_lang != lang:
                continue
        cells.append(cell)
    out.cells = cells
    out.metadata["nnintro"] = {"lang": lang}
    out.metadata.pop("jupytext", None)
    return out


# --- execution and its cache ---------------------------------------------------------------------


def cache_key(source: Path, library: Path = LIBRARY) -> str:
    """Return the hash that decides whether ``source`` must run again.

    It covers the source, every nnintro file and ``$NNINTRO_DATA`` (a run on the tests' made MNIST
    must not be reused once the real data is there).
    """
    digest = hashlib.sha256(CACHE_VERSION.encode())
    digest.update(source.read_bytes())
    digest.update(os.environ.get("NNINTRO_DATA", "").encode())
    for path in sorted(library.rglob("*.py")):
        digest.update(path.relative_to(library).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def execute(source: Path, cwd: Path = ROOT) -> nbformat.NotebookNode:
    """Run a jupytext source top to bottom and return the executed notebook.

    Raises ``PluginError`` naming the tutorial and the failing cell when a cell raises.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = jupytext.read(source)
    client = NotebookClient(
        nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    )
    try:
        client.execute()
    except CellExecutionError as error:
        index = next((i for i, c in enumerate(nb.cells) if _has_error(c)), None)
        where = f"cell {index}" if index is not None else "a cell"
        message = _ANSI.sub("", str(error))
        raise PluginError(f"tutorial {source.name} failed in {where}:\n{message}") from None
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = merge_streams(cell.outputs)
    return nb


def merge_streams(outputs: list) -> list:
    """Join consecutive stdout (or stderr) chunks into one output.

    The kernel flushes printed text in chunks whose boundaries depend on timing; merged, the same
    code always gives the same notebook.
    """
    merged: list = []
    for out in outputs:
        last = merged[-1] if merged else None
        if out.output_type == "stream" and last and last.output_type == "stream":
            if last.name == out.name:
                last.text += out.text
                continue
        merged.append(out)
    return merged


def _has_error(cell: nbformat.NotebookNode) -> bool:
    return any(out.get("output_type") == "error" for out in cell.get("outputs", []))


@dataclass
class Cache:
    """Executed notebooks on disk, one per tutorial, named by :func:`cache_key`."""

    root: Path
    executions: int = 0  # how many tutorials this build executed (tests and the build log)
    _loaded: dict = field(default_factory=dict)  # executed notebooks already read, by path

    def executed(self, source: Path) -> nbformat.NotebookNode:
        """Return the executed notebook for ``source``, running it only if no cached run matches."""
        key = cache_key(source)
        path = self.root / "executed" / f"{source.stem}-{key}.ipynb"
        if path in self._loaded:  # both languages of both language builds ask for it
            return self._loaded[path]
        if path.exists():
            self._loaded[path] = nbformat.read(path, as_version=4)
            return self._loaded[path]
        start = time.perf_counter()
        nb = execute(source)
        self.executions += 1
        log.info(f"Executed tutorial {source.name} in {time.perf_counter() - start:.1f} s")
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(f"{source.stem}-*.ipynb"):
            stale.unlink()
        nbformat.write(nb, path)
        self._loaded[path] = nb
        return nb

    def notebook(self, source: Path, lang: str) -> Path:
        """Write the ``lang`` notebook of ``source`` (only if changed) and return its path."""
        text = nbformat.writes(split(self.executed(source), lang)) + "\n"
        path = self.root / lang / f"{source.stem}.ipynb"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return path


# --- MkDocs glue ----------------------------------------------------------------------------------


class NotebookPage(File):
    """A generated ``.ipynb`` that MkDocs treats as a page (mkdocs-jupyter renders it)."""

    def is_documentation_page(self) -> bool:
        return True


_state: dict = {"cache": None, "used": set()}


def _plugins(config):
    return config.plugins.get("i18n"), config.plugins.get("mkdocs-jupyter")


def on_config(config):
    default = Path(config.config_file_path).parent / ".cache"
    root = Path(os.environ.get("NNINTRO_BUILD_CACHE", default)) / "tutorials"
    if _state["cache"] is None or _state["cache"].root != root:
        _state["cache"] = Cache(root)
    return config


@event_priority(-110)  # after mkdocs-static-i18n's on_files (-100), which would undo our pages
def on_files(files: Files, config) -> Files:
    i18n, _ = _plugins(config)
    lang = i18n.current_language
    default = i18n.default_language
    sources = sorted((f for f in files if _is_tutorial_source(f)), key=lambda f: f.src_uri)
    for src in sources:
        files.remove(src)
    for src in sources:
        source = Path(src.abs_src_path)
        pages = {}
        for other in LANGUAGES:
            page = NotebookPage.generated(
                config,
                f"tutorials/{source.stem}.ipynb",
                abs_src_path=str(_state["cache"].notebook(source, other)),
            )
            prefix = "" if other == default else f"{other}/"
            page.dest_uri = f"{prefix}tutorials/{source.stem}/index.html"
            page.locale = page.locale_alternate_of = other
            page.localization = None if other == default else other
            pages[other] = page
        for page in pages.values():
            page.alternates = pages
        files.append(pages[lang])
        i18n.i18n_files_per_language.setdefault(lang, []).append(pages[lang])
    return files


def _is_tutorial_source(file: File) -> bool:
    return file.src_uri.startswith("tutorials/") and file.src_uri.endswith(".py")


def on_pre_build(config):
    i18n, jupyter = _plugins(config)
    if i18n.building:  # a later language of the same build: keep what earlier languages used
        jupyter._used_cache_paths |= _state["used"]
    else:  # a new build (also each rebuild of `mkdocs serve`)
        _state["used"] = set()
        _state["cache"].executions = 0


@event_priority(50)  # before mkdocs-jupyter's on_post_build evicts its render cache
def on_post_build(config):
    i18n, jupyter = _plugins(config)
    _state["used"] |= jupyter._used_cache_paths
    last = [lang for lang in i18n.build_languages if lang != i18n.default_language][-1]
    if i18n.building and i18n.current_language == last:
        jupyter._used_cache_paths = set(_state["used"])  # evict what no language used
    else:
        jupyter._used_cache_paths = set(Path(jupyter.config["cache_dir"]).glob("*.json"))
    if not i18n.building:
        log.info(f"Tutorials executed in this build: {_state['cache'].executions}")


def on_page_content(html: str, page, config, files) -> str:
    """Mend a rendered notebook page: math loader, heading anchors and the TOC, links to pages."""
    if not isinstance(page.file, NotebookPage):
        return html
    html = _MATHJAX2.sub("", html)  # mkdocs-jupyter's CDN MathJax 2; the site serves MathJax 3
    html, headings = slug_headings(html)
    page.toc = get_toc(nest(headings))
    return _LINK.sub(lambda m: _resolve_link(m, page, files), html)


def slug_headings(html: str) -> tuple[str, list[dict]]:
    """Give notebook headings the anchors Markdown pages get (``id="비용-함수"``, not ``id=""``).

    nbconvert drops non-ASCII letters from heading ids, and mkdocs-jupyter builds the page's table
    of contents with other ids again. Returns the mended HTML and the headings in order.
    """
    slugify, seen, headings = slugs.slugify(case="lower"), set(), []

    def replace(match: re.Match) -> str:
        level, inner = int(match[1]), match[2]
        name = htmllib.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        slug = base = slugify(name, "-")
        for n in itertools.count(1):  # a repeated heading gets _1, _2, … like Markdown pages
            if slug not in seen:
                break
            slug = f"{base}_{n}"
        seen.add(slug)
        headings.append({"level": level, "id": slug, "name": name, "children": []})
        link = f'<a class="headerlink" href="#{slug}" title="Permanent link">¶</a>'  # as Markdown
        return f'<h{level} id="{slug}">{inner}{link}</h{level}>'

    return _HEADING.sub(replace, html), headings


def nest(headings: list[dict]) -> list[dict]:
    """Turn headings in page order into the nested tokens ``mkdocs.structure.toc.get_toc`` takes."""
    root: list[dict] = []
    stack: list[dict] = []
    for heading in headings:
        while stack and stack[-1]["level"] >= heading["level"]:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(heading)
        stack.append(heading)
    return root


def _resolve_link(match: re.Match, page, files) -> str:
    """Point a notebook's ``[text](../theory/page.md)`` at that page in the current language."""
    path, fragment = match[1], match[2] or ""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    found = files.get_file_from_path(target)
    if found is None:
        log.warning(f"tutorial {page.file.src_uri} links to {path}, which is not a page")
        return match[0]
    return f'href="{found.url_relative_to(page.file)}{fragment}"'
