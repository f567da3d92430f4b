"""Tutorials executed here load MNIST from the made data of the tests (real MNIST is offline)."""

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _tutorial_data(made_mnist):
    """Point $NNINTRO_DATA, which the executing kernels inherit, at the made MNIST-format data."""
    before = os.environ.get("NNINTRO_DATA")
    os.environ["NNINTRO_DATA"] = str(made_mnist)
    yield
    if before is None:
        del os.environ["NNINTRO_DATA"]
    else:
        os.environ["NNINTRO_DATA"] = before
