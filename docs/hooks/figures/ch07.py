"""Chapter 7's figures: the softmax of the lecture's scores, and a softmax classifier's regions.

The constants are the values the pages state in words; tests/docs/test_ch07_theory.py checks that
page text, figures and numbers agree.
"""

from __future__ import annotations

from collections.abc import Callable

import torch
from matplotlib.figure import Figure

from nnintro import functional, models, plot, train

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


def clouds() -> tuple[torch.Tensor, torch.Tensor]:
    """Return CH07_PER_CLASS points around each centre (x, shape (n, 2)) and their classes y."""
    generator = torch.Generator().manual_seed(CH07_SEED)
    xs, ys = [], []
    for k, centre in enumerate(CH07_CENTRES):
        noise = torch.randn(CH07_PER_CLASS, 2, generator=generator)
        xs.append(torch.tensor(centre) + CH07_SPREAD * noise)
        ys.append(torch.full((CH07_PER_CLASS,), k))
    return torch.cat(xs), torch.cat(ys)


def trained_classifier() -> models.SoftmaxClassifier:
    """A softmax classifier trained on clouds() with F.cross_entropy's formula (zero init)."""
    x, y = clouds()
    model = models.SoftmaxClassifier(2, len(CH07_CENTRES), zero_init=True)
    train.fit(model, x, y, lr=CH07_LR, epochs=CH07_EPOCHS, loss_fn=functional.cross_entropy)
    return model


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
