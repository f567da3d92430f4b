"""The glossary: its data file (docs/glossary.yml) is consistent, every page's prose uses the
preferred terms, and the hook (docs/hooks/glossary.py) builds the glossary table and the tooltips.

Fast: no site build. Prose means what a reader reads as text: code spans, fenced code, math, link
targets, URLs, HTML tags with their attributes and ``{{ ... }}`` placeholders are blanked out
before the check (line numbers stay). Korean pages are checked for the Korean and the English
variants (their English glosses are prose too), English pages for the English ones.
"""

from __future__ import annotations

import re
from html import escape as html_escape
from pathlib import Path

import pytest

from tests.conftest import ROOT, load_hook

glossary = load_hook("glossary")
TERMS = glossary.load()
DOCS = ROOT / "docs"


# --- what counts as prose ----------------------------------------------------------------------


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def _blank_code_spans(text: str) -> str:
    """Blank `code` and ``code`` spans: a run of backticks up to the next run of the same length
    within one paragraph."""
    out, i = [], 0
    for run in re.finditer(r"`+", text):
        if run.start() < i:
            continue
        close = re.compile(rf"(?<!`){run[0]}(?!`)").search(text, run.end())
        if close is None or "\n\n" in text[run.end() : close.start()]:
            continue
        out += [text[i : run.start()], _blank(text[run.start() : close.end()])]
        i = close.end()
    return "".join(out) + text[i:]


_NOT_PROSE = [
    re.compile(r"<!--.*?-->", re.S),  # HTML comments
    re.compile(r"^[ \t]*(`{3,}|~{3,}).*?(?:^[ \t]*\1[ \t]*$|\Z)", re.S | re.M),  # fenced code
    _blank_code_spans,
    re.compile(r"\$\$.+?\$\$", re.S),  # display math
    re.compile(r"\$(?:\\.|[^$\\])+?\$"),  # inline math (may wrap a line)
    re.compile(r"\\\(.+?\\\)|\\\[.+?\\\]", re.S),
    re.compile(r"</?[A-Za-z!][^>]*>"),  # HTML tags with their attributes, autolinks
    re.compile(r"(?<=\])\([^)\s]*(?:\s+\"[^\"]*\")?\)"),  # link and image targets
    re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M),  # reference-style link definitions
    re.compile(r"https?://\S+"),  # bare URLs
    re.compile(r"\{\{.*?\}\}", re.S),  # {{ chNN.key }}, {{ exercise … }}, {{ glossary }}
    re.compile(r"\{:?[ \t]*[.#][^}\n]*\}"),  # attribute lists { .class }, { #id }
]


def prose(markdown: str) -> str:
    """Return ``markdown`` with everything but prose replaced by spaces (line breaks kept).

    >>> prose("비용 `loss` $\\\\log x$ [링크](a.md)").split()
    ['비용', '[링크]']
    """
    for remove in _NOT_PROSE:
        if callable(remove) and not isinstance(remove, re.Pattern):
            markdown = remove(markdown)
        else:
            markdown = remove.sub(lambda m: _blank(m[0]), markdown)
    return markdown


def cells(path: Path, lang: str) -> str:
    """Return the markdown cells of ``lang`` in a jupytext tutorial, as Markdown in which every
    other line of the file is blank (so line numbers are the file's)."""
    out, inside = [], False
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# %%"):
            inside = "[markdown]" in line and f'lang="{lang}"' in line
            out.append("")
        elif inside and (line == "#" or line.startswith("# ")):
            out.append(line[2:])
        else:
            out.append("")
    return "\n".join(out)


def violations(text: str, where: str, langs: tuple[str, ...]) -> list[str]:
    """Return one line per variant used in ``text``'s prose: file, line, variant, preferred term."""
    found = []
    clean = prose(text)
    for hit in glossary.find_variants(clean, TERMS, langs):
        line = text.count("\n", 0, hit.start) + 1
        lang = "ko" if re.search(r"[가-힣]", hit.variant) else "en"
        around = " ".join(clean[max(0, hit.start - 20) : hit.end + 20].split())
        found.append(
            f"{where}:{line}: {hit.variant!r} → {hit.term.name(lang)!r} "
            f"({hit.term.en if lang == 'ko' else hit.term.ko}) in “…{around}…”"
        )
    return found


