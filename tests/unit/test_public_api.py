"""Each public module's ``__all__`` lists its public API: everything in it exists, nothing in it is
private or borrowed from another library, and every public function or class it defines is in it
(``dir(nnintro.gates)`` lists ``math`` and ``itertools``; ``__all__`` is what learners get)."""

import importlib
import inspect
from types import ModuleType

import pytest

# The modules a learner imports (each has a reference page), with their __all__.
PUBLIC = [
    "nnintro",
    "nnintro.backprop",
    "nnintro.data",
    "nnintro.data.mnist",
    "nnintro.functional",
    "nnintro.exercises",
    "nnintro.gates",
    "nnintro.metrics",
    "nnintro.models",
    "nnintro.plot",
    "nnintro.train",
]


def defined_in(obj: object, module: ModuleType) -> bool:
    """Whether a class or function comes from ``module`` (or, for a package, from inside it)."""
    home = getattr(obj, "__module__", None) or ""
    inside = module.__name__ + "." if hasattr(module, "__path__") else module.__name__
    return home == module.__name__ or home.startswith(inside)


@pytest.mark.parametrize("name", PUBLIC)
def test_all_lists_existing_public_names_of_nnintro(name: str) -> None:
    module = importlib.import_module(name)
    assert isinstance(module.__all__, list) and len(set(module.__all__)) == len(module.__all__)
    for public in module.__all__:
        assert hasattr(module, public), f"{name}.__all__ lists {public!r}, which does not exist"
        assert not public.startswith("_") or public == "__version__", f"{name}: {public!r}"
        obj = getattr(module, public)
        if inspect.ismodule(obj):
            assert obj.__name__.startswith("nnintro."), f"{name}.__all__ lists {obj.__name__}"
        elif inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__module__.startswith("nnintro"), (
                f"{name}.__all__ lists {public!r} from {obj.__module__}, another library"
            )


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_function_and_class_is_in_all(name: str) -> None:
    module = importlib.import_module(name)
    missing = [
        public
        for public, obj in vars(module).items()
        if not public.startswith("_")
        and (inspect.isclass(obj) or inspect.isfunction(obj))
        and defined_in(obj, module)
        and public not in module.__all__
    ]
    assert missing == [], f"{name} defines {missing} but its __all__ leaves them out"


def test_star_import_gives_exactly_all() -> None:
    namespace: dict[str, object] = {}
    exec("from nnintro.gates import *", namespace)
    assert sorted(set(namespace) - {"__builtins__"}) == sorted(
        importlib.import_module("nnintro.gates").__all__
    )
    assert "math" not in namespace and "itertools" not in namespace
