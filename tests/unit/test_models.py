"""Tests for nnintro.models.LinearRegression, and the size checks of the one-layer models."""

import pytest
import torch
from torch import nn
from torch.testing import assert_close

from nnintro.models import LinearRegression, LogisticRegression, SoftmaxClassifier


def test_zero_init_starts_at_zero() -> None:
    model = LinearRegression(zero_init=True)
    assert isinstance(model.linear, nn.Linear)
    assert model.linear.weight.tolist() == [[0.0]] and model.linear.bias.tolist() == [0.0]


def test_forward_is_x_w_transposed_plus_b() -> None:
    model = LinearRegression(3, 2)
    x = torch.randn(5, 3)
    expected = x @ model.linear.weight.T + model.linear.bias
    assert_close(model(x), expected)
    assert model(x).shape == (5, 2)


def test_default_init_is_seeded() -> None:
    torch.manual_seed(1)
    first = LinearRegression(3).linear.weight.detach().clone()
    torch.manual_seed(1)
    assert_close(LinearRegression(3).linear.weight.detach(), first)


def test_feature_mismatch_names_expected_and_given_shapes() -> None:
    with pytest.raises(ValueError) as info:
        LinearRegression(3)(torch.zeros(5, 2))
    message = str(info.value)
    assert "(n, 3)" in message and "(5, 2)" in message
    assert "LinearRegression(2)" in message


def test_one_dimensional_input_suggests_a_column() -> None:
    with pytest.raises(ValueError, match=r"x\.view\(-1, 1\)"):
        LinearRegression()(torch.zeros(4))


def test_scalar_input_is_refused() -> None:
    with pytest.raises(ValueError, match=r"got shape \(\)"):
        LinearRegression()(torch.tensor(1.0))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: LinearRegression(0),
            "LinearRegression: in_features must be an integer >= 1, got 0",
        ),
        (lambda: LinearRegression(2, True), "LinearRegression: out_features .* got True"),
        (lambda: LogisticRegression(2.5), "LogisticRegression: in_features .* got 2.5"),
        (lambda: SoftmaxClassifier(4, 0), "SoftmaxClassifier: num_classes .* got 0"),
        (lambda: SoftmaxClassifier("4", 3), "SoftmaxClassifier: in_features .* got '4'"),
    ],
)
def test_sizes_are_positive_integers(build, message) -> None:
    with pytest.raises(ValueError, match=message):
        build()
