"""The measurements of the benchmark: FLOPs and their floor, data pipelines, fit, accuracy.

Every function trains or times the lecture's MLP 784-512-512-10 (ReLU, dropout 0.2) and returns
plain numbers, so that ``nnintro.bench`` can print them as a table and as JSON.
"""

import itertools
import math
import time
from collections.abc import Sequence

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nnintro.data.batches import TensorBatches
from nnintro.metrics import accuracy
from nnintro.models import MLP
from nnintro.train import fit

SIZES = (784, 512, 512, 10)  # the lecture's MLP: input, two hidden layers, ten classes


def mlp(sizes: Sequence[int] = SIZES, dropout: float = 0.2) -> MLP:
    """Return the lecture's MLP as ``nnintro.models.MLP``: Flatten, then Linear-ReLU-Dropout per
    hidden layer, then Linear; the benchmark measures the package's own model.

    Examples:
        >>> mlp()[1]
        Linear(in_features=784, out_features=512, bias=True)
    """
    return MLP(sizes, "relu", dropout=dropout, flatten=True)


def adam(model: nn.Module, lr: float) -> torch.optim.Adam:
    """Return Adam on ``model``'s parameters, fused into one kernel where torch supports it.

    The fused step (torch >= 2.4 on CPUs) applies Adam's update rule to all parameters in one
    call instead of a Python loop over them; on this course's MLP it takes a fraction of the time.
    """
    try:
        return torch.optim.Adam(model.parameters(), lr=lr, fused=True)
    except (RuntimeError, TypeError):  # older torch: no fused Adam on CPUs
        return torch.optim.Adam(model.parameters(), lr=lr)


def epoch_flops(n: int, sizes: Sequence[int] = SIZES) -> int:
    r"""Return the floating-point operations of the matrix products of one training epoch.

    A layer $n_\mathrm{in} \to n_\mathrm{out}$ costs $2\,n_\mathrm{in} n_\mathrm{out}$ per sample
    in each of three products: forward, the weight gradient, and the input gradient (not needed
    by the first layer, whose input is the data). Bias, activations, loss and optimiser are
    element-wise and left out:

    $$\mathrm{FLOPs} = n \Big(6 \sum_l n_{l-1} n_l - 2\, n_0 n_1\Big).$$

    Examples:
        >>> epoch_flops(60000) / 1e9
        192.55296
    """
    products = sum(a * b for a, b in itertools.pairwise(sizes))
    return n * (6 * products - 2 * sizes[0] * sizes[1])


def matmul_probe(batch_size: int, seconds: float = 1.0, sizes: Sequence[int] = SIZES) -> float:
    """Return the GFLOP/s of exactly the matrix products of one training step (best of runs).

    The products are timed alone, on random data, for about ``seconds``; the epoch's floor is
    its FLOPs divided by this rate.
    """
    gen = torch.Generator().manual_seed(0)
    weights = [torch.randn(b, a, generator=gen) for a, b in itertools.pairwise(sizes)]
    acts = [torch.randn(batch_size, a, generator=gen) for a in sizes[:-1]]
    grads = [torch.randn(batch_size, b, generator=gen) for b in sizes[1:]]

    def step() -> None:
        for i, (w, a, g) in enumerate(zip(weights, acts, grads, strict=True)):
            a @ w.T  # forward
            g.T @ a  # weight gradient
            if i > 0:
                g @ w  # input gradient

    times, deadline = [], time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(times) < 5:
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return epoch_flops(batch_size, sizes) / min(times) / 1e9


def data_seconds(batches, limit: int | None = None, repeats: int = 1) -> float:
    """Return the fewest seconds, over ``repeats`` passes, of drawing ``batches`` (or ``limit``)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        for count, _batch in enumerate(batches, 1):
            if count == limit:
                break
        best = min(best, time.perf_counter() - start)
    return best


def lecture_loader(root: str) -> torch.utils.data.DataLoader:
    """Return the lecture's data pipeline: a shuffled DataLoader of 20 ``ToTensor()`` images."""
    from torchvision import datasets, transforms

    dataset = datasets.FashionMNIST(root, train=True, transform=transforms.ToTensor())
    return torch.utils.data.DataLoader(dataset, batch_size=20, shuffle=True)


