"""Training and evaluating a model: ``train_one_epoch``, ``fit``, its ``History``, ``evaluate``.

Everything is importable from ``nnintro.train`` directly; the code lives in one module per topic:
``nnintro.train.epoch`` holds ``train_one_epoch`` (the lecture's loop over batches, to read and
copy), ``nnintro.train.loop`` holds ``fit`` (that loop once per epoch, with validation, early
stopping, a device and progress bars), ``nnintro.train.history`` the ``History`` it returns and
``DivergenceError``, ``nnintro.train.evaluation`` the evaluation of a classifier (loss, accuracy,
accuracy per class, confusion matrix), ``nnintro.train.arguments`` and ``nnintro.train.checks``
the checks of arguments, data and outputs, ``nnintro.train.progress`` the progress bars.
"""

from nnintro.train.epoch import train_one_epoch
from nnintro.train.evaluation import Evaluation, evaluate
from nnintro.train.history import DivergenceError, History
from nnintro.train.loop import fit

# in the order of the API page (docs/reference/train.md lists members in this order)
__all__ = ["train_one_epoch", "fit", "History", "DivergenceError", "evaluate", "Evaluation"]  # noqa: RUF022
