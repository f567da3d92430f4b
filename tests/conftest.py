"""Shared fixtures: the project's paths and the docs hooks loaded as modules."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_hook(name: str):
    """Import docs/hooks/NAME.py as a module (hooks are files MkDocs loads by path)."""
    spec = importlib.util.spec_from_file_location(f"nnintro_docs_{name}", ROOT / "docs/hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def tutorials_hook():
    return load_hook("tutorials")
