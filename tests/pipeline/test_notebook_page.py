"""docs/hooks/notebook_page.py on small inputs: the CSS pruning, math detection, the page's files
and the notebook a reader downloads (the built site is checked in tests/site and tests/browser)."""

import json
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from tests.conftest import load_hook


@pytest.fixture(scope="module")
def hook():
    return load_hook("notebook_page")


def test_pruning_keeps_what_can_match_and_drops_the_rest(hook):
    classes = frozenset({"jupyter-wrapper", "jp-Cell", "jp-InputPrompt", "jp-mod-active"})
    css = (
        ".jupyter-wrapper{--jp-used:1px;--jp-unused:2px;--jp-chain:var(--jp-used)}"
        ".jupyter-wrapper :root{--jp-icon:url(data:x)}"  # matches nothing: dropped
        ".jupyter-wrapper .jp-Cell{padding:var(--jp-chain)}"
        ".jupyter-wrapper .jp-Toolbar{color:red}"  # no template emits jp-Toolbar
        ".jupyter-wrapper .jp-Cell:not(.jp-mod-dirty) .jp-InputPrompt{opacity:.5}"
        ".jupyter-wrapper .jp-Cell, .jupyter-wrapper .jp-Dialog{margin:0}"
        ".ansi-red-fg{color:red}"
        "@media (max-width:10px){.jupyter-wrapper .jp-Dialog{top:0}.jp-Cell{top:1px}}"
    )
    pruned = hook.prune_css(css, classes)
    assert "jp-Toolbar" not in pruned and "jp-Dialog" not in pruned and ":root" not in pruned
    assert ".jupyter-wrapper .jp-Cell:not(.jp-mod-dirty) .jp-InputPrompt{opacity:.5}" in pruned
    assert ".jupyter-wrapper .jp-Cell{margin:0}" in pruned
    assert ".ansi-red-fg{color:red}" in pruned
    assert "@media (max-width:10px){.jp-Cell{top:1px}}" in pruned
    assert "--jp-unused" not in pruned  # no rule uses it
    assert "--jp-used:1px" in pruned and "--jp-chain" in pruned  # used through another variable


def test_the_template_classes_include_what_notebooks_emit(hook):
    classes = hook.template_classes()
    for name in (
        "jp-Cell",
        "jp-OutputArea-output",
        "jp-RenderedImage",
        "highlight-ipynb",
        "zeroclipboard-container",
        "clipboard-copy-txt",
        "kn",
        "nn",
    ):
        assert name in classes


def test_a_class_the_pruned_css_lost_is_reported(hook):
    html = '<div class="jp-Cell jp-Magic">x</div>'
    full = ".jp-Magic{color:red}.jp-Cell{margin:0}.jp-Other{top:0}"
    assert hook.unstyled(html, full, frozenset({"jp-Cell"})) == {"jp-Magic"}


def test_math_is_found_where_mathjax_would_typeset_it(hook):
    assert hook.has_math('<span class="arithmatex">\\(x\\)</span>')
    assert not hook.has_math("<p>no math, $5 in code: <code>$HOME</code></p>")
    md = {"cells": [{"cell_type": "markdown", "source": "the slope $W$"}]}
    code = {
        "cells": [
            {
                "cell_type": "code",
                "source": "x = '$'",
                "outputs": [{"output_type": "stream", "text": "$$"}],
            }
        ]
    }
    html_output = {
        "cells": [
            {
                "cell_type": "code",
                "source": "",
                "outputs": [
                    {"output_type": "display_data", "data": {"text/html": ["<p>\\(x^2\\)</p>"]}}
                ],
            }
        ]
    }
    assert hook.has_math("", md) and hook.has_math("", html_output)
    assert not hook.has_math("", code)  # code and its printed text are not typeset


def page_at(tmp_path: Path, locale: str, src_uri="tutorials/03-linear-regression.ipynb"):
    prefix = "" if locale == "ko" else "en/"
    dest = tmp_path / "site" / prefix / "tutorials/03-linear-regression/index.html"
    file = SimpleNamespace(src_uri=src_uri, locale=locale, abs_dest_path=str(dest))
    return SimpleNamespace(file=file, url=f"{prefix}tutorials/03-linear-regression/", meta={})


NEXT = "tutorials/04-multivariable-linear-regression"


@pytest.mark.parametrize("locale", ["ko", "en"])
def test_the_downloaded_notebook_links_the_published_pages(hook, tmp_path, locale):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell(
            "See the [theory](../theory/03-linear-regression.md#cost), "
            "[fit](../reference/train.md), [PyTorch](https://pytorch.org) and [below](#next); "
            '<a href="../tutorials/04-multivariable-linear-regression.ipynb">next</a>'
        ),
        nbformat.v4.new_code_cell("print('[x](../theory/03-linear-regression.md)')"),
    ]
    prefix = "" if locale == "ko" else "en/"
    urls = {
        "../theory/03-linear-regression.md": f"{prefix}theory/03-linear-regression/",
        "../reference/train.md": f"{prefix}reference/train/",
        "../tutorials/04-multivariable-linear-regression.ipynb": f"{prefix}{NEXT}/",
    }
    page = page_at(tmp_path, locale)
    name = hook.write_download(json.loads(nbformat.writes(nb)), page, "https://x.io/nn/", urls.get)
    assert name == f"03-linear-regression.{locale}.ipynb"
    written = nbformat.read(Path(page.file.abs_dest_path).parent / name, as_version=4)
    text = written.cells[0].source
    assert f"(https://x.io/nn/{prefix}theory/03-linear-regression/#cost)" in text
    assert f"(https://x.io/nn/{prefix}reference/train/)" in text
    assert f'href="https://x.io/nn/{prefix}{NEXT}/"' in text
    assert "(https://pytorch.org)" in text and "(#next)" in text
    assert written.cells[1].source == nb.cells[1].source  # code is left alone


def test_lighten_moves_css_scripts_and_pngs_out_and_translates(hook, tmp_path):
    page = page_at(tmp_path, "ko")
    config = SimpleNamespace(site_dir=str(tmp_path / "site"))
    png = "iVBORw0KGgo="  # any base64 bytes
    html = (
        '<style type="text/css">.jupyter-wrapper .jp-Cell{margin:0}</style>'
        "<style>\n        ['pre { line-height: 125%; }']\n        </style>"
        f"<script>{'x' * 2000}clipboard</script>"
        '<div class="jupyter-wrapper"><div class="jp-Cell">'
        '<div class="celltoolbar">\n<div class="button_container tags_button_container">\n'
        '<span class="tag-container">\n<span class="cell-tag">timing</span>\n</span>\n</div>\n'
        "</div>\n"
        '<clipboard-copy ,="" aria-label="Copy to Clipboard" for="cell-1">'
        '<span class="notice" hidden="">Copied!</span></clipboard-copy>'
        f'<img alt="" src="data:image/png;base64,{png}"/></div></div>'
    )
    out = hook.lighten(html, page, config)
    assert "<style" not in out and "celltoolbar" not in out and "data:image" not in out
    assert 'aria-label="클립보드로 복사"' in out and ">클립보드에 복사됨<" in out
    (css,) = page.meta["nnintro_css"]
    assert (tmp_path / "site" / css).read_text() == ".jupyter-wrapper .jp-Cell{margin:0}"
    assert '<script src="../../assets/notebook/clipboard.' in out
    (figure,) = Path(page.file.abs_dest_path).parent.glob("figure-*.png")
    assert f'src="{figure.name}"' in out
