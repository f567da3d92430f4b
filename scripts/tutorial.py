"""Run one tutorial as the site build does and write its Korean and English notebooks.

    .venv/bin/python scripts/tutorial.py 03            # or the file: docs/tutorials/03-...py

It executes docs/tutorials/NN-*.py once (same kernel, working directory and checks as the build),
splits it by language, fills this tutorial's own {{ chNN.key }} numbers and writes
.cache/tutorial/NN-name.ko.ipynb and .en.ipynb. A failing cell stops it with the cell and the
error. Use it while writing a tutorial; `mkdocs build --strict` is still the final word.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "docs" / "hooks"))

import nbformat  # noqa: E402
import page_numbers  # noqa: E402
import tutorials  # noqa: E402


def main(name: str) -> None:
    matches = sorted((ROOT / "docs" / "tutorials").glob(f"{Path(name).stem[:2]}-*.py"))
    if len(matches) != 1:
        sys.exit(f"no single tutorial matches {name!r}: {[m.name for m in matches]}")
    source = matches[0]
    nb = tutorials.execute(source)
    page_numbers.publish(page_numbers.chapter_of(source.stem), nb.metadata["nnintro"]["numbers"])
    out = ROOT / ".cache" / "tutorial"
    out.mkdir(parents=True, exist_ok=True)
    for lang in tutorials.LANGUAGES:
        split = tutorials.split(nb, lang)
        for cell in split.cells:
            if cell.cell_type == "markdown":
                cell.source = page_numbers.PLACEHOLDER.sub(
                    lambda m: page_numbers.VALUES.get(m[1], {}).get(m[2], m[0]), cell.source
                )
        path = out / f"{source.stem}.{lang}.ipynb"
        nbformat.write(split, path)
        print(f"wrote {path.relative_to(ROOT)}")
    print(f"{source.name}: ran in {nb.metadata['nnintro']['run']['seconds']} s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else sys.exit(__doc__))
