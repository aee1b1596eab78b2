#!/usr/bin/env python3
"""Score newstally on the development sets in ../shared (or $SHARED) and print the figures.

Runs the shared scorers against the installed `newstally` command:
extraction (ACLED, GTD), the seed reports, clustering (BASIL, GTD citations) and boilerplate
removal. Skips with a message when the shared folder is absent. Pass names to run a subset:

    python eval/run_eval.py                 # everything
    python eval/run_eval.py acled gtd seeds # some
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SHARED") or ROOT.parent / "shared").resolve()
CMD = str(Path(sys.executable).parent / "newstally")


def jobs(shared: Path) -> dict[str, list[str]]:
    ev, dev = shared / "eval", shared / "data" / "dev"
    return {
        "acled": [str(ev / "score_extraction.py"), str(dev / "acled_extraction.jsonl"), "--cmd", CMD],
        "gtd": [str(ev / "score_extraction.py"), str(dev / "gtd_extraction.jsonl"), "--cmd", CMD],
        "seeds": [str(ev / "score_seeds.py"), "--cmd", CMD, "--data", str(dev), "--seeds", str(shared / "seeds")],
        "basil": [str(ev / "score_clusters.py"), str(dev / "basil_clusters.jsonl"), "--cmd", CMD],
        "gtd-cite": [str(ev / "score_clusters.py"), str(dev / "gtd_cite_clusters.jsonl"), "--cmd", CMD],
        "boilerplate": [str(ev / "score_boilerplate.py"), str(dev / "boilerplate"), "--cmd", CMD],
    }


def main(argv: list[str]) -> int:
    if not (SHARED / "eval").is_dir() or not (SHARED / "data" / "dev").is_dir():
        print(f"skipped: no shared evaluation data at {SHARED} (set SHARED=/path/to/shared)")
        return 0
    all_jobs = jobs(SHARED)
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
