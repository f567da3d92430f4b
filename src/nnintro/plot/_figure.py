"""The Figure class every plot helper returns, the ``figure`` function that makes one, and what the
plot modules share: the sizes that keep a figure's text readable, and its words in two languages.

Sizes. A figure shows at its natural size on a page, ``PX_PER_INCH`` CSS pixels per inch (PNG in a
notebook: its width metadata; SVG: its size in points), unless the column is narrower. Text is
``TEXT_PT`` = 12 pt = 16 px at that size, the size of the site's body text, and no figure is wider
than ``COLUMN_PX``, the narrowest column figures are shown in on a 1280 px desktop (the theory
pages'), so it is never scaled down there.

Words. The few words the helpers write ("epoch", "accuracy", "diverges", ...) are English in the
figure; ``Figure.translated("ko")`` rewrites them in Korean while it renders (``WORDS``, plus a
figure's own ``Figure.words``), with a Korean font as fallback for Hangul.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import io
import re
import warnings
from collections.abc import Callable, Iterator
from typing import TypeVar

import matplotlib
import matplotlib.figure
import torch
from matplotlib.text import Text
from torch import Tensor

from nnintro._language import LANGUAGES, MIME, language, valid

ARROW = {"arrowstyle": "->", "mutation_scale": 14}  # style of every arrow
BOX = {"fc": "white", "ec": "none", "pad": 1.5}  # white box behind labels

# --- sizes: the one place that says how large figures and their text are on a page -------------
PX_PER_INCH = 96  # CSS pixels per inch: a figure's natural width on a page is inches × 96
COLUMN_PX = 688  # the theory pages' text column at a 1280 px window (the tutorials' is wider)
MIN_TEXT_PX = 16  # Material's body text on a desktop
TEXT_PT = MIN_TEXT_PX * 72 / PX_PER_INCH  # 12 pt: 16 px at the natural size
# inches: a wider figure would be shown scaled down (24 px kept for the margin a saved SVG adds)
MAX_WIDTH = (COLUMN_PX - 24) / PX_PER_INCH
STYLE = {  # matplotlib settings every helper draws with (see style())
    "figure.dpi": PX_PER_INCH,
    "font.size": TEXT_PT,
    "axes.titlesize": TEXT_PT + 1,
    "axes.labelsize": TEXT_PT,
    "xtick.labelsize": TEXT_PT,
    "ytick.labelsize": TEXT_PT,
    "legend.fontsize": TEXT_PT,
    "legend.title_fontsize": TEXT_PT,
    "figure.titlesize": TEXT_PT + 1,
}

# --- words: what nnintro.plot writes, in Korean (the course's glossary terms) --------------------
WORDS = {
    "best epoch": "최적 에폭",
    "epoch": "에폭",
    "accuracy": "정확도",
    "diverges": "발산",
    "loss": "비용",
    "cost": "비용",
    "train": "훈련",
    "val": "검증",
    "predicted": "예측",
    "true": "정답",
    "logits": "로짓",
    "probabilities": "확률",
    "layer": "층",
}
# Fonts with Hangul, most wanted first (Debian's fonts-noto-cjk, Windows, macOS, others)
KOREAN_FONTS = (
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "AppleGothic",
    "NanumGothic",
    "Source Han Sans KR",
    "Noto Sans CJK JP",
    "Noto Sans CJK SC",
)
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_MATH = re.compile(r"(\$[^$]*\$)")  # mathtext stays as it is: symbols, not words
_warned: list[bool] = []


class Figure(matplotlib.figure.Figure):
    """A matplotlib Figure that Jupyter shows by itself, in the reader's language, with alt text.

    It renders itself as a PNG at twice its resolution, shown at its normal size (96 pixels per
    inch), so a cell that ends with it shows it even when pyplot was never imported, sharp on
    high-density screens. Jupyter gets the PNG in the reader's language
    (``nnintro.exercises.set_language``); the output also carries the PNG in the other language
    and each one's alt text, which the course site uses. ``fig.show()`` shows it below the cell
    under Jupyter's inline backend, and in a window of pyplot's backend elsewhere.

    Attributes:
        alt: the figure's description for readers who cannot see it, ``{"ko": ..., "en": ...}``;
            the helpers write one (see ``describe``).
        words: English words of this figure and their Korean, used with ``WORDS`` when it is
            shown in Korean.
    """

    def __init__(self, *args, **kwargs) -> None:
        if kwargs.get("dpi") is None:
            kwargs["dpi"] = PX_PER_INCH
        super().__init__(*args, **kwargs)
        self.alt: dict[str, str] = {}
        self.words: dict[str, str] = {}

    def describe(self, ko: str, en: str) -> Figure:
        """Add a sentence to the figure's alt text, in Korean and English; return the figure.

        Examples:
            >>> fig = Figure().describe("빈 그림.", "An empty figure.")
            >>> fig.alt_text("en")
            'An empty figure.'
        """
        for lang, text in (("ko", ko), ("en", en)):
            self.alt[lang] = f"{self.alt[lang]} {text}" if self.alt.get(lang) else text
        return self

    def alt_text(self, lang: str) -> str:
        """Return the alt text in ``lang``: ``alt`` if set, else one made from titles and labels.

        Examples:
            >>> fig = Figure()
            >>> _ = fig.add_subplot().set(title="loss", xlabel="epoch")
            >>> fig.alt_text("ko")
            '그림. 비용: 가로축 에폭.'
        """
        valid(lang, "alt_text")
        if self.alt.get(lang):
            return self.alt[lang]
        return describe_axes(self, lang, {**WORDS, **self.words})

    @contextlib.contextmanager
    def translated(self, lang: str) -> Iterator[Figure]:
        """Within the ``with`` block the figure's words are in ``lang`` (``"ko"`` or ``"en"``).

        Words in ``WORDS`` and ``words`` outside ``$...$`` become Korean, drawn with a Korean font
        where one is installed; without one they stay English (said once, with a warning). The
        texts are restored afterwards.

        Examples:
            >>> fig = Figure()
            >>> ax = fig.add_subplot()
            >>> _ = ax.set_xlabel("epoch")
            >>> with fig.translated("ko"):
            ...     ax.get_xlabel()
            '에폭'
            >>> ax.get_xlabel()
            'epoch'
        """
        with translated(self, valid(lang, "translated"), {**WORDS, **self.words}):
            yield self

    def png(self, lang: str) -> tuple[bytes, dict[str, int | str]]:
        """Return the figure as PNG bytes in ``lang`` and its metadata (shown size, alt text).

        Drawn at twice the size it is shown at (sharp on high-density screens), in at most 256
        colours: a plot has few, and a palette PNG is about 40 % of the size of a full-colour
        one (the MNIST tutorial's figures: 0.40 MB instead of 0.99 MB).

        Examples:
            >>> png, meta = Figure(figsize=(2, 1)).png("en")
            >>> png[:4], meta["width"], meta["height"]
            (b'\x89PNG', 192, 96)
        """
        from PIL import Image  # matplotlib's own dependency

        buffer = io.BytesIO()
        with self.translated(lang):
            self.savefig(buffer, format="png", dpi=2 * self.dpi)
        image = Image.open(buffer).convert("RGB")  # opaque: figures are drawn on white
        buffer = io.BytesIO()
        image.quantize(256, method=Image.Quantize.MEDIANCUT).save(buffer, "PNG", optimize=True)
        width, height = self.get_size_inches() * self.dpi
        meta = {"width": round(width), "height": round(height), "alt": self.alt_text(lang)}
        return buffer.getvalue(), meta

    def _repr_png_(self) -> tuple[bytes, dict[str, int | str]]:
        return self.png(language())

    def _repr_mimebundle_(self, include=None, exclude=None) -> tuple[dict, dict]:
        """The PNG in the reader's language, and both languages under ``MIME`` for the site."""
        data, metadata = {}, {}
        for lang in LANGUAGES:
            png, meta = self.png(lang)
            encoded = base64.b64encode(png).decode("ascii")
            data[lang] = {"image/png": encoded, "text/plain": repr(self)}
            metadata[lang] = {"image/png": meta}
        reader = language()
        return {**data[reader], MIME: data}, {**metadata[reader], MIME: metadata}

    def show(self, warn: bool = True) -> None:
        """Show the figure: below the cell under Jupyter's inline backend, else as pyplot does."""
        if self.canvas.manager is None and inline():
            from IPython.display import display

            display(self)
        else:
            super().show(warn)


def inline() -> bool:
    """Return True when pyplot's backend is Jupyter's inline one (without choosing a backend).

    Examples:
        >>> inline()  # a doctest runs outside Jupyter
        False
    """
    try:
        backend = matplotlib.get_backend(auto_select=False)
    except TypeError:  # matplotlib < 3.10 has no auto_select
        backend = matplotlib.rcParams._get_backend_or_none()
    return backend is not None and "inline" in backend.lower()


def figure(**kwargs) -> Figure:
    """Return a new, empty Figure, managed by pyplot unless Jupyter's inline backend is in use.

    ``kwargs`` go to matplotlib's ``Figure`` (``figsize``, ``layout``, ...). Outside Jupyter the
    figure is made by ``plt.figure``, so ``plt.show()`` shows it (from a script or an IPython
    terminal) and ``fig.show()`` works; close it with ``plt.close(fig)``. Under the inline
    backend, which shows every pyplot figure after the cell, pyplot is left out: the cell that
    ends with the figure shows it once. Draw in it inside ``with style():`` for the helpers' text
    sizes.

    Examples:
        >>> import matplotlib.pyplot as plt
        >>> fig = figure(figsize=(4, 3))
        >>> fig.get_size_inches().tolist(), plt.fignum_exists(fig.number)
        ([4.0, 3.0], True)
        >>> plt.close(fig)
    """
    if inline():
        return Figure(**kwargs)
    import matplotlib.pyplot as plt  # imported here: pyplot chooses a backend on first use

    return plt.figure(FigureClass=Figure, **kwargs)


def style() -> contextlib.AbstractContextManager:
    """Return a context in which matplotlib draws with the helpers' sizes (``STYLE``).

    Text is 12 pt, 16 pixels at a figure's natural size on a page, like the course site's body
    text. Draw your own figure inside it to match the helpers:

    Examples:
        >>> with style():
        ...     fig = figure(figsize=(4, 3))
        ...     ax = fig.add_subplot()
        >>> ax.xaxis.label.get_fontsize()
        12.0
        >>> import matplotlib.pyplot as plt; plt.close(fig)
    """
    return matplotlib.rc_context(STYLE)


F = TypeVar("F", bound=Callable)


def styled(helper: F) -> F:
    """Decorate a plot helper: it draws with ``STYLE``."""

    @functools.wraps(helper)
    def wrapper(*args, **kwargs):
        with style():
            return helper(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def width(columns: int, panel: float) -> float:
    """Return the width in inches of ``columns`` panels of ``panel`` inches, at most MAX_WIDTH."""
    return min(MAX_WIDTH, columns * panel)


# --- words in two languages -----------------------------------------------------------------------


def translate(text: str, words: dict[str, str]) -> str:
    """Return ``text`` with each of ``words`` (whole words, outside ``$...$``) in Korean.

    Examples:
        >>> translate("best epoch 3", WORDS), translate("$\\\\mathrm{cost}$ per epoch", WORDS)
        ('최적 에폭 3', '$\\\\mathrm{cost}$ per 에폭')
    """
    if not words:
        return text
    keys = sorted(words, key=len, reverse=True)  # longest first: "best epoch" before "epoch"
    pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, keys)) + r")(?![A-Za-z])")
    parts = _MATH.split(text)
    for i in range(0, len(parts), 2):  # even parts are outside math
        parts[i] = pattern.sub(lambda m: words[m[0]], parts[i])
    return "".join(parts)


