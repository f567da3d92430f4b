"""Plot helpers; each returns a `nnintro.plot.Figure` (a matplotlib Figure).

The figures are built without pyplot, so they never enter pyplot's figure list, never call
``plt.show()`` and never set a backend; they show themselves as PNG in Jupyter. Labels are symbols,
numbers and a few English words ("epoch", "accuracy", a dataset's class names such as "Sneaker"),
because the same figure appears on the Korean and the English pages.

One module per topic; everything is importable from ``nnintro.plot`` directly.
"""

from nnintro.plot._figure import Figure
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
    "Figure",
    "activation_grid",
    "binary_curves",
    "confusion_matrix",
    "cost_contour",
    "cost_curve",
    "decision_boundary",
    "descent_paths",
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
    "training_curves",
]
