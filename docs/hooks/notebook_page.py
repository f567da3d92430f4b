"""Make a rendered tutorial page light and say its chrome in its language (used by tutorials.py).

mkdocs-jupyter inlines into every notebook page the whole JupyterLab stylesheet (about 580 KB, the
same on every tutorial), two scripts, and every figure as a base64 ``data:`` URI. This module

- serves that CSS once, as ``assets/notebook/notebook.HASH.css``, pruned to the rules that can
  match what nbconvert's templates emit (about 25 KB): selectors that need a class no template
  and no highlighter emits, and ``.jupyter-wrapper :root`` (76 KB of icon variables that never
  apply), are dropped; a page using a class the pruned CSS lost fails the strict build;
- serves the inline scripts as ``assets/notebook/NAME.HASH.js``;
- writes each PNG output beside its page (``figure-HASH.png``) and points ``<img src>`` at it;
- removes the cell-tag toolbar (``timing`` pills) and says the copy button in the page's language;
- writes the notebook a reader downloads (``NAME.LANG.ipynb``) with its links to other pages of
  the course pointed at the published pages, since a relative ``.md`` link means nothing in
  Jupyter.

The pages link the CSS from their ``<head>`` and load MathJax only where there is math: the hook
sets ``page.meta`` keys that ``overrides/main.html`` reads.
"""

from __future__ import annotations

import base64
import functools
import glob
import hashlib
import json
import logging
import os
import re
from pathlib import Path
from urllib.parse import urljoin

import nbformat
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.notebook_page")

ASSETS = "assets/notebook"
_STYLE = re.compile(r'<style(?: type="text/css")?>(.*?)</style>\s*', re.S)
# mkdocs-jupyter appends the Pygments CSS once more, as the text of a Python list: not CSS at all.
_LISTED_CSS = re.compile(r"<style>\s*\['.*?'\]\s*</style>\s*", re.S)
_SCRIPT = re.compile(r'<script( type="module")?>(.*?)</script>', re.S)
_PNG = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=\s]+)"')
_TAGS = re.compile(
    r'<div class="celltoolbar">\s*(?:<div class="button_container tags_button_container">'
    r".*?</div>\s*)*</div>\s*",
    re.S,
)
_CLASSES = re.compile(r'class="([^"]*)"')
# What the copy button says (Material's own strings for its copy buttons on Markdown pages).
COPY = {
    "ko": ("클립보드로 복사", "클립보드에 복사됨"),
    "en": ("Copy to clipboard", "Copied to clipboard"),
}
# Math a page's MathJax would typeset: arithmatex output, or TeX delimiters in notebook cells.
_TEX = re.compile(r"\$|\\\(|\\\[")


# --- the notebook stylesheet ------------------------------------------------------------------


@functools.cache
def template_classes() -> frozenset[str]:
    """Every word in the templates that render a notebook page: the class names they can emit.

    nbconvert's ``lab`` and ``base`` templates, mkdocs-jupyter's code, template and scripts,
    Pygments' token classes (the highlighted code) and the ANSI colour classes (``ansi-red-fg``)
    nbconvert writes.
    """
    import mkdocs_jupyter
    from jupyter_core.paths import jupyter_path
    from pygments.token import STANDARD_TYPES

    paths = [
        path
        for folder in jupyter_path("nbconvert", "templates")
        for part in ("lab", "base")
        for path in glob.glob(os.path.join(folder, part, "*.j2"))
    ]
    package = Path(mkdocs_jupyter.__file__).parent  # its code writes classes too
    paths += [str(p) for p in (*package.glob("*.py"), *package.glob("templates/*/*.j2"))]
    paths += [str(p) for p in package.glob("templates/*/assets/*.js")]
    words = {"highlight-ipynb", "jupyter-wrapper", *STANDARD_TYPES.values()}
    for path in paths:
        words |= set(re.findall(r"[A-Za-z_][\w-]*", Path(path).read_text(encoding="utf-8")))
    return frozenset(words)


