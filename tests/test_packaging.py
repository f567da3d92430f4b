"""The package as a user gets it, and the GitHub workflows that test and publish it.

sdist and wheel build offline (no build isolation: this environment's setuptools), twine accepts
them, the wheel installs; zizmor finds nothing in the workflows.
"""

import email.parser
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

BIN = Path(sys.executable).parent  # the console scripts of this environment (zizmor)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT))
    return out


def run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.mark.slow
def test_twine_accepts_wheel_and_sdist(dist):
    files = sorted(str(p) for p in dist.iterdir())
    assert sorted(Path(f).suffix for f in files) == [".gz", ".whl"]
    assert "PASSED" in run(sys.executable, "-m", "twine", "check", "--strict", *files)


@pytest.mark.slow
def test_wheel_holds_the_package_only(dist):
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert top == {"nnintro", "nnintro-0.1.0.dist-info"}
    assert "nnintro/py.typed" in names
    sources = {p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src/nnintro").rglob("*.py")}
    assert {"nnintro/train/loop.py", "nnintro/functional/__init__.py"} <= sources
    assert sources == {name for name in names if name.endswith(".py")}


@pytest.mark.slow
def test_wheel_metadata_names_license_links_and_the_tested_pythons(dist):
    (wheel,) = dist.glob("*.whl")
    text = zipfile.ZipFile(wheel).read("nnintro-0.1.0.dist-info/METADATA").decode()
    meta = email.parser.Parser().parsestr(text)
    assert meta["License-Expression"] == "MIT"
    links = dict(url.split(", ") for url in meta.get_all("Project-URL"))
    assert {"Documentation", "Source", "Issues"} <= set(links)
    assert all(url.startswith("https://") for url in links.values()), links
    # the Python versions PyPI lists are those CI tests, all allowed by requires-python
    listed = {
        c.rsplit(" :: ", 1)[1]
        for c in meta.get_all("Classifier")
        if c.startswith("Programming Language :: Python :: 3.")
    }
    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    assert listed == set(ci["jobs"]["test"]["strategy"]["matrix"]["python"])
    assert meta["Requires-Python"] == ">=3.11"
    assert min(listed, key=lambda v: tuple(map(int, v.split(".")))) == "3.11"


@pytest.mark.slow
def test_wheel_installs_into_a_new_environment(dist, tmp_path):
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    python = str(venv / "bin" / "python")
    pip = (sys.executable, "-m", "pip", "--python", python)
    run(*pip, "install", "--no-index", "--no-deps", str(wheel))
    # torch & co. come from this environment (a .pth line), nnintro only from the wheel
    site = run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = (
        "import nnintro, nnintro.train as t, nnintro.data as d, nnintro.models as m;"
        "x, y = d.linear_toy(); h = t.fit(m.LinearRegression(zero_init=True), x, y, lr=0.1, "
        "epochs=300); print(nnintro.__version__, nnintro.__file__, round(h.final_loss, 4))"
    )
    version, location, loss = run(python, "-c", code).split()
    assert version == "0.1.0"
    assert location.startswith(str(venv))
    assert float(loss) < 1e-3


def test_build_backend_is_the_one_the_test_extra_installs():
    # the offline build above uses this environment's setuptools: the test extra must ask for
    # the version build-system requires (77: the PEP 639 license = "MIT")
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (backend,) = config["build-system"]["requires"]
    assert backend.startswith("setuptools>=")
    assert backend in config["project"]["optional-dependencies"]["test"]


def test_zizmor_finds_nothing_in_the_workflows():
    zizmor = BIN / "zizmor"
    assert zizmor.exists(), f"{zizmor} is missing: pip install -e '.[test]'"
    workflows = ROOT / ".github/workflows"
    assert {"ci.yml", "pages.yml", "release.yml"} <= {p.name for p in workflows.iterdir()}
    done = subprocess.run(
        [str(zizmor), "--offline", "--no-progress", str(workflows)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings to report" in done.stdout, done.stdout
