"""Tests for nnintro.models.LogisticRegression and SoftmaxClassifier, on the lecture's data."""

import functools

import pytest
import torch
import torch.nn.functional as F
from torch import nn
from torch.testing import assert_close

from nnintro import functional
from nnintro.data import logistic_toy, softmax_toy
from nnintro.models import LogisticRegression, SoftmaxClassifier
from nnintro.train import fit


def test_logistic_regression_is_sigmoid_of_a_linear_layer() -> None:
    model = LogisticRegression(3)
    x = torch.randn(5, 3)
    z = x @ model.linear.weight.T + model.linear.bias
    assert_close(model.logits(x), z)
    assert_close(model(x), torch.sigmoid(z))
    assert model(x).shape == (5, 1) and isinstance(model.sigmoid, nn.Sigmoid)


def test_logistic_regression_matches_the_lectures_sequential_model() -> None:
    torch.manual_seed(1)
    lecture = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
    torch.manual_seed(1)
    ours = LogisticRegression(2)
    x, _ = logistic_toy()
    assert_close(ours(x), lecture(x))


def test_zero_init_gives_probability_one_half() -> None:
    model = LogisticRegression(2, zero_init=True)
    assert model.linear.weight.tolist() == [[0.0, 0.0]] and model.linear.bias.tolist() == [0.0]
    assert model(logistic_toy()[0]).flatten().tolist() == [0.5] * 6


@functools.cache  # one run per loss, shared by the tests below
def train_logistic(loss: str) -> tuple[LogisticRegression, list[float]]:
    """The lecture's run: W = b = 0, SGD lr 1, 1000 epochs (1001 updates: epochs 0 ... 1000)."""
    x, y = logistic_toy()
    model = LogisticRegression(2, zero_init=True)
    optimizer = torch.optim.SGD(model.parameters(), lr=1)
    costs = []
    for _ in range(1001):
        if loss == "logits":
            cost = F.binary_cross_entropy_with_logits(model.logits(x), y)
        else:
            cost = F.binary_cross_entropy(model(x), y)
        costs.append(cost.item())
        optimizer.zero_grad()
        cost.backward()
        optimizer.step()
    return model, costs


@pytest.mark.parametrize("loss", ["probabilities", "logits"])
def test_logistic_regression_separates_the_six_samples(loss: str) -> None:
    x, y = logistic_toy()
    model, costs = train_logistic(loss)
    assert costs[0] == pytest.approx(0.693147, abs=1e-6)  # −log(1/2): every H(x) is 1/2
    assert costs[-1] < 0.02 and costs[-1] == pytest.approx(0.019852, abs=5e-6)
    prediction = (model(x) >= 0.5).float()
    accuracy = (prediction == y).float().mean().item()
    assert accuracy == 1.0
    assert ((model.logits(x) >= 0).float() == prediction).all()  # H ≥ 0.5 ⇔ z ≥ 0


def test_logistic_regression_trains_with_fit_and_nnintro_losses() -> None:
    x, y = logistic_toy()
    model = LogisticRegression(2, zero_init=True)
    history = fit(model, x, y, lr=1, epochs=1001, loss_fn=functional.binary_cross_entropy)
    assert history.final_loss == pytest.approx(train_logistic("probabilities")[1][-1], rel=1e-4)
    assert ((model(x) >= 0.5).float() == y).all()


def test_softmax_classifier_returns_logits_of_a_linear_layer() -> None:
    model = SoftmaxClassifier(4, 3)
    x = torch.randn(8, 4)
    assert_close(model(x), x @ model.linear.weight.T + model.linear.bias)
    assert model(x).shape == (8, 3)
    assert not torch.allclose(model(x).sum(dim=1), torch.ones(8))  # scores, not probabilities


def test_softmax_classifier_matches_the_lectures_class() -> None:
    class SoftmaxClassifierModel(nn.Module):  # the lecture's class
        def __init__(self) -> None:
            super().__init__()
            self.linear = nn.Linear(4, 3)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.linear(x)

    torch.manual_seed(1)
    lecture = SoftmaxClassifierModel()
    torch.manual_seed(1)
    ours = SoftmaxClassifier(4, 3)
    x, _ = softmax_toy()
    assert_close(ours(x), lecture(x))


def test_softmax_classifier_learns_the_eight_samples() -> None:
    x, y = softmax_toy()
    torch.manual_seed(1)
    model = SoftmaxClassifier(4, 3)
    history = fit(model, x, y, lr=0.1, epochs=1001, loss_fn=functional.cross_entropy)
    assert history.losses[-1] < history.losses[0] / 3
    accuracy = (model(x).argmax(dim=1) == y).float().mean().item()
    assert accuracy >= 0.75


def test_softmax_classifier_zero_init_gives_uniform_probabilities() -> None:
    model = SoftmaxClassifier(4, 3, zero_init=True)
    x, y = softmax_toy()
    assert_close(F.softmax(model(x), dim=1), torch.full((8, 3), 1 / 3))
    assert_close(F.cross_entropy(model(x), y), torch.log(torch.tensor(3.0)))


@pytest.mark.parametrize(
    ("model", "x", "expected"),
    [
        (LogisticRegression(2), torch.zeros(6, 3), "LogisticRegression(3)"),
        (SoftmaxClassifier(4, 3), torch.zeros(8, 2), "SoftmaxClassifier(2, 3)"),
    ],
)
def test_feature_mismatch_names_shapes_and_fix(model: nn.Module, x: torch.Tensor, expected: str):
    with pytest.raises(ValueError) as info:
        model(x)
    message = str(info.value)
    n_in = model.linear.in_features
    assert f"(n, {n_in})" in message and str(tuple(x.shape)) in message and expected in message


def test_logistic_logits_check_the_input_too() -> None:
    with pytest.raises(ValueError, match=r"LogisticRegression: expected x of shape \(n, 2\)"):
        LogisticRegression(2).logits(torch.zeros(3, 5))
