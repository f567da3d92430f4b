#!/usr/bin/env bash
# Create .venv (Python 3.11+) if needed and install nnintro in it, editable, with the extra $1
# ("docs" to build the site, "test" for everything the tests need); register its Jupyter kernel.
# pip runs only when what pip reads from pyproject.toml changed since the last install or the extra
# is not installed yet ("test" includes "docs"): once installed, the scripts need no network.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:?usage: bash scripts/venv.sh docs|test}"
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=.venv/nnintro-installed  # "<hash> <extras installed with it>", written after an install
# The hash of what pip reads from pyproject.toml (build-system, project, tool.setuptools; not the
# ruff or pytest settings) and the extras that installing $extra installs: $extra and those it
# names as nnintro[...], e.g. "3f2a... test docs".
wanted=$(.venv/bin/python - "$extra" <<'EOF'
import sys

if sys.version_info < (3, 11):
    sys.exit(f"scripts/venv.sh: .venv has Python {sys.version.split()[0]}, nnintro needs 3.11+: "
             "remove .venv and run this again with a python3 that is 3.11 or newer")
import hashlib, json, re, tomllib

with open("pyproject.toml", "rb") as file:
    config = tomllib.load(file)
read_by_pip = [config["build-system"], config["project"], config.get("tool", {}).get("setuptools")]
extras = config["project"]["optional-dependencies"]
if sys.argv[1] not in extras:
    sys.exit(f"scripts/venv.sh: no extra {sys.argv[1]!r} in pyproject.toml: use {sorted(extras)}")
covered, todo = [], [sys.argv[1]]
while todo:
    name = todo.pop()
    if name not in covered:
        covered.append(name)
        for req in extras[name]:
            if match := re.fullmatch(r"nnintro\[(.+)\]", req.replace(" ", "")):
                todo += match[1].split(",")
print(hashlib.sha256(json.dumps(read_by_pip, sort_keys=True).encode()).hexdigest(), *covered)
EOF
)
read -r hash _ <<< "$wanted"
if [ -f "$stamp" ]; then
    read -r installed_hash installed_extras < "$stamp" || true
    if [ "$installed_hash" = "$hash" ] && [[ " $installed_extras " == *" $extra "* ]]; then
        exit 0  # installed from this pyproject.toml already
    fi
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[$extra]"
.venv/bin/python -m ipykernel install --sys-prefix --name python3 > /dev/null
echo "$wanted" > "$stamp"