_NEVER = re.compile(r"\S\s+(?::root|html|body)\b")  # ".jupyter-wrapper :root" matches nothing
_FUNCTIONAL = re.compile(r":(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def needed_classes(selector: str) -> set[str]:
    """Return the classes an element path must carry for ``selector`` to match it (classes inside
    ``:not()``, ``:is()``, ``:where()`` and ``:has()`` are not required)."""
    return set(_CLASS.findall(_FUNCTIONAL.sub("", selector)))


def can_match(selector: str, classes: frozenset[str]) -> bool:
    if _NEVER.search(selector):
        return False
    return all(c in classes or c.startswith("ansi-") for c in needed_classes(selector))


def prune_css(css: str, classes: frozenset[str]) -> str:
    """Return ``css`` without the rules no page can match, and without the custom properties
    (``--jp-…``) that no remaining rule uses."""
    import tinycss2

    def selectors(prelude) -> list[str]:
        parts, current = [], []
        for token in prelude:
            if token.type == "literal" and token.value == ",":
                parts.append(current)
                current = []
            else:
                current.append(token)
        return [tinycss2.serialize(p).strip() for p in [*parts, current]]

    def prune(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule":
                kept = [s for s in selectors(rule.prelude) if can_match(s, classes)]
                if kept:
                    out.append(",".join(kept) + "{" + tinycss2.serialize(rule.content) + "}")
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports"):
                inner = prune(tinycss2.parse_rule_list(rule.content or [], True, True))
                if inner:
                    prelude = tinycss2.serialize(rule.prelude)
                    out.append(f"@{rule.at_keyword}{prelude}{{{inner}}}")
            elif rule.type == "at-rule" and rule.lower_at_keyword == "charset":
                continue  # only valid first; the file is UTF-8 anyway
            elif rule.type == "at-rule":
                out.append(tinycss2.serialize([rule]))
        return "".join(out)

    css = prune(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    declaration = re.compile(r"(?<=[{;])\s*(--[\w-]+)\s*:[^;{}]*(?:;|(?=\}))")
    while True:  # variables refer to variables: drop the unused ones until none is left
        used = set(re.findall(r"var\(\s*(--[\w-]+)", css))
        pruned = declaration.sub(lambda m, used=used: m[0] if m[1] in used else "", css)
        if pruned == css:
            return pruned
        css = pruned


def unstyled(html: str, full_css: str, classes: frozenset[str]) -> set[str]:
    """Return the classes ``html`` uses that the full CSS styles but the pruned CSS dropped."""
    used = {c for value in _CLASSES.findall(html) for c in value.split()}
    styled = set(_CLASS.findall(full_css))
    return {c for c in used & styled if c not in classes and not c.startswith("ansi-")}


def _write(site_dir: str, name: str, text: str, suffix: str) -> str:
    """Write ``text`` once as ``assets/notebook/NAME.HASH.SUFFIX``; return its site path."""
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    uri = f"{ASSETS}/{name}.{digest}.{suffix}"
    path = Path(site_dir) / uri
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return uri


# --- a page ------------------------------------------------------------------------------------


def lighten(html: str, page, config) -> str:
    """Move a notebook page's CSS, scripts and PNGs out of its HTML; drop tags; translate.

    Sets ``page.meta["nnintro_css"]``, the stylesheets ``overrides/main.html`` links.
    """
    html = _LISTED_CSS.sub("", html)
    full = "\n".join(_STYLE.findall(html))
    classes = template_classes()
    if lost := unstyled(_SCRIPT.sub("", html), full, classes):
        log.warning(
            f"{page.file.src_uri}: classes {sorted(lost)} are styled by mkdocs-jupyter's CSS "
            "but no template emits them; add them in notebook_page.template_classes"
        )
    css = prune_css(full, classes)
    page.meta["nnintro_css"] = [_write(config.site_dir, "notebook", css, "css")]
    html = _STYLE.sub("", html)

    def script(match: re.Match) -> str:
        kind, body = match[1] or "", match[2]
        if len(body) < 1000:
            return match[0]
        name = next((n for n in ("mermaid", "clipboard") if n in body), "notebook")
        uri = _write(config.site_dir, name, body.strip() + "\n", "js")
        return f'<script{kind} src="{get_relative_url(uri, page.url)}"></script>'

    html = _SCRIPT.sub(script, html)

    folder = Path(page.file.abs_dest_path).parent
    folder.mkdir(parents=True, exist_ok=True)

    def png(match: re.Match) -> str:
        data = base64.b64decode(match[1])
        name = f"figure-{hashlib.sha256(data).hexdigest()[:12]}.png"
        if not (folder / name).exists():
            (folder / name).write_bytes(data)
        return f'src="{name}"'

    html = _PNG.sub(png, html)
    html = _TAGS.sub("", html)  # the `timing` pill means nothing to a reader
    lang = "ko" if page.file.locale == "ko" else "en"
    copy, copied = COPY[lang]
    html = html.replace(' ,=""', "")  # a stray comma in mkdocs-jupyter's template
    html = html.replace('aria-label="Copy to Clipboard"', f'aria-label="{copy}" title="{copy}"')
    notice = '<span class="notice" hidden="">{}</span>'
    return html.replace(notice.format("Copied!"), notice.format(copied))


def has_math(html: str, notebook: dict | None = None) -> bool:
    """Return whether a page has math for MathJax: arithmatex output (Markdown pages, docstrings)
    or TeX delimiters in a notebook's Markdown cells or its HTML, Markdown or LaTeX outputs."""
    if 'class="arithmatex"' in html:
        return True
    for cell in (notebook or {}).get("cells", []):
        texts = [cell["source"]] if cell["cell_type"] == "markdown" else []
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            texts += [data.get(k, "") for k in ("text/html", "text/markdown", "text/latex")]
        if any(_TEX.search("".join(t) if isinstance(t, list) else t) for t in texts):
            return True
    return False


# --- the notebook a reader downloads ------------------------------------------------------------

_MD_LINK = re.compile(r"\]\((?![a-z][a-z0-9+.-]*:|#|/)([^)\s#]+\.(?:md|ipynb))(#[^)\s]*)?\)")
_HTML_LINK = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|#|/)([^"#]+\.(?:md|ipynb))(#[^"]*)?"')


def download_name(page) -> str:
    """``03-linear-regression.ko.ipynb``: the two languages' notebooks must not share a name."""
    stem = Path(page.file.src_uri).stem
    return f"{stem}.{'ko' if page.file.locale == 'ko' else 'en'}.ipynb"


def write_download(notebook: dict, page, site_url: str, resolve) -> str:
    """Write the page's notebook beside it for download, its course links made absolute.

    ``resolve(path)`` returns the site path (``en/theory/03-linear-regression/``) of a page that
    a Markdown cell links as ``path``, or None. Returns the file's name.
    """
    nb = nbformat.from_dict(json.loads(json.dumps(notebook)))

    def absolute(match: re.Match, template: str) -> str:
        url = resolve(match[1])
        if url is None:
            return match[0]
        return template.format(urljoin(site_url, url) + (match[2] or ""))

    for cell in nb["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        text = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        text = _MD_LINK.sub(lambda m: absolute(m, "]({})"), text)
        cell["source"] = _HTML_LINK.sub(lambda m: absolute(m, 'href="{}"'), text)
    name = download_name(page)
    path = Path(page.file.abs_dest_path).parent / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
    return name
