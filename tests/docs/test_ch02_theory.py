"""Chapter 2 theory pages: every value, shape and dtype the pages state is recomputed with torch.

The pages are written like a REPL session: ```python blocks define tensors, and each table whose
first column is "코드"/"Code" lists expressions with the value, shape or dtype they give. The test
runs the blocks and evaluates the rows in page order (so in-place operations act as on the page)
and compares every cell, in BOTH the Korean and the English page.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings

import pytest
import torch
import torch.nn.functional as F

from nnintro import data, functional
from tests.docs.theory import (
    FIGURE_REF,
    in_both,
    read_pages,
    registry,
)

COLUMNS = {"코드": "code", "Code": "code", "값": "value", "Value": "value"}
COLUMNS |= {"모양": "shape", "Shape": "shape", "dtype": "dtype"}

figures = registry.CHAPTERS["ch02"]


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return read_pages("02-pytorch-basics")


# ---------------------------------------------------------------- reading the page as a session


def show(value: object) -> str:
    """Format a result the way the tables write it: PyTorch's `2.` for floats, `2` for ints."""
    if isinstance(value, torch.Size):
        return f"torch.Size({list(value)})"
    if isinstance(value, torch.Tensor):
        return show(value.tolist())
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if isinstance(value, float):
        return f"{value:.0f}." if value.is_integer() else f"{round(value, 4):g}"
    return str(value)  # bool, int, torch.dtype


def session(page: str) -> list[tuple[str, str, dict[str, str]]]:
    """The page's code blocks and checked table rows, in order: ("block", code, {}) or
    ("row", expression, {"value": ..., "shape": ..., "dtype": ...})."""
    steps, header = [], None
    lines = iter(page.splitlines())
    for line in lines:
        if line.startswith("```python"):
            block = []
            for inner in lines:
                if inner.startswith("```"):
                    break
                block.append(inner)
            steps.append(("block", "\n".join(block), {}))
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if cells[0] in ("코드", "Code"):
                header = [COLUMNS[c] for c in cells]
            elif header and not re.fullmatch(r":?-+:?", cells[0]):
                row = dict(zip(header, cells, strict=True))
                expression = row.pop("code")
                assert expression.startswith("`") and expression.endswith("`"), expression
                steps.append(
                    ("row", expression.strip("`"), {k: v.strip("`") for k, v in row.items()})
                )
        else:
            header = None
    return steps


def run(page: str) -> list[tuple[str, dict[str, str], dict[str, str]]]:
    """Execute the session; return (expression, what the page says, what torch gives) per row."""
    namespace: dict[str, object] = {}
    checked = []
    for kind, code, stated in session(page):
        if kind == "block":
            with contextlib.redirect_stdout(io.StringIO()):
                exec(code, namespace)
            continue
        got: dict[str, str] = {}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                value = eval(code, namespace)
        except RuntimeError:
            got = {"value": "RuntimeError"} | {k: "" for k in stated if k != "value"}
        else:
            got["value"] = show(value)
            if "shape" in stated:
                got["shape"] = str(tuple(value.shape)) if isinstance(value, torch.Tensor) else ""
            if "dtype" in stated:
                got["dtype"] = str(value.dtype)
        checked.append((code, stated, got))
    return checked


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_table_row_is_what_torch_gives(pages: dict[str, str], lang: str) -> None:
    checked = run(pages[lang])
    assert len(checked) > 80
    wrong = [
        f"{code}: page {stated}, torch {got}" for code, stated, got in checked if stated != got
    ]
    assert wrong == []


def test_both_pages_run_the_same_session(pages: dict[str, str]) -> None:
    assert session(pages["ko"]) == session(pages["en"])


def test_session_reader_catches_a_wrong_value(pages: dict[str, str]) -> None:
    broken = pages["en"].replace(
        "| `t[2:5]` | `[2., 3., 4.]` | `(3,)` |", "| `t[2:5]` | `[2., 3.]` | `(3,)` |"
    )
    assert broken != pages["en"]
    assert any(stated != got for _, stated, got in run(broken))


def test_show_formats_like_pytorch() -> None:
    assert show(torch.tensor([1.0, 2.5])) == "[1., 2.5]"
    assert show(torch.tensor([[1, 2]])) == "[[1, 2]]"
    assert show(torch.tensor(12 / 9)) == "1.3333"
    assert show(torch.tensor([True, False])) == "[True, False]"
    assert show(torch.Size([4, 1, 3])) == "torch.Size([4, 1, 3])"