# --- the pages ---------------------------------------------------------------------------------


def _pages() -> list[tuple[str, str, tuple[str, ...]]]:
    """(path, language of its prose, variants checked) for every page the glossary covers."""
    pages = []
    for path in sorted((DOCS / "theory").glob("*.md")):
        lang = "en" if path.name.endswith(".en.md") else "ko"
        pages.append((f"docs/theory/{path.name}", lang))
    for name in ("index.md", "glossary.md", "index.en.md", "glossary.en.md"):
        pages.append((f"docs/{name}", "en" if name.endswith(".en.md") else "ko"))
    for path in sorted((DOCS / "tutorials").glob("*.py")):
        pages += [(f"docs/tutorials/{path.name}", lang) for lang in ("ko", "en")]
    return [(page, lang, ("ko", "en") if lang == "ko" else ("en",)) for page, lang in pages]


@pytest.mark.parametrize(("page", "lang", "langs"), _pages(), ids=lambda v: str(v))
def test_page_uses_the_glossary_terms(page: str, lang: str, langs: tuple[str, ...]) -> None:
    """No page's prose uses a variant the glossary tells to avoid: the message names the file,
    the line, the variant and the preferred term."""
    path = ROOT / page
    text = cells(path, lang) if path.suffix == ".py" else path.read_text(encoding="utf-8")
    found = violations(text, f"{page} ({lang})" if path.suffix == ".py" else page, langs)
    assert not found, f"{len(found)} variants to replace:\n" + "\n".join(found)


def test_definitions_use_the_glossary_terms() -> None:
    found = []
    for term in TERMS:
        found += violations(term.ko_def, f"docs/glossary.yml {term.id} ko_def", ("ko", "en"))
        found += violations(term.en_def, f"docs/glossary.yml {term.id} en_def", ("en",))
    assert not found, "\n".join(found)


def test_the_check_finds_real_variants_and_nothing_else() -> None:
    def variants(text: str, langs=("ko", "en")) -> list[str]:
        return [hit.variant for hit in glossary.find_variants(prose(text), TERMS, langs)]

    # found: alone, with a particle, across a line break, in a gloss, in any case
    assert variants("파라미터를 고칩니다.") == ["파라미터"]
    assert variants("9장의 미니\n배치와 에포크") == ["미니\n배치", "에포크"]
    assert variants("교차 엔트로피(Cross Entropy)") == ["Cross Entropy"]
    assert variants("검증 손실이 줄어듭니다.") == ["손실"]
    assert variants("시험 데이터에 맞춰 고르면 시험 정확도가") == ["시험 데이터", "시험 정확도"]
    assert variants("손실 함수를 줄입니다.") == ["손실 함수"]  # the longest variant, once
    # not found: inside a longer preferred term, another meaning, other names, not prose
    assert variants("하이퍼파라미터와 매개변수") == []
    assert variants("정보가 손실된 이미지") == []
    assert variants("같은 것을 손실 함수(loss function)라고도 부릅니다. 비용이") == []
    assert (
        variants("`파라미터` $\\text{손실}$ [비용](../손실.md) <span title='에포크'>x</span>") == []
    )
    assert variants("```python\n# 에포크마다\n```\n") == []
    assert variants("binary cross-entropy and one-hot encoding, mini-batches") == []
    assert variants("hyper-parameters", ("en",)) == ["hyper-parameters"]


