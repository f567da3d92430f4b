"""Images: a grid titled with labels and predictions (mistakes in red), one image's pixel values."""

import math
from collections.abc import Sequence

import torch
from torch import Tensor

from nnintro.metrics import predict_labels
from nnintro.plot._figure import MAX_WIDTH, TEXT_PT, Figure, figure, styled

MISTAKE = "#d62728"  # red: titles and frames of wrongly predicted images


def _as_images(images: Tensor) -> Tensor:
    """Return ``images`` as (N, H, W) or (N, H, W, 3) for imshow, from any accepted shape."""
    images = torch.as_tensor(images).detach().cpu().float()
    if images.dim() == 2:  # flattened square images, e.g. (N, 784)
        side = math.isqrt(images.shape[1])
        if side * side != images.shape[1]:
            raise ValueError(
                f"images of shape {tuple(images.shape)} are flat but {images.shape[1]} is not "
                "a square number of pixels; give (N, H, W) or (N, C, H, W)"
            )
        return images.view(-1, side, side)
    if images.dim() == 4 and images.shape[1] in (1, 3):
        return images[:, 0] if images.shape[1] == 1 else images.permute(0, 2, 3, 1)
    if images.dim() == 3:
        return images
    raise ValueError(
        f"images must have shape (N, H, W), (N, 1, H, W), (N, 3, H, W) or (N, H*W); "
        f"got {tuple(images.shape)}"
    )


def _names(labels: Tensor, classes: Sequence[str] | None) -> list[str]:
    """Return the class name of each label (the label itself without ``classes``)."""
    return [classes[i] if classes is not None else str(i) for i in labels.tolist()]


