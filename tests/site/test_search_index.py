"""The search hook (docs/hooks/search.py): Korean particles, prose without chrome, a page's entries
and terms; on the built site, one index per language (slow)."""

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ARTIFACTS, load_hook

search = load_hook("search")
FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000000.0}}
CHROME = ["\\(", "\\[", "$$", "In [", "Out[", "Copied!", "Copied to clipboard", "클립보드", "¶"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("학습률", ["학습률"]),
        ("학습률을", ["학습률"]),
        ("학습률이", ["학습률"]),
        ("학습률은 0.01입니다.", ["학습률", "0.01"]),
        ("경사 하강법으로 학습합니다", ["경사", "하강법", "학습합니다"]),
        ("값으로 장에서는", ["값", "장"]),  # particles no noun ends in: after one syllable too
        ("데이터에서부터 모델의", ["데이터", "모델"]),
        ("SGD를 nn.Linear와", ["sgd", "nn", "linear"]),
        ("학습률(learning rate)을", ["학습률", "learning", "rate"]),
    ],
)
def test_a_particle_comes_off_its_word(text, words):
    assert search.tokens(text) == words


@pytest.mark.parametrize(
    "word",
    [
        "결과",
        "평가",
        "길이",
        "정의",
        "정확도",
        "고양이",
        "가중치",
        "역전파",
        "train_one_epoch",
        "0.01",
    ],
)
def test_a_word_that_only_ends_like_a_particle_stays_whole(word):
    assert search.tokens(word) == [word]


@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"|B| = n", "|B| = n"),
        (r"\sigma(z) \ge 0.5", "σ(z) ≥ 0.5"),
        (r"\hat{y} = \frac{1}{1 + e^{-z}}", "ŷ = 1/(1 + e^(-z))"),
        (r"W \approx 2", "W ≈ 2"),
        (r"c = \frac{2}{n}\sum_i x_i^2", "c = 2/n Σᵢ xᵢ²"),
        (r"\partial\,\text{cost}/\partial W", "∂ cost/∂ W"),
        (r"X^\top X", "Xᵀ X"),
    ],
)
def test_inline_math_reads_as_text(tex, text):
    assert search.tex_to_text(tex) == text


# A theory section and a notebook's markdown and code cells as MkDocs, arithmatex and
# mkdocs-jupyter render them (trimmed).
THEORY_HTML = """
<h1 id="선형-회귀">선형 회귀<a class="headerlink" href="#선형-회귀">¶</a></h1>
<p>들어가며.</p>
<h2 id="경사-하강법">경사 하강법<a class="headerlink" href="#경사-하강법">¶</a></h2>
<p><strong>경사 하강법</strong>(gradient descent)은 배치
<span class="arithmatex">\\(|B| = n\\)</span>개로 비용을 줄입니다.</p>
<div class="arithmatex">\\[W := W - \\alpha \\frac{\\partial}{\\partial W}\\]</div>
<h2 id="4-경사-하강법으로-학습하기">4. 경사 하강법으로 학습하기</h2><p>본문.</p>
"""
NOTEBOOK_HTML = """
<div class="jp-Cell jp-MarkdownCell"><div class="jp-InputArea"><div class="jp-InputPrompt"></div>
<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown">
<h2 id="1-setup">1. Setup<a class="headerlink" href="#1-setup">¶</a></h2>
<p class="nnintro-stamp">Ran 2026-01-01 · torch 2.4</p><p>The cost $H(x) = Wx + b$ and $$x^2$$.</p>
</div></div></div>
<div class="jp-Cell jp-CodeCell"><div class="jp-InputArea">
<div class="jp-InputPrompt jp-InputArea-prompt">In [15]:</div>
<div class="jp-CodeMirrorEditor"><div class="CodeMirror"><div class="zeroclipboard-container">
<clipboard-copy for="cell-15"><div><span class="notice" hidden>Copied!</span><svg></svg></div>
</clipboard-copy></div>
<div class="highlight-ipynb"><pre><span class="n">model</span> <span class="o">=</span> fit()
</pre></div><div class="clipboard-copy-txt" id="cell-15">model = fit()</div></div></div></div>
<div class="jp-Cell-outputWrapper"><div class="jp-OutputArea"><div class="jp-OutputPrompt">Out[15]:
</div><pre>tensor([2.0])</pre></div></div></div>
"""


