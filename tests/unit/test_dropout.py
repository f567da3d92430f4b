"""Tests for nnintro.models.Dropout: nn.Dropout's rule (keep 1 - p, scale 1/(1 - p), identity in
eval, reproducible under a seed, gradients only through kept units)."""

import pytest
import torch
from torch import nn

from nnintro.models import Dropout


@pytest.mark.parametrize("p", [0.2, 0.5, 0.9])
def test_keeps_a_fraction_one_minus_p_scaled_by_its_inverse(p: float) -> None:
    torch.manual_seed(0)
    n = 200_000
    out = Dropout(p)(torch.ones(n))
    kept = out != 0
    assert torch.equal(out[kept], torch.full((int(kept.sum()),), 1 / (1 - p)))
    # the kept count is Binomial(n, 1 - p): within 5 standard deviations
    sd = (n * p * (1 - p)) ** 0.5
    assert abs(kept.sum().item() - n * (1 - p)) < 5 * sd
    assert out.mean().item() == pytest.approx(1.0, abs=5 * sd / n / (1 - p))  # E[y] = x


def test_each_unit_is_dropped_independently_of_its_position() -> None:
    torch.manual_seed(1)
    masks = torch.stack([Dropout(0.5)(torch.ones(4, 6)) != 0 for _ in range(4000)])
    kept_per_unit = masks.float().mean(dim=0)  # each of the 24 units: about half the time
    assert kept_per_unit.sub(0.5).abs().max() < 0.05
    both = (masks[:, 0, 0] & masks[:, 0, 1]).float().mean().item()  # P(a and b) = P(a) P(b)
    assert both == pytest.approx(0.25, abs=0.04)


def test_identity_in_eval_and_for_p_zero() -> None:
    x = torch.randn(3, 5)
    dropout = Dropout(0.4).eval()
    assert dropout(x) is x
    assert Dropout(0.0)(x) is x


def test_p_one_drops_everything() -> None:
    out = Dropout(1.0)(torch.randn(50))
    assert torch.equal(out, torch.zeros(50))


def test_reproducible_under_a_seed_and_new_masks_each_call() -> None:
    dropout, x = Dropout(0.3), torch.ones(1000)
    torch.manual_seed(7)
    first, second = dropout(x), dropout(x)
    torch.manual_seed(7)
    assert torch.equal(dropout(x), first)
    assert not torch.equal(first, second)


def test_gradient_flows_only_through_kept_units() -> None:
    torch.manual_seed(2)
    x = torch.randn(64, 32, requires_grad=True)
    out = Dropout(0.25)(x)
    out.sum().backward()
    kept = out != 0  # x has no zeros, so zero outputs are exactly the dropped units
    assert torch.equal(x.grad[kept], torch.full((int(kept.sum()),), 1 / 0.75))
    assert torch.equal(x.grad[~kept], torch.zeros(int((~kept).sum())))


def test_same_shape_dtype_and_inplace() -> None:
    torch.manual_seed(3)
    x = torch.ones(2, 3, 4, dtype=torch.float64)
    out = Dropout(0.5)(x)
    assert out.shape == x.shape and out.dtype == torch.float64
    assert set(out.unique().tolist()) <= {0.0, 2.0}
    y = torch.ones(100)
    assert Dropout(0.5, inplace=True)(y) is y and set(y.unique().tolist()) == {0.0, 2.0}


def test_is_an_nn_dropout_and_checks_p() -> None:
    dropout = Dropout(0.2)
    assert isinstance(dropout, nn.Dropout) and dropout.p == 0.2
    assert repr(dropout) == "Dropout(p=0.2, inplace=False)"
    with pytest.raises(ValueError, match="between 0 and 1"):
        Dropout(1.5)
