"""Chapter 9 theory pages: figures render deterministically, and every number the pages state
is recomputed here with nnintro and torch and found in BOTH the Korean and the English page.

Numbers that come from running code (a cost after training, a gradient norm, the update at which
XOR leaves its plateau) are placeholders, ``{{ ch09.key }}``, filled by the build from
``numbers()`` of docs/hooks/figures/ch09.py. For those the tests assert what holds on any CPU and
that ``numbers()`` formats this machine's run as the page prints it; never one machine's value.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from nnintro import data, functional, gates, metrics, models
from tests.docs.theory import (
    filled,
    in_both,
    num,
    placeholders,
    quotes,
    registry,
    table_rows,
    twin_structure,
)

ROOT = Path(__file__).resolve().parents[2]
KO = ROOT / "docs" / "theory" / "09-multi-layer-perceptron.md"
EN = ROOT / "docs" / "theory" / "09-multi-layer-perceptron.en.md"

figures = registry.CHAPTERS["ch09"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return {"ko": KO.read_text(encoding="utf-8"), "en": EN.read_text(encoding="utf-8")}


@pytest.fixture(scope="module")
def xor_run():
    return figures.trained_xor_mlp()


@pytest.fixture(scope="module")
def gd_runs():
    return figures.gd_variants()


@pytest.fixture(scope="module")
def values() -> dict[str, str]:
    """This machine's ch09 numbers, as the build would fill them into the pages."""
    return figures.numbers()


def alt_text(page: str, figure: str) -> str:
    """The alt text of ``figure`` on ``page``."""
    match = re.search(r"!\[([^\]]*)\]\(\.\./assets/figures/" + re.escape(figure) + r"\)", page)
    assert match, figure
    return match[1]


# ---------------------------------------------------------------- figures and structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = twin_structure(pages["ko"]), twin_structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1
    assert ko["links"] == [
        "../tutorials/09-multi-layer-perceptron.ipynb",
        "../reference/models.md",
        "../reference/train.md",
    ]