def lecture_epoch(root: str, limit: int | None = None) -> float:
    """Return the seconds of one epoch of the lecture: its DataLoader, and SGD with lr 0.01.

    With ``limit`` only that many batches run, and the time is scaled up to the whole epoch.
    """
    loader = lecture_loader(root)
    torch.manual_seed(0)
    model = mlp()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
    count, start = 0, time.perf_counter()
    for xb, yb in loader:
        optimizer.zero_grad()
        F.cross_entropy(model(xb), yb).backward()
        optimizer.step()
        count += 1
        if count == limit:
            break
    return (time.perf_counter() - start) * len(loader) / count


def fit_vs_loop(x: Tensor, y: Tensor, batch_size: int, repeats: int) -> dict[str, float]:
    """Return the fewest seconds of one epoch of ``fit`` and of a hand-written loop.

    Both start from the same weights, draw the same batches (``TensorBatches`` with one seed)
    and the same dropout masks, so they must end with identical parameters. They take turns,
    after an unmeasured warm-up, so that other load on the machine hits both alike.
    """
    init = mlp().state_dict()
    times: dict[str, list[float]] = {"fit": [], "loop": []}
    params: dict[str, list[Tensor]] = {}
    for turn in range(repeats + 1):
        for kind in ("loop", "fit"):
            model = mlp()
            model.load_state_dict(init)
            optimizer = adam(model, 1e-3)
            n = len(x) if turn else 20 * batch_size  # turn 0: warm-up on 20 batches
            start = time.perf_counter()
            if kind == "fit":
                fit(model, x[:n], y[:n], epochs=1, optimizer=optimizer, loss_fn=F.cross_entropy,
                    batch_size=batch_size, seed=0)  # fmt: skip
            else:
                torch.manual_seed(0)
                model.train()
                for xb, yb in TensorBatches(x[:n], y[:n], batch_size, seed=0):
                    optimizer.zero_grad()
                    F.cross_entropy(model(xb), yb).backward()
                    optimizer.step()
            if turn:
                times[kind].append(time.perf_counter() - start)
            params[kind] = [p.detach().clone() for p in model.parameters()]
    same = all(torch.equal(a, b) for a, b in zip(params["fit"], params["loop"], strict=True))
    fit_s, loop_s = min(times["fit"]), min(times["loop"])
    return {"fit": fit_s, "loop": loop_s, "ratio": fit_s / loop_s, "same_parameters": same}


def accuracy_vs_time(
    train: tuple[Tensor, Tensor], test: tuple[Tensor, Tensor], *, seed: int, epochs: int,
    batch_size: int, lr: float,
) -> dict[str, list[float]]:  # fmt: skip
    r"""Return the training seconds (cumulative, with evaluation) and test accuracy per epoch.

    ``fit`` runs one epoch at a time with Adam, whose learning rate follows a cosine from
    ``lr`` towards 0 over the $E$ epochs: $\alpha_e = \mathrm{lr}\,(1 + \cos(\pi e / E))/2$.
    """
    torch.manual_seed(seed)  # the initial weights depend on the seed
    model = mlp()
    optimizer = adam(model, lr)
    curve: dict[str, list[float]] = {"seconds": [], "accuracy": []}
    for epoch in range(epochs):
        for group in optimizer.param_groups:
            group["lr"] = lr * (1 + math.cos(math.pi * epoch / epochs)) / 2
        history = fit(model, *train, epochs=1, optimizer=optimizer, loss_fn=F.cross_entropy,
                      batch_size=batch_size, seed=None if epoch else seed, val=test,
                      metrics={"accuracy": accuracy})  # fmt: skip
        curve["seconds"].append(sum(curve["seconds"][-1:]) + history.seconds[0])
        curve["accuracy"].append(history.metrics["val_accuracy"][0])
    return curve


def time_to(curve: dict[str, list[float]], target: float) -> float | None:
    """Return the seconds at the first epoch whose accuracy reaches ``target``, else None.

    Examples:
        >>> time_to({"seconds": [2.0, 4.0, 6.0], "accuracy": [0.8, 0.89, 0.9]}, 0.89)
        4.0
    """
    hits = [s for s, a in zip(curve["seconds"], curve["accuracy"], strict=True) if a >= target]
    return hits[0] if hits else None
