"""Every exercise of every chapter: its solution passes its own check, a wrong answer that
learners really give gets its hint, no answer and a crashing answer get feedback (never an
exception), and the page's folded solution is the code the check ran.

The wrong answers live beside this file, one module per chapter (``wrong_ch03.py``):
``WRONG = {"q1": [(code, expected_hint_fragment), ...], ...}``. ``code`` is run like the solution
(the chapter module is importable as ``chNN``), then the question's check line is evaluated;
the Korean hint must contain ``expected_hint_fragment``.
"""

import importlib
import pkgutil
from pathlib import Path

import pytest
import torch

import nnintro.exercises as exercises
from nnintro.exercises import Feedback, Question

HERE = Path(__file__).parent
CHAPTERS = sorted(
    m.name for m in pkgutil.iter_modules(exercises.__path__) if m.name.startswith("ch")
)
QUESTIONS = [
    (chapter, name)
    for chapter in CHAPTERS
    for name, value in vars(importlib.import_module(f"nnintro.exercises.{chapter}")).items()
    if isinstance(value, Question)
]
WRONG = [
    (chapter, name, code, fragment)
    for chapter in CHAPTERS
    if (HERE / f"wrong_{chapter}.py").exists()
    for name, answers in importlib.import_module(f"wrong_{chapter}").WRONG.items()
    for code, fragment in answers
]


@pytest.fixture(autouse=True)
def korean():
    exercises.set_language("ko")
    yield
    exercises.set_language("ko")


def run(chapter: str, name: str, code: str, answer: str | None = None) -> Feedback:
    """Run ``code`` as a reader's cell would, then the question's check line."""
    module = importlib.import_module(f"nnintro.exercises.{chapter}")
    question = getattr(module, name)
    torch.manual_seed(0)
    namespace = {chapter: module, "torch": torch}
    exec(code, namespace)
    return eval(f"{chapter}.{name}.check({answer or question.answer})", namespace)


def test_every_chapter_has_three_to_five_exercises():
    expected = {f"ch{n:02d}" for n in range(1, 12)}
    assert set(CHAPTERS) == expected
    for chapter in CHAPTERS:
        count = sum(1 for c, _ in QUESTIONS if c == chapter)
        assert 3 <= count <= 5, f"{chapter} has {count} exercises"


@pytest.mark.parametrize(("chapter", "name"), QUESTIONS)
def test_solution_passes_its_own_check(chapter, name):
    question = getattr(importlib.import_module(f"nnintro.exercises.{chapter}"), name)
    assert question.name == f"{chapter}.{name}"
    feedback = run(chapter, name, question.solution_code)
    assert feedback.correct, feedback.message("ko")
    assert feedback.message("en") == "Correct!"


@pytest.mark.parametrize(("chapter", "name"), QUESTIONS)
def test_no_answer_and_nonsense_get_feedback_not_an_exception(chapter, name):
    question = getattr(importlib.import_module(f"nnintro.exercises.{chapter}"), name)
    for answer in ((), ("not an answer",), (None,), (lambda *a: 1 / 0,)):
        feedback = question.check(*answer)
        assert not feedback.correct
        assert feedback.message("ko") and feedback.message("en")


@pytest.mark.parametrize(("chapter", "name"), QUESTIONS)
def test_every_exercise_has_a_tested_wrong_answer(chapter, name):
    assert any(c == chapter and n == name for c, n, _, _ in WRONG), (
        f"add a wrong answer learners give for {chapter}.{name} to "
        f"tests/exercises/wrong_{chapter}.py"
    )


@pytest.mark.parametrize(("chapter", "name", "code", "fragment"), WRONG)
def test_wrong_answer_gets_its_hint(chapter, name, code, fragment):
    feedback = run(chapter, name, code)
    assert not feedback.correct, f"{chapter}.{name} accepted a wrong answer:\n{code}"
    assert fragment in feedback.message("ko"), feedback.message("ko")
    assert feedback.message("en") != feedback.message("ko")


@pytest.mark.parametrize(("chapter", "name"), QUESTIONS)
def test_page_shows_the_checked_solution_folded(chapter, name):
    question = getattr(importlib.import_module(f"nnintro.exercises.{chapter}"), name)
    for lang in ("ko", "en"):
        page = question.markdown(lang)
        assert question.prompt[lang] in page
        assert f"```python\n{question.solution_code}" in page
        assert question.call in page
        assert page.count("<details") == 2  # hint and solution, both folded


def test_feedback_shows_in_both_languages_in_a_notebook():
    bundle = Feedback(False, {"ko": "평균을 내세요.", "en": "Take the mean."})._repr_mimebundle_()
    both = bundle[exercises._core.MIME]
    assert (
        "평균을 내세요." in both["ko"]["text/html"] and "Take the mean." in both["en"]["text/html"]
    )
    assert bundle["text/plain"] == "틀렸습니다. 평균을 내세요."


def test_language_comes_from_the_environment(monkeypatch):
    exercises._core._chosen.clear()
    monkeypatch.setenv("NNINTRO_LANG", "en")
    assert exercises.language() == "en"
    monkeypatch.setenv("NNINTRO_LANG", "fr")
    with pytest.raises(ValueError, match="'ko' or 'en'"):
        exercises.language()
    with pytest.raises(ValueError, match="'ko' or 'en'"):
        exercises.set_language("kr")
