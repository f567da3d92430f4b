"""Tests for nnintro.train: fit learns the lecture's line, refuses bad input, stops on NaN/inf."""

import itertools
import math
import os
import re
import sys
from typing import ClassVar

import pytest
import torch
import torch.nn.functional as F
from torch.testing import assert_close

from nnintro.data import linear_toy
from nnintro.models import LinearRegression
from nnintro.train import DivergenceError, History, fit, train_one_epoch


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
    assert not model.training  # fit leaves the model in eval mode


def test_fit_always_leaves_the_model_in_eval_mode() -> None:
    x, y = separable()
    for val in (None, (x, y)):
        model = mlp()
        fit(model, x, y, lr=0.5, epochs=2, batch_size=16, loss_fn=F.cross_entropy, val=val)
        assert not model.training and not any(m.training for m in model.modules())


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


# ---------------------------------------------------------------- early stopping, progress, device


def mlp(seed: int = 123) -> torch.nn.Module:
    torch.manual_seed(seed)  # the same initial weights every time
    return torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))


def test_fit_equals_the_hand_written_loop_on_the_same_batches() -> None:
    """fit adds bookkeeping around the lecture's loop, never a different computation."""
    from nnintro.data import TensorBatches

    x, y = separable()
    x = x + 0.3 * torch.randn(x.shape, generator=torch.Generator().manual_seed(2))
    ours, hand = mlp(), mlp()
    ours.insert(1, torch.nn.Dropout(0.2))
    hand.insert(1, torch.nn.Dropout(0.2))
    fit(ours, TensorBatches(x, y, 8, seed=5), optimizer=torch.optim.Adam(ours.parameters()),
        loss_fn=F.cross_entropy, epochs=3, seed=9)  # fmt: skip
    optimizer = torch.optim.Adam(hand.parameters())
    torch.manual_seed(9)  # what fit(seed=9) does first: the dropout masks
    batches = TensorBatches(x, y, 8, seed=5)
    for _ in range(3):
        hand.train()
        for xb, yb in batches:
            optimizer.zero_grad()
            F.cross_entropy(hand(xb), yb).backward()
            optimizer.step()
    for a, b in zip(ours.parameters(), hand.parameters(), strict=True):
        assert torch.equal(a, b)


def test_train_one_epoch_is_the_lecture_loop_and_returns_the_mean_loss() -> None:
    x, y = separable()
    ours, hand = mlp(), mlp()
    ours.eval()  # train_one_epoch switches to training mode itself
    opt_ours, opt_hand = (
        torch.optim.SGD(ours.parameters(), 0.1),
        torch.optim.SGD(hand.parameters(), 0.1),
    )
    seen: list[int] = []
    batches = [(x[:40], y[:40]), (x[40:], y[40:])]
    mean = train_one_epoch(
        ours, batches, F.cross_entropy, opt_ours, lambda p, t: seen.append(len(t))
    )
    assert ours.training and seen == [40, 24]
    costs = []
    for xb, yb in batches:
        loss = F.cross_entropy(hand(xb), yb)
        opt_hand.zero_grad()
        loss.backward()
        opt_hand.step()
        costs.append(loss.item())
    assert mean == pytest.approx((40 * costs[0] + 24 * costs[1]) / 64)
    for a, b in zip(ours.parameters(), hand.parameters(), strict=True):
        assert torch.equal(a, b)
    with pytest.raises(ValueError, match="no samples"):
        train_one_epoch(ours, [], F.cross_entropy, opt_ours)


def test_history_without_early_stopping() -> None:
    x, y = separable()
    history = fit(mlp(), x[:48], y[:48], lr=0.5, epochs=4, batch_size=16,
                  loss_fn=F.cross_entropy, val=(x[48:], y[48:]))  # fmt: skip
    assert history.stopped_epoch is None
    assert history.best_epoch == 1 + min(range(4), key=history.val_losses.__getitem__)
    # epochs count from 1, the lists from 0
    assert history.val_losses[history.best_epoch - 1] == min(history.val_losses)
    assert History(losses=[1.0], lr=0.1).best_epoch is None
    assert History([1.0] * 3, 0.1, val_losses=[2.0, 1.0, 1.0]).best_epoch == 2  # first of ties
    assert History([1.0] * 2, 0.1, val_losses=[math.nan, 3.0]).best_epoch == 2