# ---------------------------------------------------------------- same structure


def test_pages_have_same_structure(pages: dict[str, str]) -> None:
    def structure(page: str) -> dict[str, object]:
        lines, fenced, prose = page.splitlines(), False, []
        for line in lines:
            if line.startswith("```"):
                fenced = not fenced
            elif not fenced:
                prose.append(line)
        return {
            "title": sum(1 for line in prose if line.startswith("# ")),
            "headings": [line.split(" ", 1)[0] for line in prose if re.match(r"#{2,6} ", line)],
            "display_math": sum(1 for line in prose if line.strip() == "$$"),
            "math": re.findall(r"\$\$.*?\$\$", page, re.S),
            "figures": FIGURE_REF.findall(page),
            "table_rows": sum(1 for line in prose if line.startswith("|")),
            "links": re.findall(r"\]\(((?:\.\./)?[\w/.-]+\.(?:md|ipynb))\)", page),
        }

    ko, en = structure(pages["ko"]), structure(pages["en"])
    assert ko == en
    assert ko["title"] == 1 and ko["display_math"] % 2 == 0
    assert "../tutorials/02-pytorch-basics.ipynb" in ko["links"]


def test_no_raw_html(pages: dict[str, str]) -> None:
    for lang, page in pages.items():
        assert not re.search(r"<[a-zA-Z/][^>]*>", page), lang


# ---------------------------------------------------------------- numbers in the prose


def test_shape_conventions(pages: dict[str, str]) -> None:
    x, _ = data.quiz_scores()  # 5 students, 3 quizzes each
    assert tuple(x.shape) == (5, 3)
    in_both(pages, f"$({x.shape[0]}, {x.shape[1]})$")
    # PyTorch's order for images is (N, C, H, W): 64 grey-scale digits have 1 channel
    images, sentences = torch.zeros(64, 1, 28, 28), torch.zeros(32, 10, 100)
    in_both(pages, r"$28 \times 28$")
    in_both(pages, f"$({', '.join(map(str, images.shape))})$")
    in_both(pages, f"$({', '.join(map(str, sentences.shape))})$")
    assert (
        "학생 5명의 퀴즈 점수 3개" in pages["ko"] and "3 quiz scores of 5 students" in pages["en"]
    )
    assert "64장" in pages["ko"] and "64 handwritten digits" in pages["en"]
    assert "(batch size, channels, height, width)" in pages["ko"]
    assert "(batch size, channels, height, width)" in pages["en"]
    in_both(pages, "(N, C, H, W)")
    in_both(pages, "$(N, 1, 28, 28)$")
    assert "단어 10개짜리 문장 32개, 단어마다 수 100개" in pages["ko"]
    assert "32 sentences of 10 words, 100 numbers per word" in pages["en"]


def test_matmul_worked_out(pages: dict[str, str]) -> None:
    m1, m2 = torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.0], [2.0]])
    product = m1.matmul(m2)
    assert product.flatten().tolist() == [1 * 1 + 2 * 2, 3 * 1 + 4 * 2] == [5, 11]
    in_both(pages, r"1 \cdot 1 + 2 \cdot 2 \\ 3 \cdot 1 + 4 \cdot 2")
    in_both(pages, r"\begin{pmatrix} 5 \\ 11 \end{pmatrix}")


def test_broadcasting_trap(pages: dict[str, str]) -> None:
    a, b = torch.tensor([[1.0], [2.0], [3.0]]), torch.tensor([1.0, 2.0, 3.0])
    squares = ((a - b) ** 2).sum().item()
    assert (squares, (a - b).numel()) == (12, 9)
    in_both(pages, rf"$\frac{{{squares:g}}}{{{(a - b).numel()}}} \approx {squares / 9:.4f}$")
    # PyTorch only warns; nnintro refuses and names both shapes
    with pytest.warns(UserWarning, match="target size"):
        F.mse_loss(a, b)
    with pytest.raises(ValueError, match=r"\(3, 1\).*\(3,\)"):
        functional.mse(a, b)
    # the fix: unsqueeze(1) does what view(-1, 1) does
    torch.testing.assert_close(b.unsqueeze(1), b.view(-1, 1))