def test_korean_pages_are_checked_line_by_line(tmp_path: Path) -> None:
    source = tmp_path / "99-x.py"
    source.write_text(
        '# %% [markdown] lang="ko"\n# 좋은 문장.\n#\n# 미니 배치로 나눕니다.\n\n'
        '# %% [markdown] lang="en"\n# Mini batch.\n\n# %%\nminibatch = 1  # 미니 배치\n',
        encoding="utf-8",
    )
    assert violations(cells(source, "ko"), "x", ("ko", "en"))[0].startswith("x:4: '미니 배치'")
    assert violations(cells(source, "en"), "x", ("en",))[0].startswith("x:7: 'Mini batch'")


# --- the data file -----------------------------------------------------------------------------


def test_data_file_is_consistent() -> None:
    """Every term has both languages and both definitions; no id or form twice; no variant to
    avoid is any term's accepted form."""
    assert len(TERMS) >= 50
    for term in TERMS:
        assert term.ko and term.en and term.ko_def and term.en_def, term.id
        assert re.search(r"[가-힣]", term.ko_def) and not re.search(r"[가-힣]", term.en_def)
    assert glossary.problems(TERMS) == []


def test_every_term_links_a_chapter_with_a_theory_page() -> None:
    pages = glossary.chapter_pages(DOCS)
    missing = sorted({(t.chapter, t.id) for t in TERMS if t.chapter not in pages})
    assert not missing, f"no docs/theory/NN-name.md for these terms' chapters: {missing}"


def test_brief_decisions_are_in_the_data() -> None:
    """The forms the course decided where sources differ are the preferred forms (a variant of
    one of them is then reported on every page that uses it)."""
    by_en = {term.en: term for term in TERMS}
    decided = {
        "parameter": "매개변수", "hyperparameter": "하이퍼파라미터", "training data": "훈련 데이터",
        "validation data": "검증 데이터", "test data": "테스트 데이터", "cost": "비용",
        "cost function": "비용 함수", "cross-entropy": "교차 엔트로피", "hidden layer": "은닉층",
        "binary cross-entropy": "이진 교차 엔트로피", "fully connected layer": "완전 연결층",
        "least squares": "최소제곱", "mini-batch": "미니배치", "epoch": "에폭",
        "gradient descent": "경사 하강법", "gradient": "기울기", "forward pass": "순전파",
        "backpropagation": "역전파", "computational graph": "계산 그래프",
        "chain rule": "연쇄 법칙",
        "vanishing gradient": "기울기 소실", "activation function": "활성화 함수",
        "output layer": "출력층", "input layer": "입력층", "test accuracy": "테스트 정확도",
    }  # fmt: skip
    assert {en: by_en[en].ko for en in decided if en in by_en} == decided


def test_malformed_entries_are_named_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("terms:\n  - {id: x, ko: 가, en: a, ko_def: 뜻., chapter: 1}\n", "utf-8")
    with pytest.raises(glossary.GlossaryError, match=r"term 1 \(x\): missing \['en_def'\]"):
        glossary.load(path)
    path.write_text("terms:\n  - {id: x, ko: 가, en: a, ko_def: '`가`.', en_def: A., chapter: 1}\n")
    with pytest.raises(glossary.GlossaryError, match="plain text"):
        glossary.load(path)
    one = glossary.Term("a", "매개변수", "parameter", "뜻.", "A.", 1, {"ko": ("비용",)}, {})
    two = glossary.Term("b", "비용", "parameter", "뜻.", "A.", 1, {}, {})
    found = glossary.problems((one, two))
    assert "the en form 'parameter' belongs to several terms: a, b" in found
    assert "a: the variant '비용' to avoid is a form of 'b'" in found


# --- the glossary pages ------------------------------------------------------------------------


