"""Every tutorial in docs/tutorials: both languages, deterministic, language-neutral output."""

import re

import jupytext
import nbformat
import pytest

from tests.conftest import ROOT

SOURCES = sorted((ROOT / "docs" / "tutorials").glob("*.py"))
HANGUL = re.compile(r"[가-힣]")


def test_there_are_tutorials():
    assert "03-linear-regression.py" in [s.name for s in SOURCES]


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_each_korean_cell_is_followed_by_its_english_twin(tutorials_hook, source):
    nb = jupytext.read(source)
    langs = [c.metadata.get("lang") for c in nb.cells if c.cell_type == "markdown"]
    assert langs == ["ko", "en"] * (len(langs) // 2), "markdown cells must alternate ko, en"
    ko, en = tutorials_hook.split(nb, "ko"), tutorials_hook.split(nb, "en")
    assert ko.cells[0].source.startswith("# ") and en.cells[0].source.startswith("# ")
    assert all(HANGUL.search(c.source) for c in ko.cells if c.cell_type == "markdown")
    assert not any(HANGUL.search(c.source) for c in en.cells if c.cell_type == "markdown")
    code = [[c.source for c in n.cells if c.cell_type == "code"] for n in (ko, en)]
    assert code[0] == code[1] != []


@pytest.fixture(scope="module")
def executed_twice(tutorials_hook, site_builds):
    """Each tutorial as the site build executed it, and executed once more here."""
    built = site_builds[0].site.parent / ".cache" / "tutorials" / "executed"
    runs = {}
    for source in SOURCES:
        (path,) = built.glob(f"{source.stem}-*.ipynb")
        runs[source.stem] = [nbformat.read(path, as_version=4), tutorials_hook.execute(source)]
    return runs


def outputs(nb) -> list:
    """The cells' outputs without execution timestamps and counters.

    A cell tagged ``timing`` (``# %% tags=["timing"]``) prints wall-clock measurements, which
    differ from run to run: its text is compared with every number masked, so it must still
    print the same lines in the same order.
    """
    cells = []
    for cell in nb.cells:
        timing = "timing" in cell.metadata.get("tags", [])
        kept = [
            {k: v for k, v in o.items() if k != "execution_count"} for o in cell.get("outputs", [])
        ]
        cells.append([_masked(o) for o in kept] if timing else kept)
    return cells


def _masked(output: dict) -> dict:
    """A timing cell's text output with every number replaced by ``#``."""
    assert set(output) <= {"output_type", "name", "text"}, "a timing cell may only print text"
    return {**output, "text": re.sub(r"\d+(\.\d+)?", "#", output.get("text", ""))}


@pytest.mark.slow
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_two_executions_give_identical_outputs(executed_twice, source):
    first, second = executed_twice[source.stem]
    assert outputs(first) == outputs(second)


@pytest.mark.slow
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_code_prints_language_neutral_text(executed_twice, source):
    for cell in executed_twice[source.stem][0].cells:
        for out in cell.get("outputs", []):
            text = out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
            assert not HANGUL.search(text), f"cell prints Korean: {cell.source[:60]!r}"
            assert not re.search(r"0x[0-9a-f]{6,}", text), f"prints an address: {text[:80]!r}"