@styled
def image_grid(
    images: Tensor,
    labels: Tensor | None = None,
    predictions: Tensor | None = None,
    *,
    classes: Sequence[str] | None = None,
    ncols: int = 8,
    size: float = 0.85,
) -> Figure:
    r"""Return a Figure of images in a grid, each titled with its label; mistakes marked in red.

    With ``predictions``, an image predicted correctly ($\hat y_i = y_i$) is titled with its
    class; a mistake is titled ``true → predicted`` in red (on two lines when long) and framed
    in red. Titles are 12 pt; when they are too long for ``ncols`` images in a page column
    (``MAX_WIDTH``, about 7 inches), the images are made wider and wrap into more rows.

    Args:
        images: (N, 1, H, W), (N, H, W), (N, 3, H, W), or flattened square images (N, H·W).
        labels: the true class indices (N,), or None for no titles.
        predictions: predicted labels (N,) or model outputs (N, C) (the largest column wins).
        classes: class names, ``classes[label]``; by default the label numbers.
        ncols: images per row, at most (fewer when the titles need the room).
        size: width of one image in inches (less when ``ncols`` images would be wider than a
            page column, more when the titles need it).

    Examples:
        >>> import torch
        >>> fig = image_grid(torch.rand(3, 1, 28, 28), torch.tensor([7, 2, 1]),
        ...                  torch.tensor([7, 3, 1]), ncols=3)
        >>> [ax.get_title() for ax in fig.axes]
        ['7', '2 → 3', '1']
    """
    pictures = _as_images(images)
    n = len(pictures)
    if not 1 <= n <= 256:
        raise ValueError(f"image_grid shows 1 to 256 images, got {n}; pass a slice, e.g. x[:32]")
    if predictions is not None and labels is None:
        raise ValueError("image_grid: predictions are compared with labels, so give labels too")
    for name, given in (("labels", labels), ("predictions", predictions)):
        if given is not None and len(given) != n:
            raise ValueError(f"image_grid: {n} images but {len(given)} {name}")
    true = _names(torch.as_tensor(labels).view(-1), classes) if labels is not None else None
    guess = None
    if predictions is not None:
        predictions = torch.as_tensor(predictions).detach().cpu()
        if predictions.is_floating_point():  # outputs: read the labels off them
            predictions = predict_labels(predictions)
        guess = _names(predictions.view(-1).long(), classes)
    titles = None
    if true is not None:
        titles = []
        for i in range(n):
            wrong = guess is not None and guess[i] != true[i]
            title = f"{true[i]} → {guess[i]}" if wrong else true[i]
            titles.append(f"{true[i]}\n→ {guess[i]}" if wrong and len(title) > 12 else title)
    longest = max((len(line) for t in titles or [] for line in t.split("\n")), default=0)
    lines = max((t.count("\n") + 1 for t in titles or []), default=0)
    need = 0.1 * longest + 0.15  # a 12-point character is about 0.1 inch wide
    ncols = min(ncols, n)
    cell = max(need, min(size, MAX_WIDTH / ncols))  # ncols images fit in a column, if titles allow
    ncols = max(1, min(ncols, int(MAX_WIDTH // cell)))
    cell = min(cell, MAX_WIDTH)
    nrows = math.ceil(n / ncols)
    fig = figure(figsize=(ncols * cell, nrows * (cell + 0.25 * lines)), layout="constrained")
    low, high = pictures.min().item(), pictures.max().item()
    mistakes = 0
    for i, picture in enumerate(pictures):
        ax = fig.add_subplot(nrows, ncols, i + 1)
        ax.imshow(picture.numpy(), cmap="gray", vmin=low, vmax=high)
        ax.set_xticks([])
        ax.set_yticks([])
        wrong = guess is not None and guess[i] != true[i]
        mistakes += wrong
        for spine in ax.spines.values():
            spine.set(visible=wrong, color=MISTAKE, linewidth=2.5)
        if titles is not None:
            ax.set_title(titles[i], fontsize=TEXT_PT, color=MISTAKE if wrong else "black")
    side = "x".join(str(d) for d in pictures.shape[1:3])
    ko = f"{side} 픽셀 이미지 {n}개의 격자"
    en = f"A grid of {n} images of {side} pixels"
    if true is not None:
        ko += f", 각 이미지 위에 정답 클래스: {', '.join(true[:30])}"
        en += f", each titled with its true class: {', '.join(true[:30])}"
        ko += "…" if n > 30 else ""
        en += "…" if n > 30 else ""
    if guess is not None:
        ko += f". 틀린 예측 {mistakes}개는 빨간 제목 '정답 → 예측'과 빨간 테두리"
        en += f". {mistakes} wrong predictions have a red title 'true → predicted' and a red frame"
    return fig.describe(ko + ".", en + ".")


@styled
def pixel_values(image: Tensor, *, decimals: int = 2, size: float = MAX_WIDTH) -> Figure:
    r"""Return a Figure of one grey image with each pixel's value written on it.

    Zeros are written ``0``, other values with ``decimals`` decimals; the text is white on dark
    pixels (below $\max / 2.5$, as in the lecture) and black on light ones, as large as fits in
    a pixel (12 pt at most; a 28 x 28 image's values are small: click the figure to enlarge it,
    or show a crop, e.g. ``image[4:24, 4:24]``).

    Args:
        image: one image (H, W), (1, H, W) or (1, 1, H, W).
        decimals: decimals of the values written.
        size: width of the figure in inches; by default a page column's (``MAX_WIDTH``).

    Examples:
        >>> import torch
        >>> fig = pixel_values(torch.tensor([[0.0, 0.5], [1.0, 0.25]]))
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['0', '0.50', '1.00', '0.25']
    """
    picture = torch.as_tensor(image).detach().cpu().float()
    while picture.dim() > 2 and picture.shape[0] == 1:  # (1, 1, H, W) or (1, H, W) -> (H, W)
        picture = picture[0]
    if picture.dim() != 2:
        raise ValueError(
            f"pixel_values shows one grey image (H, W) or (1, H, W); got shape "
            f"{tuple(torch.as_tensor(image).shape)}; pick one image, e.g. x[0]"
        )
    height, width = picture.shape
    fig = figure(figsize=(size, size * height / width), layout="constrained")
    ax = fig.add_subplot()
    ax.imshow(picture.numpy(), cmap="gray")
    ax.set_xticks([])
    ax.set_yticks([])
    threshold = picture.max().item() / 2.5
    chars = 2 + decimals if decimals > 0 else 1  # "0.50": the widest value written
    fontsize = min(TEXT_PT, 0.9 * 72 * size / width / (0.62 * chars))  # fits in a pixel
    for row in range(height):
        for col in range(width):
            value = picture[row, col].item()
            text = "0" if value == 0 else f"{value:.{decimals}f}"
            color = "white" if value < threshold else "black"
            ax.text(col, row, text, ha="center", va="center", color=color, fontsize=fontsize)
    return fig.describe(
        f"{height}x{width} 픽셀의 회색 이미지, 각 픽셀에 그 값을 적음: 배경은 0, 가장 밝은 픽셀은 "
        f"{picture.max().item():.{decimals}f}.",
        f"A grey image of {height}x{width} pixels with each pixel's value written on it: the "
        f"background is 0, the brightest pixel {picture.max().item():.{decimals}f}.",
    )
