"""Exercises you can check: one module per chapter, questions ``q1``, ``q2``, ... in each.

>>> from nnintro.exercises import ch03
>>> ch03.q1.check(my_mse)   # doctest: +SKIP
Correct!

``check(answer)`` says right, or wrong with a hint, in your language and never raises;
``hint()`` and ``solution()`` show the hint and the solution. Feedback is in Korean when your
computer's locale is Korean, else English; ``set_language("ko")`` or ``$NNINTRO_LANG`` chooses.
"""

from nnintro.exercises._core import (
    Feedback,
    Question,
    Text,
    Wrong,
    close,
    language,
    set_language,
)

__all__ = ["Feedback", "Question", "Text", "Wrong", "close", "language", "set_language"]
