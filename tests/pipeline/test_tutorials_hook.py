"""The tutorial machinery of docs/hooks/tutorials.py: split, cache key, execution, cache."""

import textwrap

import jupytext
import nbformat
import pytest
from mkdocs.exceptions import PluginError

SOURCE = textwrap.dedent(
    """\
    # %% [markdown] lang="ko"
    # # 제목
    # 한국어 설명

    # %% [markdown] lang="en"
    # # Title
    # English text

    # %%
    x = 6 * 7
    print(x)
    """
)


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "toy.py"
    path.write_text(SOURCE, encoding="utf-8")
    return path


@pytest.fixture
def library(tmp_path):
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.py").write_text("A = 1\n")
    return lib


def test_split_keeps_code_and_only_that_language(tutorials_hook, source):
    nb = jupytext.read(source)
    ko, en = tutorials_hook.split(nb, "ko"), tutorials_hook.split(nb, "en")
    assert [c.cell_type for c in ko.cells] == ["markdown", "code"]
    assert "한국어" in ko.cells[0].source and "English" in en.cells[0].source
    assert ko.cells[1].source == en.cells[1].source == "x = 6 * 7\nprint(x)"
    assert "lang" not in ko.cells[0].metadata
    assert ko.metadata["nnintro"] == {"lang": "ko"}
    assert len(nb.cells) == 3, "split must not change its input"


EXERCISES = textwrap.dedent(
    """\
    # %% [markdown] lang="ko"
    # {{ exercise ch03.q1 }}

    # %% [markdown] lang="en"
    # {{ exercise ch03.q1 }}

    # %%
    from nnintro import exercises
    from nnintro.exercises import ch03

    exercises.set_language("ko")  # "ko" or "en"

    # %%
    def my_mse(pred, target):
        return ((pred - target) ** 2).sum()


    ch03.q1.check(my_mse)
    """
)


def test_split_shows_exercises_and_their_feedback_in_the_page_language(tutorials_hook, tmp_path):
    """The question with folded hint and solution in the page's language, the feedback of the
    one run in that language too, and the English notebook asks for English feedback."""
    path = tmp_path / "03-exercises.py"
    path.write_text(EXERCISES, encoding="utf-8")
    nb = tutorials_hook.execute(path, cwd=tmp_path)
    ko, en = tutorials_hook.split(nb, "ko"), tutorials_hook.split(nb, "en")
    assert "**연습 3.1.**" in ko.cells[0].source and "<summary>풀이</summary>" in ko.cells[0].source
    assert (
        "**Exercise 3.1.**" in en.cells[0].source
        and "<summary>Hint</summary>" in en.cells[0].source
    )
    assert 'set_language("en")' in en.cells[1].source and 'set_language("ko")' in ko.cells[1].source
    (ko_out,), (en_out,) = ko.cells[2].outputs, en.cells[2].outputs
    assert set(ko_out.data) == set(en_out.data) == {"text/plain", "text/html"}
    assert ko_out.data["text/plain"].startswith("틀렸습니다. 210은 제곱 오차의 합")
    assert en_out.data["text/plain"].startswith("Incorrect. 210 is the sum of the squared errors")
    assert "nnintro-incorrect" in en_out.data["text/html"]


def test_split_rejects_untagged_markdown_and_unknown_language(tutorials_hook, source):
    nb = jupytext.read(source)
    del nb.cells[1].metadata["lang"]
    with pytest.raises(ValueError, match=r"markdown cell 1 .*Title.* lang=None"):
        tutorials_hook.split(nb, "ko")
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        tutorials_hook.split(jupytext.read(source), "fr")


def test_cache_key_follows_source_and_library(tutorials_hook, source, library):
    key = tutorials_hook.cache_key(source, library)
    assert key == tutorials_hook.cache_key(source, library)
    (library / "a.py").write_text("A = 2\n")
    changed_library = tutorials_hook.cache_key(source, library)
    assert changed_library != key
    source.write_text(SOURCE + "\n# %%\nprint(1)\n", encoding="utf-8")
    assert tutorials_hook.cache_key(source, library) != changed_library


