"""The evaluation gate (eval/gate.py): a figure under its floor fails, a missing one too, and
without the shared sets it skips with exit 0."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"
sys.path.insert(0, str(EVAL))
import gate  # noqa: E402
import run_eval  # noqa: E402


def test_a_figure_below_its_floor_fails_and_one_at_it_passes() -> None:
    result = {"score": 0.70, "clustering": {"bcubed_f1": 0.9}}
    rows = gate.check("events", result, {"score": 0.72, "clustering.bcubed_f1": 0.9, "shares.killed": 0.5})
    assert [(label, ok) for label, _v, _f, ok in rows] == [
        ("events score", False), ("events clustering.bcubed_f1", True), ("events shares.killed", False)]


def test_every_pinned_set_is_a_set_the_scorers_know(tmp_path: Path) -> None:
    floors = json.loads((EVAL / "floors.json").read_text(encoding="utf-8"))
    pinned = {k for k in floors if not k.startswith("_")}
    assert pinned and all(0 < f < 1 for k in pinned for f in floors[k].values())
    if not (run_eval.SHARED / "data" / "dev").is_dir():
        pytest.skip(f"no development sets at {run_eval.SHARED}")
    assert pinned <= set(run_eval.jobs(run_eval.SHARED, tmp_path))


def test_without_the_shared_sets_the_gate_skips(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(run_eval, "SHARED", tmp_path / "nowhere")
    assert gate.main([]) == 0
    assert capsys.readouterr().out.startswith("skipped")
