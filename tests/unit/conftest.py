"""Shared setup for the unit tests: seeded generators and an offline, deterministic Hypothesis."""

import random

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, settings

# derandomize: the same examples on every run; database=None: write no .hypothesis/ folder
settings.register_profile(
    "nnintro",
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.load_profile("nnintro")


@pytest.fixture(autouse=True)
def _seed() -> None:
    """Seed every generator before each test, so runs give the same numbers."""
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)
