"""Metrics of a classifier's outputs: accuracy first.

``accuracy`` reads the prediction off the output the way the course's models produce it: one
column (a probability, or a logit with ``threshold=0``) for two classes, one column per class
(logits or probabilities, the largest wins) for several.
"""

from torch import Tensor


def predict_labels(output: Tensor, *, threshold: float = 0.5) -> Tensor:
    r"""Return the predicted labels of ``output``: $\hat y = [\,o \ge t\,]$ or $\arg\max_j o_j$.

    For one output per sample (shape (n,) or (n, 1)) the label is 1 where the output is at least
    ``threshold`` $t$ (0.5 for probabilities, 0 for logits) and 0 elsewhere, as float, in the
    output's shape. For $c \ge 2$ columns it is the index of the largest, as int64 of shape (n,).

    Examples:
        >>> import torch
        >>> predict_labels(torch.tensor([[0.2], [0.7]]))
        tensor([[0.],
                [1.]])
        >>> predict_labels(torch.tensor([[1.0, 3.0, 2.0], [5.0, 0.0, 1.0]]))
        tensor([1, 0])
    """
    if output.dim() == 2 and output.shape[1] >= 2:
        return output.argmax(dim=1)
    return (output >= threshold).to(output.dtype)


def accuracy(output: Tensor, target: Tensor, *, threshold: float = 0.5) -> float:
    r"""Return the fraction of samples whose predicted label equals the target.

    $$
    \mathrm{accuracy} = \frac{1}{n}\sum_{i=1}^{n} [\hat y_i = y_i],
    $$

    with $\hat y_i$ from ``predict_labels``.

    Args:
        output: model outputs: shape (n,) or (n, 1) for two classes (probabilities, or logits with
            ``threshold=0``), or (n, c) for $c$ classes.
        target: the labels: 0/1 in the output's shape for two classes, class indices of shape
            (n,) for $c$ classes.
        threshold: the decision threshold $t$ for one-column outputs.

    Raises:
        ValueError: if output and target do not fit together; the message names both shapes.

    Examples:
        >>> import torch
        >>> accuracy(torch.tensor([[0.2], [0.7], [0.9]]), torch.tensor([[0.0], [1.0], [0.0]]))
        0.6666666666666666
        >>> accuracy(torch.tensor([[2.0, 0.5], [0.1, 0.3]]), torch.tensor([0, 1]))
        1.0
    """
    labels = predict_labels(output, threshold=threshold)
    if labels.shape != target.shape:
        multi = output.dim() == 2 and output.shape[1] >= 2
        hint = (
            "for c classes give target as class indices of shape (n,)"
            if multi
            else "give target the output's shape, e.g. target.view_as(output)"
        )
        raise ValueError(
            f"accuracy: output has shape {tuple(output.shape)} but target has shape "
            f"{tuple(target.shape)}; {hint}"
        )
    if len(target) == 0:
        raise ValueError("accuracy: no samples (target is empty)")
    # (1/n) Σ_i [ŷ_i = y_i]
    return (labels == target).sum().item() / target.numel()
