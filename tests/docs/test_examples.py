"""The code examples on the home pages and in the README run and do what their comments say."""

import re

import pytest
import torch

from tests.conftest import ROOT

PAGES = ["docs/index.md", "docs/index.en.md", "README.md"]


def python_blocks(path):
    return re.findall(r"```python\n(.*?)```", (ROOT / path).read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("path", PAGES)
def test_example_learns_w_2_and_b_0(path, tmp_path, monkeypatch, capsys):
    blocks = python_blocks(path)
    assert len(blocks) == (2 if path == "README.md" else 1)  # the README: Korean, then English
    monkeypatch.chdir(tmp_path)  # the README example saves loss.png
    namespace: dict = {}
    exec(compile(blocks[0], path, "exec"), namespace)
    model = namespace["model"]
    torch.testing.assert_close(model.linear.weight.item(), 2.0, atol=0.01, rtol=0)
    torch.testing.assert_close(model.linear.bias.item(), 0.0, atol=0.01, rtol=0)


def test_both_home_pages_show_the_same_code_and_say_what_it_learns():
    assert python_blocks("docs/index.md") == python_blocks("docs/index.en.md")
    assert "W ≈ 2, b ≈ 0" in python_blocks("docs/index.md")[0]


def test_both_readme_sections_show_the_same_code():
    korean, english = python_blocks("README.md")
    assert korean == english
