"""Chapter 10 theory pages: every number the pages state is recomputed here with torch (autograd)
and found in BOTH the Korean and the English page, and the page's claims hold.

The tiny network's numbers are exact arithmetic (z1 = z2 = 0), typed into the pages and checked
against autograd here. Numbers from running code (the XOR network's start, gradients, training)
are placeholders, ``{{ ch10.key }}``, filled by the build from ``numbers()`` of
docs/hooks/figures/ch10.py; for those the tests assert what holds on any CPU and that
``numbers()`` formats this machine's run as the page prints it.
"""

from __future__ import annotations

import math
import re

import pytest
import torch
import torch.nn.functional as F

from nnintro import backprop, data
from tests.docs.theory import (
    filled,
    in_both,
    no_raw_html,
    placeholders,
    quotes,
    read_pages,
    registry,
    table_rows,
    twin_structure,
)

figures = registry.CHAPTERS["ch10"]
chapter9 = registry.CHAPTERS["ch09"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages("10-backpropagation")


@pytest.fixture(scope="module")
def values() -> dict[str, str]:
    """This machine's ch10 numbers, as the build would fill them into the pages."""
    return figures.numbers()


@pytest.fixture(scope="module")
def tiny() -> dict[str, float]:
    return figures.tiny_network()


def python_block(page: str) -> str:
    (block,) = re.findall(r"```python\n(.*?)```", page, flags=re.S)
    return block


# ---------------------------------------------------------------- structure


def without_code_blocks(page: str) -> str:
    return re.sub(r"```python\n.*?```\n", "", page, flags=re.S)


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    ko, en = (twin_structure(without_code_blocks(pages[lang])) for lang in ("ko", "en"))
    assert ko == en
    assert ko["title"] == 1
    assert ko["links"] == [
        "../tutorials/10-backpropagation.ipynb",
        "../reference/backprop.md",
    ]
    for lang, page in pages.items():
        assert no_raw_html(page), lang
        # the collapsible "going deeper" parts, in the same order in both languages
        assert len(re.findall(r'^\?\?\? info "', page, flags=re.M)) == 3, lang
    assert pages["ko"].count('??? info "더 깊이: ') == 3
    assert pages["en"].count('??? info "Going deeper: ') == 3


def test_headings_are_free_of_math(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        for heading in re.findall(r"^#+ (.*)$", page, flags=re.M):
            assert "$" not in heading and "\\" not in heading, (lang, heading)


def test_links_to_other_chapters(pages: dict[str, str]) -> None:
    """Chapter 5 (the shape convention), 9 (vanishing gradients), 11 (the FLOP count), each
    to the section of the reader's language."""
    for anchor in (
        "05-nn-module.md#선형-층",
        "09-multi-layer-perceptron.md#기울기-소실",
        "11-mnist.md#왜-빠른가",
    ):
        assert f"]({anchor})" in pages["ko"], anchor
    for anchor in (
        "05-nn-module.md#the-linear-layer",
        "09-multi-layer-perceptron.md#vanishing-gradients",
        "11-mnist.md#why-it-is-fast",
    ):
        assert f"]({anchor})" in pages["en"], anchor
    headings = {
        "ko": read_pages("05-nn-module")["ko"] + read_pages("09-multi-layer-perceptron")["ko"],
        "en": read_pages("05-nn-module")["en"] + read_pages("09-multi-layer-perceptron")["en"],
    }
    assert "## 선형 층" in headings["ko"] and "## 기울기 소실" in headings["ko"]
    assert "## The linear layer" in headings["en"] and "## Vanishing gradients" in headings["en"]


def test_pages_quote_every_number_of_the_runs(pages: dict[str, str], values) -> None:
    """Both pages quote exactly the chapter's numbers (each at least once), and nothing else."""
    for lang, page in pages.items():
        assert set(placeholders(page)) == {f"ch10.{key}" for key in values}, lang
    for lang, page in filled(pages, "ch10").items():
        assert placeholders(page) == [], lang
        assert "nan" not in page.lower().replace("nanoseconds", ""), lang


# ---------------------------------------------------------------- the tiny network


def test_tiny_network_forward_pass(pages: dict[str, str], tiny) -> None:
    assert figures.CH10_TINY == {"x": 2.0, "w1": 0.5, "b1": -1.0, "w2": 3.0, "b2": -1.5, "y": 1.0}
    for text in ("$x = 2$", "$y = 1$", "$w_1 = 0.5$", "$b_1 = -1$", "$w_2 = 3$", "$b_2 = -1.5$"):
        in_both(pages, text)
    assert (tiny["z1"], tiny["h"], tiny["z2"], tiny["y_hat"]) == (0.0, 0.5, 0.0, 0.5)
    assert 0.5 * 2 - 1 == 0 and 3 * 0.5 - 1.5 == 0
    for text in (
        r"$z_1 = 0.5 \cdot 2 - 1 = 0$",
        r"$h = \sigma(0) = 0.5$",
        r"$z_2 = 3 \cdot 0.5 - 1.5 = 0$",
        r"$\hat y = 0.5$",
        r"$L = -\ln 0.5 = \ln 2 \approx 0.6931$",
    ):
        in_both(pages, text)
    assert tiny["cost"] == pytest.approx(math.log(2)) and f"{math.log(2):.4f}" == "0.6931"


def test_local_derivatives(pages: dict[str, str], tiny) -> None:
    local = figures.local_derivatives(tiny)
    assert local["w1", "z1"] == 2 and local["b1", "z1"] == 1
    assert local["z1", "h"] == 0.25 == local["z2", "y_hat"]
    assert local["y_hat", "cost"] == -2
    for text in (
        r"$\partial z_1 / \partial w_1 = x = 2$",
        r"$\partial z_1 / \partial b_1 = 1$",
        r"$\partial h / \partial z_1 = h(1 - h) = 0.25$",
        r"$\partial L / \partial \hat y = -y / \hat y + (1 - y) / (1 - \hat y) = -2$",
    ):
        in_both(pages, text)
    # the sigmoid's derivative from its output: σ'(z) = σ(z)(1 − σ(z))
    z = torch.linspace(-8, 8, 161, dtype=torch.float64, requires_grad=True)
    torch.sigmoid(z).sum().backward()
    s = torch.sigmoid(z.detach())
    torch.testing.assert_close(z.grad, s * (1 - s))


NODE_ROWS = {
    r"$\hat y$": "y_hat",
    "$z_2$": "z2",
    "$w_2$": "w2",
    "$b_2$": "b2",
    "$h$": "h",
    "$z_1$": "z1",
    "$w_1$": "w1",
    "$b_1$": "b1",
}


def test_chain_rule_table_is_autograd(pages: dict[str, str], tiny) -> None:
    """Each row's gradient is autograd's, and its computation (the product written out after
    the last '=') gives that value."""
    for lang, page in pages.items():
        rows = [row for row in table_rows(page, list(NODE_ROWS)) if len(row) == 3]
        assert [row[0] for row in rows] == list(NODE_ROWS), lang
        for first, computation, gradient in rows:
            expected = tiny[f"d_{NODE_ROWS[first]}"]
            assert float(gradient.strip("$")) == expected, (lang, first)
            product = computation.strip("$").split("=")[-1].replace(r"\times", "*")
            if re.fullmatch(r"[-\d.\s*]+", product):
                assert eval(product) == expected, (lang, first)  # digits only
    path = [("y_hat", "cost"), ("z2", "y_hat"), ("h", "z2"), ("z1", "h"), ("w1", "z1")]
    local = figures.local_derivatives(tiny)
    assert math.prod(local[edge] for edge in path) == tiny["d_w1"] == -0.75
    in_both(pages, r"= (-2) \cdot 0.25 \cdot 3 \cdot 0.25 \cdot 2 = -0.75")


def test_branches_add(pages: dict[str, str]) -> None:
    for a0 in (-1.0, 0.5, 3.0):
        a = torch.tensor(a0, requires_grad=True)
        (2 * a + a**2).backward()
        assert a.grad.item() == 2 + 2 * a0
    in_both(pages, r"$\partial L / \partial a = 2 + 2a$")


def test_sigmoid_and_bce_together_give_the_error(pages: dict[str, str]) -> None:
    generator = torch.Generator().manual_seed(0)
    z = torch.randn(50, generator=generator, dtype=torch.float64, requires_grad=True)
    y = torch.randint(0, 2, (50,), generator=generator).double()
    for i in range(50):
        F.binary_cross_entropy(torch.sigmoid(z[i]), y[i]).backward()
    y_hat = torch.sigmoid(z.detach())
    by_parts = (-y / y_hat + (1 - y) / (1 - y_hat)) * y_hat * (1 - y_hat)
    torch.testing.assert_close(by_parts, y_hat - y)
    torch.testing.assert_close(z.grad, y_hat - y)
    in_both(pages, r"= \hat y - y")
    in_both(pages, "$0.5 - 1 = -0.5$")


def test_autograd_code_and_tables(pages: dict[str, str]) -> None:
    """Run the page's code block; the tables show what it gives, and a second forward and
    backward pass doubles .grad."""
    code = python_block(pages["ko"])
    assert code == python_block(pages["en"])
    ns = {"torch": torch, "F": F}
    exec(code, ns)  # the page's own code
    shown = {
        "`round(L.item(), 4)`": repr(round(ns["L"].item(), 4)),
        "`w1.grad`, `b1.grad`": f"{ns['w1'].grad!r}`, `{ns['b1'].grad!r}",
        "`w2.grad`, `b2.grad`": f"{ns['w2'].grad!r}`, `{ns['b2'].grad!r}",
        "`L.grad_fn.name()`": repr(ns["L"].grad_fn.name()),
        "`y_hat.grad_fn.name()`": repr(ns["y_hat"].grad_fn.name()),
        "`w1.grad_fn`": repr(ns["w1"].grad_fn),
    }
    after_one = repr(ns["w1"].grad)
    exec("h = torch.sigmoid" + code.split("h = torch.sigmoid")[1], ns)  # forward + backward
    after_two = repr(ns["w1"].grad)
    assert (after_one, after_two) == ("tensor(-0.7500)", "tensor(-1.5000)")
    for lang, page in pages.items():
        rows = {row[0]: row[1] for row in table_rows(page, list(shown))}
        for cell, value in shown.items():
            assert rows[cell] == f"`{value}`", (lang, cell)
        grad_rows = [line for line in page.splitlines() if line.startswith("| `w1.grad` (")]
        assert [row.split("|")[2].strip() for row in grad_rows] == [
            f"`{after_one}`",
            f"`{after_two}`",
        ], lang


# ---------------------------------------------------------------- the 2-2-1 MLP


def test_settings(pages: dict[str, str]) -> None:
    assert (figures.CH10_SIZES, figures.CH10_SEED, figures.CH10_LR) == ([2, 2, 1], 777, 1.0)
    assert figures.CH10_STEPS == 5001
    for text in ("2-2-1", "`torch.manual_seed(777)`", "`nn.Linear(2, 2)`", "`nn.Linear(2, 1)`"):
        in_both(pages, text)
    in_both(pages, "5001")
    in_both(pages, "5000")
    in_both(pages, r"$\alpha = 1$")
    in_both(pages, "`optim.SGD(model.parameters(), lr=1)`")


def shape_text(t: torch.Tensor, batch: bool) -> str:
    """A shape as the table writes it: n for the batch, Python's (2,) for one dimension."""
    dims = ["n" if batch and i == 0 else str(s) for i, s in enumerate(t.shape)]
    return f"$({', '.join(dims)}{',' if len(dims) == 1 else ''})$"


def test_shape_table(pages: dict[str, str]) -> None:
    model = figures.xor_model()
    x, y = data.xor()
    w1, b1, w2, b2 = (p.detach() for p in model.parameters())
    z1 = x @ w1.T + b1
    h = torch.sigmoid(z1)
    z2 = h @ w2.T + b2
    expected = [
        ["$X$", shape_text(x, True), "", "$W_2$", shape_text(w2, False)],
        ["$W_1$", shape_text(w1, False), "", "$b_2$", shape_text(b2, False)],
        [
            "$b_1$",
            shape_text(b1, False),
            "",
            r"$Z_2$, $\hat Y$, $Y$",
            shape_text(z2, True),
        ],
    ]
    assert shape_text(y, True) == shape_text(z2, True) == "$(n, 1)$"
    assert shape_text(z1, True) == shape_text(h, True) == "$(n, 2)$"
    for lang, page in pages.items():
        rows = [row for row in table_rows(page, ["$X$", "$W_1$", "$b_1$"]) if len(row) == 5]
        assert rows == expected, lang
        (last,) = table_rows(page, ["$Z_1$, $H$"])
        assert last[:2] == ["$Z_1$, $H$", "$(n, 2)$"] and last[3] == r"$\operatorname{cost}$", lang


def page_gradients(model, x, y) -> dict[str, torch.Tensor]:
    """The page's formulas, written out here independently of nnintro.backprop."""
    w1, b1, w2, b2 = (p.detach() for p in model.parameters())
    n = len(x)
    h = torch.sigmoid(x @ w1.T + b1)
    y_hat = torch.sigmoid(h @ w2.T + b2)
    delta2 = y_hat - y
    delta1 = (delta2 @ w2) * h * (1 - h)
    return {
        "0.weight": delta1.T @ x / n,
        "0.bias": delta1.sum(0) / n,
        "2.weight": delta2.T @ h / n,
        "2.bias": delta2.sum(0) / n,
    }


@pytest.mark.parametrize("seed", [777, 0, 1])
def test_gradient_formulas_are_autograd(pages: dict[str, str], seed: int) -> None:
    torch.manual_seed(seed)
    model = figures.models.MLP([2, 2, 1], "sigmoid", output_activation="sigmoid").double()
    x, y = (t.double() for t in data.xor())
    by_formula = page_gradients(model, x, y)
    _, by_module = backprop.manual_gradients(model, x, y)
    F.binary_cross_entropy(model(x), y).backward()
    for name, p in model.named_parameters():
        assert by_formula[name].shape == p.shape
        torch.testing.assert_close(by_formula[name], p.grad)
        torch.testing.assert_close(by_module[name], p.grad)
    for text in (
        r"\delta_2 = \hat Y - Y",
        r"\frac{\partial \operatorname{cost}}{\partial W_2} = \frac{1}{n} \delta_2^\top H",
        r"\frac{\partial \operatorname{cost}}{\partial b_2} = "
        r"\frac{1}{n} \sum_{i=1}^{n} \delta_{2,i}",
        r"\delta_1 = (\delta_2 W_2) \odot H \odot (1 - H)",
        r"\frac{\partial \operatorname{cost}}{\partial W_1} = \frac{1}{n} \delta_1^\top X",
        r"\frac{\partial \operatorname{cost}}{\partial b_1} = "
        r"\frac{1}{n} \sum_{i=1}^{n} \delta_{1,i}",
        "$(1, n)(n, 2) = (1, 2)$",
        "$(n, 1)(1, 2) = (n, 2)$",
        "$(2, n)(n, 2) = (2, 2)$",
    ):
        in_both(pages, text)


def test_first_step_numbers(pages: dict[str, str], values) -> None:
    step = figures.first_step()
    model = figures.xor_model()
    x, y = data.xor()
    for name, p in model.named_parameters():
        key = f"start_{figures.parameter_symbol(name)}"
        for index, v in zip(figures._indices(p), p.detach().flatten().tolist(), strict=True):
            assert values[f"{key}_{index}"] == f"{v:.4f}"
            quotes(pages, "ch10", f"{key}_{index}")
    with torch.no_grad():
        y_hat = model(x).view(-1).tolist()
    for i, v in enumerate(y_hat, start=1):
        assert values[f"y_hat_{i}"] == f"{v:.4f}" and abs(v - 0.65) < 0.02  # "all near 0.65"
        quotes(pages, "ch10", f"y_hat_{i}")
    cost = F.binary_cross_entropy(model(x), y)
    cost.backward()
    assert values["cost_start"] == f"{cost.item():.4f}"
    diffs = []
    for name, p in model.named_parameters():
        key = f"grad_{figures.parameter_symbol(name)}"
        hand = step["grads"][name]
        diffs.append((hand - p.grad).abs().max().item())
        for index, v, auto in zip(
            figures._indices(p), hand.flatten().tolist(), p.grad.flatten().tolist(), strict=True
        ):
            assert values[f"{key}_{index}"] == figures.tex(v)
            assert v == pytest.approx(auto, rel=1e-4, abs=1e-9)
            quotes(pages, "ch10", f"{key}_{index}")
    assert max(diffs) < 1e-6  # "all nine differ by less than 10^-6"
    in_both(pages, "$10^{-6}$")
    # one update with lr 1 lowers the cost, as optim.SGD's step does
    optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
    optimizer.step()
    after = F.binary_cross_entropy(model(x), y).item()
    assert values["cost_after"] == f"{after:.4f}" and after < cost.item()
    quotes(pages, "ch10", "cost_start")
    quotes(pages, "ch10", "cost_after")


def test_first_layer_gradients_are_smaller(pages: dict[str, str]) -> None:
    """The prose: the first layer's gradients are much smaller than the second's; W2's second
    entry is tiny, so the second hidden unit's row of W1 and b1 get almost nothing."""
    grads = figures.first_step()["grads"]
    start = figures.first_step()["start"]
    g_w1, g_b1, g_w2 = grads["0.weight"], grads["0.bias"], grads["2.weight"]
    assert g_w1.abs().max() < g_w2.abs().min() / 5
    assert abs(start["2.weight"][0, 1]) < 0.01 < abs(start["2.weight"][0, 0])
    assert g_w1[1].abs().max() < 1e-3 and abs(g_b1[1]) < 1e-3
    assert g_w1[1].abs().max() < g_w1[0].abs().min() / 10
    assert torch.sigmoid(torch.tensor(0.0)) * (1 - torch.sigmoid(torch.tensor(0.0))) == 0.25
    in_both(pages, r"$h(1 - h) \le 1/4$")


def test_the_lecture_code_note(pages: dict[str, str]) -> None:
    """The lecture's hand-written step: weights (in, out), X @ w1 + b1, the 1e-7 guard, biases
    averaged, weights summed: its weights move as with a learning rate n = 4 times larger."""
    model = figures.xor_model()
    x, y = data.xor()
    n = len(x)
    ours = page_gradients(model, x, y)
    w1, b1, w2, b2 = (p.detach() for p in model.parameters())
    w1, w2 = w1.T, w2.T  # the lecture's (in, out)
    l1 = x @ w1 + b1
    a1 = torch.sigmoid(l1)
    l2 = a1 @ w2 + b2
    y_pred = torch.sigmoid(l2)
    d_y_pred = (y_pred - y) / (y_pred * (1.0 - y_pred) + 1e-7)
    d_l2 = d_y_pred * torch.sigmoid(l2) * (1 - torch.sigmoid(l2))
    torch.testing.assert_close(d_l2, y_pred - y, rtol=1e-5, atol=1e-6)
    d_w2 = a1.T @ d_l2
    d_l1 = (d_l2 @ w2.T) * torch.sigmoid(l1) * (1 - torch.sigmoid(l1))
    d_w1 = x.T @ d_l1
    torch.testing.assert_close(d_w1.T, n * ours["0.weight"], rtol=1e-4, atol=1e-7)
    torch.testing.assert_close(d_w2.T, n * ours["2.weight"], rtol=1e-4, atol=1e-7)
    torch.testing.assert_close(d_l1.mean(0), ours["0.bias"], rtol=1e-4, atol=1e-7)
    assert n == 4
    in_both(pages, "`X @ w1 + b1`")
    in_both(pages, r"$(\hat y - y) / \big(\hat y(1 - \hat y) + 10^{-7}\big)$")
    assert "학습률이 4배" in pages["ko"] and "4 times larger" in pages["en"]


def test_xor_trained_by_hand(pages: dict[str, str], values) -> None:
    model, manual, auto = figures.xor_training()
    assert len(manual) == len(auto) == figures.CH10_STEPS
    diff = max(abs(a - b) for a, b in zip(manual, auto, strict=True))
    assert diff < 1e-4  # "the curves lie on top of each other"
    assert values["train_max_diff"] == figures.tex(diff, 1)
    ln2 = math.log(2)
    escape = next(t for t, c in enumerate(manual) if c < 0.6)
    assert values["train_below_0_6"] == str(escape)
    # "stays near ln 2 for a while" before it escapes: 1,000 updates within 1e-3 of ln 2
    near = [abs(c - ln2) < 1e-3 for c in manual[:escape]]
    assert any(all(near[t : t + 1000]) for t in range(len(near) - 1000))
    assert manual[-1] < 0.01 and values["train_cost"] == f"{manual[-1]:.4f}"
    x, y = data.xor()
    with torch.no_grad():
        out = model(x)
    for (a, b), target, v in zip(
        ((0, 0), (0, 1), (1, 0), (1, 1)), y.view(-1).tolist(), out.view(-1).tolist(), strict=True
    ):
        assert abs(v - target) < 0.05 and values[f"train_output_{a}{b}"] == f"{v:.4f}"
        quotes(pages, "ch10", f"train_output_{a}{b}")
    assert values["train_accuracy"] == "1.0"
    for key in ("train_max_diff", "train_below_0_6", "train_cost", "train_accuracy"):
        quotes(pages, "ch10", key)
    outputs = [f"{{{{ ch10.train_output_{ab} }}}}" for ab in ("00", "01", "10", "11")]
    assert ", ".join(outputs) in pages["ko"]
    assert f"{', '.join(outputs[:3])} and {outputs[3]}" in pages["en"]


# ---------------------------------------------------------------- vanishing gradients


def test_sigmoid_derivative_bound(pages: dict[str, str]) -> None:
    p = torch.linspace(0, 1, 1001, dtype=torch.float64)
    torch.testing.assert_close(p * (1 - p), 0.25 - (p - 0.5) ** 2)
    z = torch.linspace(-10, 10, 2001, dtype=torch.float64)
    derivative = torch.sigmoid(z) * (1 - torch.sigmoid(z))
    assert derivative.max().item() == 0.25 and abs(z[derivative.argmax()].item()) < 1e-12
    in_both(
        pages,
        r"\sigma'(z) = p (1 - p) = \frac{1}{4} - \left( p - \frac{1}{2} \right)^2 \le \frac{1}{4}",
    )
    mantissa, exponent = f"{0.25**10:.1e}".split("e")
    in_both(pages, rf"$(1/4)^{{10}} \approx {mantissa} \times 10^{{{int(exponent)}}}$")


@pytest.mark.parametrize("seed", range(5))
def test_chain_bound_holds(seed: int) -> None:
    """|∂L/∂h0| <= (1/4)^k |w1 ... wk| |∂L/∂hk| for a chain of k one-unit sigmoid layers, and
    ||∂L/∂h^(l-1)|| <= ||W_l||_2 / 4 ||∂L/∂h^(l)|| for layers of several units."""
    generator = torch.Generator().manual_seed(seed)
    k = 8
    w = 3 * torch.randn(k, generator=generator, dtype=torch.float64)
    b = torch.randn(k, generator=generator, dtype=torch.float64)
    h0 = torch.randn((), generator=generator, dtype=torch.float64, requires_grad=True)
    h = h0
    for l in range(k):  # noqa: E741
        h = torch.sigmoid(w[l] * h + b[l])
    h.backward()  # ∂L/∂h_k = 1 for L = h_k
    assert abs(h0.grad.item()) <= 0.25**k * w.abs().prod().item()
    weight = torch.randn(6, 5, generator=generator, dtype=torch.float64)
    below = torch.randn(7, 5, generator=generator, dtype=torch.float64, requires_grad=True)
    above = torch.sigmoid(below @ weight.T)
    upstream = torch.randn(7, 6, generator=generator, dtype=torch.float64)
    (above * upstream).sum().backward()
    bound = torch.linalg.matrix_norm(weight, 2) / 4 * upstream.norm()
    assert below.grad.norm() <= bound


def test_chapter9_measurement_as_the_page_describes_it() -> None:
    """Sigmoid: more than 4x per layer on average with PyTorch's default init; less than 4x with
    He init, but more than ten-thousandfold over the ten layers."""
    default = chapter9.layer_gradient_norms("sigmoid", False)
    he = chapter9.layer_gradient_norms("sigmoid", True)
    layers = len(default) - 1
    assert (default[-1] / default[0]) ** (1 / layers) > 4
    assert (he[-1] / he[0]) ** (1 / layers) < 4
    assert he[-1] / he[0] > 1e4


def test_relu_derivative_is_one_where_on() -> None:
    z = torch.tensor([-2.0, -0.5, 0.5, 3.0], requires_grad=True)
    F.relu(z).sum().backward()
    assert z.grad.tolist() == [0.0, 0.0, 1.0, 1.0]


# ---------------------------------------------------------------- autograd and its cost


def test_backward_is_two_matrix_products_of_the_forward_size(pages: dict[str, str]) -> None:
    n, d_in, d_out = 256, 784, 512
    x, w = torch.randn(n, d_in), torch.randn(d_out, d_in)
    g = torch.randn(n, d_out)
    grad_x, grad_w, _ = backprop.linear_backward(g, x, w)
    forward = n * d_in * d_out  # multiply-adds of x Wᵀ
    backward = g.shape[0] * g.shape[1] * w.shape[1] + g.shape[1] * g.shape[0] * x.shape[1]
    assert grad_x.shape == x.shape and grad_w.shape == w.shape
    assert backward == 2 * forward
    for text in (r"$X W^\top$", "$G W$", r"$G^\top X$"):
        in_both(pages, text)


# ---------------------------------------------------------------- figures


def test_graph_figure_shows_the_table(tiny) -> None:
    fig = figures.ch10_graph()
    texts = [t.get_text() for t in fig.axes[0].texts]
    for name in NODE_ROWS.values():
        assert figures._text(tiny[f"d_{name}"]) in texts, name  # the red gradient labels
    for node in ("x", "w1", "b1", "w2", "b2"):
        assert figures._text(tiny[node]) in texts, node
    assert "$= 0.25$" in "".join(texts) and "$= −2$" in "".join(texts)


def test_xor_figure_draws_both_runs() -> None:
    _, manual, auto = figures.xor_training()
    fig = figures.ch10_xor_manual()
    lines = fig.axes[0].lines
    assert [line.get_label() for line in lines[:2]] == ["by hand", "autograd"]
    assert list(lines[0].get_ydata()) == manual and list(lines[1].get_ydata()) == auto
