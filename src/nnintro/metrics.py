r"""Metrics of a classifier's outputs: accuracy, the confusion matrix, accuracy per class.

With one column per class the largest wins, logits and probabilities alike. With one column (two
classes) the metric must know which it gets: by default (``threshold=None``) probabilities
$p = \sigma(z)$, class 1 where $p \ge 0.5$, and values outside [0, 1] are refused, not misread;
for logits $z$ pass ``threshold=0.0`` ($z \ge 0$ exactly when $\sigma(z) \ge 0.5$), in ``fit``:
``metrics={"accuracy": lambda out, y: accuracy(out, y, threshold=0.0)}``. A target that is not
a class of the output (label 10 of 10 classes) is an error, not a miss.
"""

import torch
from torch import Tensor

__all__ = ["accuracy", "confusion_matrix", "per_class_accuracy", "predict_labels"]


def predict_labels(output: Tensor, *, threshold: float | None = None) -> Tensor:
    r"""Return the predicted labels of ``output``: $\hat y = [\,o \ge t\,]$ or $\arg\max_j o_j$.

    For $c \ge 2$ columns: the index of the largest, int64 of shape (n,). For one output per sample
    ((n,) or (n, 1)): 1 where the output is at least the threshold $t$, else 0, as float in the
    output's shape. ``threshold=None`` means probabilities: $t = 0.5$, and a value outside
    [0, 1] raises ValueError (for logits pass ``threshold=0.0``).

    Examples:
        >>> import torch
        >>> predict_labels(torch.tensor([[0.2], [0.7]]))
        tensor([[0.],
                [1.]])
        >>> predict_labels(torch.tensor([-1.5, 3.0]), threshold=0.0)  # logits
        tensor([0., 1.])
        >>> predict_labels(torch.tensor([[1.0, 3.0, 2.0], [5.0, 0.0, 1.0]]))
        tensor([1, 0])
    """
    if output.dim() == 2 and output.shape[1] >= 2:
        return output.argmax(dim=1)
    if threshold is None:
        if output.numel() and not bool(((output >= 0) & (output <= 1)).all()):
            raise ValueError(
                f"output holds values from {output.min().item():g} to {output.max().item():g}, "
                "so they are logits, not probabilities in [0, 1]; pass threshold=0.0 (a logit "
                "z >= 0 means p >= 0.5) or apply torch.sigmoid first. In fit's metrics: "
                "{'accuracy': lambda out, y: accuracy(out, y, threshold=0.0)}"
            )
        threshold = 0.5
    return (output >= threshold).to(output.dtype)


def accuracy(output: Tensor, target: Tensor, *, threshold: float | None = None) -> float:
    r"""Return the fraction of samples whose predicted label equals the target.

    $$
    \mathrm{accuracy} = \frac{1}{n}\sum_{i=1}^{n} [\hat y_i = y_i],
    $$

    with $\hat y_i$ from ``predict_labels``.

    Args:
        output: model outputs: shape (n,) or (n, 1) for two classes (probabilities, or logits with
            ``threshold=0.0``), or (n, c) for $c$ classes.
        target: the labels: 0/1 in the output's shape for two classes, class indices
            $0, \dots, c - 1$ of shape (n,) for $c$ classes.
        threshold: the decision threshold $t$ for one-column outputs; None for probabilities
            ($t = 0.5$, values outside [0, 1] refused), 0.0 for logits.

    Raises:
        ValueError: if output and target do not fit together (the message names both shapes),
            a target is not one of the classes, or one-column outputs are logits but
            ``threshold`` is None.

    Examples:
        >>> import torch
        >>> accuracy(torch.tensor([[0.2], [0.7], [0.9]]), torch.tensor([[0.0], [1.0], [0.0]]))
        0.6666666666666666
        >>> accuracy(torch.tensor([[2.0, 0.5], [0.1, 0.3]]), torch.tensor([0, 1]))
        1.0
    """
    multi = output.dim() == 2 and output.shape[1] >= 2
    if target.shape != (output.shape[:1] if multi else output.shape):
        raise ValueError(
            f"accuracy: output has shape {tuple(output.shape)} but target has shape "
            f"{tuple(target.shape)}; "
            + ("for c classes give target as class indices of shape (n,)" if multi else
               "give target the output's shape, e.g. target.view_as(output)")
        )  # fmt: skip
    if len(target) == 0:
        raise ValueError("accuracy: no samples (target is empty)")
    labels, target, _ = _labels_and_targets(output, target, None, threshold, "accuracy")
    # (1/n) Σ_i [ŷ_i = y_i]
    return (labels == target).sum().item() / target.numel()


