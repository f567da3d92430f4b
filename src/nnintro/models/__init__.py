"""Small ``torch.nn.Module`` models of the course, each a thin, readable class.

Everything is importable from ``nnintro.models`` directly; the code lives in one module per
topic: ``linear`` (regression), ``classifiers`` (logistic and softmax), ``mlp`` (multi-layer
perceptrons), ``dropout`` (the dropout layer ``MLP`` uses).
"""

from nnintro.models.classifiers import LogisticRegression, SoftmaxClassifier
from nnintro.models.dropout import Dropout
from nnintro.models.linear import LinearRegression
from nnintro.models.mlp import ACTIVATIONS, MLP, collapse_linear

__all__ = [
    "ACTIVATIONS",
    "MLP",
    "Dropout",
    "LinearRegression",
    "LogisticRegression",
    "SoftmaxClassifier",
    "collapse_linear",
]
