"""Where nnintro.plot's figures show: pyplot manages them in a script, and a Jupyter cell that
ends with one shows it exactly once (the tutorials and the site depend on that)."""

import subprocess
import sys
from collections.abc import Iterator

import matplotlib.pyplot as plt
import nbclient
import nbformat
import pytest

from nnintro import plot

SCRIPT = """
import matplotlib.pyplot as plt
from nnintro import plot

fig = plot.loss_history({"a": [3.0, 2.0, 1.0]})
own = plot.figure(figsize=(4, 3))
own.subplots(1, 2)
print(plt.get_fignums() == [fig.number, own.number])
fig.show()  # Agg cannot show windows: matplotlib at most warns
plt.show()
plt.close(fig)
print(plt.get_fignums() == [own.number])
"""


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def test_a_script_shows_the_figures_with_plt_show(tmp_path) -> None:
    script = tmp_path / "learner.py"
    script.write_text(SCRIPT)
    done = subprocess.run(
        [sys.executable, str(script)],
        env={"MPLBACKEND": "Agg", "PATH": "/usr/bin:/bin", "OMP_WAIT_POLICY": "PASSIVE"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["True", "True"]


def test_helpers_figures_are_pyplots_outside_jupyter() -> None:
    fig = plot.log_costs()
    assert isinstance(fig, plot.Figure) and plt.fignum_exists(fig.number) and plt.gcf() is fig
    own = plot.figure(figsize=(4, 3))
    assert isinstance(own, plot.Figure) and plt.gcf() is own


def test_without_pyplot_show_raises_matplotlibs_error() -> None:
    """A Figure made directly (not with plot.figure) is not pyplot's: matplotlib says so."""
    with pytest.raises(AttributeError, match="managed by pyplot"):
        plot.Figure().show()


CELLS = [
    "from nnintro import plot",
    'plot.loss_history({"a": [3.0, 2.0, 1.0]})',
    'fig = plot.loss_history({"a": [3.0, 2.0]})\nfig.show()',
    'import matplotlib.pyplot as plt\nplot.loss_history({"a": [3.0, 2.0, 1.0]})',
    "own = plot.figure(figsize=(3, 2))\nown.subplots(1, 2)\nown",
    'fig = plot.loss_history({"a": [3.0, 2.0]})\nplt.show()\nfig',
    "plt.get_fignums()",
]


def test_a_jupyter_cell_shows_each_figure_once(tmp_path) -> None:
    """The inline backend (Jupyter's default) would show pyplot's figures again after the cell."""
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    images = [sum("image/png" in out.get("data", {}) for out in cell.outputs) for cell in nb.cells]
    assert images == [0, 1, 1, 1, 1, 1, 0]
    assert nb.cells[-1].outputs[0]["data"]["text/plain"] == "[]"  # none kept in pyplot's list
    shown = nb.cells[1].outputs[0]
    assert shown["output_type"] == "execute_result"
    size = shown["metadata"]["image/png"]
    assert (size["width"], size["height"]) == (576, 384)  # 6 x 4 inches at 96 px, drawn at 2x
    # both languages ride along for the site (docs/hooks/tutorials.py keeps the page's)
    both, meta = shown["data"][plot.MIME], shown["metadata"][plot.MIME]
    assert sorted(both) == sorted(meta) == ["en", "ko"]
    assert both["ko"]["image/png"] != both["en"]["image/png"]  # 에폭, not epoch
    assert meta["ko"]["image/png"]["alt"].startswith("비용 곡선")
    assert meta["en"]["image/png"]["alt"].startswith("Cost curve")
