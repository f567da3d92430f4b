"""Mini-batches straight from in-memory tensors: one shuffled permutation per epoch.

A ``torch.utils.data.DataLoader`` calls Python code for every sample (``dataset[i]``, then
``collate``); when the whole dataset already sits in two tensors, indexing them with a slice of a
random permutation gives the same batches for a fraction of the cost.
"""

from collections.abc import Iterator

import torch
from torch import Tensor

from nnintro import _checks


class TensorBatches:
    r"""Iterable of mini-batches ``(x[idx], y[idx])``: each epoch visits every sample exactly once.

    With $n$ samples and batch size $B$ an epoch has $\lceil n / B \rceil$ batches (the last one
    may be smaller), or $\lfloor n / B \rfloor$ with ``drop_last``. With ``shuffle`` each pass
    (each ``iter()``) draws a new permutation of $\{0, \dots, n-1\}$ from the object's own
    generator, so the batch order is reproducible from ``seed`` and independent of other random
    draws. It has ``len()`` and yields ``(inputs, targets)`` pairs, so it can stand where a
    ``DataLoader`` is expected.

    Args:
        x: inputs, one sample per row (first dimension); a numpy array or a list is converted
            by ``torch.as_tensor`` (keeping its dtype: numpy's float64 stays float64).
        y: targets, with as many rows as ``x``.
        batch_size: samples per batch $B \ge 1$; ``len(x)`` gives full-batch, 1 stochastic.
        shuffle: draw a new order every epoch; otherwise batches follow the rows in order.
        seed: seed of the permutations; ``None`` draws one from torch's global generator
            (so ``torch.manual_seed`` upstream still makes the run reproducible).
        drop_last: leave out the last batch when it is smaller than ``batch_size``.

    Raises:
        ValueError: if ``x`` and ``y`` have different numbers of rows, or ``batch_size < 1``.
        TypeError: if ``x`` or ``y`` is neither a tensor nor convertible to one.

    Examples:
        >>> x, y = torch.arange(5.0).view(-1, 1), torch.arange(5)
        >>> batches = TensorBatches(x, y, batch_size=2, seed=0)
        >>> len(batches), [len(yb) for _, yb in batches]
        (3, [2, 2, 1])
        >>> sorted(torch.cat([yb for _, yb in batches]).tolist())
        [0, 1, 2, 3, 4]
    """

    def __init__(
        self,
        x: Tensor,
        y: Tensor,
        batch_size: int,
        *,
        shuffle: bool = True,
        seed: int | None = None,
        drop_last: bool = False,
    ) -> None:
        x = _checks.as_tensor("TensorBatches", "x", x)
        y = _checks.as_tensor("TensorBatches", "y", y)
        if len(x) != len(y):
            raise ValueError(
                f"TensorBatches: x has shape {tuple(x.shape)} but y has shape {tuple(y.shape)}; "
                "they need the same number of samples (rows)"
            )
        self.x, self.y = x, y
        self.batch_size = _checks.positive_int("TensorBatches", "batch_size", batch_size)
        self.shuffle, self.drop_last = shuffle, drop_last
        if seed is None:
            seed = int(torch.randint(2**62, (1,)).item())
        self.generator = torch.Generator().manual_seed(seed)

    def __len__(self) -> int:
        """Return the number of batches per epoch."""
        n, b = len(self.x), self.batch_size
        return n // b if self.drop_last else -(-n // b)

    def __iter__(self) -> Iterator[tuple[Tensor, Tensor]]:
        """Yield the batches of one epoch (a new permutation each call when shuffling)."""
        n = len(self.x)
        stop = len(self) * self.batch_size
        if not self.shuffle:  # consecutive rows: slices are views, nothing is copied
            for start in range(0, min(stop, n), self.batch_size):
                end = start + self.batch_size
                yield self.x[start:end], self.y[start:end]
            return
        order = torch.randperm(n, generator=self.generator).to(self.x.device)
        # index_select on a whole batch of row numbers: one gather per batch, no per-sample work
        for idx in order[: min(stop, n)].split(self.batch_size):
            yield self.x.index_select(0, idx), self.y.index_select(0, idx)