def _labels_and_targets(
    output: Tensor, target: Tensor, num_classes: int | None, threshold: float | None, name: str
) -> tuple[Tensor, Tensor, int]:
    """Return predicted labels and targets as int64 vectors (n,), and the number of classes C.

    Raises ValueError, naming ``name``, unless every label and target is one of 0, ..., C - 1.
    """
    multi = output.dim() == 2 and output.shape[1] >= 2
    if output.is_floating_point():
        labels = predict_labels(output, threshold=threshold)
        columns = output.shape[1] if multi else 2
    else:  # already labels
        labels, columns = output, None
    labels, target = labels.reshape(-1), target.reshape(-1)
    if labels.shape != target.shape or (not output.is_floating_point() and output.dim() != 1):
        raise ValueError(
            f"{name}: output has shape {tuple(output.shape)} but target has shape "
            f"{tuple(target.shape)}; give outputs (n, c) or labels (n,) with targets (n,)"
        )
    if target.is_floating_point() and not torch.equal(target, target.round()):
        raise ValueError(f"{name}: target must hold class indices, got non-integer values")
    labels, target = labels.long(), target.long()
    if num_classes is None:
        seen = int(torch.cat([labels, target]).max().item()) + 1 if len(target) else 0
        num_classes = columns if columns is not None else seen
    if columns is not None and columns != num_classes:
        raise ValueError(
            f"{name}: output has {columns} columns (classes) but num_classes={num_classes}"
        )
    for what, values in (("target", target), ("predicted label", labels)):
        if len(values) and not 0 <= int(values.min()) <= int(values.max()) < num_classes:
            raise ValueError(
                f"{name}: a {what} lies outside 0..{num_classes - 1} (min {int(values.min())}, "
                f"max {int(values.max())}), the classes of the output; check the labels"
            )
    return labels, target, num_classes


def _count_pairs(labels: Tensor, target: Tensor, num_classes: int) -> Tensor:
    """Return the confusion matrix of checked int64 labels and targets, as ``confusion_matrix``."""
    c = num_classes
    # M[i, j] = Σ_k [y_k = i][ŷ_k = j]: count each pair (i, j) once as the number i·C + j
    return torch.bincount(target * c + labels, minlength=c * c).view(c, c)


def _recall(matrix: Tensor) -> Tensor:
    """Return each class's accuracy M_ii / Σ_j M_ij of a confusion matrix (NaN without samples)."""
    return matrix.diag().double().div(matrix.sum(dim=1)).float()


def confusion_matrix(
    output: Tensor,
    target: Tensor,
    num_classes: int | None = None,
    *,
    threshold: float | None = None,
) -> Tensor:
    r"""Return the $C \times C$ confusion matrix: $M_{ij}$ = samples of class $i$ predicted as $j$.

    $$
    M_{ij} = \sum_{k=1}^{n} [\,y_k = i\,]\,[\,\hat y_k = j\,],
    $$

    so each row $i$ sums to the number of samples of class $i$, the diagonal counts the correct
    predictions, and everything off the diagonal is a mistake.

    Args:
        output: model outputs (as for ``accuracy``), or predicted labels as an integer tensor (n,).
        target: the true class indices, shape (n,) (or 0/1 in the output's shape for two classes).
        num_classes: $C$; by default the output's number of columns (2 for one column), or for
            labels the largest label or target plus one.
        threshold: the decision threshold for one-column outputs, as for ``accuracy``.

    Returns:
        int64 tensor of shape (C, C): rows are true classes, columns predicted classes.

    Raises:
        ValueError: if output and target do not fit together, or a label is not below $C$.

    Examples:
        >>> import torch
        >>> confusion_matrix(torch.tensor([0, 2, 2, 1]), torch.tensor([0, 1, 2, 1]))
        tensor([[1, 0, 0],
                [0, 1, 1],
                [0, 0, 1]])
    """
    return _count_pairs(
        *_labels_and_targets(output, target, num_classes, threshold, "confusion_matrix")
    )


def per_class_accuracy(
    output: Tensor,
    target: Tensor,
    num_classes: int | None = None,
    *,
    threshold: float | None = None,
) -> Tensor:
    r"""Return each class's accuracy: the fraction of its samples predicted correctly.

    $$
    \mathrm{accuracy}_i = \frac{M_{ii}}{\sum_j M_{ij}}
    = \frac{\#\{k : y_k = i,\ \hat y_k = i\}}{\#\{k : y_k = i\}},
    $$

    with $M$ from ``confusion_matrix`` (also called the recall of class $i$). A class without
    samples gets NaN.

    Args:
        output: model outputs, or predicted labels as an integer tensor (n,).
        target: the true class indices.
        num_classes: $C$, as for ``confusion_matrix``.
        threshold: the decision threshold for one-column outputs, as for ``accuracy``.

    Returns:
        float tensor of shape (C,).

    Examples:
        >>> import torch
        >>> per_class_accuracy(torch.tensor([0, 2, 2, 1]), torch.tensor([0, 1, 2, 1]))
        tensor([1.0000, 0.5000, 1.0000])
    """
    # accuracy_i = M_ii / Σ_j M_ij  (0/0 = NaN for a class without samples)
    return _recall(confusion_matrix(output, target, num_classes, threshold=threshold))
