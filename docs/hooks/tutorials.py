"""MkDocs hook: execute each bilingual tutorial once, split it into ko/en notebooks, render both.

A tutorial is one jupytext percent-format file, ``docs/tutorials/NAME.py``. Its markdown cells carry
``lang="ko"`` or ``lang="en"``; its code cells are shared. A build

1. executes the source once with nbclient (cached: the key is the source plus every file of
   ``src/nnintro``, so nothing re-runs until one of them changes);
2. splits the executed notebook into a Korean and an English notebook (:func:`split`);
3. hands the notebook of the language being built to mkdocs-jupyter as a page at
   ``tutorials/NAME/`` (``en/tutorials/NAME/`` in English) with its language-switcher alternates.

It also mends what mkdocs-static-i18n and mkdocs-jupyter get wrong together (see
ARCHITECTURE.md): i18n turns notebook files back into plain assets (we add the pages after its
``on_files``), each language build evicts the other language's mkdocs-jupyter render cache (we
evict only after the last language), and mkdocs-jupyter injects a MathJax 2 script from a CDN into
every notebook page (we strip it; the site serves MathJax 3 itself).

Each page shows, under its title, a stamp of the run that made its outputs: when it ran, the
Python, torch and nnintro versions, torch's CPU threads and the seconds it took (the kernel reports
them in a last cell that the build adds and removes). A code cell tagged ``numbers`` holds a dict of
results that prose quotes as ``{{ chNN.key }}`` (see ``page_numbers.py``); it runs with the
tutorial and is removed from the pages.
"""

from __future__ import annotations

import ast
import datetime
import hashlib
import html as htmllib
import importlib
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
import notebook_page  # sibling modules: MkDocs puts this folder on sys.path while loading hooks
import page_numbers
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc
from pymdownx import slugs

log = logging.getLogger("mkdocs.hooks.tutorials")

LANGUAGES = ("ko", "en")
CACHE_VERSION = "3"  # bump to invalidate every cached execution
TIMEOUT = 600  # seconds a single cell may run
ROOT = Path(__file__).resolve().parents[2]  # the project root: tutorials run from here
LIBRARY = ROOT / "src" / "nnintro"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")  # terminal colours in tracebacks
_HEADING = re.compile(
    r'<h([1-6]) id="[^"]*">(.*?)<a class="anchor-link" href="#[^"]*">¶</a></h\1>', re.S
)
_LINK = re.compile(r'href="(?![a-z]+:|#|/)([^"#]+\.(?:md|ipynb))(#[^"]*)?"')
_MATHJAX2 = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
# The last cell of every run, added and removed by execute(): what the page's stamp shows.
RUN_INFO = """\
import json, platform, torch, nnintro
print(json.dumps({"python": platform.python_version(), "torch": torch.__version__,
                  "nnintro": nnintro.__version__, "threads": torch.get_num_threads()}))"""
NUMBERS_TAG = "numbers"  # a code cell whose value is a dict of numbers the prose quotes


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
            cell.source = EXERCISE.sub(lambda m: _exercise(m, lang), cell.source)
        else:
            cell.source = cell.source.replace('set_language("ko")', f'set_language("{lang}")')
            for output in cell.get("outputs", []):
                if MIME in output.get("data", {}):  # feedback, figures: keep this language's
                    output.data = output.data[MIME][lang]
                if MIME in output.get("metadata", {}):  # a figure's size and alt text
                    output.metadata = output.metadata[MIME][lang]
        cells.append(cell)
    out.cells = cells
    run = nb.metadata.get("nnintro", {}).get("run")
    out.metadata["nnintro"] = {"lang": lang, **({"run": run} if run else {})}
    out.metadata.pop("jupytext", None)
    return out


# {{ exercise ch03.q1 }} in a markdown cell: the question as nnintro.exercises words it, with its
# hint and solution folded (the tests run every solution through its check).
EXERCISE = re.compile(r"\{\{\s*exercise\s+(ch\d\d)\.(q\d+)\s*\}\}")
MIME = "application/vnd.nnintro.languages+json"  # nnintro._language: one output, both languages


