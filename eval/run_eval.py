#!/usr/bin/env python3
"""Score newstally on the development sets in ../shared (or $SHARED) and print the figures.

Runs the shared scorers against the installed `newstally` command: extraction (ACLED, GTD, real
news), the seed reports, places (ACLED's coded places), clustering (BASIL, GTD citations, the
ACLED notes as separate incidents), the invented multi-report events set end to end (clusters and
ledger) and its ledger alone with the gold grouping, and boilerplate removal. Skips with a message
when the shared folder is absent. Pass names to run a subset:

    python eval/run_eval.py                 # everything
    python eval/run_eval.py acled gtd seeds # some
"""
from __future__ import annotations

import os
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED") or ROOT.parent / "shared").resolve()
CMD = str(Path(sys.executable).parent / "newstally")


def acled_incidents(dev: Path, out: Path) -> Path:
    """The ACLED notes as a clustering set: each note is its own incident."""
    path = out / "acled_incidents.jsonl"
    with open(dev / "acled_extraction.jsonl", encoding="utf-8") as src, \
            open(path, "w", encoding="utf-8") as dst:
        for line in src:
            if line.strip():
                rec = json.loads(line)
                rec["gold_event"] = rec["id"]
                dst.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def jobs(shared: Path, tmp: Path) -> dict[str, list[str]]:
    ev, dev = shared / "eval", shared / "data" / "dev"
    return {
        "acled": [str(ev / "score_extraction.py"), str(dev / "acled_extraction.jsonl"), "--cmd", CMD],
        "gtd": [str(ev / "score_extraction.py"), str(dev / "gtd_extraction.jsonl"), "--cmd", CMD],
        "seeds": [str(ev / "score_seeds.py"), "--cmd", CMD, "--data", str(dev), "--seeds", str(shared / "seeds")],
        "basil": [str(ev / "score_clusters.py"), str(dev / "basil_clusters.jsonl"), "--cmd", CMD],
        "gtd-cite": [str(ev / "score_clusters.py"), str(dev / "gtd_cite_clusters.jsonl"), "--cmd", CMD],
        "realnews": [str(ev / "score_extraction.py"), str(dev / "realnews" / "realnews.jsonl"), "--cmd", CMD],
        "multilingual": [str(ev / "score_extraction.py"), str(dev / "multilingual.jsonl"), "--cmd", CMD],
        "places": [str(ev / "score_places.py"), str(dev / "acled_extraction.jsonl"),
                   str(dev / "acled_places.json"), "--cmd", CMD, "--show-misses", "0"],
        "acled-apart": [str(ev / "score_clusters.py"), str(acled_incidents(dev, tmp)), "--cmd", CMD],
        "events": [str(ev / "score_events.py"), str(dev / "events"), "--cmd", CMD],
        "events-ledger": [str(ROOT / "eval" / "ledger_gold.py"), "--show", "miss"],
        "boilerplate": [str(ev / "score_boilerplate.py"), str(dev / "boilerplate"), "--cmd", CMD],
    }


def main(argv: list[str]) -> int:
    if not (SHARED / "eval").is_dir() or not (SHARED / "data" / "dev").is_dir():
        print(f"skipped: no shared evaluation data at {SHARED} (set SHARED=/path/to/shared)")
        return 0
    with tempfile.TemporaryDirectory(prefix="newstally-eval-") as tmp:
        all_jobs = jobs(SHARED, Path(tmp))
        names = argv or list(all_jobs)
        unknown = [n for n in names if n not in all_jobs]
        if unknown:
            print(f"unknown set(s): {', '.join(unknown)}; choose from {', '.join(all_jobs)}")
            return 2
        worst = 0
        for name in names:
            print(f"== {name} ==", flush=True)
            t0 = time.perf_counter()
            rc = subprocess.call([sys.executable, *all_jobs[name]])
            print(f"({name}: {time.perf_counter() - t0:.1f} s, exit {rc})\n", flush=True)
            worst = max(worst, rc)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
