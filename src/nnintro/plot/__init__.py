"""Plot helpers; each returns a `nnintro.plot.Figure` (a matplotlib Figure).

Where the figures show, without the library ever calling ``plt.show()`` or setting a backend:

- In Jupyter (the inline backend, the tutorials' and the site's): a cell that ends with a
  helper's call (or with its figure) shows the figure once; ``fig.show()`` shows it too. The
  figure is kept out of pyplot's list there, because the inline backend would show every pyplot
  figure a second time after the cell.
- Everywhere else (a script, an IPython terminal, an IDE): the helpers make their figures with
  ``plt.figure``, so pyplot manages them like its own: ``plt.show()`` shows them, ``fig.show()``
  works, ``plt.close(fig)`` frees one. Make your own figure the same way with
  [figure][nnintro.plot.figure] (``figure(figsize=(8, 3)).subplots(1, 2)``), not ``Figure()``.

Labels are symbols, numbers and a few words ("epoch", "accuracy", ...; ``WORDS``) that show in the
reader's language: Jupyter gets the figure in the language of
``nnintro.exercises.set_language`` (Korean when the computer's locale is Korean), and the course
site shows each page's own. Every figure carries an alt text in both languages
(``Figure.alt``). Text is 12 pt, 16 pixels at a figure's natural size, and no figure is wider than
a page column, so its text reads like the page's; draw your own inside ``with style():`` to match.

One module per topic; everything is importable from ``nnintro.plot`` directly.
"""

from nnintro._language import MIME
from nnintro.plot._figure import MAX_WIDTH, WORDS, Figure, figure, style
from nnintro.plot.activations import activation_grid, gradient_norms
from nnintro.plot.classification import decision_boundary, softmax_bars
from nnintro.plot.evaluation import confusion_matrix
from nnintro.plot.gates import gate_regions
from nnintro.plot.images import image_grid, pixel_values
from nnintro.plot.logistic import binary_curves, log_costs, sigmoid_costs, sigmoid_curves
from nnintro.plot.regression import cost_curve, descent_paths, regression_errors
from nnintro.plot.surfaces import cost_contour
from nnintro.plot.training import loss_history, training_curves

__all__ = [
    "MAX_WIDTH",
    "MIME",
    "WORDS",
    "Figure",
    "activation_grid",
    "binary_curves",
    "confusion_matrix",
    "cost_contour",
    "cost_curve",
    "decision_boundary",
    "descent_paths",
    "figure",
    "gate_regions",
    "gradient_norms",
    "image_grid",
    "log_costs",
    "loss_history",
    "pixel_values",
    "regression_errors",
    "sigmoid_costs",
    "sigmoid_curves",
    "softmax_bars",
    "style",
    "training_curves",
]
