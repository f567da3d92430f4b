"""Every tutorial in docs/tutorials: both languages, deterministic, language-neutral output."""

import hashlib
import os
import platform
import re
import shutil
from pathlib import Path

import jupytext
import nbformat
import pytest

from nnintro.exercises._core import MIME
from tests.conftest import ARTIFACTS, ROOT

SOURCES = sorted((ROOT / "docs" / "tutorials").glob("*.py"))
HANGUL = re.compile(r"[가-힣]")
EARLIER = ARTIFACTS / "executed"  # the last test run's executions, to compare with


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
    # the one difference: each page's exercise feedback is asked for in its own language
    english = [s.replace('set_language("ko")', 'set_language("en")') for s in code[0]]
    assert english == code[1] != []
    assert all('set_language("ko")' not in s for s in code[1])


@pytest.fixture(scope="module")
def built_runs(site_builds) -> dict[str, tuple[Path, nbformat.NotebookNode]]:
    """Each tutorial as the site build executed it (the only execution in a test run), by stem:
    the file in the build's cache (named ``STEM-KEY.ipynb``, KEY: source and library) and the
    notebook."""
    built = site_builds[0].site.parent / ".cache" / "tutorials" / "executed"
    runs = {}
    for source in SOURCES:
        (path,) = built.glob(f"{source.stem}-*.ipynb")
        runs[source.stem] = path, nbformat.read(path, as_version=4)
    return runs


def cpu() -> str:
    """The CPU's model name and instruction sets (Linux), else what the platform says: machines
    of one kind (a CI runner) come with different CPUs, whose last digits differ."""
    info = Path("/proc/cpuinfo")
    lines = info.read_text().splitlines() if info.exists() else []
    keep = [line for line in lines if line.startswith(("model name", "flags"))]
    return "|".join(dict.fromkeys(keep)) or platform.processor() or platform.machine()


def environment(nb: nbformat.NotebookNode) -> str:
    """A short hash of what may change a run's last digits: Python, torch, threads, the CPU and
    its kernels."""
    run = nb.metadata["nnintro"]["run"]
    parts = [run["python"], run["torch"], str(run["threads"]), platform.machine(), cpu()]
    parts += [os.environ.get(v, "") for v in ("ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS")]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:8]


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
def test_outputs_are_those_of_an_earlier_run(built_runs, source):
    """Seeded tutorials print the same every time: the build's run gives exactly the outputs of an
    earlier test run of the same source and library in the same environment, kept in
    test-artifacts/executed/ (a first run keeps its own for the next; each run executes once)."""
    path, nb = built_runs[source.stem]
    earlier = EARLIER / f"{path.stem}-{environment(nb)}.ipynb"
    if not earlier.exists():
        EARLIER.mkdir(parents=True, exist_ok=True)
        for stale in EARLIER.glob(f"{source.stem}-*.ipynb"):
            if not stale.name.startswith(path.stem):
                stale.unlink()  # an older source or library
        shutil.copy(path, earlier)
        pytest.skip(f"no earlier run of this {source.name} here; kept this one for the next run")
    assert outputs(nb) == outputs(nbformat.read(earlier, as_version=4)), (
        f"{source.name} printed other outputs than its run kept in {earlier}: seed every random "
        "step (or tag a cell that prints wall-clock times `timing`)"
    )


@pytest.mark.slow
@pytest.mark.parametrize("source", SOURCES, ids=lambda p: p.stem)
def test_code_prints_language_neutral_text(built_runs, source):
    for cell in built_runs[source.stem][1].cells:
        for out in cell.get("outputs", []):
            text = out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
            if MIME in out.get("data", {}):  # shown in each page's language (exercise feedback)
                both = out["data"][MIME]
                assert set(both) == {"ko", "en"} and not HANGUL.search(str(both["en"]))
                continue
            assert not HANGUL.search(text), f"cell prints Korean: {cell.source[:60]!r}"
            assert not re.search(r"0x[0-9a-f]{6,}", text), f"prints an address: {text[:80]!r}"