def test_prose_keeps_text_and_code_once_and_leaves_chrome_out():
    text = search.prose(NOTEBOOK_HTML)
    assert "The cost H(x) = Wx + b and" in text
    assert text.count("model = fit()") == 1
    assert "tensor" not in text and "Ran 2026" not in text
    assert [chrome for chrome in CHROME if chrome in text] == []
    assert '<h2 id="1-setup">1. Setup</h2>' in text


def test_code_blocks_leave_the_snippet_and_their_names_are_searched():
    text, names = search.code_names(
        "<p>Data:</p> <pre>x_train = torch.FloatTensor([[1], [2]])\n"
        "model = nn.Linear(1, 1)  # &lt;- one layer\nprint(x_train.shape, model)\n</pre><p>Then</p>"
    )
    assert text == "<p>Data:</p><p>Then</p>"
    assert names == "x_train torch.FloatTensor model nn.Linear one layer print x_train.shape"
    assert search.code_names("<p>No code</p>") == ("<p>No code</p>", "")


def test_a_theory_page_gives_sections_with_the_terms_they_teach():
    page = SimpleNamespace(
        url="theory/03-linear-regression/", content=THEORY_HTML, toc=[], meta={}, title="선형 회귀"
    )
    entries = {entry["location"]: entry for entry in search.entries(page)}
    gd = entries["theory/03-linear-regression/#경사-하강법"]
    assert gd["title"] == "경사 하강법"
    assert "배치 |B| = n개로" in gd["text"]
    assert [chrome for chrome in CHROME if chrome in gd["text"] + gd["title"]] == []
    assert "alpha" not in gd["text"] and "α" not in gd["text"]  # display math is left out
    assert gd["terms"] == "경사 하강법 경사하강법 gradient descent"
    assert entries["theory/03-linear-regression/"]["terms"] == "선형 회귀 선형회귀"
    # a heading with a particle is a phrase, not a term
    assert "terms" not in entries["theory/03-linear-regression/#4-경사-하강법으로-학습하기"]


def test_english_pages_are_located_under_their_own_root():
    page = SimpleNamespace(
        url="en/tutorials/03-linear-regression/",
        content=NOTEBOOK_HTML,
        toc=[],
        meta={},
        title="Linear regression tutorial",
    )
    locations = [entry["location"] for entry in search.entries(page, "en/")]
    assert locations == [
        "tutorials/03-linear-regression/",
        "tutorials/03-linear-regression/#1-setup",
    ]


def test_the_index_configures_materials_search_for_its_language():
    docs = [{"location": "", "title": "학습률", "text": "<p>학습률을</p>"}]
    index = json.loads(search.index_json(docs, "ko", FIELDS))
    assert index["docs"] == docs
    assert index["config"]["lang"] == ["ko"]
    assert index["config"]["separator"] == search.SEPARATOR
    assert index["config"]["fields"]["terms"]["boost"] > index["config"]["fields"]["title"]["boost"]
    assert "학습률" in search.index_json(docs, "ko", FIELDS)  # UTF-8, not \\uXXXX escapes
    assert json.loads(search.index_json([], "en", FIELDS))["config"]["lang"] == ["en"]


@pytest.mark.slow
def test_the_built_site_has_one_index_of_prose_per_language(site: Path):
    indexes = {
        "ko": json.loads((site / "search/search_index.json").read_text("utf-8")),
        "en": json.loads((site / "en/search/search_index.json").read_text("utf-8")),
    }
    sizes = []
    for lang, index in indexes.items():
        root = site if lang == "ko" else site / "en"
        assert index["config"]["lang"] == [lang]
        pages = {doc["location"].split("#")[0] for doc in index["docs"]}
        built = {
            f"{p.parent.relative_to(root).as_posix()}/".removeprefix("./")
            for p in root.glob("**/index.html")
            if p.relative_to(root).parts[0] not in ("en", "assets", "search")
        }
        assert pages == built, f"{lang}: pages not indexed {built - pages}, extra {pages - built}"
        assert "reference/train/" in pages  # the API pages, in both languages
        text = " ".join(doc["title"] + " " + doc["text"] for doc in index["docs"])
        assert [chrome for chrome in CHROME if chrome in text] == []
        assert all("<pre>" not in doc["text"] for doc in index["docs"])  # code: names only
        assert any("zero_grad" in doc.get("code", "") for doc in index["docs"])
        size = (root / "search/search_index.json").stat().st_size
        sizes.append(f"{lang}: {len(pages)} pages, {len(index['docs'])} sections, {size:,} bytes")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "search-index.txt").write_text("\n".join(sizes) + "\n", encoding="utf-8")
    print("search indexes:", "; ".join(sizes))
