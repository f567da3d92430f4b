"""Tests for nnintro.train: fit learns the lecture's line, refuses bad input, stops on NaN/inf."""

import itertools
import math
import re

import pytest
import torch
import torch.nn.functional as F
from torch.testing import assert_close

from nnintro.data import linear_toy
from nnintro.models import LinearRegression
from nnintro.train import DivergenceError, History, fit


def test_fit_learns_w_2_b_0_like_the_lecture() -> None:
    x, y = linear_toy()
    model = LinearRegression(zero_init=True)
    history = fit(model, x, y, lr=0.01, epochs=2000)
    # the lecture prints W: 1.997, b: 0.006 after 2000 epochs
    assert_close(model.linear.weight.item(), 2.0, atol=0.01, rtol=0)
    assert_close(model.linear.bias.item(), 0.0, atol=0.01, rtol=0)
    assert len(history.losses) == 2000
    assert history.lr == 0.01
    assert all(later <= earlier for earlier, later in itertools.pairwise(history.losses))
    assert history.final_loss < 1e-4 * history.losses[0]


def test_losses_are_measured_before_each_update() -> None:
    x, y = linear_toy()
    history = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=1)
    assert history.losses == pytest.approx([(4 + 16 + 36) / 3])  # W = b = 0: mean of y^2


def test_fit_with_f_mse_loss_gives_the_same_history() -> None:
    x, y = linear_toy()
    ours = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=50)
    theirs = fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=50, loss_fn=F.mse_loss)
    assert_close(torch.tensor(ours.losses), torch.tensor(theirs.losses))


def test_log_every_prints_every_k_epochs_and_the_last() -> None:
    x, y = linear_toy()
    lines: list[str] = []
    fit(
        LinearRegression(zero_init=True),
        x,
        y,
        lr=0.01,
        epochs=10,
        log_every=4,
        print_fn=lines.append,
    )
    assert [line.split()[1] for line in lines] == ["4/10", "8/10", "10/10"]
    assert all(re.fullmatch(r"epoch +\d+/10  loss \d+\.\d{6}", line) for line in lines)


def test_no_log_by_default() -> None:
    x, y = linear_toy()
    lines: list[str] = []
    fit(LinearRegression(zero_init=True), x, y, lr=0.01, epochs=5, print_fn=lines.append)
    assert lines == []


@pytest.mark.parametrize("lr", [0, -0.1, math.nan, math.inf, "0.1"])
def test_bad_lr_is_refused(lr: object) -> None:
    x, y = linear_toy()
    with pytest.raises(ValueError, match="lr must be a positive number, got"):
        fit(LinearRegression(), x, y, lr=lr, epochs=10)  # type: ignore[arg-type]


def test_bad_lr_message_shows_the_value() -> None:
    x, y = linear_toy()
    with pytest.raises(ValueError, match=r"got -0\.1$"):
        fit(LinearRegression(), x, y, lr=-0.1, epochs=10)
    with pytest.raises(ValueError, match=r"got nan$"):
        fit(LinearRegression(), x, y, lr=math.nan, epochs=10)


@pytest.mark.parametrize("epochs", [0, -5, 2.5])
def test_bad_epochs_are_refused(epochs: object) -> None:
    x, y = linear_toy()
    with pytest.raises(ValueError, match="epochs must be an integer >= 1"):
        fit(LinearRegression(), x, y, lr=0.01, epochs=epochs)  # type: ignore[arg-type]


def test_different_numbers_of_samples_name_both_shapes() -> None:
    x, y = linear_toy()
    with pytest.raises(ValueError, match=r"x has shape \(3, 1\) but y has shape \(2, 1\)"):
        fit(LinearRegression(), x, y[:2], lr=0.01, epochs=10)


def test_too_large_lr_raises_divergence_error_with_a_smaller_lr() -> None:
    x, y = linear_toy()
    with pytest.raises(DivergenceError) as info:
        fit(LinearRegression(zero_init=True), x, y, lr=10, epochs=2000)
    message = str(info.value)
    assert "lr=10" in message and "too large" in message
    suggested = float(re.search(r"e\.g\. lr=([0-9.e+-]+)", message).group(1))
    assert 0 < suggested < 10
    assert isinstance(info.value, FloatingPointError)
    losses = info.value.history.losses
    assert not math.isfinite(losses[-1]) and all(math.isfinite(v) for v in losses[:-1])
    assert f"at epoch {len(losses)} " in message


def test_nan_loss_raises_divergence_error_at_once() -> None:
    x, y = linear_toy()
    with pytest.raises(DivergenceError, match=r"loss became nan at epoch 1 with lr=0\.01"):
        fit(
            LinearRegression(),
            x,
            y,
            lr=0.01,
            epochs=5,
            loss_fn=lambda p, t: (p - t).sum() * math.nan,
        )


