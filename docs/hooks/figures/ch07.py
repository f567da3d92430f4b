"""Chapter 7's figures: the softmax of the lecture's scores, and a softmax classifier's regions.

The constants are the values the pages state in words; the runs' results that the pages quote
(`{{ ch07.key }}`) come from `numbers()`; tests/docs/test_ch07_theory.py checks that page text,
figures and numbers agree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import torch
import torch.nn.functional as F
from matplotlib.figure import Figure

from nnintro import data, functional, metrics, models, plot, train

# Chapter 7: the lecture's scores z = [1, 2, 3] and their softmax [0.0900, 0.2447, 0.6652].
CH07_Z = (1.0, 2.0, 3.0)
# Chapter 7: three clouds of 2-feature points (centres, spread, points per class, seed) ...
CH07_CENTRES = ((0.0, 0.0), (3.0, 0.5), (1.0, 3.0))
CH07_SPREAD = 0.8
CH07_PER_CLASS = 30
CH07_SEED = 7
# ... classified by softmax(xW + b), trained like the lecture's model: SGD lr 0.1, 1000 epochs.
CH07_LR = 0.1
CH07_EPOCHS = 1000
# Chapter 7: the lecture's runs on softmax_toy(): SGD lr 0.1, epochs 0..1000, F.cross_entropy,
# from W = B = 0 ("zero") or from nn.Linear(4, 3) after torch.manual_seed(1) ("linear").
CH07_UPDATES = 1001


def lecture_example() -> tuple[torch.Tensor, torch.Tensor]:
    """The lecture's random scores and labels: seed 1, torch.rand(3, 5), torch.randint(5, (3,))."""
    torch.manual_seed(1)
    z = torch.rand(3, 5)
    return z, torch.randint(5, (3,))


@functools.cache  # the pages' numbers and the tests share one run
def softmax_toy_run(start: str) -> tuple[list[float], torch.Tensor]:
    """Train softmax(xW + B) on softmax_toy() as the lecture does, from W = B = 0 (start "zero")
    or from the seeded nn.Linear(4, 3) (start "linear"); return the cost before each update and
    the predicted classes after training."""
    x, y = data.softmax_toy()
    if start == "zero":
        w, b = torch.zeros(4, 3), torch.zeros(1, 3)
    else:
        torch.manual_seed(1)
        linear = torch.nn.Linear(4, 3)
        w, b = linear.weight.detach().T, linear.bias.detach().view(1, 3)
    w, b = w.clone().requires_grad_(True), b.clone().requires_grad_(True)
    optimizer = torch.optim.SGD([w, b], lr=CH07_LR)
    costs = []
    for _ in range(CH07_UPDATES):
        cost = F.cross_entropy(x @ w + b, y)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    with torch.no_grad():
        return costs, (x @ w + b).argmax(dim=1)


def clouds() -> tuple[torch.Tensor, torch.Tensor]:
    """Return CH07_PER_CLASS points around each centre (x, shape (n, 2)) and their classes y."""
    generator = torch.Generator().manual_seed(CH07_SEED)
    xs, ys = [], []
    for k, centre in enumerate(CH07_CENTRES):
        noise = torch.randn(CH07_PER_CLASS, 2, generator=generator)
        xs.append(torch.tensor(centre) + CH07_SPREAD * noise)
        ys.append(torch.full((CH07_PER_CLASS,), k))
    return torch.cat(xs), torch.cat(ys)


@functools.cache  # the figure, the pages' numbers and the tests share one run
def trained_classifier() -> models.SoftmaxClassifier:
    """A softmax classifier trained on clouds() with F.cross_entropy's formula (zero init)."""
    x, y = clouds()
    model = models.SoftmaxClassifier(2, len(CH07_CENTRES), zero_init=True)
    train.fit(model, x, y, lr=CH07_LR, epochs=CH07_EPOCHS, loss_fn=functional.cross_entropy)
    return model


def numbers() -> dict[str, str]:
    """The runs' results that the pages quote, formatted as the pages print them."""
    z, y = lecture_example()
    right = F.softmax(z, dim=1)[torch.arange(len(y)), y].tolist()
    zero, _ = softmax_toy_run("zero")
    linear, _ = softmax_toy_run("linear")
    x, labels = clouds()
    model = trained_classifier()
    with torch.no_grad():
        scores = model(x)
    correct = int((scores.argmax(dim=1) == labels).sum())
    return {
        "right_p1": f"{right[0]:.4f}",
        "right_p2": f"{right[1]:.4f}",
        "right_p3": f"{right[2]:.4f}",
        "lecture_cost": f"{F.cross_entropy(z, y).item():.4f}",
        "zero_first_cost": f"{zero[0]:.6f}",
        "zero_final_cost": f"{zero[-1]:.6f}",
        "linear_first_cost": f"{linear[0]:.6f}",
        "linear_final_cost": f"{linear[-1]:.6f}",
        "regions_accuracy": f"{metrics.accuracy(scores, labels):.4f}",
        "regions_correct": f"{correct}",
    }


def ch07_softmax() -> Figure:
    """z = [1, 2, 3] and softmax(z) = [0.0900, 0.2447, 0.6652]."""
    return plot.softmax_bars(torch.tensor(CH07_Z))


def ch07_regions() -> Figure:
    """The three regions argmax_j z_j of a trained softmax classifier on three point clouds."""
    x, y = clouds()
    return plot.decision_boundary(trained_classifier(), x, y)


FIGURES: dict[str, Callable[[], Figure]] = {
    "ch07-softmax.svg": ch07_softmax,
    "ch07-regions.svg": ch07_regions,
}