def test_cache_executes_once_and_writes_both_languages(tutorials_hook, source, tmp_path):
    cache = tutorials_hook.Cache(tmp_path / "cache")
    ko = cache.notebook(source, "ko")
    en = cache.notebook(source, "en")
    assert cache.executions == 1
    assert cache.notebook(source, "ko") == ko and cache.executions == 1
    again = tutorials_hook.Cache(tmp_path / "cache")  # a new build process, same cache folder
    again.notebook(source, "en")
    assert again.executions == 0
    outputs = nbformat.read(ko, as_version=4).cells[1].outputs
    assert outputs[0]["text"] == "42\n"
    assert nbformat.read(en, as_version=4).cells[0].source.startswith("# Title")


def test_execution_error_names_tutorial_and_cell(tutorials_hook, tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text(SOURCE + "\n# %%\n1 / 0\n", encoding="utf-8")
    with pytest.raises(
        PluginError, match=r"(?s)tutorial broken\.py failed in cell 3.*ZeroDivisionError"
    ):
        tutorials_hook.execute(broken, cwd=tmp_path)


def test_merge_streams_joins_only_neighbouring_chunks_of_one_stream(tutorials_hook):
    out = nbformat.v4.new_output
    chunks = [
        out("stream", name="stdout", text="a\n"),
        out("stream", name="stdout", text="b\n"),
        out("stream", name="stderr", text="warning\n"),
        out("display_data", data={"text/plain": "fig"}),
        out("stream", name="stdout", text="c\n"),
    ]
    merged = tutorials_hook.merge_streams(chunks)
    assert [(o.output_type, o.get("text")) for o in merged] == [
        ("stream", "a\nb\n"),
        ("stream", "warning\n"),
        ("display_data", None),
        ("stream", "c\n"),
    ]


def test_repeated_headings_get_numbered_anchors(tutorials_hook):
    def heading(text):
        return f'<h2 id="x">{text}<a class="anchor-link" href="#x">¶</a></h2>'

    html = "".join(heading(t) for t in ["비용 함수", "a_1", "비용 함수", "a", "a", "a"])
    _, headings = tutorials_hook.slug_headings(html)
    assert [h["id"] for h in headings] == ["비용-함수", "a_1", "비용-함수_1", "a", "a_2", "a_3"]


NUMBERS_CELL = '\n# %% tags=["numbers"]\n{"answer": str(x), "half": f"{x / 2:.1f}"}\n'


@pytest.fixture(scope="module")
def quoting(tutorials_hook, tmp_path_factory):
    """A toy tutorial whose English prose quotes {{ ch07.answer }} from its numbers cell, and its
    one execution (shared by the two tests below: each execution starts a kernel)."""
    folder = tmp_path_factory.mktemp("quoting")
    path = folder / "toy.py"
    text = SOURCE.replace("# English text", "# English text: {{ ch07.answer }}")
    path.write_text(text + NUMBERS_CELL, encoding="utf-8")
    return path, tutorials_hook.execute(path, cwd=folder)


def test_execution_records_its_run_and_the_numbers_cell(tutorials_hook, quoting):
    _, nb = quoting
    meta = nb.metadata["nnintro"]
    assert meta["numbers"] == {"answer": "42", "half": "21.0"}
    run = meta["run"]
    assert set(run) == {"python", "torch", "nnintro", "threads", "started", "seconds"}
    assert run["threads"] >= 1 and run["seconds"] > 0 and run["started"].endswith(" UTC")
    sources = [c.source for c in nb.cells]
    assert len(sources) == 3 and not any("numbers" in s or "json" in s for s in sources)
    assert tutorials_hook.split(nb, "en").metadata["nnintro"] == {"lang": "en", "run": run}


def test_a_numbers_cell_must_end_with_a_dict(tutorials_hook, source, tmp_path):
    source.write_text(SOURCE + '\n# %% tags=["numbers"]\nx\n', encoding="utf-8")
    with pytest.raises(PluginError, match="the cell tagged 'numbers' must end with a dict"):
        tutorials_hook.execute(source, cwd=tmp_path)


def test_prose_quotes_the_numbers_of_the_run(tutorials_hook, quoting, tmp_path, monkeypatch):
    source, nb = quoting
    cache = tutorials_hook.Cache(tmp_path / "cache")
    executed = cache.root / "executed" / f"{source.stem}-{tutorials_hook.cache_key(source)}.ipynb"
    executed.parent.mkdir(parents=True)
    nbformat.write(nb, executed)  # as if this cache had run it
    monkeypatch.setattr(tutorials_hook.page_numbers, "VALUES", {})
    numbers = cache.executed(source).metadata["nnintro"]["numbers"]
    assert cache.executions == 0
    tutorials_hook.page_numbers.publish("ch07", numbers)
    en = nbformat.read(cache.notebook(source, "en"), as_version=4)
    assert en.cells[0].source.endswith("English text: 42")
    assert cache.runs["toy.py"]["seconds"] > 0


def test_the_stamp_says_when_and_with_what_in_each_language(tutorials_hook):
    run = {"started": "2026-11-30 04:20 UTC", "python": "3.11.7", "torch": "2.14.1",
           "nnintro": "0.1.0", "threads": 2, "seconds": 18.8}  # fmt: skip
    assert tutorials_hook.stamp({"lang": "en", "run": run}) == (
        '<p class="nnintro-stamp">Outputs of a run on 2026-11-30 04:20 UTC · Python 3.11.7 · '
        "torch 2.14.1 · nnintro 0.1.0 · 2 CPU threads · 18.8 s</p>"
    )
    assert "2026-11-30 04:20 UTC에 실행한 결과 · " in tutorials_hook.stamp(
        {"lang": "ko", "run": run}
    )
    assert "CPU 스레드 2개 · 18.8초" in tutorials_hook.stamp({"lang": "ko", "run": run})


def test_split_keeps_the_figure_and_alt_text_of_the_page_language(tutorials_hook):
    """nnintro.plot's figures carry both languages; each page keeps its own image and alt text,
    and the rendered page's images get them in place of nbconvert's English default."""
    from nnintro import plot

    fig = plot.loss_history({"a": [3.0, 2.0, 1.0]})
    data, metadata = fig._repr_mimebundle_()
    data = {k: v for k, v in data.items() if k != "image/png"} | {"image/png": "eA=="}
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("plot.loss_history(...)")
    cell.outputs = [nbformat.v4.new_output("display_data", data=data, metadata=metadata)]
    nb.cells = [cell]
    for lang, start in (("ko", "비용 곡선"), ("en", "Cost curve")):
        (output,) = tutorials_hook.split(nb, lang).cells[0].outputs
        assert output.data["image/png"] == data[plot.MIME][lang]["image/png"]
        assert output.metadata["image/png"]["alt"].startswith(start)
        assert plot.MIME not in output.data and plot.MIME not in output.metadata
        html = (
            '<div class="jp-RenderedImage jp-OutputArea-output" tabindex="0">\n'
            f'<img alt="{tutorials_hook.NBCONVERT_ALT}" class="" src="x.png" width="576"/></div>'
        )
        page = tutorials_hook.alt_texts(html, {"cells": [tutorials_hook.split(nb, lang).cells[0]]},
                                        "t.ipynb")  # fmt: skip
        assert tutorials_hook.NBCONVERT_ALT not in page
        assert f'<img alt="{start}' in page and 'src="x.png"' in page


def test_an_image_without_alt_text_is_named(tutorials_hook, caplog):
    html = '<div class="jp-RenderedImage jp-OutputArea-output">\n<img src="x.png"/></div>'
    nb = {"cells": [{"cell_type": "code", "outputs": [{"data": {"image/png": "eA=="}}]}]}
    tutorials_hook.alt_texts(html, nb, "tutorials/x.ipynb")
    assert "tutorials/x.ipynb: a notebook image has no alt text" in caplog.text
