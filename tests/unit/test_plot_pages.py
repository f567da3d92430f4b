"""nnintro.plot's figures as a reader meets them on a page: text at least as large as the page's
body text at the size the figure is shown, words in the page's language, alt text in both.

The size a figure is shown at is its natural size (inches x ``PX_PER_INCH``) unless the column is
narrower; ``COLUMN_PX`` (nnintro/plot/_figure.py) is the narrowest column figures are shown in on a
1280 px desktop. The browser test (tests/browser/test_figures.py) measures the real page.
"""

import io
import re
import warnings
from collections.abc import Callable, Iterator

import matplotlib.pyplot as plt
import pytest
import torch
from matplotlib.text import Text

from nnintro import _language, data, gates, plot
from nnintro.plot import _figure
from nnintro.train import History

HANGUL = re.compile("[\uac00-\ud7af]")


def _classifier(t: torch.Tensor) -> torch.Tensor:
    return torch.stack([t[:, 0], t[:, 1], -t.sum(dim=1)], dim=1)


def _history() -> History:
    return History(
        [1.0, 0.6, 0.5, 0.45],
        lr=0.1,
        val_losses=[0.9, 0.7, 0.65, 0.7],
        metrics={"accuracy": [0.6, 0.8, 0.85, 0.9], "val_accuracy": [0.6, 0.7, 0.75, 0.72]},
    )


FASHION = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker",
           "Bag", "Ankle boot"]  # fmt: skip
# Every helper, called as the tutorials and theory pages call it (the widest cases).
HELPERS: dict[str, Callable[[], plot.Figure]] = {
    "regression_errors": lambda: plot.regression_errors(*data.study_hours(), w=13, b=1),
    "cost_curve": lambda: plot.cost_curve(*data.linear_toy(), w_range=(-1, 5), tangent_at=0.5),
    "descent_paths": lambda: plot.descent_paths(
        *data.linear_toy(), [0.01, 0.1, 0.25], w0=0.0, steps=10
    ),
    "descent_paths_4": lambda: plot.descent_paths(
        *data.linear_toy(), [0.01, 0.05, 0.1, 0.25], w0=0.0, steps=10
    ),
    "loss_history": lambda: plot.loss_history({"$\\alpha = 0.1$": [3.0, 2.0, 1.0], "b": [2, 1.5]}),
    "training_curves": lambda: plot.training_curves(_history()),
    "cost_contour": lambda: plot.cost_contour(
        *data.quiz_scores(), torch.tensor([0.5, 0.5, 1.0]), 0.0, start=(0, 0), lr=1e-5, steps=5
    ),
    "sigmoid_curves": lambda: plot.sigmoid_curves([0.5, 1, 2], [-2, 0, 2]),
    "binary_curves": lambda: plot.binary_curves(
        *data.pass_fail(), {"$0.05x - 2.5$": lambda t: 0.05 * t - 2.5}
    ),
    "sigmoid_costs": lambda: plot.sigmoid_costs(
        torch.tensor([[-1.0], [1.0], [2.0]]),
        torch.tensor([[0.0], [1.0], [0.0]]),
        b=0.0,
        w_range=(-4, 4),
    ),
    "log_costs": plot.log_costs,
    "decision_boundary_2": lambda: plot.decision_boundary(
        lambda t: t.sum(dim=1, keepdim=True) - 1, *data.xor()
    ),
    "decision_boundary_3": lambda: plot.decision_boundary(
        _classifier,
        torch.randn(30, 2, generator=torch.Generator().manual_seed(0)),
        torch.arange(30) % 3,
    ),
    "softmax_bars": lambda: plot.softmax_bars(torch.tensor([2.0, 1.0, 0.1])),
    "gate_regions": lambda: plot.gate_regions(
        {"AND": gates.AND, "NAND": gates.NAND, "OR": gates.OR, "XOR": gates.XOR},
        targets=[0, 1, 1, 0],
    ),
    "activation_grid": lambda: plot.activation_grid(negative_slope=0.1),
    "gradient_norms": lambda: plot.gradient_norms(
        {"sigmoid": {"sigmoid": [1e-6, 1e-4, 1e-2]}, "ReLU": {"ReLU": [0.1, 0.2, 0.1]}},
        reference={"$\\propto (1/4)^{L - l}$": [1e-3, 1e-2, 1e-1]},
    ),
    "confusion_matrix": lambda: plot.confusion_matrix(
        torch.randint(0, 1200, (10, 10), generator=torch.Generator().manual_seed(0)),
        classes=FASHION,
    ),
    "image_grid": lambda: plot.image_grid(
        torch.rand(20, 1, 28, 28), torch.arange(20) % 10, classes=FASHION, ncols=10, size=0.7
    ),
    "image_grid_mistakes": lambda: plot.image_grid(
        torch.rand(12, 1, 28, 28),
        torch.arange(12) % 10,
        (torch.arange(12) + 3) % 10,
        classes=FASHION,
        ncols=6,
        size=1.1,
    ),
    "pixel_values": lambda: plot.pixel_values(torch.rand(20, 20), decimals=1),
}


