"""The reader's language, shared by everything nnintro shows in both languages.

``nnintro.exercises`` words its feedback in it and ``nnintro.plot`` writes its figures' words in
it. An object that Jupyter shows can carry both languages at once: its output holds
``MIME`` = ``{"ko": {mime: data, ...}, "en": {...}}`` beside the data of the reader's language.
Jupyter ignores the unknown type; the course site keeps the page's language
(``docs/hooks/tutorials.py``), so a tutorial runs once and each language's page shows its own.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("ko", "en")
MIME = "application/vnd.nnintro.languages+json"
_chosen: list[str] = []  # set_language's choice, if any


def set_language(lang: str) -> None:
    """Show feedback, hints, solutions and figures' words in ``lang`` ("ko" or "en") from now on.

    Without a call the language is ``$NNINTRO_LANG`` if set, else Korean when the system locale is
    Korean, else English.

    Examples:
        >>> set_language("en")
        >>> language()
        'en'
    """
    _chosen[:] = [valid(lang, "set_language")]


def language() -> str:
    """Return the reader's language: ``"ko"`` or ``"en"`` (see ``set_language``).

    Examples:
        >>> set_language("ko")
        >>> language()
        'ko'
    """
    if _chosen:
        return _chosen[0]
    if env := os.environ.get("NNINTRO_LANG"):
        return valid(env, "$NNINTRO_LANG")
    system = locale.getlocale()[0] or os.environ.get("LANG", "")
    return "ko" if system.lower().startswith("ko") else "en"


def valid(lang: object, where: str) -> str:
    """Return ``lang`` if it is one of ``LANGUAGES``, else raise a ValueError naming ``where``."""
    if lang not in LANGUAGES:
        raise ValueError(f"{where}: language must be 'ko' or 'en', got {lang!r}")
    return lang  # type: ignore[return-value]
