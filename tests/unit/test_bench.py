"""Tests for the benchmark nnintro.bench: its FLOP count, and one --quick run on the datasets."""

import json
import re

import pytest
import torch
import torch.nn.functional as F
from torch.utils.flop_counter import FlopCounterMode

from nnintro import bench
from nnintro.bench import measure
from nnintro.models import MLP


@pytest.mark.parametrize("sizes", [(784, 512, 512, 10), (20, 7, 3)])
def test_epoch_flops_counts_what_torch_counts(sizes) -> None:
    """torch's own FLOP counter, over forward and backward of one batch of 32 samples."""
    model = measure.mlp(sizes)
    x, y = torch.rand(32, sizes[0]), torch.randint(sizes[-1], (32,))
    with FlopCounterMode(display=False) as counter:
        F.cross_entropy(model(x), y).backward()
    assert counter.get_total_flops() == measure.epoch_flops(32, sizes)


def test_the_lecture_mlp_is_the_packages_mlp() -> None:
    model = measure.mlp()
    assert isinstance(model, MLP) and model.flatten
    linears = [m for m in model if isinstance(m, torch.nn.Linear)]
    assert [(m.in_features, m.out_features) for m in linears] == [(784, 512), (512, 512), (512, 10)]
    assert [m.p for m in model if isinstance(m, torch.nn.Dropout)] == [0.2, 0.2]
    assert sum(isinstance(m, torch.nn.ReLU) for m in model) == 2


def test_time_to_a_target_accuracy() -> None:
    curve = {"seconds": [1.0, 2.0, 3.0], "accuracy": [0.87, 0.885, 0.891]}
    assert measure.time_to(curve, 0.88) == 2.0
    assert measure.time_to(curve, 0.89) == 3.0
    assert measure.time_to(curve, 0.9) is None


def fake_result(quick: bool) -> dict:
    """A result as ``run`` returns it, with made-up numbers: every target missed by far."""
    times = dict.fromkeys(
        ("floor_seconds", "epoch_seconds", "lecture_epoch_seconds", "lecture_data_seconds",
         "data_seconds", "load_seconds", "loop_seconds", "seconds_to_88", "seconds_to_89",
         "mnist_seconds_to_98", "mnist_seconds_to_98.5"), 100.0)  # fmt: skip
    result = times | {
        "quick": quick, "samples": 3000, "batch_size": 256, "lr": 2e-3, "threads": 2,
        "torch": "2", "load_average": [0.0, 0.0], "gflops_probe": 100.0, "epoch_gflop": 9.6,
        "epoch_over_floor": 5.0, "data_speedup": 2.0, "fit_overhead": 2.0,
        "same_parameters": True, "curves": [{}], "final_accuracy": 0.5,
        "mnist_final_accuracy": 0.5,
    }  # fmt: skip
    result["targets"] = {
        key: None if quick else bench._met(result[key], op, bound)
        for _, key, op, bound in bench.TARGETS
    }
    return result


def verdicts(table: str) -> list[str]:
    """The last column, after the target (such as "<= 1.5"), of the rows that have one."""
    return [re.split(r"[<>]= [\d.]+ +", line)[-1] for line in table.splitlines()[2:]
            if re.search(r"[<>]= [\d.]+ ", line)]  # fmt: skip


def test_the_full_run_judges_every_target() -> None:
    assert verdicts(bench.report(fake_result(quick=False))) == ["NO"] * len(bench.TARGETS)


def test_quick_judges_no_target() -> None:
    """A slice cannot reach the full run's targets, so --quick prints no "NO" against them."""
    table = bench.report(fake_result(quick=True))
    assert verdicts(table) == ["n/a (quick)"] * len(bench.TARGETS)
    assert " NO" not in table


@pytest.mark.slow
def test_quick_run_reports_every_measure(tmp_path, capsys, real_datasets) -> None:
    out = tmp_path / "bench.json"
    result = bench.main(["--quick", "--json", str(out)])
    table = capsys.readouterr().out
    assert json.loads(out.read_text()) == json.loads(json.dumps(result))
    assert result["quick"] and result["samples"] == 3000
    for key in ("gflops_probe", "floor_seconds", "epoch_seconds", "lecture_epoch_seconds",
                "lecture_data_seconds", "data_seconds", "fit_seconds", "loop_seconds"):  # fmt: skip
        assert result[key] > 0, key
    assert result["epoch_gflop"] == measure.epoch_flops(3000) / 1e9
    assert result["same_parameters"], "fit and the hand-written loop must do the same updates"
    assert len(result["curves"]) == 1 and len(result["curves"][0]["accuracy"]) == 2
    assert len(result["mnist_curves"]) == 1 and len(result["mnist_curves"][0]["accuracy"]) == 2
    assert 0.5 < result["mnist_final_accuracy"] <= 1  # 3000 images, 2 epochs: well above chance
    assert result["targets"] == {key: None for _, key, _, _ in bench.TARGETS}  # no verdict
    assert "n/a (quick)" in table and " NO" not in table
    for name in ("floor: seconds per epoch", "data speed-up", "fit / hand loop", "89 %",
                 "MNIST: seconds to 98 %", "MNIST: seconds to 98.5 %"):  # fmt: skip
        assert name in table
