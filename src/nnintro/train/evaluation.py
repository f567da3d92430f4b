"""Evaluating a model: its outputs over all batches, then loss, accuracy, confusion matrix.

``predict`` runs the model over the data once, in evaluation mode and without gradients, in
batches (so a test set of any size fits in memory); ``measure`` (``fit``'s validation) and
``evaluate`` (a classifier's ``Evaluation``) compute everything from its outputs.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import torch
from torch import Tensor, nn

from nnintro import metrics as _metrics
from nnintro._checks import positive_int
from nnintro.train.arguments import batches_of, check_loss_fn, pick_device
from nnintro.train.checks import WITH_LOGITS, check_outputs, classifier_loss, is_loss

Batches = Iterable[tuple[Tensor, Tensor]]
Metric = Callable[[Tensor, Tensor], float]


def predict(model: nn.Module, batches: Batches, caller: str = "evaluate"):
    """Return the model's outputs and the targets of all batches, concatenated, on the CPU.

    The model runs in eval mode (dropout off) and without gradients.
    """
    model.eval()
    outs, targets = [], []
    with torch.no_grad():
        for xb, yb in batches:
            outs.append(model(xb).cpu())
            targets.append(yb.cpu())
    if not outs or sum(len(t) for t in targets) == 0:
        raise ValueError(f"{caller}: no samples (the data or its batches are empty)")
    return torch.cat(outs), torch.cat(targets)


def measure(
    model: nn.Module, batches: Batches, loss_fn, metrics: Mapping[str, Metric]
) -> tuple[float, dict[str, float]]:
    """Return the loss and metrics of ``model`` on all of ``batches``, in eval mode."""
    output, target = predict(model, batches, caller="fit: val")
    numbers = {name: float(metric(output, target)) for name, metric in metrics.items()}
    return loss_fn(output, target).item(), numbers


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
    loss_fn: Callable[[Tensor, Tensor], Tensor] | None = None,
    batch_size: int = 1000,
    num_classes: int | None = None,
    threshold: float | None = None,
    device: str | torch.device | None = None,
) -> Evaluation:
    r"""Return the Evaluation of classifier ``model`` on ``(x, y)``: loss, accuracy, confusion.

    The model runs in eval mode (dropout off) without gradients, and stays in eval mode. With $M$
    the confusion matrix, $\mathrm{accuracy} = \sum_i M_{ii} / n$ and
    $\mathrm{accuracy}_i = M_{ii} / \sum_j M_{ij}$.

    Args:
        model: a classifier returning logits or probabilities (n, C), or one column for two
            classes: probabilities (a model ending in a sigmoid, e.g. ``LogisticRegression``) or
            logits (then pass ``loss_fn=F.binary_cross_entropy_with_logits``).
        x: inputs, one sample per row; or an iterable of ``(inputs, targets)`` batches (then
            without ``y``), e.g. a ``DataLoader`` without shuffling.
        y: the true class indices (n,), or 0/1 in the output's shape for one column.
        loss_fn: the loss, ``loss_fn(outputs, targets)`` of all samples at once; by default
            ``F.cross_entropy`` on C >= 2 columns of logits, ``F.binary_cross_entropy`` on one
            column of a model ending in a sigmoid (any other one-column model needs a loss_fn).
        batch_size: samples per forward pass when ``x`` is a tensor.
        num_classes: $C$; by default the model's number of output columns (2 for one column).
        threshold: the decision threshold for one-column outputs; by default 0 for a
            with-logits ``loss_fn`` (logits), else 0.5 (probabilities in [0, 1]).
        device: "cpu", "cuda" or "auto": where the model and the batches go; None leaves them.

    Raises:
        ValueError: for mismatched ``x`` and ``y``, empty data, labels outside $0..C-1$, or a
            loss that does not suit the outputs (cross-entropy of one column is always 0).

    Examples:
        >>> logits = torch.tensor([[2.0, 1.0], [0.0, 1.0], [3.0, 0.0]])  # predicts 0, 1, 0
        >>> e = evaluate(nn.Identity(), logits, torch.tensor([0, 0, 1]))
        >>> e.accuracy, e.per_class_accuracy.tolist(), e.mistakes.tolist()
        (0.3333333333333333, [0.5, 0.0], [1, 2])
        >>> e.confusion
        tensor([[1, 1],
                [1, 0]])
    """
    if loss_fn is not None:
        check_loss_fn("evaluate", loss_fn)
    positive_int("evaluate", "batch_size", batch_size)
    device = pick_device(device)
    if device is not None:
        model.to(device)
    batches = batches_of("evaluate", model, x, y, batch_size, False, None, device)
    output, target = predict(model, batches)
    if loss_fn is None:
        loss_fn = classifier_loss(model, output)
    check_outputs("evaluate", loss_fn, model, output, target)
    if threshold is None and is_loss(loss_fn, WITH_LOGITS):
        threshold = 0.0  # logits: z >= 0 exactly where σ(z) >= 0.5
    loss = loss_fn(output, target).item()
    labels, target, c = _metrics._labels_and_targets(
        output, target, num_classes, threshold, "evaluate"
    )
    matrix = _metrics._count_pairs(labels, target, c)  # M, the one count everything else reads
    return Evaluation(
        loss=loss,
        accuracy=matrix.diag().sum().item() / len(target),  # Σ_i M_ii / n
        per_class_accuracy=_metrics._recall(matrix),  # M_ii / Σ_j M_ij
        confusion=matrix,
        predictions=labels,
        targets=target,
    )
