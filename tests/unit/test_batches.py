"""Tests for nnintro.data.TensorBatches: each sample once per epoch, reproducible, like a loader."""

import pytest
import torch

from nnintro.data import TensorBatches


def collect(batches) -> list[list[int]]:
    return [yb.tolist() for _, yb in batches]


@pytest.mark.parametrize(
    ("n", "size", "drop_last"), [(10, 3, False), (10, 3, True), (8, 4, False), (5, 7, False)]
)
def test_every_sample_once_per_epoch(n: int, size: int, drop_last: bool) -> None:
    x, y = torch.arange(n).view(-1, 1).float(), torch.arange(n)
    batches = TensorBatches(x, y, size, seed=0, drop_last=drop_last)
    for _ in range(3):
        epoch = collect(batches)
        assert len(epoch) == len(batches)
        seen = [i for batch in epoch for i in batch]
        assert len(seen) == len(set(seen))
        expected = n - n % size if drop_last else n
        assert len(seen) == expected
        assert all(len(b) == size for b in epoch[:-1])
    for xb, yb in batches:
        assert torch.equal(xb.view(-1).long(), yb)  # inputs and targets stay paired


def test_new_order_each_epoch_reproducible_from_the_seed() -> None:
    x, y = torch.zeros(20, 2), torch.arange(20)
    first, second = TensorBatches(x, y, 5, seed=3), TensorBatches(x, y, 5, seed=3)
    epochs_a = [collect(first) for _ in range(3)]
    epochs_b = [collect(second) for _ in range(3)]
    assert epochs_a == epochs_b
    assert epochs_a[0] != epochs_a[1]
    assert collect(TensorBatches(x, y, 5, seed=4)) != epochs_a[0]


def test_no_seed_follows_torch_manual_seed() -> None:
    x, y = torch.zeros(20, 2), torch.arange(20)
    torch.manual_seed(5)
    a = collect(TensorBatches(x, y, 5))
    torch.manual_seed(5)
    assert collect(TensorBatches(x, y, 5)) == a


def test_without_shuffle_batches_are_views_in_order() -> None:
    x, y = torch.arange(6.0).view(-1, 1), torch.arange(6)
    batches = list(TensorBatches(x, y, 4, shuffle=False))
    assert [b[1].tolist() for b in batches] == [[0, 1, 2, 3], [4, 5]]
    assert batches[0][0].data_ptr() == x.data_ptr()


def test_bad_arguments_name_the_problem() -> None:
    with pytest.raises(ValueError, match=r"x has shape \(3, 1\) but y has shape \(2,\)"):
        TensorBatches(torch.zeros(3, 1), torch.zeros(2), 1)
    for size in (0, 2.5, True):
        with pytest.raises(ValueError, match="batch_size must be an integer >= 1"):
            TensorBatches(torch.zeros(3, 1), torch.zeros(3), size)
