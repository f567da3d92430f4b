"""nnintro: small, readable helpers for the course "Neural Networks with PyTorch".

Each module holds one concept of the course:

- `nnintro.data`: the lecture's toy datasets.
- `nnintro.functional`: losses and gradients written from scratch.
- `nnintro.models`: small `torch.nn.Module` models.
- `nnintro.train`: a minimal training loop that stops when the loss diverges.
- `nnintro.plot`: plot helpers that return matplotlib Figures.
"""

from nnintro import data, functional, models, plot, train

__version__ = "0.1.0"
__all__ = ["__version__", "data", "functional", "models", "plot", "train"]