def test_no_raw_html(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        assert not re.search(r"<[a-zA-Z/][^>]*>", page), lang


def test_pages_quote_every_number_of_the_runs(pages: dict[str, str], values) -> None:
    """Both pages quote exactly the chapter's numbers (each at least once), and nothing else."""
    for lang, page in pages.items():
        assert set(placeholders(page)) == {f"ch09.{key}" for key in values}, lang
    for lang, page in filled(pages, "ch09").items():
        assert placeholders(page) == [], lang


# ---------------------------------------------------------------- hidden layers


def test_parameter_count(pages: dict[str, str]) -> None:
    model = models.MLP(figures.CH09_XOR_SIZES, activation="sigmoid", output_activation="sigmoid")
    assert sum(p.numel() for p in model.parameters()) == 261
    terms = (2 * 10 + 10) + 2 * (10 * 10 + 10) + (10 * 1 + 1)
    assert terms == 261
    in_both(pages, r"(2 \cdot 10 + 10) + 2 \times (10 \cdot 10 + 10) + (10 \cdot 1 + 1) = 261")
    hand_made = sum(len(g.weights) + 1 for g in (*gates.XOR.hidden, gates.XOR.output))
    assert hand_made == 9
    assert "매개변수는 9개였습니다" in pages["ko"] and "had 9" in pages["en"]
    in_both(pages, "2-10-10-10-1")


def test_collapse_identity_numerically() -> None:
    """W2(W1 x + b1) + b2 = (W2 W1) x + (W2 b1 + b2) for random layers and inputs."""
    generator = torch.Generator().manual_seed(0)
    for d_in, d_hidden, d_out in ((2, 3, 1), (5, 8, 4), (1, 1, 1)):
        w1, b1 = (
            torch.randn(d_hidden, d_in, generator=generator),
            torch.randn(d_hidden, generator=generator),
        )
        w2, b2 = (
            torch.randn(d_out, d_hidden, generator=generator),
            torch.randn(d_out, generator=generator),
        )
        x = torch.randn(7, d_in, generator=generator, dtype=torch.float64)
        w1, b1, w2, b2 = (t.double() for t in (w1, b1, w2, b2))
        two = (x @ w1.T + b1) @ w2.T + b2
        one = x @ (w2 @ w1).T + (w2 @ b1 + b2)
        torch.testing.assert_close(two, one)


def test_collapse_worked_example(pages: dict[str, str]) -> None:
    w1 = torch.tensor([[1.0, 2.0], [0.0, -1.0]])
    b1 = torch.tensor([1.0, 0.0])
    w2 = torch.tensor([[3.0, 1.0]])
    b2 = torch.tensor([-2.0])
    x = torch.tensor([1.0, 1.0])
    assert (w2 @ w1).tolist() == [[3.0, 5.0]]
    assert (w2 @ b1 + b2).tolist() == [1.0]
    assert (w1 @ x + b1).tolist() == [4.0, -1.0]
    assert (w2 @ (w1 @ x + b1) + b2).item() == 9.0 == ((w2 @ w1) @ x + w2 @ b1 + b2).item()
    for text in (
        r"W_1 = \begin{bmatrix} 1 & 2 \\ 0 & -1 \end{bmatrix}",
        r"b_1 = \begin{bmatrix} 1 \\ 0 \end{bmatrix}",
        r"W_2 = \begin{bmatrix} 3 & 1 \end{bmatrix}",
        "$b_2 = -2$",
        r"$W = W_2 W_1 = \begin{bmatrix} 3 & 5 \end{bmatrix}$",
        "$b = W_2 b_1 + b_2 = 3 - 2 = 1$",
        "$W_1 x + b_1 = (4, -1)$",
        "$W_2 (4, -1) + b_2 = 12 - 1 - 2 = 9$",
        "$3 + 5 + 1 = 9$",
    ):
        in_both(pages, text)


# ---------------------------------------------------------------- activations


def test_derivative_maxima_and_table(pages: dict[str, str]) -> None:
    x = torch.linspace(-10, 10, 20001, dtype=torch.float64)
    largest = {
        "sigmoid": functional.sigmoid_grad(x).max().item(),
        "tanh": functional.tanh_grad(x).max().item(),
        "ReLU": functional.relu_grad(x).max().item(),
        "Leaky ReLU": functional.leaky_relu_grad(x).max().item(),
        "ELU": functional.elu_grad(x).max().item(),
    }
    assert largest == pytest.approx(
        {"sigmoid": 0.25, "tanh": 1, "ReLU": 1, "Leaky ReLU": 1, "ELU": 1}
    )
    assert functional.sigmoid_grad(torch.tensor(0.0)).item() == 0.25
    written = {"sigmoid": "$1/4$", "tanh": "$1$", "ReLU": "$1$", "Leaky ReLU": "$1$", "ELU": "$1$"}
    for lang, page in pages.items():
        rows = table_rows(page, list(largest))
        assert {row[0]: row[2] for row in rows} == written, lang


def test_tanh_is_a_stretched_sigmoid(pages: dict[str, str]) -> None:
    x = torch.linspace(-6, 6, 101, dtype=torch.float64)
    torch.testing.assert_close(torch.tanh(x), 2 * torch.sigmoid(2 * x) - 1)
    # the words say all three moves of 2 sigma(2x) - 1: squeezed by 2, stretched by 2, down by 1
    assert (
        "가로로 절반으로 줄이고(입력에 2를 곱하고), 세로로 두 배 늘린 뒤 1만큼 아래로"
        in pages["ko"]
    )
    assert (
        "squeezed horizontally by a factor of 2 (its input doubled), stretched vertically by a "
        "factor of 2 and shifted down by 1" in pages["en"]
    )


def test_layers_are_named_and_linked(pages: dict[str, str]) -> None:
    """Input, hidden and output layers are defined where the MLP is introduced, before the output
    layer is mentioned; W_l follows the lecture's convention (chapter 7's table); chapter 10
    derives the backward formula; the SGD note says what sets the batch size."""
    for lang, words in (("ko", ("입력층(input layer)", "출력층(output layer)", "출력층")),
                        ("en", ("input layer", "output layer", "output layer"))):  # fmt: skip
        page = pages[lang]
        defined = page.index(words[1])
        assert page.index(words[0]) < defined == page.index(words[2]), lang
    in_both(pages, "(07-softmax-classification.md#weight-conventions)")
    assert "[10장](10-backpropagation.md#기울기가-사라지는-이유)" in pages["ko"]
    assert "[chapter 10](10-backpropagation.md#why-gradients-vanish)" in pages["en"]
    model = models.MLP([2, 10, 1], activation="sigmoid")
    assert [tuple(layer.weight.shape) for layer in model.linears] == [
        (10, 2),
        (1, 10),
    ]  # d_l x d_l-1
    in_both(pages, r"$W := W - \alpha \cdot \text{grad}$")
    for code in ("`torch.optim.SGD`", "`DataLoader`", "`batch_size`", "`optim.SGD`"):
        in_both(pages, code)
    for lang, page in pages.items():
        assert "미니 배치" not in page and "파라미터" not in page, lang


def test_pytorch_defaults_stated_on_the_page(pages: dict[str, str]) -> None:
    assert nn.LeakyReLU().negative_slope == 0.01
    assert nn.ELU().alpha == 1.0
    assert figures.CH09_LEAKY_SLOPE == 0.1
    in_both(pages, "$a = 0.01$")
    in_both(pages, "$a = 0.1$")
    in_both(pages, r"$\alpha = 1$")


def test_relu_and_leaky_relu_are_maxouts() -> None:
    x = torch.linspace(-3, 3, 61)
    relu_pieces = torch.stack([torch.zeros_like(x), x], dim=-1)
    torch.testing.assert_close(functional.maxout(relu_pieces, pieces=2).squeeze(-1), F.relu(x))
    leaky_pieces = torch.stack([0.1 * x, x], dim=-1)
    torch.testing.assert_close(
        functional.maxout(leaky_pieces, pieces=2).squeeze(-1), F.leaky_relu(x, 0.1)
    )


def test_maxout_pieces_of_the_figure(pages: dict[str, str]) -> None:
    fig = figures.ch09_activations()
    assert fig.axes[-1].get_title() == "maxout ($k = 3$)"
    for text in ("$-x - 1$", "$0.25x$", "$2x - 2$", "$-1$", "$0.25$", "$2$"):
        in_both(pages, text)
    pieces = ((-1.0, -1.0), (0.25, 0.0), (2.0, -2.0))  # plot.activation_grid's default
    lines = fig.axes[-1].lines[:3]
    for line, (w, b) in zip(lines, pieces, strict=True):
        xs, ys = line.get_data()
        torch.testing.assert_close(torch.as_tensor(ys), w * torch.as_tensor(xs) + b)


# ---------------------------------------------------------------- vanishing gradients


def norm_text(value: float) -> str:
    return num(value, ".2g" if value >= 0.01 else ".1e")


INITS = {False: r"$\mathcal{U}(\pm 1/\sqrt{d})$", True: r"$\mathcal{N}(0, 2/d)$"}
ACTIVATIONS = {"sigmoid": "sigmoid", "relu": "ReLU"}


def test_sigmoid_bound(pages: dict[str, str]) -> None:
    between = figures.CH09_DEPTH - 1  # sigmoids between layer 1 and the output
    mantissa, exponent = f"{0.25**between:.1e}".split("e")
    in_both(pages, rf"$(1/4)^{between} \approx {mantissa} \times 10^{{{int(exponent)}}}$")


@pytest.fixture(scope="module")
def gradient_norms() -> dict[tuple[bool, str], list[float]]:
    """{(he_init, activation): norms of layers 1..10}, recomputed here."""
    return {
        (he, activation): figures.layer_gradient_norms(activation, he)
        for he in INITS
        for activation in ACTIVATIONS
    }


def test_gradient_norm_table(pages: dict[str, str], values, gradient_norms) -> None:
    """Rows of placeholders, filled with this run's norms as the table prints them."""
    expected_raw, expected = [], []
    for (he, activation), norms in gradient_norms.items():
        assert len(norms) == figures.CH09_DEPTH == 10
        key = f"grad_{'he' if he else 'default'}_{activation}"
        cells = [f"{key}_layer10", f"{key}_layer1", f"{key}_ratio"]
        for name in cells:
            quotes(pages, "ch09", name)
        assert [values[name] for name in cells] == [
            norm_text(norms[-1]),
            norm_text(norms[0]),
            num(norms[-1] / norms[0], ".2g"),
        ]
        head = [INITS[he], ACTIVATIONS[activation]]
        expected_raw.append(head + [f"{{{{ ch09.{name} }}}}" for name in cells])
        expected.append(head + [values[name] for name in cells])
    for lang, page in pages.items():
        assert table_rows(page, list(INITS.values())) == expected_raw, lang
    for lang, page in filled(pages, "ch09").items():
        assert table_rows(page, list(INITS.values())) == expected, lang
    for setting in ("32", "256", "10"):
        in_both(pages, setting)
    assert (figures.CH09_WIDTH, figures.CH09_BATCH) == (32, 256)


def test_gradient_norm_claims(gradient_norms) -> None:
    """What the prose says of the table, for any CPU: one backward pass, no training."""
    for he in INITS:
        sigmoid, relu = gradient_norms[he, "sigmoid"], gradient_norms[he, "relu"]
        # "more than ten thousand times smaller", with either initialisation
        assert sigmoid[-1] / sigmoid[0] > 1e4
        # "orders of magnitude away from the sigmoid"
        assert sigmoid[-1] / sigmoid[0] > 100 * relu[-1] / relu[0]
    default_relu, he_relu = gradient_norms[False, "relu"], gradient_norms[True, "relu"]
    assert default_relu[-1] > default_relu[0]  # "the signal shrinks from layer to layer"
    assert max(he_relu) / min(he_relu) < 4  # "within a factor of 4 across all ten layers"


# ---------------------------------------------------------------- batch sizes


def test_gd_variants_table(pages: dict[str, str], gd_runs, values) -> None:
    n = figures.CH09_N
    assert (n, figures.CH09_GD_LR, figures.CH09_GD_EPOCHS) == (200, 0.1, 60)
    expected_raw, expected = [], []
    for batch_size, history in gd_runs.items():
        b = batch_size or n
        cost, accuracy = f"gd_cost_b{b}", f"gd_accuracy_b{b}"
        quotes(pages, "ch09", cost)
        quotes(pages, "ch09", accuracy)
        assert values[cost] == f"{history.losses[-1]:.4f}"
        assert values[accuracy] == f"{history.metrics['accuracy'][-1]:.3g}"
        expected_raw.append(
            [str(b), str(n // b), f"{{{{ ch09.{cost} }}}}", f"{{{{ ch09.{accuracy} }}}}"]
        )
        expected.append([str(b), str(n // b), values[cost], values[accuracy]])
    for lang, page in pages.items():
        rows = [r for r in table_rows(page, ["200", "20", "1"]) if len(r) == 4]
        assert rows == expected_raw, lang
    for lang, page in filled(pages, "ch09").items():
        assert [r for r in table_rows(page, ["200", "20", "1"]) if len(r) == 4] == expected, lang
    updates = [figures.CH09_GD_EPOCHS * n // (b or n) for b in figures.CH09_BATCH_SIZES]
    assert updates == [60, 600, 12000]
    assert "60번, 600번, 12000번" in pages["ko"] and "60, 600 and 12000 updates" in pages["en"]
    in_both(pages, "2-16-16-1")
    in_both(pages, "$x_1 x_2 < 0$")


def test_smaller_batches_fall_faster_per_epoch(gd_runs) -> None:
    """The prose: counted in epochs, the smaller the batch, the faster the cost falls; the alt
    text: B = 1 falls fastest but zigzags, B = 200 hardly falls."""
    full, mini, sgd = gd_runs[None], gd_runs[20], gd_runs[1]
    assert sgd.losses[-1] < mini.losses[-1] < full.losses[-1]
    assert sgd.losses[2] < mini.losses[2] < full.losses[2]
    assert full.losses[0] - full.losses[-1] < 0.05
    for history in (full, mini, sgd):
        assert history.metrics["accuracy"][-1] > 0.5


def test_per_update_comparison_and_noise(pages: dict[str, str], gd_runs, values) -> None:
    mini, full, sgd = gd_runs[20], gd_runs[None], gd_runs[1]
    epoch = 60 // (figures.CH09_N // 20)  # B = 20 has made 60 updates after epoch 6
    assert epoch == 6
    after_60_updates = mini.losses[epoch - 1]
    for key in ("gd_cost_b20_epoch6", "gd_cost_b200", "gd_lowest_b1", "gd_cost_b1"):
        quotes(pages, "ch09", key)
    assert values["gd_cost_b20_epoch6"] == f"{after_60_updates:.4f}"
    assert values["gd_lowest_b1"] == f"{min(sgd.losses):.4f}"
    # "close to": the same number of updates gives about the same cost
    assert abs(after_60_updates - full.losses[-1]) < 0.01
    assert min(sgd.losses) < sgd.losses[-1]  # "back up" in the last epoch
    # the stochastic curve goes up again somewhere: noise
    assert any(b > a for a, b in zip(sgd.losses[10:], sgd.losses[11:], strict=False))
    assert all(b <= a + 1e-4 for a, b in zip(full.losses, full.losses[1:], strict=False))


# ---------------------------------------------------------------- XOR solved


def test_xor_settings(pages: dict[str, str]) -> None:
    assert (figures.CH09_XOR_SEED, figures.CH09_XOR_LR, figures.CH09_XOR_EPOCHS) == (
        777,
        1.0,
        10001,
    )
    for text in ("torch.manual_seed(777)", "10001", "10000"):
        in_both(pages, text)


def test_xor_mlp_reaches_accuracy_one(pages: dict[str, str], xor_run, values) -> None:
    model, _ = xor_run
    x, y = data.xor()
    with torch.no_grad():
        out = model(x)
    assert metrics.accuracy(out, y) == 1.0
    assert ((out > 0.5).float() == y).all()
    assert values["xor_accuracy"] == "1.0"
    quotes(pages, "ch09", "xor_accuracy")
    for (a, b), target, value in zip(
        ((0, 0), (0, 1), (1, 0), (1, 1)), y.view(-1).tolist(), out.view(-1).tolist(), strict=True
    ):
        assert abs(value - target) < 0.01, (a, b)
        key = f"xor_output_{a}{b}"
        quotes(pages, "ch09", key)
        assert values[key] == f"{value:.4f}"
    outputs = [f"{{{{ ch09.xor_output_{ab} }}}}" for ab in ("00", "01", "10", "11")]
    assert ", ".join(outputs) in pages["ko"]
    assert f"{', '.join(outputs[:3])} and {outputs[3]}" in pages["en"]


def first(costs: list[float], condition) -> int:
    """The first update t (numbered from 0) whose cost meets ``condition``."""
    return next(t for t, c in enumerate(costs) if condition(c))


def test_xor_cost_story(pages: dict[str, str], xor_run, values) -> None:
    """The story of the XOR cost holds for this run, whichever path it took after the plateau
    (it is chaotic there: other CPUs peak elsewhere), and the page quotes this run's numbers."""
    _, history = xor_run
    costs = history.losses  # costs[t] is the cost at the lecture's update t
    assert len(costs) == figures.CH09_XOR_EPOCHS == 10001
    ln2 = math.log(2)
    # "starts at ... at update 0": near ln 2, the cost of output 0.5
    assert abs(costs[0] - ln2) < 0.01
    # "from update 1 to update P it stays within 0.001 of ln 2", for thousands of updates
    plateau_end = first(costs[1:], lambda c: abs(c - ln2) >= 1e-3)  # costs[1 + plateau_end] is off
    assert plateau_end >= 1000
    assert all(abs(c - ln2) < 1e-3 for c in costs[1 : plateau_end + 1])
    # "at update E it goes below 0.6": it escapes before the last update
    escape = first(costs, lambda c: c < 0.6)
    assert plateau_end < escape < len(costs) - 1
    # "on the way down it may jump up again; this run rose to H at update S"
    peak_step = max(range(escape, len(costs)), key=lambda t: costs[t])
    # "from update D on it stays below 0.01"; the last cost is below 0.01
    solved = max(t for t, c in enumerate(costs) if c >= 0.01) + 1
    assert all(c < 0.01 for c in costs[solved:]) and costs[-1] < 0.01
    assert escape < peak_step < solved  # it rose after falling below 0.6, before it was solved
    assert costs[peak_step] > costs[escape]
    expected = {
        "xor_first_cost": f"{costs[0]:.4f}",
        "xor_plateau_end": str(plateau_end),
        "xor_below_0_6": str(escape),
        "xor_peak": f"{costs[peak_step]:.2f}",
        "xor_peak_step": str(peak_step),
        "xor_below_0_01": str(solved),
        "xor_final_cost": f"{costs[-1]:.6f}",
    }
    assert {key: values[key] for key in expected} == expected
    for key in expected:
        quotes(pages, "ch09", key)
    # the figure's alt text states no update numbers, only "thousands of epochs"
    for lang, page in pages.items():
        alt = alt_text(page, "ch09-xor-loss.svg")
        assert not re.search(r"\d{3,}", alt), (lang, alt)
    assert "수천 에폭" in alt_text(pages["ko"], "ch09-xor-loss.svg")
    assert "thousands of epochs" in alt_text(pages["en"], "ch09-xor-loss.svg")
