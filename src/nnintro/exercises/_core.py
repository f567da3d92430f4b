"""What every exercise shares: a question, its check, the feedback, and the reader's language.

A chapter module (``nnintro.exercises.ch03``) holds questions ``q1``, ``q2``, ... . A reader writes
an answer and calls ``ch03.q1.check(answer)``; the check says right, or wrong with a hint, in the
reader's language, and never raises: an answer that crashes is itself feedback. ``q1.hint()`` and
``q1.solution()`` show the hint and the solution. The site shows the same hint and solution, folded,
under each question (``Question.markdown``), and the tests run every solution through its own check,
so the page, the package and the check cannot drift apart.

A check is a function that takes the answer and raises ``Wrong(ko=..., en=...)`` with a hint when it
is wrong; anything else it raises (the reader's function failing, a wrong type) is reported too.
"""

from __future__ import annotations

import html
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from nnintro._language import (  # _chosen and set_language: still importable from here
    LANGUAGES,
    MIME,
    _chosen,  # noqa: F401
    language,
    set_language,  # noqa: F401
    valid,
)

# MIME: a notebook output carrying this type holds the same feedback in both languages; the site
# build keeps the page's language (docs/hooks/tutorials.py); Jupyter ignores it and shows text/html.
_NO_ANSWER = object()


class Wrong(Exception):
    """Raised by a check when the answer is wrong; carries the hint in both languages.

    Examples:
        >>> Wrong(ko="평균을 내세요.", en="Take the mean.").text["en"]
        'Take the mean.'
    """

    def __init__(self, ko: str, en: str) -> None:
        super().__init__(en)
        self.text = {"ko": ko, "en": en}


def _inline(text: str) -> str:
    """Escape ``text`` for HTML and turn `code` into <code>code</code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))


@dataclass(frozen=True)
class Feedback:
    """The result of a check: ``correct``, and a message in each language.

    It prints in the reader's language (``language()``), is true when the answer is right, and in
    a notebook shows as a short coloured note.

    Examples:
        >>> set_language("en")
        >>> feedback = Feedback(False, {"ko": "다시 해 보세요.", "en": "Try again."})
        >>> bool(feedback), str(feedback)
        (False, 'Incorrect. Try again.')
    """

    correct: bool
    text: dict[str, str]
    answered: bool = True  # False: no answer yet, so no verdict either

    def message(self, lang: str) -> str:
        """Return the message in ``lang``, starting with the verdict."""
        verdict = {
            True: {"ko": "정답입니다!", "en": "Correct!"},
            False: {"ko": "틀렸습니다.", "en": "Incorrect."},
        }
        head = verdict[self.correct][lang] if self.answered else ""
        return f"{head} {self.text[lang]}".strip()

    def _html(self, lang: str) -> str:
        kind = "correct" if self.correct else "incorrect" if self.answered else "waiting"
        mark = "✔" if self.correct else "✘" if self.answered else "…"
        return (
            f'<div class="nnintro-feedback nnintro-{kind}"><strong>{mark} </strong>'
            f"{_inline(self.message(lang))}</div>"
        )

    def __bool__(self) -> bool:
        return self.correct

    def __str__(self) -> str:
        return self.message(language())

    __repr__ = __str__

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        lang = language()
        both = {k: {"text/plain": self.message(k), "text/html": self._html(k)} for k in LANGUAGES}
        return {**both[lang], MIME: both}


@dataclass(frozen=True)
class Text:
    """A hint or a solution: text in both languages that shows in the reader's language."""

    text: dict[str, str]
    code: bool = False

    def __str__(self) -> str:
        return self.text[language()]

    __repr__ = __str__

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        def render(lang: str) -> str:
            body = html.escape(self.text[lang])
            return (
                f"<pre><code>{body}</code></pre>"
                if self.code
                else f"<p>{_inline(self.text[lang])}</p>"
            )

        both = {k: {"text/plain": self.text[k], "text/html": render(k)} for k in LANGUAGES}
        return {**both[language()], MIME: both}