def flipped_val() -> tuple[tuple[torch.Tensor, torch.Tensor], tuple[torch.Tensor, torch.Tensor]]:
    """Training data, and validation data with the opposite labels: its loss rises as fit learns."""
    x, y = separable()
    return (x, y), (x[:16], 1 - y[:16])


@pytest.mark.parametrize("patience", [1, 3])
def test_early_stopping_stops_after_patience_epochs_without_improvement(patience: int) -> None:
    (x, y), val = flipped_val()
    lines: list[str] = []
    history = fit(mlp(), x, y, lr=0.5, epochs=50, batch_size=16, loss_fn=F.cross_entropy,
                  val=val, early_stopping=patience, log_every=1, print_fn=lines.append)  # fmt: skip
    assert all(b > a for a, b in itertools.pairwise(history.val_losses))  # worse every epoch
    assert history.best_epoch == 1
    assert history.stopped_epoch == 1 + patience == len(history.losses)
    assert len(history.val_losses) == len(history.seconds) == 1 + patience
    assert lines[-1] == (
        f"early stopping after epoch {1 + patience}: val_loss has not improved for {patience} "
        "epochs; best epoch 1 (its weights restored)"
    )


def test_restore_best_puts_back_the_weights_of_the_best_epoch() -> None:
    (x, y), val = flipped_val()
    settings = dict(lr=0.5, batch_size=16, loss_fn=F.cross_entropy, seed=4)
    after_one = mlp()
    fit(after_one, x, y, epochs=1, **settings)
    restored, last = mlp(), mlp()
    fit(restored, x, y, epochs=50, val=val, early_stopping=2, **settings)
    fit(last, x, y, epochs=50, val=val, early_stopping=2, restore_best=False, **settings)
    after_three = mlp()
    fit(after_three, x, y, epochs=3, **settings)
    for a, b, c, d in zip(restored.parameters(), after_one.parameters(), last.parameters(),
                          after_three.parameters(), strict=True):  # fmt: skip
        assert torch.equal(a, b) and torch.equal(c, d) and not torch.equal(a, c)


def test_early_stopping_that_never_triggers_runs_every_epoch() -> None:
    x, y = separable()
    history = fit(mlp(), x[:48], y[:48], lr=0.5, epochs=5, batch_size=16, early_stopping=10,
                  loss_fn=F.cross_entropy, val=(x[48:], y[48:]))  # fmt: skip
    assert history.stopped_epoch is None and len(history.losses) == 5


def test_early_stopping_needs_val_and_a_patience() -> None:
    x, y = separable()
    with pytest.raises(ValueError, match=r"needs val=\(x_val, y_val\)"):
        fit(mlp(), x, y, lr=0.5, epochs=5, loss_fn=F.cross_entropy, early_stopping=2)
    for patience in (0, 1.5, True):
        with pytest.raises(
            ValueError, match=r"early_stopping \(the patience in epochs\) must be an integer >= 1"
        ):
            fit(mlp(), x, y, lr=0.5, epochs=5, val=(x, y), early_stopping=patience)


class FakeBar:
    """Stands in for tqdm: records what fit does with its bars."""

    made: ClassVar[list["FakeBar"]] = []

    def __init__(self, total=None, desc="", **kwargs) -> None:
        self.total, self.desc, self.kwargs = total, desc, kwargs
        self.n, self.updates, self.resets, self.closed, self.postfix = 0, 0, 0, False, {}
        FakeBar.made.append(self)

    def update(self, n: int = 1) -> None:
        self.n += n
        self.updates += n

    def reset(self, total=None) -> None:
        self.n, self.resets = 0, self.resets + 1

    def set_postfix(self, values, refresh=True) -> None:
        self.postfix = dict(values)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_tqdm(monkeypatch) -> list[FakeBar]:
    import tqdm.auto

    FakeBar.made = []
    monkeypatch.setattr(tqdm.auto, "tqdm", FakeBar)
    return FakeBar.made


def test_progress_bars_count_epochs_and_batches(fake_tqdm) -> None:
    x, y = separable()  # 64 samples, batches of 16: 4 per epoch
    fit(mlp(), x, y, lr=0.5, epochs=3, batch_size=16, loss_fn=F.cross_entropy, progress=True,
        val=(x, y))  # fmt: skip
    epochs, batches = fake_tqdm
    assert (epochs.desc, epochs.total, epochs.n) == ("epoch", 3, 3)
    assert (batches.desc, batches.total, batches.updates, batches.resets) == ("batch", 4, 12, 2)
    assert batches.kwargs["leave"] is False  # the batch bar disappears when training ends
    assert set(epochs.postfix) == {"loss", "val_loss"}
    assert epochs.closed and batches.closed


