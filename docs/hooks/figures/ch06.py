"""Chapter 6's figures: the sigmoid, lines vs a sigmoid on pass/fail data, the costs, a boundary.

The constants are the values the pages state in words; the runs' results that the pages quote
(`{{ ch06.key }}`) come from `numbers()`; tests/docs/test_ch06_theory.py checks that page text,
figures and numbers agree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch
import torch.nn.functional as F
from matplotlib.figure import Figure

from nnintro import data, functional, models, plot, train

# Chapter 6: sigmoid(Wx + b) for the lecture's W values (b = 0) and for several b (W = 1).
CH06_WS = (0.5, 1.0, 2.0)
CH06_BS = (-2.0, 0.0, 2.0)
# Chapter 6: a seventh student, who scored 100 and passed, added to nnintro.data.pass_fail().
CH06_EXTRA = (100.0, 1.0)
# Chapter 6: the sigmoid drawn over the pass/fail data, sigma(W x + b), 0.5 at x = 57.5.
CH06_SIGMOID = (0.5, -28.75)
# Chapter 6: MSE vs BCE over W with b fixed, on pass_fail() plus a noisy student (90, fail).
CH06_NOISY = (50.0, 1.0)
CH06_COST_B = -40.0
CH06_COST_W_RANGE = (0.3, 1.2)
# Chapter 6: gradient descent on the cost over W alone (b = CH06_COST_B), from four starts.
CH06_DESCENT_LR = 0.001
CH06_DESCENT_STEPS = 1000
CH06_DESCENT_STARTS = (0.4, 0.6, 0.9, 1.1)
# Chapter 6: the lecture's training run on logistic_toy(): W = b = 0, SGD lr 1, epochs 0..1000.
CH06_LR = 1.0
CH06_UPDATES = 1001


def with_sample(sample: tuple[float, float]) -> tuple[torch.Tensor, torch.Tensor]:
    """Return pass_fail() with one more (score, label) sample at the end."""
    x, y = data.pass_fail()
    return torch.cat([x, torch.tensor([[sample[0]]])]), torch.cat([y, torch.tensor([[sample[1]]])])


def least_squares_line(x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
    """Return (W, b) of the line W x + b with the smallest MSE on (x, y), in float64."""
    design = torch.cat([x.double(), torch.ones_like(x).double()], dim=1)
    w, b = torch.linalg.lstsq(design, y.double()).solution.flatten().tolist()
    return w, b


def formula(w: float, b: float, digits: int = 3) -> str:
    """Return '$0.051x - 2.46$' style text of the line W x + b."""
    return f"${w:.{digits}g}x {'-' if b < 0 else '+'} {abs(b):.{digits}g}$"


@functools.cache  # the figure, the pages' numbers and the tests share one run
def logistic_run() -> tuple[models.LogisticRegression, train.History]:
    """The lecture's logistic regression trained on logistic_toy() (1001 full-batch updates from
    W = b = 0); returns the model and its History (the cost before each update)."""
    x, y = data.logistic_toy()
    model = models.LogisticRegression(2, zero_init=True)
    history = train.fit(
        model, x, y, lr=CH06_LR, epochs=CH06_UPDATES, loss_fn=functional.binary_cross_entropy
    )
    return model, history


def trained_logistic() -> models.LogisticRegression:
    """The model of `logistic_run()`."""
    return logistic_run()[0]


@functools.cache  # the pages' numbers and the tests share one run per start
def descent(cost: str, w0: float) -> float:
    """W after CH06_DESCENT_STEPS steps of gradient descent on the cost ("MSE" or "BCE") of
    sigma(W x + CH06_COST_B) over W alone, on pass_fail() plus CH06_NOISY, from W = w0 (float32,
    as the tutorial runs it)."""
    x, y = with_sample(CH06_NOISY)
    w = torch.tensor([w0], requires_grad=True)
    optimizer = torch.optim.SGD([w], lr=CH06_DESCENT_LR)
    for _ in range(CH06_DESCENT_STEPS):
        h = torch.sigmoid(x * w + CH06_COST_B)
        loss = F.mse_loss(h, y) if cost == "MSE" else F.binary_cross_entropy(h, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return w.item()


def numbers() -> dict[str, str]:
    """The runs' results that the pages quote, formatted as the pages print them."""
    model, history = logistic_run()
    (w1, w2), b = model.linear.weight.detach().flatten().tolist(), model.linear.bias.item()
    return {
        "mse_from_04": f"{descent('MSE', 0.4):.3f}",
        "mse_from_06": f"{descent('MSE', 0.6):.3f}",
        "mse_from_09": f"{descent('MSE', 0.9):.3f}",
        "bce_descent": f"{descent('BCE', 0.4):.3f}",
        "first_cost": f"{history.losses[0]:.6f}",
        "final_cost": f"{history.losses[-1]:.6f}",
        "w1": f"{w1:.4f}",
        "w2": f"{w2:.4f}",
        "b": f"{b:.4f}",
        "minus_b": f"{-b:.4f}",
        "slope": f"{-w1 / w2:.2f}",
    }


def ch06_sigmoid() -> Figure:
    """sigma(Wx) for W = 0.5, 1, 2 and sigma(x + b) for b = -2, 0, 2."""
    return plot.sigmoid_curves(CH06_WS, CH06_BS)


def ch06_pass_fail() -> Figure:
    """Pass/fail data with a seventh student at 100: two least-squares lines and a sigmoid."""
    x6, y6 = data.pass_fail()
    x7, y7 = with_sample(CH06_EXTRA)
    (w6, b6), (w7, b7) = least_squares_line(x6, y6), least_squares_line(x7, y7)
    ws, bs = CH06_SIGMOID
    curves = {
        formula(w6, b6): lambda t: w6 * t + b6,
        formula(w7, b7): lambda t: w7 * t + b7,
        f"$\\sigma({ws:g}x - {-bs:g})$": lambda t: functional.sigmoid(ws * t + bs),
    }
    return plot.binary_curves(x7, y7, curves)


def ch06_log_costs() -> Figure:
    """-ln H(x) for y = 1 and -ln(1 - H(x)) for y = 0 (the pages write the natural log as ln)."""
    fig = plot.log_costs()
    ax = fig.axes[0]
    for line, label in zip(
        ax.lines, ("$y = 1$: $-\\ln H(x)$", "$y = 0$: $-\\ln(1 - H(x))$"), strict=True
    ):
        line.set_label(label)
    ax.legend(loc="upper center")
    return fig


def ch06_costs() -> Figure:
    """MSE and BCE of sigma(Wx - 30) over W on the pass/fail data plus a noisy sample."""
    x, y = with_sample(CH06_NOISY)
    return plot.sigmoid_costs(x, y, b=CH06_COST_B, w_range=CH06_COST_W_RANGE)


def ch06_boundary() -> Figure:
    """The decision boundary of logistic regression trained on the lecture's six samples."""
    x, y = data.logistic_toy()
    return plot.decision_boundary(trained_logistic(), x, y)


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch06-sigmoid.svg": ch06_sigmoid,
    "ch06-pass-fail.svg": ch06_pass_fail,
    "ch06-log-costs.svg": ch06_log_costs,
    "ch06-costs.svg": ch06_costs,
    "ch06-boundary.svg": ch06_boundary,
}
