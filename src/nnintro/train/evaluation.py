"""Evaluating a trained classifier: loss, accuracy, accuracy per class, confusion matrix.

``evaluate`` runs the model over the data once, in evaluation mode and without gradients, in
batches (so a test set of any size fits in memory), and returns an ``Evaluation``.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from nnintro import metrics as _metrics
from nnintro.train.arguments import batches_of

Batches = Iterable[tuple[Tensor, Tensor]]
Metric = Callable[[Tensor, Tensor], float]


def pick_device(device: str | torch.device | None) -> torch.device | None:
    """Return the torch.device for ``device``: "cpu", "cuda", "auto" (CUDA if available) or None.

    Examples:
        >>> pick_device("cpu"), pick_device(None)
        (device(type='cpu'), None)
    """
    if device is None:
        return None
    if device == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    device = torch.device(device)
    if device.type == "cuda" and not torch.cuda.is_available():
        raise ValueError(
            "device='cuda' but torch finds no CUDA GPU here (torch.cuda.is_available() is "
            "False); use device='cpu', or device='auto' to take a GPU only when there is one"
        )
    return device


def batches_on(batches: Batches, device: torch.device | None) -> Batches:
    """Yield the batches of ``batches`` moved to ``device`` (unchanged when it is None)."""
    if device is None:
        yield from batches
        return
    for xb, yb in batches:
        yield xb.to(device, non_blocking=True), yb.to(device, non_blocking=True)


def measure(
    model: nn.Module, batches: Batches, loss_fn, metrics: Mapping[str, Metric], device=None
) -> tuple[float, dict[str, float]]:
    """Return the mean loss and metrics of ``model`` over ``batches`` in eval mode, without grad."""
    model.eval()
    total, count, sums = 0.0, 0, dict.fromkeys(metrics, 0.0)
    with torch.no_grad():
        for xb, yb in batches_on(batches, device):
            out, n = model(xb), len(yb)
            total += loss_fn(out, yb).item() * n
            for name, metric in metrics.items():
                sums[name] += metric(out, yb) * n
            count += n
    if count == 0:
        raise ValueError("no samples to measure: the data (or its batches) is empty")
    return total / count, {name: value / count for name, value in sums.items()}


@dataclass
class Evaluation:
    r"""What ``evaluate`` measured on $n$ samples of $C$ classes.

    Attributes:
        loss: the mean loss $\frac{1}{n}\sum_k \mathrm{loss}(o_k, y_k)$.
        accuracy: the fraction of samples predicted correctly.
        per_class_accuracy: (C,) for each class the fraction of its samples predicted
            correctly (NaN for a class without samples).
        confusion: (C, C) counts, row = true class, column = predicted class.
        predictions: (n,) the predicted label of each sample, in the data's order.
        targets: (n,) the true label of each sample.

    Examples:
        >>> labels = torch.tensor([0, 1])
        >>> Evaluation(0.1, 0.5, torch.tensor([0.5, 0.0]), torch.tensor([[1, 1], [0, 0]]),
        ...            predictions=labels, targets=torch.tensor([0, 0])).mistakes
        tensor([1])
    """

    loss: float
    accuracy: float
    per_class_accuracy: Tensor
    confusion: Tensor
    predictions: Tensor
    targets: Tensor

    @property
    def mistakes(self) -> Tensor:
        """Return the indices of the samples predicted wrongly, in the data's order."""
        return (self.predictions != self.targets).nonzero().view(-1)


def evaluate(
    model: nn.Module,
    x: Tensor | Batches,
    y: Tensor | None = None,
    *,
    loss_fn: Callable[[Tensor, Tensor], Tensor] = F.cross_entropy,
    batch_size: int = 1000,
    num_classes: int | None = None,
    threshold: float = 0.5,
    device: str | torch.device | None = None,
) -> Evaluation:
    r"""Return the Evaluation of classifier ``model`` on ``(x, y)``: loss, accuracy, confusion.

    The model runs in eval mode (dropout off) without gradients. With $M$ the confusion matrix,
    $\mathrm{accuracy} = \sum_i M_{ii} / n$ and $\mathrm{accuracy}_i = M_{ii} / \sum_j M_{ij}$.

    Args:
        model: a classifier returning logits or probabilities (n, C), or one column for two
            classes.
        x: inputs, one sample per row; or an iterable of ``(inputs, targets)`` batches (then
            without ``y``), e.g. a ``DataLoader`` without shuffling.
        y: the true class indices (n,).
        loss_fn: the loss, ``loss_fn(output, target)``; by default cross entropy on logits.
        batch_size: samples per forward pass when ``x`` is a tensor.
        num_classes: $C$; by default the model's number of output columns.
        threshold: the decision threshold for one-column outputs (0.5 for probabilities).
        device: "cpu", "cuda" or "auto": where the model and the batches go; None leaves them.

    Raises:
        ValueError: for mismatched ``x`` and ``y``, empty data, or labels outside $0..C-1$.

    Examples:
        >>> logits = torch.tensor([[2.0, 1.0], [0.0, 1.0], [3.0, 0.0]])  # predicts 0, 1, 0
        >>> e = evaluate(nn.Identity(), logits, torch.tensor([0, 0, 1]))
        >>> e.accuracy, e.per_class_accuracy.tolist(), e.mistakes.tolist()
        (0.3333333333333333, [0.5, 0.0], [1, 2])
        >>> e.confusion
        tensor([[1, 1],
                [1, 0]])
    """
    device = pick_device(device)
    if device is not None:
        model.to(device)
    batches = batches_of(x, y, batch_size, shuffle=False, seed=None, caller="evaluate")
    model.eval()
    total, count, outs, targets = 0.0, 0, [], []
    with torch.no_grad():
        for xb, yb in batches_on(batches, device):
            out = model(xb)
            # the mean over all samples of the per-batch means, weighted by batch size
            total += loss_fn(out, yb).item() * len(yb)
            count += len(yb)
            outs.append(out.detach().cpu())
            targets.append(yb.detach().cpu())
    if count == 0:
        raise ValueError("evaluate: no samples (the data or its batches are empty)")
    output, target = torch.cat(outs), torch.cat(targets)
    matrix = _metrics.confusion_matrix(output, target, num_classes, threshold=threshold)
    labels = _metrics.predict_labels(output, threshold=threshold).reshape(-1).long()
    target = target.reshape(-1).long()
    return Evaluation(
        loss=total / count,
        # accuracy = Σ_i M_ii / n
        accuracy=matrix.diag().sum().item() / count,
        per_class_accuracy=_metrics.per_class_accuracy(labels, target, len(matrix)),
        confusion=matrix,
        predictions=labels,
        targets=target,
    )