def _exercise(match: re.Match, lang: str) -> str:
    module = importlib.import_module(f"nnintro.exercises.{match[1]}")
    return getattr(module, match[2]).markdown(lang)


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
    nb.cells.append(nbformat.v4.new_code_cell(RUN_INFO))
    client = NotebookClient(
        nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    )
    when = datetime.datetime.now(datetime.UTC)
    start = time.perf_counter()
    try:
        client.execute()
    except CellExecutionError as error:
        index = next((i for i, c in enumerate(nb.cells) if _has_error(c)), None)
        where = f"cell {index}" if index is not None else "a cell"
        message = _ANSI.sub("", str(error))
        raise PluginError(f"tutorial {source.name} failed in {where}:\n{message}") from None
    seconds = time.perf_counter() - start
    run = json.loads(nb.cells.pop().outputs[0]["text"])
    run.update(started=when.strftime("%Y-%m-%d %H:%M UTC"), seconds=round(seconds, 1))
    numbers = {}
    for cell in [c for c in nb.cells if NUMBERS_TAG in c.metadata.get("tags", [])]:
        numbers.update(_numbers(cell, source))
        nb.cells.remove(cell)
    nb.metadata["nnintro"] = {"run": run, "numbers": numbers}
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = merge_streams(cell.outputs)
    return nb


def _numbers(cell: nbformat.NotebookNode, source: Path) -> dict[str, str]:
    """Return the dict a ``numbers`` cell evaluated to (its last line is a dict of strings)."""
    results = [o for o in cell.outputs if o.get("output_type") == "execute_result"]
    try:
        value = ast.literal_eval(results[0]["data"]["text/plain"]) if results else None
    except (SyntaxError, ValueError):
        value = None
    if not isinstance(value, dict):
        raise PluginError(
            f"tutorial {source.name}: the cell tagged {NUMBERS_TAG!r} must end with a dict of "
            f'strings, e.g. {{"accuracy": f"{{accuracy:.2%}}"}}; it gave {results!r:.200}'
        )
    return value


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
    runs: dict = field(default_factory=dict)  # the stamp of each tutorial's run, by source name
    _loaded: dict = field(default_factory=dict)  # executed notebooks already read, by path

    def executed(self, source: Path) -> nbformat.NotebookNode:
        """Return the executed notebook for ``source``, running it only if no cached run matches."""
        path = self.root / "executed" / f"{source.stem}-{cache_key(source)}.ipynb"
        if path not in self._loaded and path.exists():
            self._loaded[path] = nbformat.read(path, as_version=4)
        if path not in self._loaded:
            nb = execute(source)
            self.executions += 1
            log.info(f"Executed tutorial {source.name} in {nb.metadata.nnintro.run.seconds} s")
            path.parent.mkdir(parents=True, exist_ok=True)
            for stale in path.parent.glob(f"{source.stem}-*.ipynb"):
                stale.unlink()
            nbformat.write(nb, path)
            self._loaded[path] = nb
        self.runs[source.name] = self._loaded[path].metadata["nnintro"]["run"]
        return self._loaded[path]

    def notebook(self, source: Path, lang: str) -> Path:
        """Write the ``lang`` notebook of ``source`` (only if changed) and return its path.

        Its markdown cells' ``{{ chNN.key }}`` are filled in from the numbers published so far.
        """
        nb = split(self.executed(source), lang)
        for cell in nb.cells:
            if cell.cell_type == "markdown":
                cell.source = page_numbers.fill(cell.source, f"tutorials/{source.name} ({lang})")
        text = nbformat.writes(nb) + "\n"
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
        source = Path(src.abs_src_path)  # run first: any tutorial's prose may quote its numbers
        numbers = _state["cache"].executed(source).metadata["nnintro"]["numbers"]
        page_numbers.publish(page_numbers.chapter_of(source.stem), numbers)
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
        _state["cache"].runs.clear()
        page_numbers.VALUES.clear()  # every number a page quotes comes from this build


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
        cache = _state["cache"]
        log.info(f"Tutorials executed in this build: {cache.executions}")
        for name, run in sorted(cache.runs.items()):  # budget: 60 s each on 2 cores
            log.info(f"Tutorial {name} ran in {run['seconds']} s ({run['started']})")


