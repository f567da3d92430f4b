"""nnintro: small, readable helpers for the course "Neural Networks with PyTorch".

Each module holds one concept of the course:

- `nnintro.data`: the lecture's datasets and mini-batches from in-memory tensors.
- `nnintro.functional`: hypotheses, losses and gradients written from scratch.
- `nnintro.gates`: perceptrons as logic gates (AND, NAND, OR) and XOR from two layers of them.
- `nnintro.models`: small `torch.nn.Module` models.
- `nnintro.train`: the training loop (full-batch, mini-batch, stochastic; validation, early
  stopping, progress bars, a device) that stops on divergence, and `evaluate` for classifiers.
- `nnintro.metrics`: accuracy, the confusion matrix, per-class accuracy of a classifier.
- `nnintro.plot`: plot helpers that return matplotlib Figures.
- `nnintro.backprop`: the backward pass of a sigmoid MLP by hand, checked against autograd.
"""

from nnintro import backprop, data, functional, gates, metrics, models, plot, train

__version__ = "0.1.0"
__all__ = [
    "__version__",
    "backprop",
    "data",
    "functional",
    "gates",
    "metrics",
    "models",
    "plot",
    "train",
]
