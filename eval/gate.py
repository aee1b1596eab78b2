#!/usr/bin/env python3
"""The evaluation gate: fail when a development-set figure drops below its pinned floor.

Runs the shared scorers named in eval/floors.json (see run_eval.py) with ``--json`` and compares
each pinned figure (a dotted path into the scorer's JSON) with its floor. Prints one line per
figure; exits 1 when any is below its floor or a scorer fails, 0 otherwise, and 0 with
"skipped" when ../shared (or $SHARED) is absent. Extraction on ACLED and GTD is gated by
tests/test_quality_gate.py inside the test run; this covers the slower sets, for CI.

    SHARED=../shared .venv/bin/python eval/gate.py [SET ...]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_eval  # noqa: E402

FLOORS = Path(__file__).resolve().parent / "floors.json"


def figure(result: dict[str, Any], path: str) -> float | None:
    """The number at dotted ``path`` in a scorer's JSON, or None."""
    value: Any = result
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return float(value) if isinstance(value, (int, float)) else None


def check(name: str, result: dict[str, Any] | None, floors: dict[str, float]) -> list[tuple[str, float | None, float, bool]]:
    """(figure, value, floor, passed) for each pinned figure of set ``name``."""
    rows = []
    for path, floor in floors.items():
        value = figure(result, path) if result else None
        rows.append((f"{name} {path}", value, floor, value is not None and value >= floor))
    return rows


def main(argv: list[str]) -> int:
    shared = run_eval.SHARED
    if not (shared / "eval").is_dir() or not (shared / "data" / "dev").is_dir():
        print(f"skipped: no shared evaluation data at {shared} (set SHARED=/path/to/shared)")
        return 0
    pinned = {k: v for k, v in json.loads(FLOORS.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    names = argv or list(pinned)
    failed = 0
    with tempfile.TemporaryDirectory(prefix="newstally-gate-") as tmp:
        jobs = run_eval.jobs(shared, Path(tmp))
        for name in names:
            out = Path(tmp) / f"{name}.json"
            rc = subprocess.call([sys.executable, *jobs[name], "--json", str(out)], stdout=subprocess.DEVNULL)
            result = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
            if result is None:
                print(f"FAIL  {name}: the scorer gave no result (exit {rc})", flush=True)
                failed += 1
                continue
            for label, value, floor, ok in check(name, result, pinned[name]):
                shown = "missing" if value is None else f"{value:.3f}"
                print(f"{'ok  ' if ok else 'FAIL'}  {label}: {shown} (floor {floor:.3f})", flush=True)
                failed += not ok
    print(f"{failed} figure(s) below their floor" if failed else "every figure at or above its floor")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