class Question:
    """One exercise: its prompt, check, hint and solution, in Korean and English.

    Args:
        name: ``"ch03.q1"``: the chapter module and the question's name in it.
        prompt: what to do, ``{"ko": ..., "en": ...}`` (Markdown; may hold math).
        check: takes the answer; raises ``Wrong`` with a hint when it is wrong.
        hint: a nudge that does not give the answer away, in both languages.
        solution: code that defines the answer (may be empty).
        answer: the expression passed to ``check`` after ``solution`` runs, e.g. ``"my_mse"``.

    Examples:
        >>> def is_two(x):
        ...     if x != 2:
        ...         raise Wrong(ko="1 + 1을 계산하세요.", en="Work out 1 + 1.")
        >>> q = Question("ch00.q1", {"ko": "1 + 1은?", "en": "1 + 1?"}, is_two,
        ...              {"ko": "더하기", "en": "Add."}, "", "2")
        >>> set_language("en")
        >>> q.check(3)
        Incorrect. Work out 1 + 1.
        >>> q.check(2)
        Correct!
        >>> q.check()
        No answer yet: write yours and pass it, e.g. `ch00.q1.check(2)`.
    """

    def __init__(
        self,
        name: str,
        prompt: dict[str, str],
        check: Callable[[object], None],
        hint: dict[str, str],
        solution: str,
        answer: str,
    ) -> None:
        if not re.fullmatch(r"ch\d\d\.q\d+", name):
            raise ValueError(f"a question's name looks like 'ch03.q1', got {name!r}")
        for label, text in (("prompt", prompt), ("hint", hint)):
            if set(text) != set(LANGUAGES):
                raise ValueError(f"{name}: {label} needs exactly the keys 'ko' and 'en'")
        self.name, self.prompt, self._check = name, prompt, check
        self.hint_text, self.solution_code, self.answer = hint, solution.strip("\n"), answer

    @property
    def call(self) -> str:
        """The line that checks the solution's answer: ``ch03.q1.check(my_mse)``."""
        return f"{self.name}.check({self.answer})"

    def check(self, answer: object = _NO_ANSWER) -> Feedback:
        """Return whether ``answer`` is right, with a hint when it is not; never raises."""
        if answer is _NO_ANSWER or answer is Ellipsis or _empty(answer):
            return Feedback(
                False,
                {
                    "ko": f"아직 답이 없습니다. 답을 만들어 넘겨 주세요. 예: `{self.call}`",
                    "en": f"No answer yet: write yours and pass it, e.g. `{self.call}`.",
                },
                answered=False,
            )
        try:
            self._check(answer)
        except Wrong as wrong:
            return Feedback(False, wrong.text)
        except Exception as error:  # the reader's code failed inside the check: say where
            return Feedback(False, _crashed(error))
        return Feedback(True, {"ko": "", "en": ""})

    def hint(self) -> Text:
        """Return the hint, shown in the reader's language."""
        return Text(self.hint_text)

    def solution(self) -> Text:
        """Return the solution's code, with the line that checks it."""
        code = f"{self.solution_code}\n\n{self.call}" if self.solution_code else self.call
        return Text({"ko": code, "en": code}, code=True)

    def markdown(self, lang: str) -> str:
        """Return the question as the site shows it: prompt, then folded hint and solution."""
        lang = valid(lang, f"{self.name}.markdown")
        labels = {"ko": ("힌트", "풀이"), "en": ("Hint", "Solution")}[lang]
        number = self.name.replace("ch", "").replace(".q", ".").lstrip("0")
        title = {"ko": f"연습 {number}", "en": f"Exercise {number}"}[lang]
        solution = self.solution().text[lang]
        return (
            f"**{title}.** {self.prompt[lang]}\n\n"
            f'<details class="tip"><summary>{labels[0]}</summary>\n\n{self.hint_text[lang]}\n\n'
            f"</details>\n\n"
            f'<details class="success"><summary>{labels[1]}</summary>\n\n'
            f"```python\n{solution}\n```\n\n</details>"
        )

    def __repr__(self) -> str:
        return f"{self.name}: {self.prompt[language()]}"


def _starter() -> None: ...


def _empty(answer: object) -> bool:
    """Whether ``answer`` is a function whose body is still only ``...`` (the starter code)."""
    code = getattr(answer, "__code__", None)
    return code is not None and code.co_code == _starter.__code__.co_code


def _crashed(error: Exception) -> dict[str, str]:
    """Feedback for an answer whose code raised ``error``: the error and the line, not a crash."""
    frames = traceback.extract_tb(error.__traceback__)
    where = next((f for f in reversed(frames) if "nnintro" not in f.filename), None)
    line = f" (`{where.line}`)" if where is not None and where.line else ""
    what = f"{type(error).__name__}: {error}"
    return {
        "ko": f"답을 확인하다가 오류가 났습니다{line}: {what}",
        "en": f"Checking your answer raised an error{line}: {what}",
    }


def close(actual: object, expected: float, tol: float = 1e-4) -> bool:
    """Return whether ``actual`` is a number (or one-element tensor) within ``tol`` of ``expected``.

    Examples:
        >>> close(0.30000001, 0.3), close("0.3", 0.3)
        (True, False)
    """
    try:
        value = float(actual)  # a tensor with one element converts too
    except (TypeError, ValueError):
        return False
    if isinstance(actual, (str, bytes)):
        return False
    return abs(value - expected) <= tol * max(1.0, abs(expected))