def test_progress_one_full_batch_has_only_the_epoch_bar(fake_tqdm) -> None:
    x, y = linear_toy()
    fit(LinearRegression(), x, y, lr=0.01, epochs=4, progress=True)
    (epochs,) = fake_tqdm
    assert epochs.n == 4 and epochs.closed


def test_progress_bars_close_when_training_diverges_or_stops_early(fake_tqdm) -> None:
    x, y = linear_toy()
    with pytest.raises(DivergenceError):
        fit(LinearRegression(zero_init=True), x, y, lr=10, epochs=100, progress=True)
    assert fake_tqdm[0].closed and fake_tqdm[0].n == 10  # the 11th epoch diverged
    (x, y), val = flipped_val()
    fit(mlp(), x, y, lr=0.5, epochs=50, batch_size=16, loss_fn=F.cross_entropy, val=val,
        early_stopping=2, progress=True)  # fmt: skip
    assert fake_tqdm[1].n == 3 and fake_tqdm[1].closed and fake_tqdm[2].closed


def test_progress_off_and_auto_in_tests_write_nothing(fake_tqdm, capfd) -> None:
    x, y = linear_toy()
    for progress in (False, None):  # None: tests capture stderr, nobody watches a bar live
        fit(LinearRegression(), x, y, lr=0.01, epochs=3, progress=progress)
    assert fake_tqdm == []
    assert capfd.readouterr() == ("", "")


def test_real_tqdm_bar_on_stderr(capsys) -> None:
    x, y = separable()
    fit(mlp(), x, y, lr=0.5, epochs=2, batch_size=16, loss_fn=F.cross_entropy, progress=True)
    err = capsys.readouterr().err
    assert re.search(r"epoch: 100%.*\| 2/2 ", err) and "loss=" in err


def test_auto_progress_is_on_in_a_terminal(monkeypatch) -> None:
    from nnintro.train import progress

    class Terminal:
        def isatty(self) -> bool:
            return True

    assert progress.is_live() is False
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert progress.is_live() is True
    assert progress.in_jupyter() is False


def test_device_cpu_and_auto_give_the_same_run() -> None:
    x, y = separable()
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=16)
    runs = [
        fit(
            mlp(),
            x,
            y,
            lr=0.5,
            epochs=3,
            batch_size=16,
            loss_fn=F.cross_entropy,
            seed=0,
            device=device,
            val=(x, y),
        ).losses
        for device in (None, "cpu", "auto" if not torch.cuda.is_available() else "cpu")
    ]
    assert runs[0] == runs[1] == runs[2]
    assert fit(mlp(), loader, lr=0.5, epochs=1, loss_fn=F.cross_entropy, device="cpu").losses


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the message without a GPU")
def test_cuda_without_a_gpu_is_a_clear_error() -> None:
    x, y = linear_toy()
    with pytest.raises(ValueError, match=r"no CUDA GPU.*device='auto'"):
        fit(LinearRegression(), x, y, lr=0.01, epochs=1, device="cuda")


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_fit_on_cuda_moves_model_and_batches() -> None:
    x, y = separable()
    model = mlp()
    fit(model, x, y, lr=0.5, epochs=2, batch_size=16, loss_fn=F.cross_entropy, device="cuda")
    assert next(model.parameters()).is_cuda


def test_tqdm_disable_environment_variable_turns_bars_off() -> None:
    import subprocess

    code = (
        "import torch\n"
        "from nnintro.train import fit\n"
        "x, y = torch.randn(64, 2), torch.randn(64, 1)\n"
        "fit(torch.nn.Linear(2, 1), x, y, lr=0.1, epochs=2, batch_size=16, progress=True)\n"
    )
    path = os.pathsep.join(p for p in sys.path if p)  # this process's imports, nnintro included
    # with the variable unset the bar shows: test_real_tqdm_bar_on_stderr
    env = {**os.environ, "TQDM_DISABLE": "1", "PYTHONPATH": path}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "epoch:" not in done.stderr, done.stderr