def on_page_content(html: str, page, config, files) -> str:
    """Mend a rendered notebook page: math loader, heading anchors and the TOC, links to pages;
    its CSS, scripts and figures as files, its notebook for download (see notebook_page.py).

    On every page, ``page.meta["nnintro_math"]`` says whether overrides/main.html loads MathJax.
    """
    if not isinstance(page.file, NotebookPage):
        page.meta["nnintro_math"] = notebook_page.has_math(html)
        return html
    html = _MATHJAX2.sub("", html)  # mkdocs-jupyter's CDN MathJax 2; the site serves MathJax 3
    html, headings = slug_headings(html)
    nb = json.loads(Path(page.file.abs_src_path).read_text(encoding="utf-8"))
    html = alt_texts(html, nb, page.file.src_uri)
    html = re.sub(r"(</h1>)", lambda m: m[1] + stamp(nb["metadata"]["nnintro"]), html, count=1)
    page.toc = get_toc(nest(headings))
    page.meta["nnintro_math"] = notebook_page.has_math(html, nb)
    page.meta["hide"] = [*page.meta.get("hide", []), "toc"]  # code and outputs get the width
    page.meta["nnintro_download"] = notebook_page.write_download(
        nb, page, config.site_url, lambda path: _page_url(path, page, files)
    )
    html = notebook_page.lighten(html, page, config)
    return _LINK.sub(lambda m: _resolve_link(m, page, files), html)


# nbconvert gives every <img> without alt this one, in English (nbconvert/exporters/html.py)
NBCONVERT_ALT = "No description has been provided for this image"
_IMAGE = re.compile(r'(<div class="jp-RenderedImage[^"]*"[^>]*>\s*<img\b)([^>]*>)')


def alt_texts(html: str, nb: dict, where: str) -> str:
    """Give each notebook image the alt text its output carries, in the page's language.

    ``nnintro.plot`` figures put theirs in the output's metadata (``image/png``: ``alt``);
    nbconvert's template has no place for it and writes its English default instead. The images
    of the page are the notebook's image outputs, in order. An image without alt text in its
    output is named in a warning (a strict build fails), so none reaches a page undescribed.
    """
    alts = [
        output.get("metadata", {}).get("image/png", {}).get("alt")
        for cell in nb["cells"]
        if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
        if "image/png" in output.get("data", {}) and "text/html" not in output.get("data", {})
    ]
    found = iter(alts)

    def replace(match: re.Match) -> str:
        alt = next(found, None)
        if alt is None:
            log.warning(f"{where}: a notebook image has no alt text (use nnintro.plot's figures)")
            return match[0]
        attributes = re.sub(r'\s*\balt="[^"]*"', "", match[2])
        return f'{match[1]} alt="{htmllib.escape(alt, quote=True)}"{attributes}'

    html, count = _IMAGE.subn(replace, html)
    if count != len(alts):
        log.warning(f"{where}: {len(alts)} image outputs but {count} images on the page")
    return html


def stamp(meta: dict) -> str:
    """Return the HTML line under a tutorial's title: when and with what its outputs were made."""
    run, ko = meta["run"], meta["lang"] == "ko"
    parts = [
        f"{run['started']}에 실행한 결과" if ko else f"Outputs of a run on {run['started']}",
        f"Python {run['python']}",
        f"torch {run['torch']}",
        f"nnintro {run['nnintro']}",
        f"CPU 스레드 {run['threads']}개" if ko else f"{run['threads']} CPU threads",
        f"{run['seconds']:.1f}초" if ko else f"{run['seconds']:.1f} s",
    ]
    return f'<p class="nnintro-stamp">{htmllib.escape(" · ".join(parts))}</p>'


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


def _page_url(path: str, page, files) -> str | None:
    """Return the site path of the page a notebook links as ``path`` (None if there is none)."""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    found = files.get_file_from_path(target)
    return None if found is None else found.url


def _resolve_link(match: re.Match, page, files) -> str:
    """Point a notebook's ``[text](../theory/page.md)`` at that page in the current language."""
    path, fragment = match[1], match[2] or ""
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), path))
    found = files.get_file_from_path(target)
    if found is None:
        log.warning(f"tutorial {page.file.src_uri} links to {path}, which is not a page")
        return match[0]
    return f'href="{found.url_relative_to(page.file)}{fragment}"'