def test_final_loss() -> None:
    assert History(losses=[3.0, 2.0], lr=0.1).final_loss == 2.0
    with pytest.raises(ValueError, match="no losses"):
        _ = History(losses=[], lr=0.1).final_loss


# ---------------------------------------------------------------- batches, optimisers, metrics


def separable(n: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Two well separated clusters in 2D: class 0 around (-2, -2), class 1 around (2, 2)."""
    g = torch.Generator().manual_seed(1)
    labels = torch.arange(n) % 2
    x = torch.randn(n, 2, generator=g) * 0.5 + (labels.view(-1, 1) * 4.0 - 2.0)
    return x, labels


def test_lr_and_optimizer_are_exclusive() -> None:
    x, y = linear_toy()
    model = LinearRegression()
    adam = torch.optim.Adam(model.parameters(), lr=0.1)
    with pytest.raises(ValueError, match=r"either lr .* or optimizer.*got both"):
        fit(model, x, y, lr=0.1, optimizer=adam, epochs=1)
    with pytest.raises(ValueError, match="got neither"):
        fit(model, x, y, epochs=1)


def test_full_batch_mini_batch_and_stochastic_count_updates() -> None:
    x, y = torch.arange(10.0).view(-1, 1), 2 * torch.arange(10.0).view(-1, 1)
    for batch_size, updates in [(None, 3), (4, 9), (1, 30)]:
        model = LinearRegression(zero_init=True)
        optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)
        steps: list[int] = []
        optimizer.register_step_post_hook(lambda *args, steps=steps: steps.append(1))
        fit(model, x, y, optimizer=optimizer, epochs=3, batch_size=batch_size)
        assert len(steps) == updates, batch_size


def test_epoch_loss_is_the_sample_weighted_mean_of_batch_losses() -> None:
    x, y = torch.arange(5.0).view(-1, 1), torch.ones(5, 1)
    model = LinearRegression(zero_init=True)  # predicts 0, so each batch loss is 1 before updates
    optimizer = torch.optim.SGD(model.parameters(), lr=1e-9)
    history = fit(model, x, y, optimizer=optimizer, epochs=1, batch_size=2)
    assert history.losses[0] == pytest.approx(1.0, abs=1e-6)


def test_seed_makes_mini_batch_runs_identical() -> None:
    x, y = separable()

    def run(seed: int) -> list[float]:
        torch.manual_seed(123)  # the same initial weights every time
        model = torch.nn.Sequential(
            torch.nn.Linear(2, 8), torch.nn.Dropout(0.3), torch.nn.Linear(8, 2)
        )
        return fit(
            model, x, y, lr=0.1, epochs=3, batch_size=8, loss_fn=F.cross_entropy, seed=seed
        ).losses

    assert run(seed=7) == run(seed=7)
    assert run(seed=7) != run(seed=8)


def test_metrics_and_validation_are_recorded_per_epoch() -> None:
    from nnintro.metrics import accuracy

    x, y = separable()
    model = torch.nn.Linear(2, 2)
    lines: list[str] = []
    history = fit(
        model, x[:48], y[:48], lr=0.5, epochs=20, batch_size=16, loss_fn=F.cross_entropy,
        metrics={"accuracy": accuracy}, val=(x[48:], y[48:]), seed=0, log_every=10,
        print_fn=lines.append,
    )  # fmt: skip
    assert set(history.metrics) == {"accuracy", "val_accuracy"}
    assert len(history.val_losses) == len(history.metrics["val_accuracy"]) == 20
    assert history.metrics["val_accuracy"][-1] == 1.0
    with torch.no_grad():
        assert history.val_losses[-1] == pytest.approx(
            F.cross_entropy(model(x[48:]), y[48:]).item()
        )
    assert re.fullmatch(
        r"epoch 20/20  loss \S+  accuracy \S+  val_loss \S+  val_accuracy 1\.0000", lines[-1]
    )
    assert not model.training  # left in eval mode by the last validation


def test_fit_accepts_a_dataloader() -> None:
    x, y = separable()
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=16)
    history = fit(torch.nn.Linear(2, 2), loader, lr=0.5, epochs=5, loss_fn=F.cross_entropy)
    assert history.losses[-1] < history.losses[0]
    with pytest.raises(ValueError, match="already an iterable of batches"):
        fit(torch.nn.Linear(2, 2), loader, y, lr=0.5, epochs=1)
    with pytest.raises(ValueError, match=r"y .* is needed"):
        fit(torch.nn.Linear(2, 2), x, lr=0.5, epochs=1)


def test_mini_batch_divergence_is_reported_with_a_hint() -> None:
    x, y = 100 * torch.randn(32, 3), 100 * torch.randn(32, 1)
    with pytest.raises(DivergenceError, match=r"lr=10: the learning rate is too large.*lr=1$"):
        fit(LinearRegression(3), x, y, lr=10, epochs=50, batch_size=4)