def test_view_arithmetic(pages: dict[str, str]) -> None:
    ft = torch.tensor(figures.CH02_FT, dtype=torch.float32)
    n = ft.numel()
    assert n == 2 * 2 * 3 == 12 and ft.view([-1, 3]).shape[0] == n // 3 == 4
    in_both(pages, rf"$2 \times 2 \times 3 = {n}$")
    in_both(pages, f"${n} / 3 = {n // 3}$")
    in_both(pages, rf"2 \times 2 \times 3 = 4 \times 3 = 4 \times 1 \times 3 = {n}")
    # view keeps the order of the elements (the figure numbers them 0 to 11)
    assert ft.view([-1, 1, 3]).flatten().tolist() == list(range(n))
    in_both(pages, "(0, 1, 2, …, 11)")


def test_autograd_example(pages: dict[str, str]) -> None:
    w = torch.tensor(2.0, requires_grad=True)
    z = 2 * w**2 + 5
    z.backward()
    assert w.grad.item() == 4 * 2 == 8
    in_both(pages, "$z = 2w^2 + 5$")
    in_both(pages, r"= 2 \cdot 2w = 4w = 8")
    in_both(pages, "$w = 2$")
    # three backward() calls of z = 2w add up to 6
    w = torch.tensor(2.0, requires_grad=True)
    for _ in range(3):
        (2 * w).backward()
    assert w.grad.item() == 6
    in_both(pages, "$z = 2w$")


def test_accuracy_example(pages: dict[str, str]) -> None:
    lt = torch.tensor([1, 2, 3, 4])
    right = (lt == 3).float()
    assert (right.sum().item(), len(lt), right.mean().item()) == (1, 4, 0.25)
    assert "4개 가운데 1개라서 0.25" in pages["ko"] and "1 out of 4, that is 0.25" in pages["en"]


def test_dtype_table(pages: dict[str, str]) -> None:
    made = {
        "torch.FloatTensor": torch.FloatTensor([1]).dtype,
        "torch.tensor([1.5])": torch.tensor([1.5]).dtype,
        "torch.LongTensor": torch.LongTensor([1]).dtype,
        "torch.tensor([1])": torch.tensor([1]).dtype,
        "torch.ByteTensor": torch.ByteTensor([1]).dtype,
        "`==`": (torch.tensor([1]) == 1).dtype,
    }
    for lang, page in pages.items():
        rows, inside = [], False
        for line in page.splitlines():
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            inside = line.startswith("|") and (
                inside or cells[0] in ("만드는 방법", "How it is made")
            )
            if inside and not re.fullmatch(r":?-+:?", cells[0]) and cells[1] != "dtype":
                rows.append(cells)
        assert len(rows) == 4, lang
        for maker, dtype in made.items():
            (row,) = [r for r in rows if maker in r[0]]
            assert row[1] == f"`{dtype}`", (lang, maker)
    low, high = torch.iinfo(torch.uint8).min, torch.iinfo(torch.uint8).max
    assert f"{low}부터 {high}까지의 정수" in pages["ko"]
    assert f"integers from {low} to {high}" in pages["en"]


# ---------------------------------------------------------------- figures


def texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_figures_show_the_shapes_the_pages_state(pages: dict[str, str]) -> None:
    expected = {
        "ch02_tensors": ["shape = (7,)", "shape = (4, 3)", "shape = (2, 2, 3)"],
        "ch02_slicing": ["shape (3,)", "shape (4,)", "shape (4, 2)"],
        "ch02_reduce": ["t.sum(dim=0)", "t.sum(dim=1)", "(2, 2) → (2,)"],
        "ch02_broadcast": ["(1, 2)", "(2, 1)", "(2, 2)", "(3, 1)", "(3,)", "(3, 3)"],
        "ch02_view": ["(2, 2, 3)", "(4, 3)", "(4, 1, 3)", "view([-1, 3])", "view([-1, 1, 3])"],
        "ch02_cat_stack": ["(4, 2)", "(2, 4)", "(3, 2)", "(2, 3)"],
    }
    for name, captions in expected.items():
        shown = "\n".join(texts(getattr(figures, name)()))
        for caption in captions:
            assert caption in shown, (name, caption)
    # the broadcast figure's result cells are PyTorch's results
    numbers = texts(figures.ch02_broadcast())
    for value in (torch.tensor([[1.0, 2.0]]) + torch.tensor([[3.0], [4.0]])).flatten().tolist():
        assert f"{value:g}" in numbers