def test_glossary_table_lists_every_term_sorted_in_the_page_language() -> None:
    pages = {n: f"theory/{n:02d}-x.md" for n in range(1, 100)}
    for lang in ("ko", "en"):
        rows = [r for r in glossary.table(TERMS, lang, pages).splitlines() if r.startswith("| **")]
        names = [re.match(r"\| \*\*(.+?)\*\*", row)[1] for row in rows]
        assert sorted(names) == sorted(t.name(lang) for t in TERMS)
        if lang == "ko":  # 가나다 first, then the terms in Latin letters
            korean = [n for n in names if re.search(r"[가-힣]", n)]
            assert names[: len(korean)] == sorted(korean) and len(korean) > len(names) / 2
        else:
            assert names == sorted(names, key=str.casefold)
    row = next(r for r in glossary.table(TERMS, "ko", pages).splitlines() if "**역전파**" in r)
    assert row.startswith("| **역전파**{ #backpropagation } | backpropagation | 출력 쪽에서")
    assert row.endswith("| [10장](theory/10-x.md) |")
    en = glossary.table(TERMS, "en", pages, "sub")
    assert "| [Chapter 10](../theory/10-x.md) |" in en
    with pytest.raises(glossary.GlossaryError, match=r"chapters \[10\].*backpropagation \(10\)"):
        glossary.table(TERMS, "ko", {n: "p.md" for n in range(1, 10)} | {11: "p.md"})


def test_glossary_pages_and_site_wiring() -> None:
    for name in ("glossary.md", "glossary.en.md"):
        assert glossary.MARKER.search((DOCS / name).read_text(encoding="utf-8")), name
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for needed in ("docs/hooks/glossary.py", "content.tooltips", "  glossary.yml", "용어집: "):
        assert needed in config, needed
    assert "(glossary.md)" in (DOCS / "index.md").read_text(encoding="utf-8")
    assert "(glossary.md)" in (DOCS / "index.en.md").read_text(encoding="utf-8")


# --- tooltips ----------------------------------------------------------------------------------


def test_tooltips_skip_code_math_headings_links_and_outputs() -> None:
    html = (
        "<h2 id='x'>역전파</h2>"
        '<p>Code <code>역전파()</code> and math <span class="arithmatex">\\(역전파\\)</span>,'
        " $\\text{역전파}$, a <a href='../x.md' title='역전파'>역전파</a>,"
        ' <abbr title="old">역전파</abbr>.</p>'
        "<pre><code>역전파 = 1</code></pre>"
        '<div class="jp-Cell jp-CodeCell"><div class="clipboard-copy-txt">역전파()</div>'
        '<div class="jp-OutputArea"><div><p>역전파</p></div></div></div>'
        '<div class="jp-Cell jp-MarkdownCell"><div class="jp-InputArea"><div class="jp-Markdown">'
        "<p>여기서 역전파를 배웁니다. 역전파는 두 번째라서 그대로입니다.</p></div></div></div>"
    )
    title = html_escape(next(t for t in TERMS if t.id == "backpropagation").title("ko"))
    expected = html.replace("여기서 역전파를", f'여기서 <abbr title="{title}">역전파</abbr>를')
    assert glossary.wrap_terms(html, TERMS, "ko") == expected


def test_tooltips_mark_the_first_use_in_the_page_language() -> None:
    text = (
        "<p>A hyperparameter, not a parameter: the weights and the bias of each layer.</p>"
        "<p>The slope of the line is not a gradient; 직선의 기울기.</p><img alt='bias' src='a.svg'>"
    )
    en = glossary.wrap_terms(text, TERMS, "en")
    marked = re.findall(r'<abbr title="([^"(]+?) \(', en)
    assert marked == ["hyperparameter", "parameter", "weight", "bias", "gradient"]
    assert ">weights</abbr>" in en and "alt='bias'" in en and "layer</abbr>" not in en
    ko = glossary.wrap_terms("<p>직선의 기울기(slope)와 비용의 기울기(gradient)</p>", TERMS, "ko")
    assert ko.count("<abbr") == 2 and "직선의 기울기(slope)" in ko  # 비용 and the second 기울기
    assert re.search(r'<abbr title="기울기\(gradient\): [^"]+">기울기</abbr>\(gradient\)', ko)
    assert 'title="비용(cost): ' in ko
