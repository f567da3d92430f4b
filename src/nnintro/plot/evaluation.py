"""A classifier's evaluation: the confusion matrix, each cell's count written on it."""

from collections.abc import Sequence

import torch
from torch import Tensor

from nnintro import train
from nnintro.plot._figure import MAX_WIDTH, TEXT_PT, Figure, figure, styled


@styled
def confusion_matrix(
    matrix: Tensor | train.Evaluation, *, classes: Sequence[str] | None = None
) -> Figure:
    r"""Return a Figure of the confusion matrix $M$: row = true class, column = predicted class.

    Each cell shows the count $M_{ij}$; its colour is the row's fraction $M_{ij} / \sum_j M_{ij}$,
    so the diagonal shows each class's accuracy and a dark cell off the diagonal a frequent
    mistake, whatever the number of samples per class.

    Args:
        matrix: the (C, C) counts, e.g. ``nnintro.metrics.confusion_matrix(...)``, or an
            ``Evaluation`` from ``nnintro.train.evaluate``.
        classes: the C class names; by default 0, ..., C - 1.

    Examples:
        >>> import torch
        >>> fig = confusion_matrix(torch.tensor([[5, 1], [0, 4]]), classes=["cat", "dog"])
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['5', '1', '0', '4']
    """
    if isinstance(matrix, train.Evaluation):
        matrix = matrix.confusion
    counts = torch.as_tensor(matrix).detach().cpu()
    if counts.dim() != 2 or counts.shape[0] != counts.shape[1]:
        raise ValueError(
            f"confusion_matrix: need a square (C, C) matrix, got {tuple(counts.shape)}"
        )
    c = len(counts)
    names = list(classes) if classes is not None else [str(i) for i in range(c)]
    if len(names) != c:
        raise ValueError(f"confusion_matrix: {c} classes in the matrix but {len(names)} names")
    # each row i divided by its sum Σ_j M_ij (a class without samples stays 0)
    fractions = counts.double() / counts.sum(dim=1, keepdim=True).clamp(min=1)
    side = min(1.4 + 0.5 * c, MAX_WIDTH - 1.0)  # 10 classes: about 6 inches, with the colour bar
    fig = figure(figsize=(side + 1.0, side), layout="constrained")
    cell = (side - 1.4) / c * 72  # a cell's side in points: the counts shrink to fit in it
    digits = max(len(str(int(v))) for v in counts.flatten().tolist())
    size = min(TEXT_PT, cell / (0.64 * digits + 0.15))  # a digit is 0.64 of the font size
    ax = fig.add_subplot()
    image = ax.imshow(fractions.numpy(), cmap="Blues", vmin=0, vmax=1)
    fig.colorbar(image, ax=ax, shrink=0.8)
    for i in range(c):
        for j in range(c):
            dark = fractions[i, j].item() > 0.5
            ax.text(j, i, f"{int(counts[i, j])}", ha="center", va="center", fontsize=size,
                    color="white" if dark else "black")  # fmt: skip
    long = max(len(name) for name in names) > 2
    ax.set_xticks(range(c), names, rotation=45 if long else 0, ha="right" if long else "center")
    ax.set_yticks(range(c), names)
    ax.set(xlabel="predicted", ylabel="true")
    total = int(counts.sum())
    right = int(counts.diagonal().sum())
    worst = max(
        ((i, j) for i in range(c) for j in range(c) if i != j),
        key=lambda ij: int(counts[ij]),
        default=None,
    )
    ko = f"혼동 행렬: 행은 정답 클래스, 열은 예측한 클래스, {c}개 클래스. "
    ko += f"대각선의 합 {right}/{total}."
    en = (
        f"Confusion matrix: rows are the true class, columns the predicted class, {c} classes. "
        f"{right} of {total} on the diagonal."
    )
    if worst is not None and int(counts[worst]) > 0:
        true, said = names[worst[0]], names[worst[1]]
        ko += f" 가장 잦은 실수: 정답 {true}, 예측 {said} ({int(counts[worst])}개)."
        en += (
            f" Most frequent mistake: true {true}, predicted {said} ({int(counts[worst])} samples)."
        )
    return fig.describe(ko, en)