@functools.cache
def korean_font() -> str | None:
    """Return the name of an installed font with Hangul (``KOREAN_FONTS``), or None."""
    from matplotlib import font_manager

    names = {font.name for font in font_manager.fontManager.ttflist}
    return next((name for name in KOREAN_FONTS if name in names), None)


@contextlib.contextmanager
def translated(
    fig: matplotlib.figure.Figure, lang: str, words: dict[str, str] | None = None
) -> Iterator[None]:
    """Within the block, ``fig``'s texts are in ``lang``; see ``Figure.translated``.

    Works on any matplotlib Figure; ``words`` defaults to ``WORDS``. Every text with Hangul (a
    translated word or the reader's own) gets a Korean font as fallback while the block runs.
    """
    words = WORDS if words is None else words
    font = korean_font()
    if lang == "ko" and font is None and not _warned:
        _warned.append(True)
        warnings.warn(
            "nnintro.plot: no font with Hangul is installed, so figures keep their English words "
            f"(install one of: {', '.join(KOREAN_FONTS[:3])}; on Debian: fonts-noto-cjk)",
            stacklevel=3,
        )
    saved = []
    for text in fig.findobj(Text):
        before = text.get_text()
        after = translate(before, words) if lang == "ko" and font is not None else before
        if font is not None and _HANGUL.search(after) and not _MATH.search(after):
            family = text.get_fontfamily()
            saved.append((text, before, family))
            text.set_fontfamily([*family, font])
            text.set_text(after)
        elif after != before:
            saved.append((text, before, None))
            text.set_text(after)
    try:
        yield
    finally:
        for text, before, family in saved:
            text.set_text(before)
            if family is not None:
                text.set_fontfamily(family)


