"""Numbers that pages take from this build's own runs: ``{{ ch09.xor_escape }}`` in the prose.

A theory page or a tutorial's markdown cell that states a result of running code (a trained
weight, a cost after N epochs, the step at which XOR leaves its plateau, a test accuracy) writes a
placeholder instead of the number; the build replaces it with what this build's run computed, in
both languages. Pure arithmetic (210, 52.5, ln 2 ≈ 0.6931) stays literal. Two sources publish
values, one dict of formatted strings per chapter:

- ``docs/hooks/figures/chNN.py`` may define ``numbers() -> dict[str, str]``, computed from the same
  runs that draw the chapter's figures (``assets.py`` publishes them, cached with the figures);
- a tutorial may hold a code cell tagged ``numbers`` whose value is such a dict (``tutorials.py``
  publishes it and removes the cell from the pages).

A placeholder with no value is a build error that names the page and the key. This module is a
helper of the hooks (``import page_numbers``), not a hook itself, so all of them share one
``VALUES``.
"""

from __future__ import annotations

import re

from mkdocs.exceptions import PluginError

# {{ chNN.key }}: a chapter and a key; TeX's {{ ... }} never has this shape.
PLACEHOLDER = re.compile(r"\{\{\s*(ch\d\d)\.([a-z][a-z0-9_]*)\s*\}\}")
VALUES: dict[str, dict[str, str]] = {}  # chapter -> key -> the text that replaces the placeholder


def publish(chapter: str, values: dict[str, str]) -> None:
    """Add ``values`` (key -> formatted number) to ``chapter``'s numbers for this build."""
    if not re.fullmatch(r"ch\d\d", chapter):
        raise ValueError(f"chapter must look like 'ch09', not {chapter!r}")
    for key, value in values.items():
        if not isinstance(value, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", key):
            raise ValueError(f"{chapter}.{key}: keys are snake_case and values are strings")
    VALUES.setdefault(chapter, {}).update(values)


def fill(text: str, where: str) -> str:
    """Return ``text`` with every placeholder replaced by its value; ``where`` names the page."""

    def value(match: re.Match) -> str:
        chapter, key = match[1], match[2]
        if key not in VALUES.get(chapter, {}):
            known = ", ".join(sorted(VALUES.get(chapter, {}))) or "none"
            raise PluginError(
                f"{where}: no value for {{{{ {chapter}.{key} }}}} (the {chapter} values of this "
                f"build: {known}); publish it from docs/hooks/figures/{chapter}.py numbers() or "
                f"a tutorial cell tagged numbers"
            )
        return VALUES[chapter][key]

    return PLACEHOLDER.sub(value, text)


def chapter_of(stem: str) -> str:
    """Return the chapter of a page or tutorial named like ``09-multi-layer-perceptron``."""
    match = re.match(r"(\d\d)-", stem)
    if match is None:
        raise ValueError(f"{stem!r} does not start with a two-digit chapter number")
    return f"ch{match[1]}"
