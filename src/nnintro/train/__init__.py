"""Training and evaluating a model: ``fit``, its ``History``, and ``evaluate``.

Everything is importable from ``nnintro.train`` directly; the code lives in one module per topic:
``nnintro.train.loop`` holds ``fit`` (the lecture's loop over batches, with validation, early
stopping, a device and progress bars), ``nnintro.train.history`` the ``History`` it returns and
``DivergenceError``, ``nnintro.train.evaluation`` the evaluation of a classifier (loss, accuracy,
accuracy per class, confusion matrix), ``nnintro.train.progress`` the progress bars.
"""

from nnintro.train.evaluation import Evaluation, evaluate
from nnintro.train.history import DivergenceError, History
from nnintro.train.loop import fit

# in the order of the API page (docs/reference/train.md lists members in this order)
__all__ = ["fit", "History", "DivergenceError", "evaluate", "Evaluation"]  # noqa: RUF022