def describe_axes(fig: matplotlib.figure.Figure, lang: str, words: dict[str, str]) -> str:
    """Return a plain description of ``fig`` from its axes' titles and axis labels, in ``lang``."""
    parts = []
    for ax in fig.axes:
        title, x, y = ax.get_title(), ax.get_xlabel(), ax.get_ylabel()
        if lang == "ko":
            title, x, y = (translate(s, words) for s in (title, x, y))
            axes = [f"가로축 {x}" if x else "", f"세로축 {y}" if y else ""]
        else:
            axes = [f"x-axis {x}" if x else "", f"y-axis {y}" if y else ""]
        said = ", ".join(a for a in axes if a)
        if title or said:
            parts.append(f"{title}: {said}" if title and said else title or said)
    head = "그림" if lang == "ko" else "Figure"
    return f"{head}. " + "; ".join(parts) + "." if parts else f"{head}."


def number(value: float, digits: int = 3) -> str:
    """Return ``value`` with ``digits`` significant digits, for alt texts: 0.123456 → '0.123'."""
    return f"{value:.{digits}g}"


def flat(t: Tensor) -> list[float]:
    """Return the elements of ``t`` as a flat list of Python floats."""
    return torch.as_tensor(t, dtype=torch.float64).detach().flatten().tolist()


_TEX = {
    r"\alpha": "α",
    r"\sigma": "σ",
    r"\propto": "∝",
    r"\partial": "∂",
    r"\approx": "≈",
    r"\times": "×",
    r"\infty": "∞",
    r"\ln": "ln",
    r"\log": "log",
    r"\|": "‖",
    r"\,": " ",
    r"\ ": " ",
}


def plain(text: str) -> str:
    """Return a label as plain text for alt texts: ``$\\alpha = 0.1$`` → ``α = 0.1``.

    Examples:
        >>> plain(r"$\\alpha = 10^{-5}$"), plain(r"$\\mathrm{cost}(W)$")
        ('α = 10^-5', 'cost(W)')
    """
    for tex, char in _TEX.items():
        text = text.replace(tex, char)
    text = re.sub(r"\\(?:mathrm|operatorname|hat|mathbf|text)\b", "", text)
    text = re.sub(r"\\([A-Za-z]+)", r"\1", text)
    return re.sub(r"\s+", " ", text.replace("$", "").replace("{", "").replace("}", "")).strip()
