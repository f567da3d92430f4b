"""The package as a user gets it: sdist and wheel build, twine accepts them, the wheel installs."""

import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    run(sys.executable, "-m", "build", "--outdir", str(out), str(ROOT))
    return out


def run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def test_twine_accepts_wheel_and_sdist(dist):
    files = sorted(str(p) for p in dist.iterdir())
    assert sorted(Path(f).suffix for f in files) == [".gz", ".whl"]
    assert "PASSED" in run(sys.executable, "-m", "twine", "check", "--strict", *files)


def test_wheel_holds_the_package_only(dist):
    (wheel,) = dist.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names}
    assert top == {"nnintro", "nnintro-0.1.0.dist-info"}
    assert "nnintro/py.typed" in names
    sources = {p.relative_to(ROOT / "src").as_posix() for p in (ROOT / "src/nnintro").rglob("*.py")}
    assert {"nnintro/train/loop.py", "nnintro/functional/__init__.py"} <= sources
    assert sources == {name for name in names if name.endswith(".py")}


def test_wheel_installs_into_a_new_environment(dist, tmp_path):
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", str(venv))
    python = str(venv / "bin" / "python")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", str(wheel))
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
