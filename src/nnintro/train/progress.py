"""Progress for ``fit``: bars over the epochs and the batches of the current epoch, log lines.

Bars are drawn by ``tqdm.auto``: a widget in Jupyter when ``ipywidgets`` is installed, otherwise
text on standard error. ``progress=None`` (the default) shows them only where someone watches them
live, a terminal or a Jupyter notebook with widgets, and draws nothing when the output goes to a
file, a pipe, a test run or a notebook executed by a build (such as this course's pages), which
would otherwise store every carriage-return update of the bar. The environment variable
``TQDM_DISABLE=1``, set before Python starts, turns every bar off, even with ``progress=True``.
"""

import importlib.util
import sys
import warnings
from collections.abc import Mapping


def in_jupyter() -> bool:
    """Return True inside a Jupyter kernel (IPython's kernel app), False in a plain interpreter."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def is_live() -> bool:
    """Return True when a bar would be watched live: a terminal, or Jupyter with ipywidgets.

    Examples:
        >>> is_live()  # doctest runs with its output captured: not a terminal
        False
    """
    stream = sys.stderr
    if stream is not None and getattr(stream, "isatty", lambda: False)():
        return True
    return in_jupyter() and importlib.util.find_spec("ipywidgets") is not None


class Progress:
    """The bars of one run, or nothing at all when ``enabled`` is False.

    ``epoch_done`` advances the epoch bar and shows the epoch's numbers beside it; ``batch_done``
    advances the batch bar, which starts again at 0 each epoch (one bar reused, not one per epoch).
    Use it as a context manager so the bars are closed even when training stops with an error.
    """

    def __init__(self, enabled: bool | None, epochs: int, batches: int | None) -> None:
        self.epochs, self.batches = None, None
        if not (is_live() if enabled is None else enabled):
            return
        with warnings.catch_warnings():  # tqdm.auto warns once when ipywidgets is missing
            warnings.simplefilter("ignore")
            from tqdm.auto import tqdm
        self.epochs = tqdm(total=epochs, desc="epoch", unit="epoch")
        if batches != 1:  # a bar over a single full batch would say nothing
            self.batches = tqdm(total=batches, desc="batch", unit="batch", leave=False)

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        for bar in (self.batches, self.epochs):
            if bar is not None:
                bar.close()

    def batch_done(self) -> None:
        """Advance the batch bar by one batch."""
        if self.batches is not None:
            self.batches.update()

    def epoch_done(self, numbers: Mapping[str, float]) -> None:
        """Advance the epoch bar, show ``numbers`` beside it, start the batch bar again."""
        if self.epochs is None:
            return
        self.epochs.set_postfix({k: f"{v:.4g}" for k, v in numbers.items()}, refresh=False)
        self.epochs.update()
        if self.batches is not None and self.epochs.n < self.epochs.total:
            self.batches.reset()


def length_of(batches: object) -> int | None:
    """Return the number of batches per epoch, or None for an iterable without ``len()``."""
    try:
        return len(batches)
    except TypeError:
        return None


def log_line(epoch: int, epochs: int, numbers: Mapping[str, float]) -> str:
    """Return the log line of one epoch: losses with 6 decimals, other metrics with 4.

    Examples:
        >>> log_line(3, 10, {"loss": 0.5, "accuracy": 0.75})
        'epoch  3/10  loss 0.500000  accuracy 0.7500'
    """
    width = len(str(epochs))
    log = (f"{k} {v:.6f}" if k.endswith("loss") else f"{k} {v:.4f}" for k, v in numbers.items())
    return f"epoch {epoch:>{width}}/{epochs}  " + "  ".join(log)
