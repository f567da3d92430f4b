"""Chapter 7 theory pages: figures render deterministically, every arithmetic fact the pages state
is recomputed here with nnintro and torch and found in BOTH the Korean and the English page, and the
results of runs are {{ ch07.key }} placeholders whose values numbers() formats from those runs; the
tests check what those results must satisfy on any CPU, never their last digits."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

from nnintro import data, functional, metrics
from tests.docs.theory import (
    in_both,
    quotes,
    read_pages,
    registry,
    table_rows,
)

figures = registry.CHAPTERS["ch07"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages("07-softmax-classification")


def test_code_blocks_are_the_same_code(pages: dict[str, str]) -> None:
    def code(page: str) -> list[str]:
        blocks = page.split("```python\n")[1:]
        return [block.split("```")[0].split("#")[0] for block in blocks]  # without comments

    assert code(pages["ko"]) == code(pages["en"]) != []


def four(values: list[float]) -> str:
    """Return values as '[0.0900, 0.2447]', four decimals each."""
    return "[" + ", ".join(f"{v:.4f}" for v in values) + "]"


# ---------------------------------------------------------------- softmax


def test_softmax_of_the_lecture_example(pages: dict[str, str]) -> None:
    z = torch.tensor(figures.CH07_Z)
    assert figures.CH07_Z == (1.0, 2.0, 3.0)
    p = functional.softmax(z)
    torch.testing.assert_close(p, F.softmax(z, dim=0))
    assert four(p.tolist()) == "[0.0900, 0.2447, 0.6652]"
    in_both(pages, f"${four(p.tolist())}$")
    in_both(pages, "$z = [1, 2, 3]$")
    denominator = torch.exp(z).sum().item()
    in_both(pages, rf"$e^1 + e^2 + e^3 \approx {denominator:.2f}$")


def test_softmax_properties(pages: dict[str, str]) -> None:
    z = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
    p = functional.softmax(z)
    assert (p[1] / p[0]).item() == pytest.approx(math.e)
    in_both(pages, r"$e \approx 2.72$")
    shifted = functional.softmax(z + 100)
    assert four(shifted.tolist()) == four(p.tolist())
    in_both(pages, "$[101, 102, 103]$")
    # two classes with scores [0, z]: the second probability is sigma(z)
    for value in (-3.0, 0.0, 2.5):
        two = functional.softmax(torch.tensor([0.0, value], dtype=torch.float64))
        assert two[1].item() == pytest.approx(torch.sigmoid(torch.tensor(value)).item())
    in_both(pages, r"$\frac{e^{z}}{1 + e^{z}} = \sigma(z)$")


def test_shapes(pages: dict[str, str]) -> None:
    x, y = data.softmax_toy()
    assert y.tolist() == [2, 2, 2, 1, 1, 1, 0, 0]
    in_both(pages, "$y = [2, 2, 2, 1, 1, 1, 0, 0]$")
    w, b = torch.zeros(4, 3), torch.zeros(1, 3)
    scores = x @ w + b
    assert (tuple(x.shape), tuple(w.shape), tuple(b.shape), tuple(scores.shape)) == (
        (8, 4),
        (4, 3),
        (1, 3),
        (8, 3),
    )
    for text in (r"$8 \times 4$", r"$4 \times 3$", r"$1 \times 3$", r"$8 \times 3$"):
        in_both(pages, text)
    torch.testing.assert_close(functional.softmax(scores, dim=1), torch.full((8, 3), 1 / 3))
    in_both(pages, r"$\frac{1}{3}$")


def test_weight_conventions(pages: dict[str, str]) -> None:
    """The three conventions of the table compute the same scores: the lecture's W x + b on
    columns, this chapter's XW + B with W = W_lec transposed, and nn.Linear's x @ weight.T + bias
    with weight of shape (outputs, inputs)."""
    x, _ = data.softmax_toy()
    torch.manual_seed(1)
    linear = torch.nn.Linear(4, 3)
    w_lec, b = linear.weight.detach(), linear.bias.detach()  # c x f and c
    assert tuple(w_lec.shape) == (3, 4)
    with torch.no_grad():
        reference = linear(x)  # n x c
    torch.testing.assert_close(x @ w_lec.T + b, reference)  # nn.Linear's formula
    torch.testing.assert_close((w_lec @ x.T + b.view(3, 1)).T, reference)  # columns, transposed
    w, big_b = w_lec.T, b.view(1, 3)  # this chapter's W (f x c) and B (1 x c)
    assert (tuple(w.shape), tuple(big_b.shape)) == ((4, 3), (1, 3))
    torch.testing.assert_close(x @ w + big_b, reference)
    assert "## 가중치 행렬의 세 가지 관례 {#weight-conventions}" in pages["ko"]
    assert "## Three conventions for the weight matrix {#weight-conventions}" in pages["en"]
    for text in (
        r"$W_{\text{lec}}$: $c \times f$",
        r"$W_{\text{lec}} x + b$",
        r"$W$: $f \times c$",
        "$XW + B$",
        r"`weight`: $c \times f$",
        r"$X W_{\text{lec}}^\top + b$",
        r"$(W_{\text{lec}} x + b)^\top = x^\top W_{\text{lec}}^\top + b^\top$",
        r"$W = W_{\text{lec}}^\top$",
        "`x @ weight.T + bias`",
        "`x_train.matmul(W) + b`",
    ):
        in_both(pages, text)
    for lang, page in pages.items():
        rows = table_rows(page, ["열 벡터(강의)", "행으로 쌓은 샘플(이 장)", "`nn.Linear(f, c)`",
                                 "Column vectors (the lecture)",
                                 "Samples stacked as rows (this chapter)"])  # fmt: skip
        assert len(rows) == 3, lang


# ---------------------------------------------------------------- one-hot and cross-entropy


lecture_example = figures.lecture_example


def test_one_hot_table(pages: dict[str, str]) -> None:
    _, y = lecture_example()
    assert y.tolist() == [0, 2, 1]
    in_both(pages, "$y = [0, 2, 1]$")
    rows = functional.one_hot(y, 5).int().tolist()
    labels = [str(label) for label in y.tolist()]
    expected = [[label, f"${row}$"] for label, row in zip(labels, rows, strict=True)]
    for lang, page in pages.items():
        assert table_rows(page, ["0", "1", "2"])[:3] == expected, lang


def test_cross_entropy_of_the_lecture_example(pages: dict[str, str]) -> None:
    z, y = lecture_example()
    p = F.softmax(z, dim=1)
    right = p[torch.arange(3), y]
    cost = functional.cross_entropy(z, y)
    # the pages quote these values, and numbers() formats them from the same computation
    values = figures.numbers()
    assert [values[f"right_p{i}"] for i in (1, 2, 3)] == [f"{v:.4f}" for v in right.tolist()]
    assert values["lecture_cost"] == f"{F.cross_entropy(z, y).item():.4f}"
    for key in ("right_p1", "right_p2", "right_p3", "lecture_cost"):
        quotes(pages, "ch07", key)
    # float32 gives them to well within the printed digits (float64 of the same random scores)
    exact = F.softmax(z.double(), dim=1)[torch.arange(3), y]
    assert (right.double() - exact).abs().max().item() < 1e-6
    assert abs(cost.item() - F.cross_entropy(z.double(), y).item()) < 1e-6
    # the cost is the mean of the right classes' -log p
    torch.testing.assert_close(cost, -torch.log(right).mean())
    # the four levels of the table compute this cost, and print it alike
    one_hot = functional.one_hot(y, 5)
    levels = [
        (one_hot * -torch.log(F.softmax(z, dim=1))).sum(dim=1).mean(),
        (one_hot * -F.log_softmax(z, dim=1)).sum(dim=1).mean(),
        F.nll_loss(F.log_softmax(z, dim=1), y),
        F.cross_entropy(z, y),
    ]
    for level in levels:
        torch.testing.assert_close(level, cost)
        assert f"{level.item():.4f}" == values["lecture_cost"]
    for code in ("F.nll_loss(F.log_softmax(z, dim=1), y)", "F.cross_entropy(z, y)"):
        in_both(pages, f"`{code}`")


def test_initial_cost_is_log_c(pages: dict[str, str]) -> None:
    x, y = data.softmax_toy()
    cost = functional.cross_entropy(x @ torch.zeros(4, 3), y)
    assert cost.item() == pytest.approx(math.log(3))
    in_both(pages, rf"$\ln 3 \approx {math.log(3):.4f}$")


def test_binary_is_two_class_cross_entropy(pages: dict[str, str]) -> None:
    z, y = torch.randn(20, dtype=torch.float64), torch.randint(0, 2, (20,))
    two = torch.stack([torch.zeros_like(z), z], dim=1)
    torch.testing.assert_close(
        functional.cross_entropy(two, y), F.binary_cross_entropy_with_logits(z, y.double())
    )
    in_both(pages, r"$[1 - \sigma(z), \sigma(z)]$")


def test_gradient_is_p_minus_y_over_n(pages: dict[str, str]) -> None:
    z, y = lecture_example()
    z.requires_grad_(True)
    F.cross_entropy(z, y).backward()
    expected = (F.softmax(z.detach(), dim=1) - functional.one_hot(y, 5)) / len(z)
    torch.testing.assert_close(z.grad, expected)
    in_both(pages, r"\frac{1}{n} \left( p_{ij} - y_{ij} \right)")


# ---------------------------------------------------------------- training


def test_training_results(pages: dict[str, str]) -> None:
    _, y = data.softmax_toy()
    assert (figures.CH07_LR, figures.CH07_UPDATES) == (0.1, 1001)
    zero, zero_prediction = figures.softmax_toy_run("zero")
    linear, linear_prediction = figures.softmax_toy_run("linear")
    # the pages quote both runs, and numbers() formats them
    values = figures.numbers()
    assert {key: values[key] for key in ("zero_first_cost", "zero_final_cost",
                                         "linear_first_cost", "linear_final_cost")} == {
        "zero_first_cost": f"{zero[0]:.6f}",
        "zero_final_cost": f"{zero[-1]:.6f}",
        "linear_first_cost": f"{linear[0]:.6f}",
        "linear_final_cost": f"{linear[-1]:.6f}",
    }  # fmt: skip
    for key in ("zero_first_cost", "zero_final_cost", "linear_first_cost", "linear_final_cost"):
        quotes(pages, "ch07", key)
    in_both(pages, "`nn.Linear(4, 3)`")
    # what the pages say, on any CPU: from zero the first cost is log 3; the seeded start is worse
    assert abs(zero[0] - math.log(3)) < 1e-6
    torch.manual_seed(1)
    start = torch.nn.Linear(4, 3)
    x, _ = data.softmax_toy()
    with torch.no_grad():
        exact = F.cross_entropy((x @ start.weight.T + start.bias).double(), y).item()
    assert abs(linear[0] - exact) < 1e-6 and linear[0] > math.log(3)
    # both costs fall, every 100 epochs, and both models classify all 8 samples correctly
    for costs in (zero, linear):
        assert all(costs[t + 100] < costs[t] for t in range(0, 1000, 100))
        assert costs[-1] < 0.3 * costs[0]
    assert (zero_prediction == y).all() and (linear_prediction == y).all()


def test_regions_figure_numbers(pages: dict[str, str]) -> None:
    x, y = figures.clouds()
    assert x.shape == (90, 2) and figures.CH07_PER_CLASS == 30
    for centre in figures.CH07_CENTRES:
        in_both(pages, "$({:g}, {:g})$".format(*centre))
    assert (figures.CH07_LR, figures.CH07_EPOCHS) == (0.1, 1000)
    model = figures.trained_classifier()
    score = metrics.accuracy(model(x), y)
    correct = round(score * len(y))
    values = figures.numbers()
    assert (values["regions_accuracy"], values["regions_correct"]) == (f"{score:.4f}", f"{correct}")
    quotes(pages, "ch07", "regions_accuracy")
    quotes(pages, "ch07", "regions_correct")
    assert "(90개 중 {{ ch07.regions_correct }}개)" in pages["ko"]
    assert "({{ ch07.regions_correct }} of 90)" in pages["en"]
    # the clouds overlap: the lines get most points right, but not all
    assert 0.9 < score < 1
    # no lines can get all 90 right: some points lie inside a triangle of another class's points,
    # and each class's region of argmax_j z_j is convex
    assert points_inside_another_cloud(x.double(), y) > 0


def points_inside_another_cloud(x: torch.Tensor, y: torch.Tensor) -> int:
    """How many points lie strictly inside a triangle of three points of another class."""
    count = 0
    for k in y.unique().tolist():
        own = x[y == k]
        a, b, c = own[torch.combinations(torch.arange(len(own)), 3)].unbind(dim=1)
        for p in x[y != k]:
            # barycentric coordinates (u, v) of p in each triangle (a, b, c)
            v0, v1, v2 = c - a, b - a, p - a
            d00, d01, d11 = (v0 * v0).sum(1), (v0 * v1).sum(1), (v1 * v1).sum(1)
            d20, d21 = (v2 * v0).sum(1), (v2 * v1).sum(1)
            den = d00 * d11 - d01 * d01
            u, v = (d11 * d20 - d01 * d21) / den, (d00 * d21 - d01 * d20) / den
            count += bool(((u > 1e-9) & (v > 1e-9) & (u + v < 1 - 1e-9)).any())
    return count


# ---------------------------------------------------------------- numerical stability


def test_log_sum_exp_example(pages: dict[str, str]) -> None:
    z = torch.tensor([[1000.0, 0.0]], requires_grad=True)
    assert torch.isinf(torch.exp(z.detach())[0, 0])
    assert torch.isnan(torch.exp(z.detach()) / torch.exp(z.detach()).sum())[0, 0]
    assert F.softmax(z.detach(), dim=1).tolist() == [[1.0, 0.0]]
    assert torch.log(F.softmax(z.detach(), dim=1)).tolist() == [[0.0, -math.inf]]
    assert functional.log_softmax(z.detach()).tolist() == [[0.0, -1000.0]]
    cost = F.cross_entropy(z, torch.tensor([1]))
    cost.backward()
    assert cost.item() == 1000.0 and z.grad.tolist() == [[1.0, -1.0]]
    assert functional.cross_entropy(z.detach(), torch.tensor([1])).item() == 1000.0
    z.grad = None
    naive = F.nll_loss(torch.log(F.softmax(z, dim=1)), torch.tensor([1]))
    naive.backward()
    assert math.isinf(naive.item()) and torch.isnan(z.grad).all()
    for text in ("$z = [1000, 0]$", "$[1, 0]$", "$[0, -1000]$", "$p - y = [1, -1]$", "$-1000$"):
        in_both(pages, text)