@pytest.fixture(autouse=True)
def _close_figures() -> Iterator[None]:
    yield
    plt.close("all")


def drawn(fig: plot.Figure) -> list[Text]:
    """Draw ``fig`` (so that its tick labels exist) and return its visible, non-empty texts."""
    fig.savefig(io.BytesIO(), format="png")
    return [t for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


def shown_px(fig: plot.Figure, points: float) -> float:
    """Return the size in CSS pixels of text of ``points`` when ``fig`` is shown on a page: at its
    natural width (inches x PX_PER_INCH), or scaled down to a COLUMN_PX column."""
    natural = fig.get_size_inches()[0] * _figure.PX_PER_INCH
    return points * _figure.PX_PER_INCH / 72 * min(1.0, _figure.COLUMN_PX / natural)


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_text_is_at_least_body_text_at_the_size_shown(name: str) -> None:
    fig = HELPERS[name]()
    width = fig.get_size_inches()[0]
    assert width <= _figure.MAX_WIDTH + 1e-9, f"{name}: {width:.2f} in is wider than the column"
    _, meta = fig._repr_png_()
    assert meta["width"] <= _figure.COLUMN_PX  # the width Jupyter and the site are told
    small = {
        t.get_text(): round(shown_px(fig, t.get_fontsize()), 1)
        for t in drawn(fig)
        if shown_px(fig, t.get_fontsize()) < _figure.MIN_TEXT_PX - 1e-6
    }
    assert small == {}, f"{name}: text below {_figure.MIN_TEXT_PX} px: {small}"


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_words_are_korean_in_korean_and_nothing_is_lost(name: str) -> None:
    fig = HELPERS[name]()
    english = [t.get_text() for t in drawn(fig)]
    words = sorted(plot.WORDS, key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, words)) + r")(?![A-Za-z])")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph (a box instead of Hangul) fails
        with fig.translated("ko"):
            korean = [t.get_text() for t in drawn(fig)]
            fig.savefig(io.BytesIO(), format="svg")
    assert len(korean) == len(english)
    for before, after in zip(english, korean, strict=True):
        outside_math = re.sub(r"\$[^$]*\$", "", after)
        assert not pattern.search(outside_math), f"{name}: English left in {after!r}"
        assert (before == after) == (not pattern.search(re.sub(r"\$[^$]*\$", "", before)))
    assert [t.get_text() for t in drawn(fig)] == english  # restored after the block


@pytest.mark.parametrize("name", sorted(HELPERS))
def test_alt_text_in_both_languages(name: str) -> None:
    fig = HELPERS[name]()
    ko, en = fig.alt_text("ko"), fig.alt_text("en")
    assert HANGUL.search(ko) and not HANGUL.search(en), (ko, en)
    assert len(en) > 40 and "$" not in ko + en and "\\" not in ko + en, (ko, en)


def test_the_bundle_carries_both_languages_and_the_readers_first(monkeypatch) -> None:
    monkeypatch.setenv("NNINTRO_LANG", "ko")
    monkeypatch.setattr(_language, "_chosen", [])  # no set_language choice: $NNINTRO_LANG rules
    fig = plot.loss_history({"a": [3.0, 2.0, 1.0]})
    data, meta = fig._repr_mimebundle_()
    assert data["image/png"] == data[plot.MIME]["ko"]["image/png"]
    assert meta["image/png"]["alt"].startswith("비용 곡선")
    assert meta[plot.MIME]["en"]["image/png"]["alt"].startswith("Cost curve")
    assert meta[plot.MIME]["en"]["image/png"]["width"] == 576


def test_without_a_korean_font_korean_keeps_english_words_and_says_so(monkeypatch) -> None:
    monkeypatch.setattr(_figure, "korean_font", lambda: None)
    monkeypatch.setattr(_figure, "_warned", [])
    fig = plot.loss_history({"a": [3.0, 2.0, 1.0]})
    with pytest.warns(UserWarning, match="no font with Hangul"), fig.translated("ko"):
        assert fig.axes[0].get_xlabel() == "epoch"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said once
        fig.png("ko")


def test_a_readers_own_hangul_gets_the_korean_font() -> None:
    with plot.style():
        fig = plot.figure(figsize=(4, 3))
        fig.add_subplot().set_title("내 그림")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.png("en")
    assert fig.alt_text("en") == "Figure. 내 그림."
